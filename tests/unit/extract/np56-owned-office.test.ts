/**
 * A body's own office, seat or headquarters in P, told with an owner pronoun, is the body's presence in P (branch np56;
 * diagnosis-batch54 §6 np56 rank 1 "offices and seats of X in P" `مكتبه في دمشق`, `في مقره بمدينة P`; diagnosis-batch55
 * np56 rank 1 "the agency's office in P"; pool b47, b52). relations/officepresence.ts, cues.csv `office_owned`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['who deployed_in qamishli', 'استقبل مجلس الرقة المدني، يوم الخميس، وفداً من منظمة الصحة العالمية ضمّ مسؤولين من مكتبها في القامشلي، في زيارة هي الأولى من نوعها.'],
    ['tabqa-civil-council deployed_in tabqa', 'استضاف مجلس الطبقة المدني، أمس الثلاثاء، وفداً في مقره بمدينة الطبقة غربي الرقة.'],
  ],
  'variants: a plural office, another body, a date (ar)': [
    ['unicef deployed_in qamishli', 'وصل وفد من منظمة الأمم المتحدة للطفولة (يونيسف) إلى الرقة، الإثنين، قادماً من مكاتبها في القامشلي.'],
    ['sdf deployed_in hasakah', 'وعقدت «قوات سوريا الديمقراطية» مؤتمراً صحافياً في مقرها بمدينة الحسكة، أمس الأحد.'],
  ],
  'the other language (en)': [
    ['who deployed_in qamishli', 'The World Health Organization sent officials from its office in Qamishli to Raqqa on Thursday.'],
    ['sdf deployed_in hasakah', 'The Syrian Democratic Forces held a news conference at their headquarters in the city of Hasakah on Sunday.'],
  ],
  'negatives: a person\'s office, no place, a negated office (ar, en)': [
    ['no united-nations deployed_in damascus', 'استقبل الرئيس السوري بشار الأسد وفداً من الأمم المتحدة في مكتبه بدمشق.'],
    ['no united-nations deployed_in damascus', 'President Bashar al-Assad received a United Nations delegation at his office in Damascus.'],
    ['no who deployed_in damascus', 'The World Health Organization said its office had sent supplies to Damascus.'],
    ['no walda-tribe deployed_in tabqa', 'استضاف مجلس الطبقة المدني، أمس الثلاثاء، وفداً من وجهاء عشيرة الولدة في مقره بمدينة الطبقة غربي الرقة.'],
    ['no aanes deployed_in raqqa', 'The council, part of the Kurdish-led Autonomous Administration, hosted the gathering at its headquarters in Raqqa city.'],
  ],
}, '2024-05-06');
