/**
 * pred29 (diagnosis-batch26 "Next", NAME): a delegation "from" a state's body, a state or a group (`وفد من وزارة
 * الخارجية الأمريكية`, `وفداً من «حماس»`, "a delegation from the US State Department") is that body's actor, as "Iran's
 * delegation" is Iran: the subject of a meeting or a visit, past a date; a person or a place after "from" is none.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a delegation from a body (ar)': [
    ['usa visited hasakah', 'التقى وفد من وزارة الخارجية الأمريكية أمس الجمعة القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، خلال زيارة إلى مدينة الحسكة.'],
    ['bashar-al-assad hosted hamas', 'واستقبل الرئيس السوري بشار الأسد أمس وفداً من «حماس».'],
    ['no mazloum-abdi visited hasakah', 'التقى وفد من وزارة الخارجية الأمريكية أمس الجمعة القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، خلال زيارة إلى مدينة الحسكة.'],
  ],
  'a delegation from a body': [
    ['usa met mazloum-abdi', 'A delegation from the US State Department met SDF commander Mazloum Abdi in Hasakah on Friday.'],
    ['bashar-al-assad hosted hamas', 'Assad received a delegation from Hamas on Wednesday.'],
  ],
});
