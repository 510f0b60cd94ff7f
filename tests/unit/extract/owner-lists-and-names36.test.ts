/**
 * Lists in owner and place slots, Arabic first (branch list36, diagnosis-batch31 §6 fixes 5 and 6): the second and third
 * owner of a presence or control noun (`نقاط لقوات النظام والقوات الروسية`, `لسيطرة القوات التركية و«الجيش الوطني»`,
 * `تنتشر فيها القوات التركية وفصائل «الجيش الوطني»`), a second place list after `إضافة إلى` with no preposition
 * (`إضافة إلى أجزاء من أرياف حماة واللاذقية وحلب`), and names as lexicon data (`كبانة`, `معبر مطربا`, `الدرباسية`, al-Kiswah
 * one town). Sentences of our own, paraphrases of the batch-31 rows, plus negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract, mentionIds, triples } from './helpers.ts';

type Case = { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] };

function run(cases: Case[]): void {
  for (const c of cases)
    it(`${c.lang}: ${c.what}`, () => {
      const got = triples(extract(c.text, c.lang, '2024-01-07'));
      for (const w of c.want) expect(got).toContain(w);
      for (const n of c.not ?? []) expect(got).not.toContain(n);
    });
}

describe('every owner of a presence noun after a locative pronoun (#44, #93)', () => {
  run([
    { what: 'the row: `وتنتشر فيها أيضاً نقاط لقوات النظام والقوات الروسية`', lang: 'ar', text: 'وتسيطر «قسد» على منطقة تل رفعت منذ عام 2016، وتنتشر فيها أيضاً نقاط لقوات النظام والقوات الروسية.', want: ['sdf deployed_in tal-rifaat', 'syr deployed_in tal-rifaat', 'rus deployed_in tal-rifaat'] },
    { what: 'another adverb, `كذلك`, another place', lang: 'ar', text: 'وتسيطر «قسد» على مدينة منبج، وتنتشر فيها كذلك قوات النظام والقوات الروسية.', want: ['syr deployed_in manbij', 'rus deployed_in manbij'] },
    { what: 'no adverb (already read)', lang: 'ar', text: 'وتسيطر «قسد» على مدينة منبج، وتنتشر فيها نقاط لقوات النظام والقوات الروسية.', want: ['syr deployed_in manbij', 'rus deployed_in manbij'] },
    { what: 'the row #93: a place relative, a group\'s factions second', lang: 'ar', text: 'كما غابت العملية الانتخابية عن مناطق في ريف حلب الشمالي تنتشر فيها القوات التركية وفصائل «الجيش الوطني السوري».', want: ['tur deployed_in aleppo', 'syrian-national-army deployed_in aleppo'] },
    { what: 'a list in a plain clause (already read)', lang: 'ar', text: 'وتنتشر القوات التركية وفصائل «الجيش الوطني السوري» في ريف حلب الشمالي.', want: ['tur deployed_in aleppo', 'syrian-national-army deployed_in aleppo'] },
    { what: 'negative: the adverb with no locative pronoun gives no place', lang: 'ar', text: 'وقالت «قسد» إن قوات النظام والقوات الروسية تنتشر أيضاً.', want: [], not: ['rus deployed_in syr'] },
  ]);
});

describe('every holder of a control noun (#66)', () => {
  run([
    { what: 'the row: `وتخضع رأس العين لسيطرة القوات التركية و«الجيش الوطني السوري»` with a date', lang: 'ar', text: 'وتخضع رأس العين لسيطرة القوات التركية و«الجيش الوطني السوري» منذ تشرين الأول/أكتوبر 2019.', want: ['tur deployed_in ras-al-ain', 'syrian-national-army deployed_in ras-al-ain'] },
    { what: 'the participle `الخاضعة لسيطرة X و«Y»`', lang: 'ar', text: 'وتقع البلدة في منطقة تل أبيض الخاضعة لسيطرة القوات التركية و«الجيش الوطني السوري».', want: ['tur deployed_in tal-abyad', 'syrian-national-army deployed_in tal-abyad'] },
    { what: 'another holder pair', lang: 'ar', text: 'وتخضع مدينة منبج لسيطرة «قسد» والقوات الروسية.', want: ['sdf deployed_in manbij', 'rus deployed_in manbij'] },
    { what: 'English: "held by X and Y" in an apposition with a date', lang: 'en', text: 'The town of Tal Abyad, held by Turkey and the Syrian National Army since 2019, was shelled.', want: ['tur deployed_in tal-abyad', 'syrian-national-army deployed_in tal-abyad'] },
    { what: 'English: "is controlled by X and Y"', lang: 'en', text: 'Ras al-Ain is controlled by Turkish forces and the Syrian National Army.', want: ['tur deployed_in ras-al-ain', 'syrian-national-army deployed_in ras-al-ain'] },
    { what: 'negative: ", and" opens a clause, no second holder', lang: 'en', text: 'Tal Rifaat is held by the SDF, and Syrian government troops are also present around Manbij.', want: ['sdf deployed_in tal-rifaat'], not: ['syr deployed_in tal-rifaat'] },
    { what: 'negative: the backer of a compound is no holder', lang: 'en', text: 'The rockets were launched from near the town of Mayadin, held by Syrian government forces and Iran-backed groups.', want: ['syr deployed_in mayadin'], not: ['irn deployed_in mayadin'] },
    { what: 'negative: a place after the holder is no holder', lang: 'ar', text: 'وتخضع رأس العين لسيطرة القوات التركية في ريف الحسكة.', want: ['tur deployed_in ras-al-ain'], not: ['hasakah deployed_in ras-al-ain'] },
  ]);
});

describe('a second place list after "as well as" with no preposition (#76-78)', () => {
  run([
    { what: 'the row: `على مدينة إدلب ومعظم ريفها، إضافة إلى أجزاء من أرياف حماة واللاذقية وحلب`', lang: 'ar', text: 'وتسيطر «هيئة تحرير الشام»، بزعامة أبو محمد الجولاني، على مدينة إدلب ومعظم ريفها، إضافة إلى أجزاء من أرياف حماة واللاذقية وحلب.', want: ['hts deployed_in idlib', 'hts deployed_in hama', 'hts deployed_in latakia', 'hts deployed_in aleppo'] },
    { what: '`بالإضافة إلى` and a province head', lang: 'ar', text: 'وتسيطر «هيئة تحرير الشام» على مدينة إدلب، بالإضافة إلى أجزاء من محافظة حماة.', want: ['hts deployed_in idlib', 'hts deployed_in hama'] },
    { what: 'no part phrase, `فضلاً عن` and places', lang: 'ar', text: 'وتسيطر «قسد» على مدينة الرقة، فضلاً عن مناطق دير الزور والحسكة.', want: ['sdf deployed_in raqqa', 'sdf deployed_in deir-ez-zor', 'sdf deployed_in hasakah'] },
    { what: 'English: "and most of its countryside, as well as parts of X and Y"', lang: 'en', text: 'HTS controls Idlib city and most of its countryside, as well as parts of Hama and Latakia.', want: ['hts deployed_in idlib', 'hts deployed_in hama', 'hts deployed_in latakia'] },
    { what: 'negative: "as well as" an actor is no place', lang: 'ar', text: 'وتسيطر «هيئة تحرير الشام» على مدينة إدلب، إضافة إلى فصائل «الجيش الوطني السوري».', want: ['hts deployed_in idlib'], not: ['hts deployed_in syrian-national-army'] },
  ]);
});

describe('names as lexicon data (#7, #102, #68, #86)', () => {
  it('places of batch 31 are read', () => {
    expect(mentionIds('وشنّت الطائرات الحربية الروسية أربع غارات على أطراف كبانة.', 'ar')).toContain('kabani');
    expect(mentionIds('استهدفت غارات إسرائيلية معبر مطربا غير الشرعي في ريف حمص الغربي.', 'ar')).toContain('matraba-crossing');
    expect(mentionIds('وسقطت قذائف على مدينة الدرباسية.', 'ar')).toContain('derbasiyah');
    expect(mentionIds('Turkish drones struck a car near Derbasiyah.', 'en')).toContain('derbasiyah');
    expect(mentionIds('وطالت الغارات جسراً قرب بلدة حوش السيد علي.', 'ar')).toContain('hawsh-al-sayyed-ali');
  });
  it('al-Kiswah is one town (kisweh merged into al-kiswah)', () => {
    expect(mentionIds('Israeli jets struck targets near al-Kiswah and Kisweh.', 'en')).not.toContain('kisweh');
    expect(mentionIds('Israeli jets struck targets near al-Kiswah.', 'en')).toContain('al-kiswah');
    expect(mentionIds('قصفت إسرائيل مواقع قرب مدينة الكسوة.', 'ar')).toContain('al-kiswah');
  });
  run([
    { what: 'an attack on an unknown crossing no longer falls to its province', lang: 'ar', text: 'استهدفت غارات إسرائيلية، فجر الخميس، معبر مطربا غير الشرعي على الحدود السورية اللبنانية في ريف حمص الغربي.', want: ['isr attacked matraba-crossing'], not: ['isr attacked homs'] },
    { what: 'the row #7: strikes on the outskirts of Kabani', lang: 'ar', text: 'وشنّت الطائرات الحربية الروسية بعد ساعات أربع غارات على أطراف كبانة وقرى متفرقة في جبل الأكراد.', want: ['rus attacked kabani'] },
    { what: 'English: Russian jets struck Kabani', lang: 'en', text: 'Russian jets struck the outskirts of Kabani in Latakia countryside.', want: ['rus attacked kabani'] },
  ]);
});

describe('the members of an unnamed place an attack hits, and bare names after a dual head (#104, 105)', () => {
  run([
    { what: 'the row: `ضرباتها على المعابر الحدودية بين البلدين، بما فيها معبرا المصنع وجوسية`', lang: 'ar', text: 'وكثّفت إسرائيل منذ أواخر أيلول/سبتمبر ضرباتها على المعابر الحدودية بين البلدين، بما فيها معبرا المصنع وجوسية.', want: ['isr attacked masnaa-crossing', 'isr attacked jousieh-crossing'] },
    { what: 'a verb and `، بينها`', lang: 'ar', text: 'وقصفت إسرائيل عدة معابر حدودية، بينها معبرا المصنع وجوسية.', want: ['isr attacked masnaa-crossing', 'isr attacked jousieh-crossing'] },
    { what: 'a town head and `بما فيها` after villages', lang: 'ar', text: 'وقصفت القوات التركية قرى في ريف الحسكة، بما فيها مدينتا القامشلي وعامودا.', want: ['tur attacked qamishli'] },
    { what: 'English: "strikes on border crossings between the two countries, including the Masnaa crossing"', lang: 'en', text: 'Israel has intensified its strikes on border crossings between the two countries, including the Masnaa crossing.', want: ['isr attacked masnaa-crossing'] },
    { what: 'English: a direct object, "struck several border crossings, including X and Y"', lang: 'en', text: 'Israeli jets struck several border crossings, including the Masnaa crossing and the Jusiyah crossing.', want: ['isr attacked masnaa-crossing', 'isr attacked jousieh-crossing'] },
    { what: 'negative: English, unnamed crossings alone give nothing', lang: 'en', text: 'Israeli jets struck several border crossings on Thursday.', want: [], not: ['isr attacked lbn'] },
    { what: 'negative: members of a place that was not hit', lang: 'ar', text: 'وزار الوفد المعابر الحدودية، بما فيها معبرا المصنع وجوسية.', want: [], not: ['isr attacked masnaa-crossing'] },
  ]);
  it('a bare name after a dual head is the head\'s place', () => {
    expect(mentionIds('وأغلقت السلطات معبري المصنع وجوسية.', 'ar')).toEqual(expect.arrayContaining(['masnaa-crossing', 'jousieh-crossing']));
  });
});

describe('a dual place head is no person (`ولايتي هاتاي`, diagnosis-batch31 §6 fix 6)', () => {
  it('the two provinces of Hatay and Kahramanmaras are places, not Velayati', () => {
    const ids = mentionIds('أرسل العراق فرقاً وخياماً إلى ولايتي هاتاي وكهرمان مرعش.', 'ar');
    expect(ids).toEqual(expect.arrayContaining(['hatay', 'kahramanmaras']));
    expect(ids).not.toContain('ali-akbar-velayati');
  });
  it('Velayati named alone, or in full, is still the person', () => {
    expect(mentionIds('وقال ولايتي إن إيران ستبقى في سوريا.', 'ar')).toContain('ali-akbar-velayati');
    expect(mentionIds('والتقى الأسد مستشار المرشد الإيراني علي أكبر ولايتي في دمشق.', 'ar')).toContain('ali-akbar-velayati');
  });
});

describe('the named members of an unnamed subject of an Arabic presence verb (pooled b17, b26 construction)', () => {
  run([
    { what: '`بينها عناصر من «حزب الله»` after an unnamed subject with a backer', lang: 'ar', text: 'وتنتشر في محيط السيدة زينب فصائل مسلحة مدعومة من إيران، بينها عناصر من «حزب الله» اللبناني.', want: ['hezbollah deployed_in sayyida-zeinab'], not: ['irn deployed_in sayyida-zeinab'] },
    { what: '`منها` and a list of two groups', lang: 'ar', text: 'وتنتشر في ريف دير الزور ميليشيات موالية لإيران، منها «لواء فاطميون» و«حزب الله».', want: ['fatemiyoun-brigade deployed_in deir-ez-zor', 'hezbollah deployed_in deir-ez-zor'] },
    { what: 'negative: a named subject keeps its own presence, its unit is no other holder', lang: 'ar', text: 'وتنتشر في مدينة البوكمال قوات النظام، بينها الفرقة الرابعة.', want: ['syr deployed_in abu-kamal'] },
    { what: 'negative: members after a comma with no presence verb', lang: 'ar', text: 'وقصفت إسرائيل مواقع في ريف دير الزور، بينها مواقع لـ«حزب الله».', want: [], not: ['isr deployed_in deir-ez-zor'] },
  ]);
});

describe('"and villages in P" after the last place of an attack or a presence (#7 with its name known)', () => {
  run([
    { what: 'the row: `على أطراف كبانة وقرى متفرقة في جبل الأكراد`', lang: 'ar', text: 'وشنّت الطائرات الحربية الروسية بعد ساعات أربع غارات على أطراف كبانة وقرى متفرقة في جبل الأكراد.', want: ['rus attacked kabani', 'rus attacked jabal-al-akrad'] },
    { what: 'English: "the outskirts of Kabani and villages in Jabal al-Akrad"', lang: 'en', text: 'Russian jets struck the outskirts of Kabani and villages in Jabal al-Akrad on Sunday.', want: ['rus attacked kabani', 'rus attacked jabal-al-akrad'] },
    { what: 'a presence: `في مدينة عفرين وقرى في ريف حلب الشمالي`', lang: 'ar', text: 'وتنتشر القوات التركية في مدينة عفرين وقرى في ريف حلب الشمالي.', want: ['tur deployed_in afrin', 'tur deployed_in aleppo'] },
    { what: 'negative: "and villagers in P" is no place head', lang: 'en', text: 'Russian jets struck the outskirts of Kabani and killed civilians in Jabal al-Akrad.', want: ['rus attacked kabani'], not: ['rus attacked jabal-al-akrad'] },
  ]);
});
