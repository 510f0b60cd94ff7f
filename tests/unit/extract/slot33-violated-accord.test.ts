/**
 * slot33 (diagnosis-batch28 #49, 50, FP 57, 58): the parties of a document "it reached with X" that someone is accused
 * of violating (`متهمة أنقرة بانتهاك التفاهمات التي أبرمتها مع …`, `اتهمت دمشق أنقرة بخرق الاتفاق الذي توصلت إليه مع`):
 * the one accused, named before the violation word (cues.csv `judgement`), not the speaker or the accuser.
 */
import { describeCases } from './helpers.ts';

const SDF = 'وقالت «قوات سوريا الديمقراطية» في بيان إن الضربة تندرج ضمن «سياسة ممنهجة» لضرب الاستقرار في المنطقة، متهمة أنقرة بانتهاك التفاهمات التي أبرمتها مع الولايات المتحدة وروسيا عام 2019.';
const SYR = 'واتهمت دمشق أنقرة بخرق الاتفاق الذي توصلت إليه مع موسكو في آذار/مارس 2020.';

describeCases({
  "a violated document is the violator's (ar)": [
    ['tur agreed_with usa', SDF],
    ['tur agreed_with rus', SDF],
    ['no sdf agreed_with usa', SDF],
    ['no sdf agreed_with rus', SDF],
    ['sdf accused tur', SDF],
    ['tur agreed_with rus', SYR],
    ['no syr agreed_with rus', SYR],
  ],
  "a document's party is the clause subject when none is accused (ar)": [
    ['tur agreed_with rus', 'وتنتشر قوات تركية في إدلب بموجب الاتفاق الذي توصلت إليه مع روسيا.'],
  ],
});
