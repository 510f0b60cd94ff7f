/**
 * The list subject of an Arabic presence verb told after it (branch slot39; diagnosis-batch34 §6 slot39 rank 2, #8, #11,
 * #111; pool b24 tal-rifaat-shelling, b33 ain-issa-turkish-shelling): every member of `قوات روسية ونقاط للجيش السوري`,
 * `نقاط للجيش السوري وأخرى للشرطة العسكرية الروسية`, `وحدات من الجيش السوري وعناصر من الشرطة العسكرية الروسية` is
 * present at the verb's place (presencelist.ts).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'VS presence with a list subject, each member with its holder (ar)': [
    ['rus deployed_in tal-rifaat', 'وتسيطر «قسد» على تل رفعت ومحيطها منذ عام 2016، فيما تنتشر في المنطقة أيضاً قوات روسية ونقاط للجيش السوري.'],
    ['syr deployed_in tal-rifaat', 'وتسيطر «قسد» على تل رفعت ومحيطها منذ عام 2016، فيما تنتشر في المنطقة أيضاً قوات روسية ونقاط للجيش السوري.'],
    ['rus deployed_in tal-rifaat', 'وتخضع تل رفعت والقرى المحيطة بها لسيطرة «وحدات حماية الشعب» الكردية منذ عام 2016، فيما تنتشر في المنطقة نقاط للجيش السوري وأخرى للشرطة العسكرية الروسية.'],
    ['syr deployed_in tal-rifaat', 'وتخضع تل رفعت والقرى المحيطة بها لسيطرة «وحدات حماية الشعب» الكردية منذ عام 2016، فيما تنتشر في المنطقة نقاط للجيش السوري وأخرى للشرطة العسكرية الروسية.'],
    ['syr deployed_in manbij', 'وتنتشر قوات روسية ووحدات من الجيش السوري في نقاط على خطوط التماس غرب منبج، بموجب تفاهمات أبرمتها موسكو وأنقرة.'],
    ['rus deployed_in manbij', 'وتنتشر قوات روسية ووحدات من الجيش السوري في نقاط على خطوط التماس غرب منبج، بموجب تفاهمات أبرمتها موسكو وأنقرة.'],
    ['rus deployed_in ain-issa', 'في المقابل، تتمركز وحدات من الجيش السوري وعناصر من الشرطة العسكرية الروسية في نقاط على خطوط التماس شمال عين عيسى.'],
    ['syr deployed_in ain-issa', 'في المقابل، تتمركز وحدات من الجيش السوري وعناصر من الشرطة العسكرية الروسية في نقاط على خطوط التماس شمال عين عيسى.'],
    ['rus deployed_in ain-issa', 'في المقابل، تنتشر قوات حكومية وعناصر من الشرطة العسكرية الروسية في نقاط داخل عين عيسى، بموجب تفاهم أبرمته «قسد» مع موسكو.'],
    ['syr deployed_in ain-issa', 'في المقابل، تنتشر قوات حكومية وعناصر من الشرطة العسكرية الروسية في نقاط داخل عين عيسى، بموجب تفاهم أبرمته «قسد» مع موسكو.'],
  ],
  'variants: a dated verb (its date is the date stage\'s), a three-member list, another verb, a place phrase first (ar)': [
    ['rus deployed_in manbij', 'وانتشرت في تشرين الأول/أكتوبر 2019 قوات روسية ووحدات من الجيش السوري في محيط منبج.'],
    ['syr deployed_in manbij', 'وانتشرت في تشرين الأول/أكتوبر 2019 قوات روسية ووحدات من الجيش السوري في محيط منبج.'],
    ['irgc deployed_in tal-rifaat', 'وتتمركز في تل رفعت قوات روسية ونقاط للجيش السوري وأخرى للحرس الثوري الإيراني.'],
    ['syr deployed_in tal-rifaat', 'وتتمركز في تل رفعت قوات روسية ونقاط للجيش السوري وأخرى للحرس الثوري الإيراني.'],
    ['rus deployed_in tal-rifaat', 'وتتمركز في تل رفعت قوات روسية ونقاط للجيش السوري وأخرى للحرس الثوري الإيراني.'],
    ['syr deployed_in qamishli', 'وتنتشر في القامشلي قوات أمريكية ووحدات من الجيش السوري، بحسب المرصد.'],
    ['usa deployed_in qamishli', 'وتنتشر في القامشلي قوات أمريكية ووحدات من الجيش السوري، بحسب المرصد.'],
  ],
  'English control: a list subject of a presence verb': [
    ['rus deployed_in tal-rifaat', 'Russian forces and Syrian army units are deployed in Tal Rifaat.'],
    ['syr deployed_in tal-rifaat', 'Russian forces and Syrian army units are deployed in Tal Rifaat.'],
  ],
  'negatives: a place phrase is no member, a victim list is no presence (ar)': [
    ['no syr deployed_in manbij', 'وتنتشر قوات روسية في محيط منبج، فيما انسحبت وحدات من الجيش السوري من المنطقة.'],
    ['no rus deployed_in qamishli', 'وتنتشر في القامشلي قوات أمريكية، فيما انتقدت روسيا الوجود الأمريكي.'],
  ],
});
