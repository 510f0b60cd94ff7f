/**
 * A place returned to a holder's control, Arabic (branch bugs42a; the English form is slot42's presence.ts controlled +
 * ongoingdate.ts returnedToControl): `وعادت درعا إلى سيطرة الحكومة في تموز/يوليو 2018` is the holder's presence in
 * the place, dated by the return (gold rule 19f), as "Daraa returned to government control in July 2018". Variants: a
 * named holder, a date between, a place head, `تحت`, the bare government (the place's own state). Look-alikes: a
 * return to the negotiating table, calm returning to a place, the government returning to a place (no control word).
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'a place returned to a control, Arabic, is dated by its return',
  `
ar 2024-04-18 deployed_in syr_daraa_2018-07 | وعادت درعا إلى سيطرة الحكومة في تموز/يوليو 2018.
ar 2024-04-18 deployed_in syr_daraa_2018-07 | وعادت درعا إلى سيطرة الحكومة السورية في تموز/يوليو 2018 بموجب اتفاق تسوية رعته روسيا.
ar 2024-04-18 deployed_in syr_daraa_2018 | عادت محافظة درعا عام 2018 إلى سيطرة الحكومة السورية.
ar 2024-04-18 deployed_in syr_daraa_2018 | وكانت درعا، مهد الاحتجاجات، قد عادت إلى سيطرة القوات الحكومية عام 2018.
ar 2024-04-18 deployed_in syr_daraa_2018-07 | وعادت درعا تحت سيطرة الحكومة في تموز/يوليو 2018.
en 2024-04-18 deployed_in syr_daraa_2018-07 | Daraa returned to government control in July 2018.
ar 2024-04-18 deployed_in !syr_daraa_2018 | وعاد المفاوضون إلى طاولة المفاوضات في درعا عام 2018.
ar 2024-04-18 deployed_in !syr_daraa_2018 | وعاد الهدوء إلى درعا عام 2018.
ar 2024-04-18 deployed_in !syr_daraa_2018 | وعادت الحكومة إلى درعا عام 2018.
`,
);

datedSuite(
  'a place brought back to a control, Arabic (a causative return), is dated by the return',
  `
ar 2022-04-12 deployed_in syr_daraa_2018-07 | وكانت روسيا قد رعت في تموز/يوليو 2018 اتفاقات تسوية أعادت محافظة درعا إلى سيطرة الحكومة السورية.
ar 2022-04-12 deployed_in syr_daraa_2018 | وأعادت اتفاقات التسوية التي رعتها روسيا عام 2018 درعا إلى سيطرة الحكومة.
ar 2022-04-12 deployed_in syr_daraa_2018-07 | ورعت روسيا اتفاقاً أعاد درعا، مهد الاحتجاجات، إلى سيطرة الحكومة السورية في تموز/يوليو 2018.
en 2022-04-12 deployed_in syr_daraa_2018-07 | Daraa returned to government control in July 2018 under Russian-brokered deals.
ar 2022-04-12 deployed_in !syr_daraa_2018 | وأعادت الحكومة السورية فتح معبر نصيب مع الأردن في درعا عام 2018.
`,
);
