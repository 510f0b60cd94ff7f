/**
 * Lists of places whose second member has heads of its own (branch pred33, diagnosis-batch28 §6 fix 5, #93, #124): "the
 * outskirts of A and several villages in western B", `أطراف مدينة A ومنطقة B`: the second place is a member of the
 * object list, in either language, with a date, another verb or another head. Look-alikes: words after "and" that are
 * no place phrase ("and several people in B were …"). Also `قوات روسية وأخرى حكومية` (#38): "and others" with an adjective
 * (a demonym, or the adjective of a state's descriptor, `القوات الحكومية`) is a second member.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a second place with its own heads is a list member': [
    ['rus attacked idlib', 'Russian warplanes struck the outskirts of Jisr al-Shughur and several villages in western Idlib on Thursday, a war monitor said.'],
    ['rus attacked jisr-al-shughur', 'Russian warplanes struck the outskirts of Jisr al-Shughur and several villages in western Idlib on Thursday, a war monitor said.'],
    ['rus attacked idlib', 'Russian jets pounded Jisr al-Shughur and villages in southern Idlib.'],
    ['tur attacked tal-rifaat', 'Turkish artillery shelled the countryside of Manbij and some villages near Tal Rifaat on Monday.'],
    ['no rus attacked idlib', 'Russian warplanes struck Jisr al-Shughur, and several people in Idlib said they heard the blasts.'],
  ],
  'a second place with its own heads is a list member (ar)': [
    ['rus attacked jabal-al-zawiya', 'قُتل ثلاثة مدنيين، أمس الخميس، جراء غارات جوية روسية استهدفت أطراف مدينة إدلب ومنطقة جبل الزاوية في ريفها الجنوبي.'],
    ['rus attacked idlib', 'قُتل ثلاثة مدنيين، أمس الخميس، جراء غارات جوية روسية استهدفت أطراف مدينة إدلب ومنطقة جبل الزاوية في ريفها الجنوبي.'],
    ['rus attacked jabal-al-zawiya', 'وقصفت الطائرات الروسية يوم الإثنين محيط مدينة إدلب ومنطقة جبل الزاوية.'],
    ['tur attacked tal-rifaat', 'وقصفت المدفعية التركية قرى في ريف منبج وبلدة تل رفعت.'],
  ],
  '"and others" with an adjective is a second member (ar)': [
    ['syr deployed_in ain-issa', 'وتنتشر قوات روسية وأخرى حكومية في عين عيسى ومحيطها بموجب اتفاق أبرمته دمشق مع «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['rus deployed_in ain-issa', 'وتنتشر قوات روسية وأخرى حكومية في عين عيسى ومحيطها بموجب اتفاق أبرمته دمشق مع «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['syr deployed_in manbij', 'وتنتشر قوات روسية، منذ عام 2019، وأخرى حكومية في منبج.'],
    ['fra deployed_in hasakah', 'وتنتشر قوات أمريكية وأخرى فرنسية في ريف الحسكة.'],
    ['rus attacked sdf', 'وقصفت قوات تركية وأخرى روسية مواقع «قسد» في ريف منبج.'],
    ['no syr deployed_in manbij', 'وتنتشر قوات روسية في منبج مرة أخرى.'],
  ],
});
