/**
 * robust40a: an Arabic speech adjunct (`في بيان`, `في بيانات سابقة`, `خلال مقابلة تلفزيونية`, `في اتصال هاتفي`) between
 * a verb with its subject and the verb's object (relations/speechadjunct.ts). The pool sentence first, then the same
 * sentence with the adjunct grown (an adjective, a plural, another medium), with the pluperfect wrap, and negative cases
 * where what follows the adjunct is no object of the verb.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'accused past a speech adjunct (ar)': [
    // pool: 2023-03-17-assad-ria-erdogan.ar
    ['bashar-al-assad accused tur', 'واتهم الأسد أنقرة بدعم «الإرهابيين» في الشمال السوري، معتبراً أن الوجود العسكري التركي «احتلال».'],
    ['bashar-al-assad accused tur', 'واتهم الأسد في بيان أنقرة بدعم «الإرهابيين» في الشمال السوري.'],
    ['bashar-al-assad accused tur', 'واتهم الأسد في بيانات سابقة أنقرة بدعم «الإرهابيين» في الشمال السوري.'],
    ['bashar-al-assad accused tur', 'واتهم الأسد خلال مقابلة تلفزيونية أنقرة بدعم «الإرهابيين» في الشمال السوري.'],
    ['bashar-al-assad accused tur', 'وكان الأسد قد اتهم في بيانات سابقة أنقرة بدعم «الإرهابيين» في الشمال السوري.'],
    // pool: 2022-11-21-claw-sword-strikes.ar (a list object)
    ['tur accused ypg', 'واتهمت أنقرة في بيانات سابقة حزب العمال الكردستاني ووحدات حماية الشعب بالوقوف وراء التفجير الذي أودى بحياة ستة أشخاص.'],
    ['tur accused pkk', 'واتهمت أنقرة في بيانات سابقة حزب العمال الكردستاني ووحدات حماية الشعب بالوقوف وراء التفجير الذي أودى بحياة ستة أشخاص.'],
    // pool: 2023-01-12-assad-receives-lavrentiev.ar (an adverb after the object)
    ['syr accused tur', 'واتهمت دمشق في بيان رسمي أنقرة مراراً بدعم «التنظيمات الإرهابيين» في الشمال السوري.'],
  ],
  'other statement verbs past a speech adjunct (ar)': [
    ['sdf accused tur', 'واتهمت «قسد» في بيانات سابقة تركيا بخرق التهدئة القائمة في المنطقة.'],
    ['syr criticized usa', 'وانتقدت دمشق خلال مؤتمر صحفي واشنطن بسبب عقوباتها على الشعب السوري.'],
  ],
  'no object inside or after the adjunct when none is there (ar)': [
    // the call's other party is no one accused
    ['no faisal-mekdad accused hossein-amir-abdollahian', 'وأكد المقداد في اتصال هاتفي مع عبد اللهيان أن سوريا ستواصل مكافحة الإرهاب.'],
    ['faisal-mekdad phoned hossein-amir-abdollahian', 'وبحث المقداد خلال اتصال هاتفي مع عبد اللهيان العلاقات الثنائية.'],
    // the medium that carried the statement is no one accused
    ['no sdf accused sana', 'واتهمت «قسد» في بيان نقلته وكالة «سانا» تركيا بقصف القرى.'],
  ],
};

describeCases(CASES, '2023-03-17');
