/**
 * Noun-phrase relations round 2 (np32, diagnosis-batch27 §6 fix 1 leftovers and the pooled `np` misses). Sentences of
 * our own, both languages.
 * - People or posts of a group with the group's kind noun before its name (`خلايا تنظيم «داعش» في`, `مواقع لفصائل
 *   «الجيش الوطني» في`, `عناصر جماعة X في`): the holder after the kind noun is deployed in the place (gold rule 13).
 * - A front line as the locative of forces (`على خطوط التماس قرب X`, `على خط الجبهة قرب X`, "on the front line near X").
 * - An act noun's demonym doer with a list of targets, a place then a country (`الحرب الإسرائيلية على غزة ولبنان`): the
 *   demonym heads no list with the country; each target is attacked.
 * - `ولا سيما` ("especially") before an act noun: its `لا` negates nothing.
 * - An indefinite attack noun waged by a verb in a relative clause whose antecedent stands behind a preposition (`عن
 *   الجيش الإسرائيلي، الذي يشنّ منذ سنوات غارات على`, `من إسرائيل، التي تشنّ`): the antecedent is the doer. English: an
 *   attack word right after "of" is a noun ("hundreds of strikes on Syria").
 * - A presence noun or forces with a bare compass place right after them (`الوجود العسكري الأميركي شرق الفرات`, `القوات
 *   التركية شمال سوريا`, "the US military presence east of the Euphrates"): the place is the locative.
 * - Officers and advisers as members of the group killed (`مقتل ضابطين في الحرس الثوري بغارة إسرائيلية`, "killed two
 *   officers of the Revolutionary Guards"): the attack's doer attacked the group (cues.csv `partitive`).
 * - Entrenching, strengthening or reducing a presence presupposes it (cues.csv `entrench_word`): `تسعى إيران إلى تعزيز
 *   وجودها العسكري في سوريا`, "Iran seeks to strengthen its military presence in Syria" are done presences, not plans.
 * - Seeking an agreement is a plan, not an agreement ("is seeking an agreement with", "sought a deal with"; `تسعى إلى
 *   الاتفاق مع` was already planned): the relation, if any, is planned.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'a group kind noun between the people or posts and the holder (ar)': [
    ['isis deployed_in ghweran-prison', 'ويأتي القصف في وقت تخوض فيه «قسد» معارك مع خلايا تنظيم «داعش» في محيط سجن غويران بمدينة الحسكة منذ مساء الخميس.'],
    ['sdf attacked isis', 'ويأتي القصف في وقت تخوض فيه «قسد» معارك مع خلايا تنظيم «داعش» في محيط سجن غويران بمدينة الحسكة منذ مساء الخميس.'],
    ['isis deployed_in raqqa', 'وقالت «قسد» إن عناصر تنظيم «داعش» في الرقة صعّدوا هجماتهم منذ مطلع العام.'],
    ['isis deployed_in deir-ez-zor', 'وأطلقت «قسد»، أمس الأحد، حملة لملاحقة خلايا تنظيم «داعش» المنتشرة في ريف دير الزور.'],
    ['syrian-national-army deployed_in al-bab', 'وقصفت القوات التركية مواقع لفصائل «الجيش الوطني» في ريف الباب.'],
    ['tur attacked syrian-national-army', 'وقصفت القوات التركية مواقع لفصائل «الجيش الوطني» في ريف الباب.'],
    ['no isis deployed_in syr', 'وتقول «قسد» إن خلايا تنظيم «داعش» لا تزال نشطة.'],
    ['no isis deployed_in hasakah', 'وتحتجز «قسد» آلاف العائلات من عناصر تنظيم «داعش» في مخيمات الحسكة.'],
  ],
  'a group kind noun between the people or posts and the holder': [
    ['isis deployed_in ghweran-prison', 'The SDF has been fighting cells of the Islamic State group in the vicinity of Ghweran prison since Thursday.'],
    ['syrian-national-army deployed_in al-bab', 'Turkish forces shelled positions of the Syrian National Army factions near al-Bab.'],
  ],
  'a front line as the place of forces (ar)': [
    ['syrian-national-army deployed_in al-bab', 'وردّ مجلس منبج العسكري بقصف مواقع لفصائل «الجيش الوطني» على خطوط التماس قرب مدينة الباب.'],
    ['manbij-military-council attacked syrian-national-army', 'وردّ مجلس منبج العسكري بقصف مواقع لفصائل «الجيش الوطني» على خطوط التماس قرب مدينة الباب.'],
    ['tur deployed_in afrin', 'وتنتشر قوات تركية على خط الجبهة قرب عفرين.'],
    ['syr deployed_in saraqeb', 'وتتمركز قوات النظام السوري على خطوط التماس قرب سراقب.'],
  ],
  'a front line as the place of forces': [
    ['syrian-national-army deployed_in al-bab', 'The Manbij Military Council responded by shelling positions of the Syrian National Army on the front line near al-Bab.'],
    ['tur deployed_in afrin', 'Turkish troops are deployed on the front lines near Afrin.'],
  ],
  'an act noun with a demonym doer and a place-then-country list of targets (ar)': [
    ['isr attacked gaza', 'وتأتي الزيارة قبل يوم من قمة عربية إسلامية تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
    ['isr attacked lbn', 'وتأتي الزيارة قبل يوم من قمة عربية إسلامية تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
    ['no riyadh hosted isr', 'وتأتي الزيارة قبل يوم من قمة عربية إسلامية تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
    ['isr attacked syr', 'ودان الوزير، أمس الأحد، الغارات الإسرائيلية المتكررة على حلب وسوريا.'],
    ['isr attacked aleppo', 'ودان الوزير، أمس الأحد، الغارات الإسرائيلية المتكررة على حلب وسوريا.'],
    ['tur attacked irq', 'وانتقدت بغداد الغارات التركية على سنجار والعراق.'],
    ['isr attacked lbn', 'وأدانت الجامعة العربية العدوان الإسرائيلي، الذي بدأ في تشرين الأول/أكتوبر، على غزة ولبنان.'],
  ],
  'an act noun with a demonym doer and a place-then-country list of targets': [
    ['isr attacked lbn', 'The visit comes a day before an Arab-Islamic summit in Riyadh to discuss the Israeli war on Gaza and Lebanon.'],
    ['isr attacked gaza', 'The visit comes a day before an Arab-Islamic summit in Riyadh to discuss the Israeli war on Gaza and Lebanon.'],
  ],
  'especially (ولا سيما) before an act noun is no negation (ar)': [
    ['isr attacked gaza', 'وبحث الجانبان العلاقات الثنائية وتطورات الأوضاع في المنطقة، ولا سيما العدوان الإسرائيلي المتواصل على غزة، بحسب وكالة سانا.'],
    ['tur attacked sdf', 'وناقش المجتمعون التطورات في الشمال السوري، ولا سيما الهجمات التركية على «قسد».'],
    ['no tur attacked sdf', 'وقالت أنقرة إنها لا تستهدف «قسد».'],
  ],
  'especially before an act noun': [
    ['isr attacked gaza', 'The two sides discussed regional developments, especially the continuing Israeli strikes on Gaza, SANA said.'],
  ],
  'a waging verb in a relative clause after a preposition (ar)': [
    ['isr attacked irn', 'ولم يصدر تعليق فوري عن الجيش الإسرائيلي، الذي يشنّ منذ سنوات غارات متكررة على مواقع يقول إنها تابعة لإيران و«حزب الله» في سوريا.'],
    ['isr attacked hezbollah', 'ولم يصدر تعليق فوري عن الجيش الإسرائيلي، الذي يشنّ منذ سنوات غارات متكررة على مواقع يقول إنها تابعة لإيران و«حزب الله» في سوريا.'],
    ['isr attacked syr', 'ونقلت الوكالة عن الجيش الإسرائيلي، الذي يشنّ غارات على سوريا، قوله إنه لن يعلق.'],
    ['isr attacked syr', 'ولم يصدر تعليق فوري من إسرائيل، التي تشنّ غارات على سوريا.'],
    ['tur attacked sdf', 'وقال مسؤول في «قسد» إن المحادثات مع تركيا، التي تنفّذ منذ أشهر ضربات بطائرات مسيّرة على مواقع «قسد»، متوقفة.'],
    ['no isr attacked syr', 'ولم يصدر تعليق فوري عن الجيش الإسرائيلي، الذي يقول إن سوريا تتحمل المسؤولية.'],
  ],
  'a waging verb in a relative clause after a preposition': [
    ['isr attacked syr', 'A spokesman for Israel, which has launched hundreds of strikes on Syria, declined to comment.'],
    ['isr attacked syr', 'Israel has carried out hundreds of strikes on Syria.'],
  ],
});

describeCases({
  'a bare compass place after a presence noun or forces (ar)': [
    ['usa deployed_in northeastern-syria', 'واعتبر لافروف أن الوجود العسكري الأميركي شرق الفرات «غير شرعي»، متهماً واشنطن بتشجيع «النزعات الانفصالية» لدى الأكراد.'],
    ['usa deployed_in northeastern-syria', 'وتنتقد موسكو الوجود الأمريكي شرق الفرات.'],
    ['tur deployed_in aleppo', 'وتعتبر دمشق الوجود العسكري التركي شمالي حلب احتلالاً.'],
    ['tur deployed_in northern-syria', 'وقالت أنقرة إن القوات التركية شمال سوريا ستبقى.'],
    ['usa deployed_in northeastern-syria', 'وتنتشر القوات الأمريكية شرق الفرات منذ عام 2015.'],
    ['no usa deployed_in northeastern-syria', 'وقالت واشنطن إن قواتها لن تبقى طويلاً، فيما تتواصل الاشتباكات شرق الفرات.'],
  ],
  'a bare compass place after a presence noun or forces': [
    ['usa deployed_in northeastern-syria', 'Lavrov said the US military presence east of the Euphrates was illegitimate.'],
    ['usa deployed_in northeastern-syria', 'Russia criticised the American presence east of the Euphrates.'],
  ],
});

describeCases({
  'officers and advisers killed as members of a group (ar)': [
    ['isr attacked irgc', 'وجاء الهجوم بعد أيام من مقتل ضابطين في الحرس الثوري بغارة إسرائيلية قرب دمشق في السابع من آذار/مارس.'],
    ['isr attacked irgc', 'وقُتل ضابطان في الحرس الثوري بغارة إسرائيلية قرب دمشق.'],
    ['isr attacked irgc', 'وأسفرت الغارة الإسرائيلية عن مقتل مستشار في الحرس الثوري.'],
    ['isr attacked hezbollah', 'وقُتل ضابط من «حزب الله» بغارة إسرائيلية على القصير.'],
    ['no isr attacked irgc', 'وقال ضابط في الحرس الثوري إن الغارة الإسرائيلية استهدفت مستودعاً قرب دمشق.'],
  ],
  'officers and advisers killed as members of a group': [
    ['isr attacked irgc', 'An Israeli strike near Damascus killed two officers of the Revolutionary Guards.'],
    ['isr attacked irgc', 'An Israeli air strike on Damascus killed a senior adviser of the Revolutionary Guards on Monday.'],
  ],
});

describe('seeking an agreement is planned, not done', () => {
  const modes = (text: string, lang: 'ar' | 'en') =>
    extract(text, lang, '2024-02-01').relations.filter((r) => r.relation === 'agreed_with').map((r) => r.attrs?.mode ?? 'done');
  it.each([
    ['en', 'Russia is seeking an agreement with Turkey on the truce.'],
    ['ar', 'وتسعى روسيا إلى الاتفاق مع تركيا على تمديد الهدنة.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(modes(text, lang)).toEqual(['planned']);
  });
  it.each([
    ['en', 'Russia reached an agreement with Turkey on the truce on Monday.'],
    ['ar', 'واتفقت روسيا مع تركيا على تمديد الهدنة.'],
  ] as const)('done: %s: %s', (lang, text) => {
    expect(modes(text, lang)).toContain('done');
  });
});

describe('an entrenched or strengthened presence is presupposed, not planned', () => {
  const modes = (text: string, lang: 'ar' | 'en') =>
    extract(text, lang, '2024-02-01').relations.filter((r) => r.relation === 'deployed_in' && r.source === 'irn' && r.target === 'syr').map((r) => r.attrs?.mode ?? 'done');
  it.each([
    ['ar', 'وتسعى إيران إلى تعزيز وجودها العسكري في سوريا.'],
    ['ar', 'وتعمل إيران على ترسيخ وجودها العسكري في سوريا.'],
    ['en', 'Iran seeks to strengthen its military presence in Syria.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(modes(text, lang)).toEqual(['done']);
  });
  it('a plan to deploy stays planned', () => {
    expect(modes('Iran plans to deploy forces in Syria.', 'en')).toEqual(['planned']);
  });
});
