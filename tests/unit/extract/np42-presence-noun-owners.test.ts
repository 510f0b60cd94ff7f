/**
 * np42: a definite presence noun with its owners and its place (gold rule 13): `الوجود العسكري الأمريكي والتركي غير
 * الشرعي على الأراضي السورية`, `«الوجود غير الشرعي» للقوات الأمريكية والتركية على أراضيها`, `رفض بلاده الوجود العسكري
 * الأمريكي «غير الشرعي» في شمال شرق البلاد`, "the Turkish and US military presence in Syria" → each owner deployed_in the
 * place, at the publication date. New sentences, both languages, look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'coordinated adjective owners, a label and على before the place (ar)': [
    ['usa deployed_in syr', 'وأكد الأسد أن استمرار الوجود العسكري الأمريكي والتركي غير الشرعي على الأراضي السورية يعرقل أي حل سياسي.'],
    ['tur deployed_in syr', 'وأكد الأسد أن استمرار الوجود العسكري الأمريكي والتركي غير الشرعي على الأراضي السورية يعرقل أي حل سياسي.'],
    // (one owner, على, a date in the clause)
    ['tur deployed_in syr', 'وقال المقداد أمس الاثنين إن الوجود التركي على الأراضي السورية احتلال.'],
    // (a quoted label between the owner and في, under a rejection noun)
    ['usa deployed_in northeastern-syria', 'كما أكد المقداد خلال الاتصال رفض بلاده الوجود العسكري الأمريكي «غير الشرعي» في شمال شرق البلاد.'],
    ['rus deployed_in syr', 'وأشاد الوزير بالوجود العسكري الروسي «الشرعي» في سوريا.'],
  ],
  'owners after ل and a territory clitic (ar)': [
    ['usa deployed_in syr', 'وأكد المقداد أن أي تقدم يتطلب رفع العقوبات المفروضة على سوريا، وإنهاء «الوجود غير الشرعي» للقوات الأمريكية والتركية على أراضيها.'],
    ['tur deployed_in syr', 'وأكد المقداد أن أي تقدم يتطلب رفع العقوبات المفروضة على سوريا، وإنهاء «الوجود غير الشرعي» للقوات الأمريكية والتركية على أراضيها.'],
  ],
  'owners before the noun (en)': [
    ['usa deployed_in syr', 'Assad said the continued Turkish and US military presence on Syrian territory was blocking any settlement.'],
    ['tur deployed_in syr', 'Assad said the continued Turkish and US military presence on Syrian territory was blocking any settlement.'],
    ['usa deployed_in syr', 'Mekdad rejected the US military presence in Syria.'],
    ['rus deployed_in syr', "Lavrov defended Russia's military presence in Syria on Monday."],
  ],
  'no presence read (ar, en)': [
    // (an indefinite or negated presence, or a wish)
    ['no tur deployed_in syr', 'وقال الأسد إن سوريا لن تقبل أي وجود تركي على أراضيها.'],
    ['no tur deployed_in syr', 'Assad said Syria would accept no Turkish presence on its territory.'],
    ['no irn deployed_in syr', 'Israel said it would not allow an Iranian military presence in Syria.'],
    // (a presence the text denies)
    ['no usa deployed_in syr', 'The ministry denied any US presence in Syria.'],
  ],
});

describe('the presence is a state at the publication date', () => {
  it('ar', () => {
    const a = extract('وأكد الأسد أن الوجود العسكري الأمريكي والتركي غير الشرعي على الأراضي السورية يعرقل الحل.', 'ar', '2024-02-01');
    expect(a.relations.filter((r) => r.source === 'tur' && r.relation === 'deployed_in').map((r) => `${r.target} ${r.date}`)).toEqual(['syr 2024-02-01']);
  });
});
