/**
 * "The two sides" are the story's pair past a side event (branch ref40; diagnosis-batch35 §6 ref39 rank 5, FP #147 and
 * the missed `badr-albusaidi agreed_with bassam-sabbagh`; pool b32 2022-10-05-mekdad-amir-abdollahian-call.ar): a later
 * event of one party of the article's first call, visit or meeting (or of that party's state: `بلاده استقبلت … الوافدين
 * من لبنان`) with a third party is no new pair for `الجانبان` / "the two sides"; the first event's parties are.
 * A new event of two other parties still is, and so is a meeting of one party with a third person told as of the story's
 * day (anaphor-positions.test.ts: `والتقى السوداني المرشد علي خامنئي. واتفق الجانبان`).
 */
import { describeCases } from './helpers.ts';

const CALL_AR = 'تلقّى وزير الخارجية والمغتربين بسام صباغ، اليوم الثلاثاء، اتصالاً هاتفياً من نظيره العُماني السيد بدر البوسعيدي، جرى خلاله بحث العلاقات الثنائية.';
const CALL2_AR = 'تلقى وزير الخارجية والمغتربين السوري فيصل المقداد، أمس الثلاثاء، اتصالاً هاتفياً من نظيره الإيراني حسين أمير عبد اللهيان.';
const CALL_EN = 'Syrian Foreign Minister Faisal Mekdad spoke by phone on Tuesday with his Jordanian counterpart Ayman Safadi.';

describeCases({
  'the call\'s two parties past a side event of one party\'s state or of one party (ar)': [
    ['badr-albusaidi agreed_with bassam-sabbagh', `${CALL_AR}\nوأشار الوزير السوري إلى أن بلاده استقبلت منذ أواخر أيلول/سبتمبر مئات الآلاف من الوافدين من لبنان، سوريين ولبنانيين، هرباً من القصف.\nواتفق الجانبان على مواصلة التشاور إزاء التطورات المتسارعة في المنطقة.`],
    ['no lbn agreed_with syr', `${CALL_AR}\nوأشار الوزير السوري إلى أن بلاده استقبلت منذ أواخر أيلول/سبتمبر مئات الآلاف من الوافدين من لبنان، سوريين ولبنانيين، هرباً من القصف.\nواتفق الجانبان على مواصلة التشاور إزاء التطورات المتسارعة في المنطقة.`],
    ['hossein-amir-abdollahian agreed_with faisal-mekdad', `${CALL2_AR}\nمن جهته، أطلع المقداد نظيره الإيراني على نتائج مشاركته في أعمال الجمعية العامة للأمم المتحدة في نيويورك.\nواتفق الجانبان على مواصلة التشاور وتنسيق المواقف في المحافل الدولية.`],
    ['no faisal-mekdad agreed_with un-general-assembly', `${CALL2_AR}\nمن جهته، أطلع المقداد نظيره الإيراني على نتائج مشاركته في أعمال الجمعية العامة للأمم المتحدة في نيويورك.\nواتفق الجانبان على مواصلة التشاور وتنسيق المواقف في المحافل الدولية.`],
    // (a dated side meeting in a `وكان … قد` clause, a PP between the dual and its object)
    ['faisal-mekdad agreed_with ayman-safadi', 'بحث وزير الخارجية السوري فيصل المقداد مع نظيره الأردني أيمن الصفدي في اتصال هاتفي اليوم الأربعاء تطورات الأوضاع في المنطقة.\nوكان المقداد قد التقى المبعوث الأممي غير بيدرسن في دمشق الأسبوع الماضي.\nواتفق الجانبان، خلال الاتصال، على تشكيل لجنة مشتركة.'],
    ['no faisal-mekdad agreed_with geir-pedersen', 'بحث وزير الخارجية السوري فيصل المقداد مع نظيره الأردني أيمن الصفدي في اتصال هاتفي اليوم الأربعاء تطورات الأوضاع في المنطقة.\nوكان المقداد قد التقى المبعوث الأممي غير بيدرسن في دمشق الأسبوع الماضي.\nواتفق الجانبان، خلال الاتصال، على تشكيل لجنة مشتركة.'],
    // (a reception, then the guest's state hosting others)
    ['bashar-al-assad agreed_with fuad-hussein', 'استقبل الرئيس بشار الأسد وزير الخارجية العراقي فؤاد حسين في دمشق اليوم الأحد.\nوكان الأسد قد التقى المبعوث الأممي غير بيدرسن الشهر الماضي.\nواتفق الجانبان على تعزيز التنسيق الأمني على الحدود.'],
  ],
  'a new event of two other parties is the new pair (ar)': [
    ['sergei-lavrov agreed_with mevlut-cavusoglu', 'تلقى وزير الخارجية السوري فيصل المقداد اتصالاً هاتفياً من نظيره الأردني أيمن الصفدي.\nوالتقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة.\nواتفق الجانبان على مواصلة التشاور.'],
    ['no faisal-mekdad agreed_with ayman-safadi', 'تلقى وزير الخارجية السوري فيصل المقداد اتصالاً هاتفياً من نظيره الأردني أيمن الصفدي.\nوالتقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة.\nواتفق الجانبان على مواصلة التشاور.'],
  ],
  'the call\'s two parties past a side event (en)': [
    ['faisal-mekdad agreed_with ayman-safadi', `${CALL_EN}\nMekdad said his country had hosted hundreds of thousands of people fleeing from Lebanon.\nThe two sides agreed to keep up their consultations.`],
    ['faisal-mekdad agreed_with ayman-safadi', `${CALL_EN}\nMekdad met UN envoy Geir Pedersen in Damascus last week.\nThe two sides agreed to keep up their consultations.`],
    ['no faisal-mekdad agreed_with geir-pedersen', `${CALL_EN}\nMekdad met UN envoy Geir Pedersen in Damascus last week.\nThe two sides agreed to keep up their consultations.`],
    ['fuad-hussein agreed_with faisal-mekdad', 'Iraqi Foreign Minister Fuad Hussein met his Syrian counterpart Faisal Mekdad in Damascus on Sunday.\nMekdad had met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran last month.\nThe two sides agreed to step up security coordination on the border.'],
    ['no faisal-mekdad agreed_with hossein-amir-abdollahian', 'Iraqi Foreign Minister Fuad Hussein met his Syrian counterpart Faisal Mekdad in Damascus on Sunday.\nMekdad had met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran last month.\nThe two sides agreed to step up security coordination on the border.'],
  ],
  'a same-day meeting of one party with a third person is the new pair (en)': [
    ['faisal-mekdad agreed_with hossein-amir-abdollahian', 'Iraqi Foreign Minister Fuad Hussein met his Syrian counterpart Faisal Mekdad in Damascus on Sunday.\nMekdad then met Iranian Foreign Minister Hossein Amir-Abdollahian.\nThe two sides agreed to step up security coordination on the border.'],
  ],
  'a new event of two other parties is the new pair (en)': [
    ['sergei-lavrov agreed_with mevlut-cavusoglu', `${CALL_EN}\nRussian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu in Ankara on Monday.\nThe two sides agreed to keep up their consultations.`],
    ['no faisal-mekdad agreed_with ayman-safadi', `${CALL_EN}\nRussian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu in Ankara on Monday.\nThe two sides agreed to keep up their consultations.`],
  ],
});
