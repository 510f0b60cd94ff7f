/**
 * Misreadings exposed by people the lexicon now knows (issue #3), each a construction of news prose tested on sentences of
 * our own: a verb describing an indefinite noun after a passive (`قُتل X بتفجير انتحاري استهدف …`), a dual with its two
 * names in apposition (`الرئيسان الروسي X والتركي Y`), a feminine pronoun after a man's speech (`وأنها ستعمل`), a report's
 * source before the verb (`وبحسب المرصد، استهدفت الغارة`), the namer of an act ("what X called an attack"), and a given name
 * read as a proclitic and a trigger (`فيصل` is no ف + يصل).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

describe('a verb right after an indefinite noun describes the noun', () => {
  it('Arabic: the victim of a passive is not the subject of the attack verb that describes the bombing', () => {
    expect(triples(extract('قُتل القيادي في «داعش» أبو محمد الجولاني أمس بهجوم مسلح استهدف منزله في بلدة سرمدا.', 'ar'))).toEqual([]);
    expect(triples(extract('قُتل أبو محمد الجولاني أمس بتفجير انتحاري استهدف مضافة له في سرمدا.', 'ar'))).toEqual([]);
  });
  it('English: "killed in a bombing that targeted his house": the victim attacks nothing', () => {
    expect(triples(extract('Abu Mohammad al-Jolani was killed in a bombing that targeted his house in Sarmada on Monday.', 'en'), 'attacked')).toEqual([]);
  });
  it('but a pronoun right after the verb takes the noun back: the speaker is the subject (`بكلمة اتهم فيها`)', () => {
    expect(triples(extract('وافتتح الرئيس بشار الأسد القمة بكلمة اتهم فيها إسرائيل بارتكاب جرائم.', 'ar'), 'accused')).toEqual(['bashar-al-assad accused isr']);
  });
});

describe('a dual with its two names in apposition', () => {
  it('Arabic: `الرئيسان الروسي X والتركي Y` are exactly those two, not the last pair named', () => {
    const r = extract('وطالب المحتجون بتنحي أبو محمد الجولاني وأبو ماريا القحطاني. وتوصل الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان إلى اتفاق في موسكو.', 'ar');
    expect(triples(r, 'agreed_with')).toEqual(['vladimir-putin agreed_with recep-tayyip-erdogan']);
  });
  it('English: "the two presidents, X and Y,"', () => {
    const r = extract('Protesters demanded the removal of Abu Mohammad al-Jolani. The two presidents, Vladimir Putin and Recep Tayyip Erdogan, agreed on a ceasefire in Moscow.', 'en');
    expect(triples(r, 'agreed_with')).toEqual(['vladimir-putin agreed_with recep-tayyip-erdogan']);
  });
});

describe('other arguments', () => {
  it('a feminine pronoun after a man\'s speech is the group named first, not the man', () => {
    const r = extract('وقال رئيس المكتب السياسي للحركة إسماعيل هنية إن «حماس» تقف إلى جانب سوريا، وأنها ستعمل مع دمشق.', 'ar');
    expect(triples(r, 'coordinated_with')).toEqual(['hamas coordinated_with syr']);
  });
  it('a report\'s source before the verb is no subject (`وبحسب المرصد، استهدفت الغارة …`)', () => {
    const r = extract('قُتل أبو محمد الجولاني أمس. وبحسب المرصد السوري لحقوق الإنسان، استهدفت الغارة سيارة كان الجولاني يستقلها.', 'ar');
    expect(triples(r).filter((x) => x.startsWith('sohr'))).toEqual([]);
  });
  it('"condemned what X called an attack": X is not the one condemned', () => {
    expect(triples(extract('Jordan condemned what government spokesman Omar Kassab called a cowardly attack on its border guards.', 'en'), 'criticized')).toEqual([]);
  });
});

describe('a given name is not a proclitic and a trigger', () => {
  it('`فيصل` is no ف + يصل (arrives)', () => {
    const doc = analyse(article('وقال فيصل حداد إن الوفد سيغادر غداً.', 'ar'), lexicon());
    expect(doc.sentences[0]!.triggers.map((t) => t.patterns[0]!.relation)).not.toContain('visited');
  });
});
