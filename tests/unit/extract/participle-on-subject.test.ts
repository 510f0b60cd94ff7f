/**
 * robust40a: a support participle with no commas right after an Arabic VSO subject (`واتهمت «قسد» المدعومة من واشنطن
 * تركيا بـ…`) qualifies the subject; its agent is no object and the verb's object comes after it, for an accusation too
 * (relations/speechadjunct.ts participleOnSubject, index.ts). The pool sentence (2022-02-13 / batch-35 style
 * `واتهمت «قسد» تركيا بخرق التهدئة`), its variants, and the unnamed head whose accusation stays empty.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'accused past a participle on the subject (ar)': [
    ['sdf accused tur', 'واتهمت «قسد» تركيا بخرق التهدئة القائمة في المنطقة، مشيرة إلى أن الاستهداف هو الثالث من نوعه في ريف عين العرب منذ مطلع العام.'],
    ['sdf accused tur', 'واتهمت «قسد» المدعومة من واشنطن تركيا بخرق التهدئة القائمة في المنطقة، مشيرة إلى أن الاستهداف هو الثالث من نوعه في ريف عين العرب منذ مطلع العام.'],
    ['sdf accused tur', 'واتهمت «قسد»، المدعومة من واشنطن، تركيا بخرق التهدئة القائمة في المنطقة.'],
    ['sdf accused tur', 'واتهمت «قسد» المدعومة من الولايات المتحدة في بيان تركيا بقصف القرى.'],
    ['hezbollah accused isr', 'واتهم «حزب الله» المدعوم من إيران إسرائيل بخرق وقف إطلاق النار.'],
    ['usa supported sdf', 'واتهمت «قسد» المدعومة من واشنطن تركيا بخرق التهدئة القائمة في المنطقة.'],
  ],
  'the participle agent is never the one accused (ar)': [
    ['no sdf accused usa', 'واتهمت «قسد» المدعومة من واشنطن تركيا بخرق التهدئة القائمة في المنطقة.'],
    // an unnamed head backed by a state: the accused are the groups, not their backer
    ['no jor accused irn', 'وتتهم عمّان جماعات مدعومة من إيران بتهريب المخدرات.'],
    ['no syr accused tur', 'واتهمت دمشق الفصائل المدعومة من تركيا بقصف القرى.'],
  ],
};

describeCases(CASES, '2023-03-17');
