/**
 * Noun-phrase relations by slot kind (np31, diagnosis-batch27 §6 fix 1). Sentences of our own, both languages.
 * - A demanded withdrawal of forces with a stationing participle after them (`بانسحاب القوات الأمريكية المنتشرة في A وB`,
 *   "the withdrawal of US troops stationed in A and at B"): the forces are deployed in every place of the participle's
 *   list, not in the urging state's own soil; the English participle's subject is the forces, not the clause's subject.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a stationing participle after the forces a withdrawal is demanded of (ar)': [
    ['usa deployed_in northeastern-syria', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['usa deployed_in al-tanf', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['no usa deployed_in syr', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['tur deployed_in afrin', 'وطالبت دمشق، أمس الثلاثاء، بانسحاب القوات التركية المتمركزة في إدلب وعفرين.'],
    ['tur deployed_in idlib', 'وطالبت دمشق، أمس الثلاثاء، بانسحاب القوات التركية المتمركزة في إدلب وعفرين.'],
    ['usa deployed_in al-tanf', 'ودعت الخارجية السورية إلى انسحاب القوات الأمريكية الموجودة في قاعدة التنف.'],
    ['tur deployed_in northern-syria', 'وطالبت دمشق بانسحاب القوات التركية من شمال سوريا.'],
  ],
  'a stationing participle after the forces a withdrawal is demanded of': [
    ['usa deployed_in al-tanf', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['usa deployed_in northeastern-syria', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['no syr deployed_in al-tanf', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['tur deployed_in afrin', 'Syria on Tuesday called for the withdrawal of Turkish troops stationed in Idlib and Afrin.'],
    ['no syr deployed_in idlib', 'Syria on Tuesday called for the withdrawal of Turkish troops stationed in Idlib and Afrin.'],
    ['tur deployed_in northern-syria', 'Damascus demanded the withdrawal of Turkish forces from northern Syria.'],
  ],
});
