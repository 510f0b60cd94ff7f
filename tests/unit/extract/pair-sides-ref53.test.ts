/**
 * "The two sides" after a meeting whose parties were not read (ref53; diag50 §6 ref52 rank 2, FP 10/62; diag51 §6 ref52
 * rank 2, FP 40): `الطرفان`, `الجانبين`, "the two sides", "both sides" are the meeting's parties, never the two names of a
 * later background sentence joined by an act of their own (`تبنّى «داعش» هجوماً على حاجز لـ«قسد»`), and never two of a
 * list of three that locates the meeting (`قرب المثلث الحدودي بين سوريا والعراق والأردن`). Must not break: the pair of a
 * read meeting, the two sides of a clash, an older pair kept past a meeting sentence that names one side
 * (relations/unresolvedmeeting.ts, index.ts rememberPair / lastTwoNamed).
 */
import { describeCases, type Case } from './helpers.ts';

const ATTACK_AR = 'وجاء الاجتماع بعد أن تبنّى تنظيم «داعش» هجوماً على حاجز لـ«قوات سوريا الديمقراطية» في ريف المدينة.';
const ATTACK_EN = 'The meeting came after the Islamic State group attacked a checkpoint of the Syrian Democratic Forces near the town.';

const CASES: Record<string, Case[]> = {
  'a meeting with unread parties: no background pair (ar)': [
    ['no isis agreed_with sdf', `عقد المجلس المحلي في منبج اجتماعاً أمس مع وجهاء من العشائر في المدينة. ${ATTACK_AR} واتفق الطرفان على تشكيل لجنة مشتركة.`],
    // (a pluperfect background act, a reported `إن الطرفين اتفقا`)
    ['no isis agreed_with sdf', 'عقد المجلس المحلي في منبج اجتماعاً أمس مع وجهاء من العشائر. وكان تنظيم «داعش» قد هاجم «قوات سوريا الديمقراطية» في ريف المدينة الشهر الماضي. وقال مصدر إن الطرفين اتفقا على تشكيل لجنة مشتركة.'],
    // (a relative clause and a date inside the meeting sentence, `وأكد الجانبان`)
    ['no isis criticized sdf', 'عقد المجلس المحلي في منبج، الذي يدير المدينة منذ عام 2016، اجتماعاً يوم السبت مع وجهاء من العشائر. وجاء الاجتماع بعد أن هاجم تنظيم «داعش» حاجزاً لـ«قوات سوريا الديمقراطية». وأكد الجانبان ضرورة التنسيق.'],
    ['no isis agreed_with sdf', 'عقد المجلس المحلي في منبج، الذي يدير المدينة منذ عام 2016، اجتماعاً يوم السبت مع وجهاء من العشائر. وجاء الاجتماع بعد أن هاجم تنظيم «داعش» حاجزاً لـ«قوات سوريا الديمقراطية». واتفق الجانبان على التنسيق.'],
  ],
  'a meeting with unread parties: no background pair (en)': [
    ['no isis agreed_with sdf', `The local council of Manbij held a meeting with tribal elders on Saturday. ${ATTACK_EN} The two sides agreed to form a joint committee.`],
    ['no isis agreed_with sdf', 'The local council of Manbij held a meeting with tribal elders on Saturday. Earlier this month the Islamic State group attacked the Syrian Democratic Forces near the town. A council member said the two sides agreed to form a joint committee.'],
    // (a relative clause in the meeting sentence, "held talks", "Both sides")
    ['no isis agreed_with sdf', 'The local council of Manbij, which runs the town, held talks on Saturday with tribal elders. The talks followed an attack by the Islamic State group on a checkpoint of the Syrian Democratic Forces. Both sides agreed to form a joint committee.'],
  ],
  'a list of three locating the meeting is no pair (ar)': [
    ['usa met maghaweir-al-thawra', 'التقى ضباط من التحالف الدولي بقيادة الولايات المتحدة، أمس السبت، قادة في «جيش مغاوير الثورة» في قاعدة التنف قرب المثلث الحدودي بين سوريا والعراق والأردن. وبحث الجانبان برامج التدريب المشتركة.'],
    ['no irq met jor', 'التقى ضباط من التحالف الدولي بقيادة الولايات المتحدة، أمس السبت، قادة في «جيش مغاوير الثورة» في قاعدة التنف قرب المثلث الحدودي بين سوريا والعراق والأردن. وبحث الجانبان برامج التدريب المشتركة.'],
    // (a relative clause between the meeting's object and the locating list, another joint verb)
    ['usa agreed_with maghaweir-al-thawra', 'التقى ضباط من التحالف الدولي بقيادة الولايات المتحدة قادة في «جيش مغاوير الثورة»، الذي يتخذ من التنف مقراً له، قرب الحدود بين سوريا والعراق والأردن. واتفق الجانبان على توسيع برامج التدريب.'],
    ['no irq agreed_with jor', 'التقى ضباط أمريكيون قادة في «جيش مغاوير الثورة» في قاعدة التنف قرب الحدود بين سوريا والعراق والأردن. واتفق الجانبان على تعزيز التدريب.'],
  ],
  'a list of three locating the meeting is no pair (en)': [
    ['usa met maghaweir-al-thawra', 'US military officers met commanders of Maghaweir al-Thawra at the al-Tanf garrison, near the border triangle of Syria, Iraq and Jordan. The two sides discussed joint training.'],
    ['usa agreed_with maghaweir-al-thawra', 'The US-led coalition met commanders of Maghaweir al-Thawra on Saturday at al-Tanf, near the borders of Syria, Iraq and Jordan. The two sides agreed to expand training.'],
  ],
  'must not break: read meetings, clashes, an older pair (ar)': [
    ['faisal-mekdad agreed_with fuad-hussein', 'التقى وزير الخارجية السوري فيصل المقداد نظيره العراقي فؤاد حسين في بغداد. واتفق الجانبان على تعزيز التعاون.'],
    ['faisal-mekdad agreed_with fuad-hussein', 'التقى وزير الخارجية السوري فيصل المقداد نظيره العراقي فؤاد حسين في بغداد. وجاء اللقاء بعد أن هاجم تنظيم «داعش» حاجزاً لـ«قوات سوريا الديمقراطية». واتفق الجانبان على تعزيز التعاون.'],
    ['no isis agreed_with sdf', 'التقى وزير الخارجية السوري فيصل المقداد نظيره العراقي فؤاد حسين في بغداد. وجاء اللقاء بعد أن هاجم تنظيم «داعش» حاجزاً لـ«قوات سوريا الديمقراطية». واتفق الجانبان على تعزيز التعاون.'],
    ['national-defence-forces agreed_with asayish', 'اندلعت اشتباكات بين «الأسايش» وقوات الدفاع الوطني في القامشلي يوم السبت. واتفق الطرفان على وقف إطلاق النار.'],
    // (the meeting sentence names one side: the pair of the sentences before stays)
    ['irq agreed_with syr', 'أعلنت قيادة قوات الحدود العراقية إحباط محاولة تهريب عبر الحدود مع سوريا قرب القائم. وأضاف البيان أن قائد قوات الحدود في المنطقة الغربية التقى أمس نظيره السوري في منفذ القائم. واتفق الجانبان على تبادل المعلومات.'],
  ],
  'must not break: read meetings, clashes (en)': [
    ['faisal-mekdad agreed_with fuad-hussein', 'Syrian Foreign Minister Faisal Mekdad met his Iraqi counterpart Fuad Hussein in Baghdad on Sunday. The two sides agreed to boost cooperation.'],
    ['asayish agreed_with national-defence-forces', 'Fighting broke out between the Asayish and the National Defence Forces in Qamishli on Saturday. The two sides agreed to a truce.'],
  ],
};

describeCases(CASES);
