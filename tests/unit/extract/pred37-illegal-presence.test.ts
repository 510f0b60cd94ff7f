/**
 * A presence labelled unlawful (branch pred37, diagnosis-batch32 §6 pred37 rank 3, #13, 14, 35, 36; pool b19, b22, b26,
 * b29, b30): a presence noun with a label (cues.csv `illegal_label`) a few words after it makes the sentence's subject
 * (and its conjuncts) criticize the owner: a demonym or name before it (English) or after it (Arabic), a pronoun's last
 * actors named before it (not the place after "from"), `للقوات X` after the label. Look-alikes: a legal presence, the
 * place of the presence as owner.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'presence labelled unlawful (en)': [
    ['syr criticized usa', 'Damascus has repeatedly demanded the withdrawal of US forces from Syrian territory, calling their presence illegal.'],
    ['syr criticized usa', 'Damascus and Moscow regard the US presence as illegal and have repeatedly demanded its withdrawal.'],
    ['rus criticized usa', 'Damascus and Moscow regard the US presence as illegal and have repeatedly demanded its withdrawal.'],
    ['irn criticized tur', "Iran considers Turkey's presence in northern Syria an occupation."],
    ['no syr criticized syr', 'Damascus has repeatedly demanded the withdrawal of US forces from Syrian territory, calling their presence illegal.'],
    ['no syr criticized rus', 'Damascus says the Russian presence is legal because it was invited by the government.'],
  ],
  'presence labelled unlawful (ar)': [
    ['syr criticized usa', 'ولم تعلق الحكومة السورية على ذلك، إلا أنها تصف الوجود العسكري الأمريكي في شرق الفرات بالاحتلال.'],
    ['faisal-mekdad criticized usa', 'من جهته، جدد المقداد مطالبة دمشق بانسحاب القوات الأمريكية والتركية من الأراضي السورية، معتبراً وجودها «احتلالاً» يعرقل عودة الاستقرار.'],
    ['faisal-mekdad criticized tur', 'من جهته، جدد المقداد مطالبة دمشق بانسحاب القوات الأمريكية والتركية من الأراضي السورية، معتبراً وجودها «احتلالاً» يعرقل عودة الاستقرار.'],
    ['no faisal-mekdad criticized syr', 'من جهته، جدد المقداد مطالبة دمشق بانسحاب القوات الأمريكية والتركية من الأراضي السورية، معتبراً وجودها «احتلالاً» يعرقل عودة الاستقرار.'],
    ['syr criticized tur', 'وتعتبر دمشق الوجود التركي في شمال سوريا احتلالاً.'],
  ],
});
