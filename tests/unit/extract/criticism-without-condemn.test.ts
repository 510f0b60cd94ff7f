/**
 * Criticism, threats, sanctions and demands stated without their usual verb or object (issue #3): `ندد بـ` with a
 * demonym-qualified act after it; an act of another actor called unacceptable (`غير مقبول`); a demanded departure of forces. Each test is a sentence of its own, with a negative case where the construction
 * could be misread.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const ar = (text: string, relation?: string) => triples(extract(text, 'ar', '2024-05-02'), relation);

describe('a definite word with its own preposition ("بالغارات", "للقوات") takes an articled nisba as its adjective', () => {
  it('"ندد بالغارات التركية" criticizes Türkiye', () => {
    expect(ar('ونددت الحكومة العراقية بالغارات التركية على دهوك.', 'criticized')).toEqual(['irq criticized tur']);
    expect(ar('ونددت دمشق بالضربات الإسرائيلية.', 'criticized')).toEqual(['syr criticized isr']);
  });
  it('a name after a bare preposition stays the name ("في السعودية")', () => {
    expect(ar('وصل الرئيس المصري إلى السعودية أمس.', 'visited')).toEqual(['abdel-fattah-al-sisi visited sau']);
  });
});

const en = (text: string, relation?: string) => triples(extract(text, 'en', '2024-05-02'), relation);

describe('a speaker calling an act of another actor unacceptable criticizes that actor', () => {
  it('the actor as the act\'s genitive or agent, a few words before the predicate', () => {
    expect(ar('وقال وزير الخارجية السعودي إن شروط إسرائيل «غير مقبولة».', 'criticized')).toEqual(['faisal-bin-farhan criticized isr']);
    expect(en('The Jordanian foreign minister said the demands made by Tehran were unacceptable.', 'criticized')).toEqual(['ayman-safadi criticized irn']);
    expect(ar('وأضاف لافروف أن مطالبة واشنطن بالانسحاب «غير مقبولة».', 'criticized')).toEqual(['sergei-lavrov criticized usa']);
  });
  it('not the target or the partner of the act, nor the speaker\'s own side', () => {
    expect(en('Lavrov said normalisation with Damascus was unacceptable.', 'criticized')).toEqual([]);
    expect(ar('وقال أوستن إن الهجمات على القوات الأمريكية غير مقبولة.', 'criticized')).toEqual([]);
    expect(en('Erdogan said Turkish demands were not unacceptable to anyone.', 'criticized')).toEqual([]);
  });
});

describe('a demanded departure of forces is a demanded withdrawal ("the departure of", "رحيل")', () => {
  it('urges the forces\' state and presupposes their presence', () => {
    expect(en('Tehran demanded the departure of US forces from Iraq.')).toEqual(['irn urged usa', 'usa deployed_in irq']);
    expect(ar('وطالبت طهران برحيل القوات الأمريكية من العراق.')).toEqual(['irn urged usa', 'usa deployed_in irq']);
  });
  it('the departure of a person is no withdrawal', () => {
    expect(en('The protesters demanded Assad\'s departure.', 'withdrew_from')).toEqual([]);
    expect(en('Lavrov met Fidan before his departure from Ankara.', 'withdrew_from')).toEqual([]);
  });
});

describe('sanctions named by their imposers alone, criticized or blamed by the state they hit', () => {
  it('each demonym (or acronym) is an imposer on the subject\'s state, and the criticism stays', () => {
    expect(en('The Iranian government blames US and British sanctions for the shortages.', 'sanctioned')).toEqual(['gbr sanctioned irn', 'usa sanctioned irn']);
    expect(en('Tehran has long condemned American and European sanctions as economic war.')).toEqual(['eu sanctioned irn', 'irn criticized eu', 'irn criticized usa', 'usa sanctioned irn']);
    expect(ar('وانتقدت طهران العقوبات الأمريكية والبريطانية.', 'sanctioned')).toEqual(['gbr sanctioned irn', 'usa sanctioned irn']);
  });
  it('not sanctions with a target of their own, nor sanctions welcomed', () => {
    expect(en('Tehran condemned US sanctions on Venezuela.', 'sanctioned')).not.toContain('usa sanctioned irn');
    expect(en('Israel welcomed US sanctions.', 'sanctioned')).toEqual([]);
  });
});

describe('"unilateral coercive measures" (`الإجراءات القسرية`) are sanctions', () => {
  it('asked to be lifted, the measures imposed on a state are in force, their name quoted or not', () => {
    expect(ar('ودعا لافروف الولايات المتحدة إلى رفع «الإجراءات القسرية الأحادية» المفروضة على إيران.', 'sanctioned')).toEqual(['usa sanctioned irn']);
    expect(ar('وطالبت موسكو الاتحاد الأوروبي برفع الإجراءات القسرية المفروضة على سوريا.', 'sanctioned')).toEqual(['eu sanctioned syr']);
  });
});
