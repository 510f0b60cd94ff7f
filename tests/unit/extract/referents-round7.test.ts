/**
 * Referents round 7 (branch ref31, diagnosis-batch27 §6 fix 3). Sentences of our own, built on the constructions of
 * batch 27's misses and their paraphrases:
 * - a capital by its state (lexicon.ts addCapitalDescriptors): "the Iraqi capital", "the capital of Jordan",
 *   `العاصمة العراقية`, `عاصمة الأردن` are the place that stands for that state;
 * - a bare compass region (discourse.ts bareDirectionAt): "in the northwest" is the story state's region;
 * - a place anaphor after a partitive place noun (`في عدد من بلدات المحافظة`, `قرى المدينة`: discourse.ts PLACE_PREP_AR);
 * - military police as forces (cues.csv `military` ar: `شرطتها العسكرية`).
 */
import { describe, expect, it } from 'vitest';
import { datedSuite, extract, tripleSet } from './helpers.ts';

type Case = { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] };

function run(cases: Case[]) {
  for (const c of cases)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
}

describe('a capital named by its state', () => {
  run([
    { what: '`وصل X إلى العاصمة العراقية` with a date', lang: 'ar', text: 'ووصل وزير الخارجية السوري بسام الصباغ إلى العاصمة العراقية أمس الثلاثاء في زيارة رسمية.', want: ['bassam-sabbagh visited baghdad'] },
    { what: '`زار … العاصمة الأردنية` (another verb, another capital)', lang: 'ar', text: 'وزار وزير الخارجية السوري بسام الصباغ العاصمة الأردنية الأسبوع الماضي.', want: ['bassam-sabbagh visited amman'] },
    { what: '`عاصمة العراق` (the genitive form)', lang: 'ar', text: 'وصل وزير الخارجية السوري بسام الصباغ إلى عاصمة العراق في زيارة رسمية.', want: ['bassam-sabbagh visited baghdad'] },
    { what: '"arrived in the Iraqi capital" (English)', lang: 'en', text: 'Syrian Foreign Minister Bassam Sabbagh arrived in the Iraqi capital on Tuesday for a two-day visit.', want: ['bassam-sabbagh visited baghdad'] },
    { what: '"the Lebanese capital" after a relative clause', lang: 'en', text: 'Syrian Foreign Minister Bassam Sabbagh, who took office in September, travelled to the Lebanese capital on Monday.', want: ['bassam-sabbagh visited beirut'] },
    { what: '"the capital of Jordan"', lang: 'en', text: 'Syrian Foreign Minister Bassam Sabbagh flew to the capital of Jordan on Tuesday.', want: ['bassam-sabbagh visited amman'] },
    { what: 'a strike on "the Syrian capital" is the state (as Damascus)', lang: 'en', text: 'Israeli jets struck the Syrian capital on Tuesday.', want: ['isr attacked syr'] },
    // negative cells
    { what: 'a bare "the capital" names no capital', lang: 'en', text: 'Syrian Foreign Minister Bassam Sabbagh flew to the capital on Tuesday.', want: [], not: ['bassam-sabbagh visited baghdad', 'bassam-sabbagh visited damascus'] },
    { what: 'a demonym of a state with no capital in the lexicon names none', lang: 'en', text: 'Syrian Foreign Minister Bassam Sabbagh flew to the Venezuelan capital on Tuesday.', want: [], not: ['bassam-sabbagh visited baghdad'] },
  ]);
});

const SYRIA_EN = 'Syrian government forces shelled the town of Darat Izza on Wednesday, Syrian state media said. ';

describe('a bare compass region is the story state’s', () => {
  run([
    { what: '"keeps posts in the northwest," (relative clause)', lang: 'en', text: SYRIA_EN + 'Turkey, which keeps dozens of military posts in the northwest, agreed a ceasefire with Russia in March 2020.', want: ['tur deployed_in northwestern-syria'] },
    { what: '"in the north-west on Monday" (hyphen, attack, a date after)', lang: 'en', text: SYRIA_EN + 'Russian jets pounded rebel towns in the north-west on Monday.', want: ['rus attacked northwestern-syria'] },
    { what: '"deployed troops in the north" (another direction)', lang: 'en', text: SYRIA_EN + 'Turkey has deployed thousands of troops in the north since 2016.', want: ['tur deployed_in northern-syria'] },
    // negative cells
    { what: '"the northwest of Iraq" is no Syrian region', lang: 'en', text: SYRIA_EN + 'Turkish jets struck PKK positions in the northwest of Iraq on Monday.', want: [], not: ['tur attacked northwestern-syria', 'pkk deployed_in northwestern-syria'] },
    { what: '"the West" is no region', lang: 'en', text: SYRIA_EN + 'Russian jets struck towns backed by the West on Monday.', want: [], not: ['rus attacked northwestern-syria', 'rus attacked northern-syria', 'rus attacked syr'] },
    { what: 'the story state’s own forces in "the north" are not read (their own state)', lang: 'en', text: SYRIA_EN + 'Syrian troops deployed in the north on Monday.', want: [], not: ['syr deployed_in northern-syria'] },
  ]);
});

const DARAA_AR = 'وتشهد محافظة درعا توتراً أمنياً متكرراً منذ عام 2018. ';

describe('a place anaphor after a partitive place noun; military police as forces', () => {
  run([
    { what: '`نشرت روسيا شرطتها العسكرية في عدد من بلدات المحافظة`', lang: 'ar', text: DARAA_AR + 'ونشرت روسيا شرطتها العسكرية في عدد من بلدات المحافظة بعد ذلك الاتفاق.', want: ['rus deployed_in daraa'] },
    { what: '`الشرطة العسكرية في قرى المحافظة` with a date between', lang: 'ar', text: DARAA_AR + 'ونشرت روسيا، في تموز 2018، الشرطة العسكرية في قرى المحافظة.', want: ['rus deployed_in daraa'] },
    { what: '`قواتها في مدن المحافظة`', lang: 'ar', text: DARAA_AR + 'ونشرت روسيا قواتها في مدن المحافظة.', want: ['rus deployed_in daraa'] },
    { what: '`شرطتها العسكرية` with the named province', lang: 'ar', text: 'ونشرت روسيا شرطتها العسكرية في عدد من بلدات محافظة درعا.', want: ['rus deployed_in daraa'] },
    { what: '"military police in towns of the province" (English)', lang: 'en', text: 'Daraa province has seen repeated unrest since 2018. Russia deployed its military police in several towns of the province after the deal.', want: ['rus deployed_in daraa'] },
    // negative cells
    { what: 'a province head with its own adjective is no anaphor (`بلدات المحافظة الجنوبية`)', lang: 'ar', text: DARAA_AR + 'ونشرت روسيا قواتها في بلدات المحافظة الجنوبية.', want: [], not: ['rus deployed_in daraa'] },
    { what: 'two provinces named before: no antecedent', lang: 'ar', text: 'وتشهد محافظتا درعا والسويداء توتراً. وقصفت قوات النظام محافظة إدلب أمس. ونشرت روسيا قواتها في بلدات المحافظة.', want: [], not: ['rus deployed_in daraa'] },
  ]);
});

const IS_EN = 'Islamic State claimed 153 attacks in Iraq and Syria in the first half of 2024. ';

describe('a group’s members by its possessive, and their "they"', () => {
  run([
    { what: '"The group\'s remnants mostly operate in …, where they attack …"', lang: 'en', text: IS_EN + "The group's remnants mostly operate in the central desert and in Deir ez-Zor province, where they attack SDF and government forces.", want: ['isis deployed_in deir-ez-zor', 'isis attacked sdf'] },
    { what: '"The group\'s cells are active in …" (another noun, another verb)', lang: 'en', text: IS_EN + "The group's cells are active in Deir ez-Zor province, where they attack SDF positions.", want: ['isis deployed_in deir-ez-zor', 'isis attacked sdf'] },
    { what: '"Hezbollah\'s members operate in …" (a named group)', lang: 'en', text: "Israel struck targets near Damascus on Monday. Hezbollah's members operate in Deir ez-Zor province.", want: ['hezbollah deployed_in deir-ez-zor'] },
    // negative cells
    { what: 'a state’s possessive before a members noun is not read so', lang: 'en', text: "Turkey's representatives operate in Idlib.", want: [], not: ['tur deployed_in idlib'] },
    { what: 'an organ word after the possessive is no members noun ("the group\'s units")', lang: 'en', text: IS_EN + "Iraqi forces said the group's leader had been killed in Deir ez-Zor province.", want: [], not: ['isis deployed_in deir-ez-zor'] },
  ]);
});

// a half or quarter of a year dates the act with that year (dates.ts, the part-of-a-year rule)
datedSuite(
  'a half or quarter of a year is that year',
  `
en 2024-09-04 attacked isis_irq_2024 | US Central Command said in July that IS had claimed 153 attacks in Iraq and Syria in the first half of 2024.
en 2024-09-04 attacked isis_syr_2024 | IS carried out 121 attacks in Syria during the second quarter of 2024, monitors said.
en 2024-09-04 attacked isis_syr_2023 | IS carried out more than 100 attacks in Syria in the last quarter of 2023.
ar 2024-09-04 attacked isis_irq_2024 | وتبنى تنظيم «داعش» 153 هجوماً في العراق وسوريا خلال النصف الأول من عام 2024.
ar 2024-09-04 attacked isis_syr_2023 | ونفذ تنظيم «داعش» عشرات الهجمات في سوريا في النصف الثاني من 2023.
en 2024-09-04 attacked !isis_syr_2024-09-04 | IS carried out 121 attacks in Syria during the second quarter of 2024, monitors said.
en 2024-01-26 agreed_with !irn_rus_2024 | Iran, Russia and Turkey agreed on Thursday to hold the next round in Astana in the second half of 2024.
ar 2024-01-25 agreed_with !irn_rus_2024 | واتفقت إيران وروسيا وتركيا اليوم على عقد الجولة المقبلة في أستانا في النصف الثاني من عام 2024.
`,
);

// a date after a reduced relative on an event noun is that event's; a support participle is a standing fact (dates.ts
// eventParticipleBetween, backgroundDate)
datedSuite(
  'a neighbouring event’s date is not the act’s',
  `
ar 2023-09-19 accused syr_hts_2023-09-19 | واتهمت وزارة الدفاع السورية «هيئة تحرير الشام» بخرق اتفاق وقف إطلاق النار الموقّع في موسكو في آذار/مارس 2020.
ar 2023-09-19 accused syr_hts_2023-09-18 | واتهمت دمشق «هيئة تحرير الشام» أمس بخرق الاتفاق المبرم بين روسيا وتركيا عام 2020.
en 2023-09-19 accused syr_hts_2023-09-19 | The Syrian defence ministry accused HTS of violating the ceasefire agreement signed in Moscow in March 2020.
en 2023-09-19 accused syr_hts_2023-09-19 | Damascus accused HTS on Tuesday of breaching a truce brokered by Russia and Turkey in March 2020.
ar 2024-05-06 supported usa_sdf_2024-05-06 | وكان التنظيم قد خسر آخر معاقله في بلدة الباغوز في آذار/مارس 2019 أمام «قسد» المدعومة من الولايات المتحدة.
ar 2024-05-06 supported usa_sdf_2024-05-06 | وسيطرت «قسد» المدعومة من واشنطن على الباغوز في آذار 2019.
en 2023-09-19 agreed_with rus_tur_2020-03 | Russia and Turkey signed a ceasefire agreement in Moscow in March 2020.
ar 2023-09-19 agreed_with rus_tur_2020-03 | ووقعت روسيا وتركيا اتفاق وقف إطلاق النار في موسكو في آذار/مارس 2020.
`,
);

const IDLIB_EN = 'Syrian government forces shelled the town of Darat Izza on Wednesday, Syrian state media said. ';

describe('an -ing form after "by" with an object is the verb ("retaliated by shelling army positions")', () => {
  run([
    { what: '"said it had retaliated by shelling army positions in X"', lang: 'en', text: IDLIB_EN + 'HTS said it had retaliated by shelling army positions in the Aleppo countryside.', want: ['hts attacked syr', 'syr deployed_in aleppo'] },
    { what: '"retaliated by shelling X" (a place object)', lang: 'en', text: IDLIB_EN + 'HTS retaliated by shelling Saraqeb.', want: ['hts attacked saraqeb'] },
    { what: '"responded by bombing Syrian army positions near X" (another gerund, a demonym)', lang: 'en', text: IDLIB_EN + 'HTS fighters responded on Thursday by bombing Syrian army positions near Saraqeb.', want: ['hts attacked syr'] },
    { what: '"responded by shelling villages in the X area of Y" keeps the nearer place', lang: 'en', text: IDLIB_EN + 'The army responded by shelling villages in the Jabal al-Zawiya area of southern Idlib.', want: ['syr attacked jabal-al-zawiya'], not: ['syr attacked idlib'] },
    // negative cells: the agent noun of a passive keeps its noun reading
    { what: '"killed by shelling from X" is no gerund with an object', lang: 'en', text: IDLIB_EN + 'Two civilians were killed by shelling from HTS positions.', want: [], not: ['hts attacked syr'] },
  ]);
});

const SNA_AR = 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها قرى في ريف منبج اليوم. ';
const SNA_EN = 'Turkish forces and Turkish-backed Syrian National Army factions shelled SDF positions near Manbij on Tuesday. ';

describe('a bare factions head is the last group named with it', () => {
  run([
    { what: '`وأن قصف الفصائل طال قرى في محيط بلدة عريمة` (the attack noun\'s genitive)', lang: 'ar', text: SNA_AR + 'وأعلنت «قسد» في بيان أن مقاتليها ردّوا على مصادر النيران، وأن قصف الفصائل طال قرى في محيط بلدة عريمة.', want: ['syrian-national-army attacked arima'] },
    { what: '`وقالت «قسد» إن الفصائل قصفت …` (the subject of a verb)', lang: 'ar', text: SNA_AR + 'وقالت «قسد» إن الفصائل قصفت أمس قرى في محيط بلدة عريمة.', want: ['syrian-national-army attacked arima'] },
    { what: '"the factions had shelled villages around X" (English)', lang: 'en', text: SNA_EN + 'The SDF said the factions had shelled villages around Arima.', want: ['syrian-national-army attacked arima'] },
    // negative cells
    { what: '`الفصائل المسلحة` has an adjective of its own: no antecedent', lang: 'ar', text: SNA_AR + 'وقالت «قسد» إن الفصائل المسلحة قصفت قرى في محيط بلدة عريمة.', want: [], not: ['syrian-national-army attacked arima'] },
    { what: 'no group named with factions before: nothing', lang: 'ar', text: 'قصفت القوات التركية قرى في ريف منبج اليوم. وقالت «قسد» إن الفصائل قصفت قرى في محيط بلدة عريمة.', want: [], not: ['syrian-national-army attacked arima'] },
  ]);
});

// "after that agreement": the date the sentence that told the agreement gave (dates.ts afterThatEvent)
datedSuite(
  'an act after a demonstrative event noun takes that event’s date',
  `
ar 2022-03-15 deployed_in rus_daraa_2018-07 | وتشهد محافظة درعا توتراً منذ استعادة الحكومة السيطرة عليها في تموز/يوليو 2018 بموجب اتفاق رعته روسيا. / ونشرت روسيا شرطتها العسكرية في عدد من بلدات المحافظة بعد ذلك الاتفاق.
ar 2022-03-15 deployed_in rus_daraa_2018-07 | وأبرمت روسيا اتفاق تسوية في درعا في تموز/يوليو 2018. / وعقب هذا الاتفاق نشرت روسيا قواتها في محافظة درعا.
en 2022-03-15 deployed_in rus_daraa_2018-07 | Russia brokered a settlement agreement in Daraa in July 2018. / Russia deployed military police in Daraa province after that agreement.
ar 2022-03-15 deployed_in !rus_daraa_2018-07 | وأبرمت روسيا اتفاق تسوية في درعا في تموز/يوليو 2018. / ونشرت روسيا قواتها في محافظة درعا بعد الاتفاق أمس.
ar 2022-03-15 deployed_in !rus_daraa_2018-07 | وأبرمت روسيا اتفاق تسوية في درعا في تموز/يوليو 2018. / ونشرت روسيا قواتها في محافظة درعا بعد ذلك القصف.
`,
);

describe('victims named by their owner’s pronoun ("killed several of its fighters")', () => {
  run([
    { what: '"The SDF said that Turkish drone strikes had killed several of its fighters"', lang: 'en', text: 'The SDF said that Turkish drone strikes had killed several of its fighters in recent weeks.', want: ['tur attacked sdf'] },
    { what: '"killed dozens of their members" with a date after', lang: 'en', text: 'Hezbollah said on Monday that Israeli strikes had killed dozens of their members since October.', want: ['isr attacked hezbollah'] },
    { what: '`أدت الغارات التركية إلى مقتل عدد من مقاتليها` (Arabic, a suffix pronoun)', lang: 'ar', text: 'وقالت «قسد» إن الغارات التركية أدت إلى مقتل ثلاثة من عناصرها.', want: ['tur attacked sdf'] },
    // negative cells
    { what: 'the attacker’s own pronoun is no victim', lang: 'en', text: 'Turkish drone strikes killed several PKK militants, Turkey said, without losses among its soldiers.', want: [], not: ['tur attacked tur'] },
    { what: 'an owner after a preposition is not taken', lang: 'en', text: 'In a statement on the SDF, Turkish officials said strikes had killed several of its fighters.', want: [], not: ['tur attacked sdf'] },
  ]);
});
