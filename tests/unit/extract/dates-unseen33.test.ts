/**
 * Dates on unseen articles (branch dates33, diagnosis-batch28 §0.6 and §2): the wrong dates of held-out batches 13–28
 * grouped by cause, one general rule a cause, paraphrase suites of new sentences in both languages with negative cells.
 */
import { datedSuite as suite } from './helpers.ts';

suite(
  'a year or a month and year after "a"/"an" names its event noun’s date',
  `
en 2023-08-13 agreed_with rus_tur_2019 | Russian military police patrol parts of the Manbij countryside under a 2019 agreement between Moscow and Ankara.
en 2023-08-13 agreed_with rus_tur_2019 | Russian troops patrol the border strip under a 2019 deal between Moscow and Ankara.
en 2023-08-13 agreed_with rus_tur_2019-10 | Russian troops patrol the border strip under an October 2019 agreement between Moscow and Ankara.
en 2022-02-07 agreed_with tur_rus_2020-03 | Turkey keeps military posts in Idlib under a March 2020 truce it reached with Russia.
en 2022-02-07 agreed_with rus_tur_2020-03 | Under a March 2020 ceasefire deal reached by Moscow and Ankara, the two armies were to run joint patrols.
en 2023-01-10 agreed_with tur_rus_2020 | Turkish soldiers man observation posts in Idlib under a 2020 ceasefire agreement between Ankara and Moscow.
en 2023-01-10 agreed_with rus_tur_2018 | The buffer zone was set up in a 2018 deal between Russia and Turkey.
ar 2024-04-27 agreed_with isr_syr_1974 | وتراقب قوة الأمم المتحدة اتفاق فك الاشتباك بين إسرائيل وسوريا لعام 1974.
`,
);

suite(
  'the modifier dates its noun only, not the act of the clause',
  `
en 2022-10-31 deployed_in !rus_ain-issa_2019-10 | Russian forces are deployed at positions around Ain Issa under an October 2019 agreement between the SDF and Damascus.
en 2022-10-31 deployed_in !rus_manbij_2019 | Russian military police patrol Manbij under a 2019 agreement between Moscow and Ankara.
en 2022-10-31 deployed_in rus_manbij_2022-10-31 | Russian military police patrol Manbij under a 2019 agreement between Moscow and Ankara.
`,
);

suite(
  'a "when" clause after "since YEAR" takes that year, however long the words between',
  `
en 2022-01-08 supported rus_syr_2018 | Smuggling has surged since 2018, when Syrian government forces, backed by Russia, retook the south from rebels.
en 2022-01-08 supported irn_syr_2018 | Refugee returns have slowed since 2018, when the Syrian army, supported by Iran and its allied militias, recaptured the region.
en 2022-01-08 supported rus_syr_2016 | Aleppo has been calm since 2016, when Syrian government forces, backed by Russian air power, retook its eastern districts.
ar 2022-01-08 supported rus_syr_2018 | وتصاعد التهريب منذ صيف 2018، حين استعادت القوات الحكومية السيطرة على الجنوب بدعم روسي.
en 2022-01-08 deployed_in rus_syr_2022-01-08 | Russia has kept forces in Syria since 2015, when it intervened in the war.
`,
);

suite(
  'an act noun after a past light verb is no present tense: a date further on dates it',
  `
en 2024-03-01 attacked jor_suwayda_2024-01 | Jordanian warplanes carried out strikes in Syria's Sweida province in January that killed about ten people.
en 2024-03-01 attacked jor_suwayda_2024-01 | Jordanian jets conducted several air strikes on suspected smugglers' farms in Sweida province in January.
en 2024-03-01 attacked tur_kobani_2024-02 | Turkish drones launched new strikes on Kobani in February, local sources said.
en 2024-03-01 attacked !jor_suwayda_2024-01 | Jordan has carried out strikes in Sweida province, officials said, and warned of more in January.
`,
);

suite(
  'a date in the relative clause of the act’s own noun, or of the operation it was done in',
  `
ar 2022-11-27 agreed_with rus_tur_2019-10 | وتنشر روسيا شرطة عسكرية في منبج وكوباني بموجب تفاهم سوتشي الذي توصلت إليه مع تركيا في تشرين الأول/أكتوبر 2019.
ar 2022-11-27 agreed_with rus_tur_2020-03 | وتسيّر روسيا دوريات في إدلب بموجب الاتفاق الذي أبرمته مع تركيا في آذار/مارس 2020.
en 2022-11-27 agreed_with rus_tur_2019 | Russian police patrol Manbij under the Sochi deal that Moscow reached with Ankara in 2019.
ar 2022-04-07 deployed_in tur_tal-abyad_2019-10 | وكانت القوات التركية وفصائل موالية لها قد سيطرت على مدينتي تل أبيض ورأس العين في عملية «نبع السلام» التي أُطلقت في تشرين الأول/أكتوبر 2019.
ar 2022-04-07 deployed_in tur_tal-abyad_2019-10 | وسيطرت القوات التركية على مدينة تل أبيض في عملية «نبع السلام» التي أطلقتها في تشرين الأول/أكتوبر 2019.
en 2022-04-07 deployed_in tur_afrin_2018-01 | Turkish forces captured Afrin in an offensive that began in January 2018.
en 2022-04-07 deployed_in tur_afrin_2018-01 | Turkish troops seized Afrin in an operation which was launched in January 2018.
`,
);

suite(
  'a relative clause on another noun still dates nothing of the act',
  `
ar 2022-11-27 deployed_in rus_manbij_2022-11-27 | وتنشر روسيا شرطة عسكرية في منبج وكوباني بموجب تفاهم سوتشي الذي توصلت إليه مع تركيا في تشرين الأول/أكتوبر 2019.
en 2023-01-13 attacked tur_kobani_2023-01-13 | Turkish drones struck Kobani, which Kurdish fighters recaptured from Islamic State in 2015.
ar 2023-01-13 attacked tur_kobani_2023-01-13 | وقصفت المسيّرات التركية مدينة كوباني التي استعادها المقاتلون الأكراد من تنظيم «داعش» عام 2015.
`,
);

suite(
  'an agreement reached at a "since" date takes it; the state in force stays at publication',
  `
ar 2022-12-17 agreed_with rus_tur_2020-03 | ويسري في المنطقة منذ آذار/مارس 2020 وقف لإطلاق النار توصلت إليه روسيا وتركيا.
ar 2022-10-02 agreed_with vladimir-putin_recep-tayyip-erdogan_2020-03-05 | ويسري في المنطقة منذ الخامس من آذار/مارس 2020 وقف لإطلاق النار توصل إليه الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان.
en 2022-12-17 agreed_with rus_tur_2020-03 | A ceasefire has held in Idlib since March 2020 under a deal agreed by Moscow and Ankara.
en 2022-12-17 agreed_with rus_tur_2020-03 | Calm has prevailed since March 2020 under a truce brokered by Russia and Turkey.
en 2022-12-17 deployed_in rus_syr_2022-12-17 | Russia has kept troops in Syria since 2015 under agreements with Damascus.
`,
);

suite(
  'a support adjunct set off by commas right after the dated act’s date takes that date',
  `
ar 2022-09-04 supported usa_sdf_2022-08 | وكانت «قسد» قد أطلقت أواخر الشهر الماضي، بدعم من التحالف الدولي بقيادة الولايات المتحدة، حملة أمنية واسعة داخل المخيم.
ar 2022-09-04 supported rus_syr_2018 | واستعادت القوات الحكومية السيطرة على درعا عام 2018، بدعم روسي، بعد معارك عنيفة.
ar 2022-09-04 supported !usa_sdf_2022-08 | وكانت «قسد» قد أطلقت حملة أمنية الشهر الماضي داخل المخيم، وتحظى بدعم من الولايات المتحدة.
`,
);

suite(
  '"at the time", `حينها`, `آنذاك`: the date told last before it',
  `
en 2024-03-01 criticized syr_jor_2024-01 | Jordanian warplanes carried out strikes in Sweida province in January. / Damascus criticised the raids at the time as unjustified.
en 2024-03-01 criticized syr_jor_2023-12-18 | Jordanian jets struck farms in Sweida on December 18, 2023. / Damascus condemned the strikes at the time, calling them a violation of its sovereignty.
ar 2024-06-04 threatened irgc_isr_2024-04-01 | وقتل ضابط في الحرس الثوري بغارة إسرائيلية على دمشق في الأول من نيسان/أبريل. / وتوعّد الحرس الثوري حينها بالرد على إسرائيل.
ar 2024-06-04 criticized syr_isr_2024-04 | وقصفت إسرائيل مواقع قرب دمشق في نيسان/أبريل. / ودانت دمشق آنذاك الغارات الإسرائيلية.
en 2024-03-01 criticized syr_jor_2024-03-01 | Damascus criticised the Jordanian raids as unjustified, a statement said at the time of writing.
`,
);

suite(
  'an event noun after ", after"/`، إثر` takes its own date after it, not the later act’s before',
  `
ar 2024-02-18 reconciled_with syr_arab-league_2023-05 | وتشكلت لجنة أمنية أردنية سورية مشتركة لمكافحة التهريب في تموز/يوليو الماضي، إثر استعادة سوريا مقعدها في جامعة الدول العربية في أيار/مايو.
ar 2024-02-18 reconciled_with syr_arab-league_2023-05 | وزار الوزير الأردني دمشق في تموز/يوليو الماضي، بعد استعادة سوريا مقعدها في الجامعة العربية في أيار/مايو.
en 2024-02-18 reconciled_with arab-league_syr_2023-05 | Jordan and Syria set up a joint security committee in July, after the Arab League readmitted Syria in May.
`,
);

suite(
  'an Arabic pluperfect with a long subject (up to six words before `قد`) is background: no story day',
  `
ar 2022-12-19 urged usa_tur_2022-12-19 | قُتل عنصران من «قسد» أمس الأحد بقصف تركي قرب عين عيسى. / وكانت كل من واشنطن وموسكو قد دعتا أنقرة إلى ضبط النفس.
ar 2022-03-01 criticized recep-tayyip-erdogan_rus_2022-03-01 | أعلنت تركيا أمس الاثنين إغلاق المضائق أمام السفن الحربية. / وكان الرئيس التركي رجب طيب أردوغان قد انتقد الغزو الروسي ووصفه بأنه غير مقبول.
ar 2022-03-01 criticized recep-tayyip-erdogan_rus_2022-02-24 | وكان الرئيس التركي رجب طيب أردوغان قد انتقد الغزو الروسي في 24 شباط/فبراير.
`,
);
