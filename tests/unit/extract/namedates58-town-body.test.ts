/**
 * (namedates58) Local bodies named by their town without its name: `المجلس المحلي للمدينة`, `المجلس المحلي في البلدة`
 * (the town or camp named last, the Arabic twin of "the town's local council"); the bare definite body with its own
 * adjective after it, `ويعمل المجلس المحلي بالتنسيق مع …`, is the body named before with that tail; a province as the
 * partner of `مع`, `بالتنسيق مع ولاية كلس`, is its state.
 */
import { describeCases } from './helpers.ts';

const JARABLUS = 'زار وفد من ولاية غازي عنتاب التركية مدينة جرابلس في ريف حلب، أمس الخميس، والتقى أعضاء المجلس المحلي للمدينة لبحث مشروع لتوسيع شبكة الكهرباء.';

describeCases({
  'the definite town word after the body is the town named last (ar)': [
    ['tur met jarablus-local-council', JARABLUS],
    ['tur met al-bab-local-council', 'وصل وفد تركي، أمس الأحد، إلى مدينة الباب شرقي حلب، حيث التقى أعضاء المجلس المحلي للمدينة.'],
    ['tur met al-bab-local-council', 'وصل وفد تركي إلى مدينة الباب. والتقى الوفد رئيس المجلس المحلي في المدينة لبحث ملف الكهرباء.'],
    ['azaz-local-council criticized tur', 'زار وفد تركي مدينة أعزاز يوم الأربعاء. وانتقد المجلس المحلي للمدينة، في بيان، تركيا بسبب انقطاع الكهرباء.'],
    ['tabqa-civil-council urged unicef', 'وزار وفد من منظمة اليونيسف مدينة الطبقة أمس. وطالب المجلس المدني للمدينة المنظمة بترميم المدارس.'],
    ['no tur met jarablus', JARABLUS],
  ],
  'the bare body with its adjective is the body named before (ar)': [
    ['jarablus-local-council urged tur', `${JARABLUS} وطالب المجلس المحلي الوفد بزيادة ساعات التغذية.`],
    ['jarablus-local-council coordinated_with tur', `${JARABLUS} ويعمل المجلس المحلي بالتنسيق مع ولاية غازي عنتاب في ملفات الخدمات.`],
    ['azaz-local-council coordinated_with tur', 'وقال المجلس المحلي في مدينة أعزاز إن المشروع سيكتمل قريباً. ويعمل المجلس المحلي بالتنسيق مع ولاية كلس منذ عام 2017 في إدارة قطاع الكهرباء.'],
  ],
  'the English twin: the town\'s local council (en)': [
    ['tur met jarablus-local-council', 'A Turkish delegation visited the town of Jarablus on Thursday and met members of the town\'s local council to discuss the power grid.'],
  ],
  'negatives: no town named, a named place after the head, a Syrian governorate with (ar)': [
    ['no tur met jarablus-local-council', 'والتقى وفد تركي أعضاء المجلس المحلي للمدينة لبحث مشروع الكهرباء.'],
    ['manbij-civil-council criticized tur', 'زار وفد تركي مدينة جرابلس. وانتقد المجلس المدني في مدينة منبج تركيا بسبب القصف.'],
    ['no jarablus-civil-council criticized tur', 'زار وفد تركي مدينة جرابلس. وانتقد المجلس المدني في مدينة منبج تركيا بسبب القصف.'],
    ['no tur met aleppo-local-council', 'وصل وفد تركي، أمس الأحد، إلى مدينة الباب شرقي حلب، حيث التقى أعضاء المجلس المحلي للمدينة.'],
  ],
});
