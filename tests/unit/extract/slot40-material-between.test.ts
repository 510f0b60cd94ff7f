/**
 * Slots across material (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #54; pool b19
 * amir-abdollahian-damascus-march #FN/FP): a verb's object slot opens past a prepositional adjunct of circumstance
 * (`في بيانات سابقة`, `في تصريحات رسمية`) that is no unnamed addressee, and a titled person apposed to the title's owner
 * (`الأمين العام لـ«حزب الله» حسن نصر الله`) is the one met, never the owner.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an adjunct PP between the verb-subject and the object of an accusation (ar)': [
    ['rus accused hts', 'واتهمت وزارة الدفاع الروسية في بيانات سابقة «هيئة تحرير الشام» بقصف مواقع الجيش السوري بطائرات مسيّرة.'],
    ['syr accused usa', 'واتهمت دمشق في بيانات رسمية واشنطن بسرقة النفط السوري.'],
    ['syr accused tur', 'وكانت دمشق قد اتهمت في تصريحات سابقة أنقرة بدعم الفصائل المسلحة في الشمال.'],
    ['irn accused isr', 'واتهمت طهران في رسالة رسمية إسرائيل بتنفيذ الهجوم على قنصليتها في دمشق.'],
  ],
  'English control: an adjunct before the accused': [
    ['rus accused hts', 'In earlier statements, the Russian defence ministry accused HTS of shelling army positions with drones.'],
  ],
  'negatives: an unnamed addressee after the adjunct keeps the slot closed (ar)': [
    ['no syr urged tur', 'وطالبت دمشق في بيان رسمي المجتمع الدولي بوقف الاعتداءات التركية.'],
    ['no syr accused isr', 'واتهمت دمشق في بيانات سابقة دولاً غربية بدعم الهجمات الإسرائيلية.'],
  ],
  'a titled person apposed to the title\'s owner is the one met (ar)': [
    ['hossein-amir-abdollahian met hassan-nasrallah', 'وكان أمير عبد اللهيان قد التقى في بيروت الثلاثاء الأمين العام لـ«حزب الله» حسن نصر الله، وفق ما أفادت وسائل إعلام لبنانية.'],
    ['no hossein-amir-abdollahian met hezbollah', 'وكان أمير عبد اللهيان قد التقى في بيروت الثلاثاء الأمين العام لـ«حزب الله» حسن نصر الله، وفق ما أفادت وسائل إعلام لبنانية.'],
    ['hossein-amir-abdollahian met hassan-nasrallah', 'والتقى أمير عبد اللهيان الأمين العام لحزب الله حسن نصر الله في بيروت.'],
    ['no hossein-amir-abdollahian met hezbollah', 'والتقى أمير عبد اللهيان الأمين العام لحزب الله حسن نصر الله في بيروت.'],
    ['bashar-al-assad hosted hassan-nasrallah', 'واستقبل الرئيس بشار الأسد في دمشق الأمين العام لـ«حزب الله» حسن نصر الله.'],
  ],
  'English control: a titled person': [
    ['hossein-amir-abdollahian met hassan-nasrallah', 'Amir-Abdollahian met Hezbollah leader Hassan Nasrallah in Beirut on Tuesday.'],
  ],
  'negatives: the owner with no person after the title stays (ar)': [
    ['hossein-amir-abdollahian met hezbollah', 'والتقى أمير عبد اللهيان في بيروت وفداً من «حزب الله».'],
  ],
});
