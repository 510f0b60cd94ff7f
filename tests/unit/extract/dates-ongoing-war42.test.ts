/**
 * A war or escalation told as the topic of another act is an ongoing state (branch slot42; gold rule 6: ongoing states take
 * the publication date): "talks that covered the Israeli war on Gaza" the day before, `جرى خلاله بحث التصعيد الإسرائيلي على
 * قطاع غزة`, `ودان الوزيران استمرار الحرب الإسرائيلية على غزة` after a call of yesterday. Look-alikes: a war launched on a
 * day told with it, a strike (no ongoing noun), a war with its own year.
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'an ongoing war told as a topic dates by publication',
  `
ar 2023-11-02 attacked isr_gaza_2023-11-02 | أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان، أمس الأربعاء، مباحثات في أنقرة مع نظيره التركي هاكان فيدان تناولت الحرب الإسرائيلية على قطاع غزة والوضع في سوريا.
ar 2023-10-19 attacked isr_gaza_2023-10-19 | تلقى الرئيس بشار الأسد أمس الأربعاء اتصالاً هاتفياً من الرئيس المصري عبد الفتاح السيسي، جرى خلاله بحث التصعيد الإسرائيلي على قطاع غزة.
ar 2023-10-29 attacked isr_gaza_2023-10-29 | تلقى وزير الخارجية فيصل المقداد، أمس السبت، اتصالاً هاتفياً من نظيره الإيراني حسين أمير عبد اللهيان. / ودان الوزيران استمرار الحرب الإسرائيلية على غزة.
en 2023-11-02 attacked isr_gaza_2023-11-02 | Iranian Foreign Minister Hossein Amir-Abdollahian held talks in Ankara on Wednesday with his Turkish counterpart Hakan Fidan that covered Israel's war on Gaza.
en 2023-11-02 attacked isr_gaza_2023-11-02 | Fidan and Amir-Abdollahian met in Ankara on Wednesday. / They condemned the Israeli war on Gaza.
ar 2024-11-12 attacked isr_lbn_2024-11-12 | شارك الرئيس السوري بشار الأسد أمس الاثنين في القمة العربية الإسلامية غير العادية التي استضافتها الرياض لبحث العدوان الإسرائيلي على غزة ولبنان.
ar 2023-11-04 attacked isr_gaza_2023-11-04 | بحث وزير الخارجية والمغتربين السوري فيصل المقداد، في اتصال هاتفي تلقاه أمس الجمعة من نظيره المصري سامح شكري، تطورات العدوان الإسرائيلي على قطاع غزة وسبل وقف إطلاق النار.
ar 2023-11-02 attacked isr_gaza_2023-11-01 | شنّت إسرائيل أمس الأربعاء غارات على قطاع غزة.
en 2023-11-02 attacked isr_gaza_2023-11-01 | Israeli jets struck Gaza on Wednesday, and the ministers discussed the strikes.
ar 2024-11-04 attacked isr_lbn_2006 | وتذكّر الحرب الإسرائيلية على لبنان عام 2006 بما يجري اليوم.
`,
);

datedSuite(
  'a place returned to a control is dated by its return',
  `
en 2024-04-18 deployed_in syr_daraa_2018-07 | Daraa returned to government control in July 2018 under a Russian-brokered deal that allowed many rebels to stay in their towns.
en 2024-01-09 deployed_in syr_daraa_2018 | Daraa, the cradle of the 2011 uprising, returned to government control in 2018 under a Russian-brokered deal.
en 2022-12-01 deployed_in syr_daraa_2018 | Daraa returned to government control in 2018 under a Russian-brokered deal, but the province has remained unstable.
en 2024-04-18 deployed_in syr_daraa_2024-04-18 | Daraa, under government control since 2018, was calm on Monday.
en 2024-04-18 deployed_in syr_daraa_2024-04-18 | Government-held Daraa was calm on Monday.
`,
);
