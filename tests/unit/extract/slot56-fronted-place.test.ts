/**
 * slot56: an Arabic presence verb whose place phrase comes before its holders (`وتنتشر في منطقة P وحدات من X وقوات Y،
 * إلى جانب نقاط لـZ`): each owner of a holder head is present at each fronted place (gold rules 13, 18b; diagnosis-batch55
 * §6 slot56 rank 2; pool b24 tal-rifaat, b40 tal-tamr reinforcements, b46 jordan-border-captagon). Look-alikes: a name
 * behind a preposition inside the place phrase is no holder; a holder head with no owner gives nothing; a verb that does
 * not open its clause is left to the other readers.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'fronted place, then the holders (ar)': [
    // (the rows' own constructions)
    ['syr deployed_in daraa', 'وتنتشر على الجانب السوري من الحدود، في محافظتي درعا والسويداء، وحدات من الجيش السوري وأجهزته الأمنية.'],
    ['syr deployed_in suwayda', 'وتنتشر على الجانب السوري من الحدود، في محافظتي درعا والسويداء، وحدات من الجيش السوري وأجهزته الأمنية.'],
    ['syr deployed_in tal-rifaat', 'وتنتشر في منطقة تل رفعت وحدات من الجيش السوري وقوات كردية، إلى جانب نقاط للشرطة العسكرية الروسية.'],
    ['rus deployed_in tal-rifaat', 'وتنتشر في منطقة تل رفعت وحدات من الجيش السوري وقوات كردية، إلى جانب نقاط للشرطة العسكرية الروسية.'],
    ['sdf deployed_in tal-rifaat', 'وتنتشر في تل رفعت والقرى المحيطة بها قوات تابعة لـ«قسد» إلى جانب نقاط للجيش السوري، فيما تؤوي المنطقة آلاف النازحين من عفرين.'],
    ['syr deployed_in tal-rifaat', 'وتنتشر في تل رفعت والقرى المحيطة بها قوات تابعة لـ«قسد» إلى جانب نقاط للجيش السوري، فيما تؤوي المنطقة آلاف النازحين من عفرين.'],
    // (variants: a list of holders joined by و, a demonym, a genitive, another verb of the class, a clause after فيما)
    ['tur deployed_in aleppo', 'وتنتشر في ريف حلب الشمالي قوات من الجيش التركي وفصائل «الجيش الوطني».'],
    ['syrian-national-army deployed_in aleppo', 'وتنتشر في ريف حلب الشمالي قوات من الجيش التركي وفصائل «الجيش الوطني».'],
    ['syr deployed_in tal-rifaat', 'وتنتشر في تل رفعت ومحيطها قوات حكومية سورية ونقاط للشرطة العسكرية الروسية.'],
    ['rus deployed_in tal-rifaat', 'وتنتشر في تل رفعت ومحيطها قوات حكومية سورية ونقاط للشرطة العسكرية الروسية.'],
    ['tur deployed_in idlib', 'وتتمركز في ريف إدلب الجنوبي نقاط للجيش التركي منذ عام 2018.'],
    ['syr deployed_in manbij', 'وتسيطر «قسد» على البلدة، فيما تنتشر في محيط منبج وحدات من الجيش السوري.'],
    // (look-alikes: the place phrase's own name, a head with no owner)
    ['no syr deployed_in afrin', 'وتنتشر على الجانب السوري من الحدود، في محافظتي درعا والسويداء، وحدات من الجيش السوري وأجهزته الأمنية.'],
    ['no jor deployed_in daraa', 'وتنتشر قرب الحدود الأردنية، في محافظة درعا، وحدات عسكرية.'],
  ],
});
