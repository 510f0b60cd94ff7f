/**
 * Act nouns whose doer is a demonym (diagnosis-batch24 §2, §7 fix 2): `انسحاب القوات الأمريكية والتركية`, `الوجود التركي`,
 * "the Turkish presence", `العقوبات الأمريكية والأوروبية` under a call to lift them. A list of states urged to withdraw
 * is no place of their presence; a circumstantial participle after a comma (`، مطالباً`) is outside the denial or
 * rejection of the clause before it (`أكد رفض دمشق أي تدخل`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a demanded withdrawal of a list of states (ar)': [
    ['usa deployed_in syr', 'وطالب المقداد بانسحاب القوات الأمريكية والتركية من الأراضي السورية.'],
    ['tur deployed_in syr', 'وطالب المقداد بانسحاب القوات الأمريكية والتركية من الأراضي السورية.'],
    ['no tur deployed_in usa', 'وطالب المقداد بانسحاب القوات الأمريكية والتركية من الأراضي السورية.'],
    ['faisal-mekdad urged tur', 'وأكد المقداد رفض دمشق أي تدخل خارجي، مطالباً بانسحاب القوات الأمريكية والتركية من الأراضي السورية.'],
    ['faisal-mekdad urged usa', 'وأكد المقداد، بحسب بيان للخارجية السورية، رفض دمشق أي «تدخل خارجي» في عمل اللجنة، مطالباً بانسحاب القوات الأمريكية والتركية «غير الشرعية» من الأراضي السورية.'],
    ['faisal-mekdad urged tur', 'وانتقد المقداد السياسة الأمريكية، مطالباً بانسحاب القوات التركية من الأراضي السورية.'],
  ],
  'a state\'s presence named by its demonym (ar)': [
    ['tur deployed_in northern-syria', 'وأدانت وزارة الخارجية السورية القصف، ووصفت الوجود التركي في شمال سوريا بأنه احتلال.'],
    ['tur deployed_in northern-iraq', 'ويعارض العراق الوجود التركي في شمال العراق.'],
    ['usa deployed_in syr', 'وانتقدت دمشق الوجود الأمريكي في سوريا.'],
  ],
  'a state\'s presence named by its demonym (en)': [
    ['tur deployed_in northern-syria', 'Damascus has condemned the Turkish presence in northern Syria.'],
    ['tur deployed_in northern-syria', "Damascus has condemned Turkey's military presence in northern Syria."],
  ],
  'sanctions by demonyms under a call to lift them (ar)': [
    ['usa sanctioned syr', 'ويطالب مسؤولون سوريون برفع العقوبات الأمريكية والأوروبية التي يقولون إنها تعرقل وصول المساعدات.'],
    ['eu sanctioned syr', 'ويطالب مسؤولون سوريون برفع العقوبات الأمريكية والأوروبية التي يقولون إنها تعرقل وصول المساعدات.'],
    ['usa sanctioned syr', 'ودعا الأسد إلى رفع العقوبات الأمريكية.'],
  ],
  'sanctions by demonyms under a call to lift them (en)': [
    ['eu sanctioned syr', 'Syria has long demanded the lifting of US and European sanctions.'],
  ],
});
