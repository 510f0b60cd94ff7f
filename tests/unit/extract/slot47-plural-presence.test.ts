/**
 * slot47: presence verbs in the masculine plural (pool b39 damascus-us-oil-convoys `نحو 900 جندي أمريكي ينتشرون في شمال
 * شرق سوريا إلى جانب «قسد»`): `ينتشرون`, `انتشروا`, `يتمركزون`, `تمركزوا` are presence verbs like `ينتشر` (patterns.ar.csv),
 * with rule 18b's partner (joint.ts) after them.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'presence verbs in the plural, with a partner (ar)': [
    ['usa deployed_in northeastern-syria', 'وتقول وزارة الدفاع الأمريكية إن نحو 900 جندي أمريكي ينتشرون في شمال شرق سوريا إلى جانب «قسد» لمنع عودة تنظيم «داعش».'],
    ['sdf deployed_in northeastern-syria', 'وتقول وزارة الدفاع الأمريكية إن نحو 900 جندي أمريكي ينتشرون في شمال شرق سوريا إلى جانب «قسد» لمنع عودة تنظيم «داعش».'],
    ['usa coordinated_with sdf', 'وتقول وزارة الدفاع الأمريكية إن نحو 900 جندي أمريكي ينتشرون في شمال شرق سوريا إلى جانب «قسد» لمنع عودة تنظيم «داعش».'],
    ['rus deployed_in qamishli', 'وكان عناصر من الشرطة العسكرية الروسية قد انتشروا في مدينة القامشلي في تشرين الأول/أكتوبر 2019.'],
    ['tur deployed_in idlib', 'ويتمركز جنود أتراك في نقاط عسكرية في محافظة إدلب.'],
    ['tur deployed_in idlib', 'وقالت مصادر محلية إن الجنود الأتراك يتمركزون في نقاط عسكرية في محافظة إدلب.'],
    ['no usa deployed_in syr', 'وتقول وزارة الدفاع الأمريكية إن نحو 900 جندي أمريكي ينتشرون في شمال شرق سوريا إلى جانب «قسد».'],
  ],
});
