/**
 * A planned weekday before the plan or past an apposition (branch bugs43, fix 5): gold rule 8 dates a plan by its
 * statement, else publication, never by the last such weekday. dates.ts planAfter blanks an English weekday that opens
 * the sentence before its plan ("On Friday, Biden is due to meet …"); planBefore passes an apposition between commas
 * ("is due to meet Ayman Safadi, Jordan's foreign minister and a key broker …, in Amman on Monday"). Arabic reads both
 * already (checked). Look-alikes: a done act keeps its weekday; a speech verb between keeps the plan's statement date.
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'a planned weekday dates by publication',
  `
en 2022-06-28 met joe-biden_recep-tayyip-erdogan_2022-06-28 | On Friday, Biden is due to meet Erdogan in Madrid.
en 2022-06-28 met !joe-biden_recep-tayyip-erdogan_2022-06-24 | On Friday, Biden is due to meet Erdogan in Madrid.
en 2022-06-28 met joe-biden_recep-tayyip-erdogan_2022-06-28 | On Friday, US President Joe Biden is expected to meet Turkish President Recep Tayyip Erdogan in Madrid.
en 2022-06-28 visited recep-tayyip-erdogan_tehran_2022-06-28 | On Monday, the Turkish president will visit Tehran for talks with Raisi.
en 2023-04-28 met faisal-mekdad_ayman-safadi_2023-04-28 | Mekdad is due to meet Ayman Safadi, Jordan's foreign minister and a key broker of the Arab initiative, in Amman on Monday.
en 2023-04-28 met faisal-mekdad_ayman-safadi_2023-04-28 | Mekdad is due to meet Ayman Safadi, a broker, in Amman on Monday.
ar 2023-05-02 met bashar-al-assad_ebrahim-raisi_2023-05-02 | ويوم الجمعة، من المقرر أن يلتقي الأسد الرئيس الإيراني إبراهيم رئيسي.
ar 2023-05-02 met bashar-al-assad_ebrahim-raisi_2023-05-02 | ومن المقرر أن يلتقي الأسد نظيره الإيراني إبراهيم رئيسي، الذي يزور دمشق للمرة الأولى منذ سنوات، يوم الجمعة.
ar 2023-04-28 met faisal-mekdad_ayman-safadi_2023-04-28 | ومن المقرر أن يلتقي المقداد نظيره الأردني أيمن الصفدي، الذي يقود المبادرة العربية تجاه سوريا منذ أشهر، في عمّان يوم الاثنين.
en 2022-06-28 met joe-biden_recep-tayyip-erdogan_2022-06-24 | On Friday, Biden met Erdogan in Madrid.
en 2022-06-28 attacked tur_ypg_2022-06-24 | On Friday, Erdogan said Turkey will launch an operation against the YPG.
en 2023-04-28 met ayman-safadi_bashar-al-assad_2023-04-24 | Mekdad will attend the summit, officials said, and Safadi met Assad on Monday.
`,
);
