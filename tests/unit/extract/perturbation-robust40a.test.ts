import { describe, expect, it } from 'vitest';
import { variants, type Kind, type Site } from '../../../scripts/lib/perturb.ts';

/** robust40a: the Arabic kinds of material between the parts (docs/diagnosis-batch35.md §5), on real pool sentences. */
function site(sentence: string, source: string, target: string, o: Partial<Site> = {}): Site {
  const span = (t: string): [number, number] => {
    const i = sentence.indexOf(t);
    if (i < 0) throw new Error(`no ${t}`);
    return [i, i + t.length];
  };
  return { sentence, lang: 'ar', source: span(source), target: span(target), ...o };
}
const byKind = (s: Site) => Object.fromEntries(variants(s).map((v) => [v.kind, v.text])) as Partial<Record<Kind, string>>;

const KIEV = 'واتهمت كييف موسكو بالسعي إلى تجنيد مرتزقة من سوريا ودول أخرى لتعويض خسائرها في الميدان.';

describe('perturbation kinds robust40a (Arabic)', () => {
  it('ar_pluperfect: the subject between كان and قد, كان agreeing with the verb, a title kept with its name', () => {
    expect(byKind(site(KIEV, 'كييف', 'موسكو')).ar_pluperfect).toBe('وكانت كييف قد اتهمت موسكو بالسعي إلى تجنيد مرتزقة من سوريا ودول أخرى لتعويض خسائرها في الميدان.');
    const erdogan = 'استقبل الرئيس التركي رجب طيب أردوغان أمس الأربعاء ولي العهد السعودي الأمير محمد بن سلمان في المجمع الرئاسي بأنقرة بمراسم رسمية.';
    expect(byKind(site(erdogan, 'رجب طيب أردوغان', 'محمد بن سلمان')).ar_pluperfect).toBe(
      'وكان الرئيس التركي رجب طيب أردوغان قد استقبل أمس الأربعاء ولي العهد السعودي الأمير محمد بن سلمان في المجمع الرئاسي بأنقرة بمراسم رسمية.',
    );
    // not a present verb, not a sentence already wrapped
    expect(byKind(site('وتتهم دمشق واشنطن بسرقة النفط السوري.', 'دمشق', 'واشنطن')).ar_pluperfect).toBeUndefined();
    expect(byKind(site('وكان عبد اللهيان قد زار دمشق في تشرين الأول/أكتوبر الماضي.', 'عبد اللهيان', 'دمشق')).ar_pluperfect).toBeUndefined();
  });

  it('ar_adjunct: a speech adjunct between verb+subject and object, only after a statement verb', () => {
    expect(byKind(site(KIEV, 'كييف', 'موسكو')).ar_adjunct).toBe('واتهمت كييف في بيانات سابقة موسكو بالسعي إلى تجنيد مرتزقة من سوريا ودول أخرى لتعويض خسائرها في الميدان.');
    expect(byKind(site('وأغلقت تركيا حدودها مع أرمينيا عام 1993 تضامناً مع أذربيجان خلال حرب ناغورني قره باغ.', 'تركيا', 'أذربيجان')).ar_adjunct).toBeUndefined();
  });

  it('ar_apposition: `، إلى جانب حلفائها،` after a country subject; none where the sentence already says إلى جانب', () => {
    const us = 'وأدانت الولايات المتحدة الهجوم على أبوظبي، وتعهّد مستشار الأمن القومي جيك سوليفان بمحاسبة الحوثيين.';
    expect(byKind(site(us, 'الولايات المتحدة', 'الحوثيين', { sourceCountry: true })).ar_apposition).toBe(
      'وأدانت الولايات المتحدة، إلى جانب حلفائها، الهجوم على أبوظبي، وتعهّد مستشار الأمن القومي جيك سوليفان بمحاسبة الحوثيين.',
    );
    const stand = 'وأكد الأسد أن سوريا تقف إلى جانب روسيا في مواجهة ما وصفه بمحاولات الغرب محاصرتها.';
    expect(byKind(site(stand, 'سوريا', 'روسيا', { sourceCountry: true, targetCountry: true })).ar_apposition).toBeUndefined();
  });

  it('ar_participle: `المدعومة من واشنطن` after a group, agreeing with its name, after its closing quote', () => {
    const sdf = 'واتهمت «قسد» تركيا بخرق التهدئة القائمة في المنطقة، مشيرة إلى أن الاستهداف هو الثالث من نوعه في ريف عين العرب منذ مطلع العام.';
    expect(byKind(site(sdf, 'قسد', 'تركيا', { sourceGroup: true, sourceId: 'sdf', targetId: 'tur' })).ar_participle).toBe(
      'واتهمت «قسد» المدعومة من واشنطن تركيا بخرق التهدئة القائمة في المنطقة، مشيرة إلى أن الاستهداف هو الثالث من نوعه في ريف عين العرب منذ مطلع العام.',
    );
    // a group whose name tells no gender takes none
    expect(byKind(site('واتهمت الإدارة الذاتية تركيا بالتصعيد.', 'الإدارة الذاتية', 'تركيا', { sourceGroup: true })).ar_participle).toBeUndefined();
  });

  it('ar_titlechain: a title chain before an untitled name after its verb; none where a title stands close before', () => {
    const s = 'كما دعا عبد اللهيان إلى خروج القوات الأميركية من الأراضي السورية، واصفاً وجودها بأنه «غير شرعي».';
    expect(byKind(site(s, 'عبد اللهيان', 'القوات الأميركية', { sourcePerson: true, sourceNameAt: 8, sourceDemonym: 'إيراني' })).ar_titlechain).toBe(
      'كما دعا المبعوث الخاص للرئيس الإيراني عبد اللهيان إلى خروج القوات الأميركية من الأراضي السورية، واصفاً وجودها بأنه «غير شرعي».',
    );
    const t = 'استُقبل المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف من قبل الرئيس بشار الأسد اليوم الخميس في دمشق.';
    const at = t.indexOf('ألكسندر');
    expect(byKind(site(t, 'بشار الأسد', 'ألكسندر لافرنتييف', { targetPerson: true, targetNameAt: at, targetDemonym: 'روسي' })).ar_titlechain).toBeUndefined();
  });

  it('ar_clitic: the owner named in a sentence before, then its clitic on the owned noun', () => {
    const s = 'وكان الرئيس التركي رجب طيب أردوغان قد لوّح في أيار/مايو الماضي بعملية عسكرية جديدة ضد مقاتلي الوحدات الكردية في تل رفعت ومنبج.';
    expect(byKind(site(s, 'رجب طيب أردوغان', 'الوحدات الكردية', { targetGroup: true })).ar_clitic).toBe(
      'وأصدرت الوحدات الكردية بياناً. وكان الرئيس التركي رجب طيب أردوغان قد لوّح في أيار/مايو الماضي بعملية عسكرية جديدة ضد مقاتليها في تل رفعت ومنبج.',
    );
    expect(byKind(site(s, 'رجب طيب أردوغان', 'الوحدات الكردية')).ar_clitic).toBeUndefined();
  });
});
