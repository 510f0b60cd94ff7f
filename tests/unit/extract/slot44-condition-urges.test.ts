/**
 * slot44: a condition set on another's act is a demand (diagnosis-batch40 #55–56, FP 58; pool b36 lavrentiev): `أن أي
 * تقدم في هذا المسار مرهون بانسحاب القوات التركية من الأراضي السورية`, "any progress is conditional on the withdrawal of
 * Turkish forces from Syria" → the speaker urged the withdrawer, who is present in the place (rule 13); never a done
 * `withdrew_from`. New sentences, both languages, with look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

const AR = 'وأكد الأسد، بحسب بيان للرئاسة السورية، أن أي تقدم في هذا المسار مرهون بانسحاب القوات التركية من الأراضي السورية.';

describeCases({
  'a condition is a demand (ar)': [
    ['bashar-al-assad urged tur', AR],
    ['tur deployed_in syr', AR],
    ['no tur withdrew_from syr', AR],
    ['faisal-mekdad urged tur', 'وتطرق الاتصال إلى مسار التقارب، حيث شدد المقداد على أن أي تقدم في هذا المسار مرهون بانسحاب القوات التركية من الأراضي السورية.'],
    // (a date between, another condition word)
    ['faisal-mekdad urged usa', 'وقال المقداد يوم الأحد إن أي حوار مع واشنطن مشروط بانسحاب القوات الأمريكية من سوريا.'],
    ['no usa withdrew_from syr', 'وقال المقداد يوم الأحد إن أي حوار مع واشنطن مشروط بانسحاب القوات الأمريكية من سوريا.'],
  ],
  'a condition is a demand (en)': [
    ['faisal-mekdad urged tur', 'Mekdad said any progress on this track was conditional on the withdrawal of Turkish forces from Syrian territory.'],
    ['tur deployed_in syr', 'Mekdad said any progress on this track was conditional on the withdrawal of Turkish forces from Syrian territory.'],
    ['no tur withdrew_from syr', 'Mekdad said any progress on this track was conditional on the withdrawal of Turkish forces from Syrian territory.'],
    // (an apposition between, another condition form)
    ['bashar-al-assad urged tur', 'Assad, speaking to Sky News Arabia, said any rapprochement hinges on the withdrawal of Turkish forces from Syria.'],
    // (the form that already worked)
    ['syr urged tur', 'Damascus has made a Turkish withdrawal from Syrian territory a precondition for any normalisation.'],
  ],
  'a withdrawal done, or a condition on no act, is no demand': [
    ['tur withdrew_from manbij', 'Turkish forces withdrew from Manbij on Sunday, the ministry said.'],
    ['no faisal-mekdad urged tur', 'Mekdad said the talks were conditional on progress, and Turkish forces remain in Syria.'],
  ],
  'a condition on no withdrawal (ar)': [
    ['no faisal-mekdad urged tur', 'وأكد المقداد أن أي لقاء مع الجانب التركي مرهون بتحقيق تقدم في المحادثات.'],
  ],
});
