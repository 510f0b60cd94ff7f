/**
 * The clause's year given to its support adjunct (ref29, diagnosis-batch26 §2): `بدعم روسي`, `بدعم من X` as the manner of
 * its clause's act takes that clause's year told before it, past an event noun (`بعد استعادة السيطرة`) and a comma that
 * opens a "when" clause (`منذ صيف 2018، حين استعادتها …`); not the year of another clause across a comma. Sentences of our
 * own (Arabic; English support adjuncts near their year are dated by the nearest date already).
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'a support adjunct takes its clause’s year',
  `
ar 2023-07-27 supported rus_syr_2018 | وكانت دمشق قد أطلقت عمليات تسوية مماثلة في درعا عام 2018 بعد استعادة السيطرة على المحافظة بدعم روسي.
ar 2022-10-18 supported rus_syr_2018 | وتخضع محافظة درعا لسيطرة الحكومة السورية منذ صيف 2018، حين استعادتها القوات الحكومية بدعم روسي.
ar 2023-01-13 supported rus_syr_2016 | واستعادت القوات الحكومية، التي تقاتل في حلب منذ سنوات، السيطرة على المدينة عام 2016 بعد معارك طويلة وحصار للأحياء الشرقية بدعم روسي.
ar 2023-01-13 supported irn_syr_2017 | وفي عام 2017 سيطرت القوات الحكومية على مدينة البوكمال ومحيطها بعد معارك مع التنظيم بدعم من إيران.
ar 2023-01-13 supported !rus_syr_2018 | وقالت دمشق عام 2018 إنها ستواصل عملياتها، وتقاتل القوات الحكومية اليوم في إدلب بدعم روسي.
ar 2023-01-13 supported !rus_syr_2018 | وأعلنت دمشق انتهاء المعارك عام 2018. وتقاتل القوات الحكومية في إدلب بدعم روسي.
`,
);
