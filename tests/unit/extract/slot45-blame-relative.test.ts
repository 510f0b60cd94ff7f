/**
 * slot45: a relative's blame on the deed (diagnosis-batch42 #25–26; pool b40 qamishli-airport): `…، الذي حمّلت مسؤوليته
 * لـX و«Y»` → the sentence's opening actor accused X and Y (relations/blamerelative.ts). A relative with its own named
 * subject keeps that subject; an unrelated `لـ` is no accused.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the relative blame verb takes the opening actor (ar)': [
    ['tur accused pkk', 'وكانت أنقرة قد أطلقت عملية «المخلب – السيف» الجوية رداً على تفجير شارع الاستقلال في إسطنبول، الذي حمّلت مسؤوليته لحزب العمال الكردستاني و«وحدات حماية الشعب».'],
    ['tur accused ypg', 'وكانت أنقرة قد أطلقت عملية «المخلب – السيف» الجوية رداً على تفجير شارع الاستقلال في إسطنبول، الذي حمّلت مسؤوليته لحزب العمال الكردستاني و«وحدات حماية الشعب».'],
    ['tur accused pkk', 'وقصفت تركيا مواقع في شمال سوريا، يوم الأحد، بعد هجوم أنقرة الأخير الذي حمّلت مسؤوليته لحزب العمال الكردستاني.'],
    ['syr accused hts', 'وقالت الحكومة السورية إن القصف استهدف مواقع في إدلب بعد الهجوم على الكلية الحربية في حمص، التي حمّلت مسؤوليتها لـ«هيئة تحرير الشام».'],
  ],
  'no blame from a relative with its own subject (ar)': [
    ['no tur accused pkk', 'وكانت أنقرة قد أطلقت عملية عسكرية رداً على التفجير، الذي حمّل الأكراد مسؤوليته لتنظيم «داعش» لا لحزب العمال الكردستاني.'],
  ],
});
