/**
 * A thing's risk is no threat (diagnosis-batch30 FP 65; branch pred35): a threat verb whose own subject is a definite
 * noun no mention covers ("these strikes threaten to widen the conflict", `إن هذه الضربات تهدد بتوسيع دائرة الصراع`,
 * `إن التصعيد يهدد بجر المنطقة`) states a risk; no actor is taken from another sentence or clause. A state, its army or
 * its leader threatening stays a threat.
 */
import { describeCases } from './helpers.ts';

const strikesAr = 'شنت الولايات المتحدة وبريطانيا ضربات جوية على اليمن. وقالت الوزارة في بيان إن هذه الضربات تهدد بتوسيع دائرة الصراع في المنطقة، وتأتي في إطار الدعم الأمريكي المطلق لإسرائيل.';
const strikesEn = 'The United States and Britain struck Yemen on Friday. The ministry said these strikes threaten to widen the conflict, amid US support for Israel.';

describeCases({
  'no threat by a thing (ar)': [
    ['no usa threatened isr', strikesAr],
    ['usa supported isr', strikesAr],
    ['no isr threatened usa', 'وقال إن التصعيد الإسرائيلي يهدد بجر المنطقة إلى حرب شاملة مع الولايات المتحدة.'],
    ['tur threatened sdf', 'وقال إن تركيا تهدد بشن عملية ضد «قسد».'],
    ['tur threatened ypg', 'وتهدد تركيا بشن عملية عسكرية ضد «وحدات حماية الشعب».'],
  ],
  'no threat by a thing (en)': [
    ['no usa threatened isr', strikesEn],
    ['no usa threatened yem', strikesEn],
    ['tur threatened ypg', 'Turkey threatens to launch a new operation against the YPG.'],
    ['recep-tayyip-erdogan threatened ypg', 'The Turkish president threatens to launch an offensive against the YPG.'],
  ],
});
