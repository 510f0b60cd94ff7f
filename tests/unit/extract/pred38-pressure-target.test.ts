/**
 * "Called on X to press Y", `طالبت A المجتمع الدولي بالضغط على Y`: the one to be pressed is no one's addressee (branch
 * pred38; diagnosis-batch33 FP #74, pool b28 FP): an urged relation whose target is named right after "press"/"pressure"
 * (past "on") or `الضغط على` is dropped; the addressee before it keeps its urged triple.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the one to be pressed is not urged (ar)': [
    ['no aanes urged tur', 'وطالبت الإدارة الذاتية في بيان منفصل المجتمع الدولي بالضغط على تركيا لوقف هجماتها على المنطقة.'],
    ['sdf urged usa', 'وطالبت «قسد» الولايات المتحدة بالضغط على تركيا لوقف هجماتها.'],
    ['no sdf urged tur', 'وطالبت «قسد» الولايات المتحدة بالضغط على تركيا لوقف هجماتها.'],
    ['no usa urged tur', 'ودعت «قسد» الولايات المتحدة وروسيا إلى الضغط على أنقرة لوقف القصف.'],
  ],
  'the one to be pressed is not urged (en)': [
    ['mazloum-abdi urged usa', 'Abdi urged Washington to press Turkey to halt drone strikes.'],
    ['no mazloum-abdi urged tur', 'Abdi urged Washington to press Turkey to halt drone strikes.'],
    ['no usa urged tur', 'The SDF has called on the United States and Russia to press Ankara to halt the strikes.'],
    ['no sdf urged tur', 'The SDF has called on the United States and Russia to put pressure on Ankara to halt the strikes.'],
    ['rus urged sdf', 'Russia, which has kept military police in Manbij and Kobani under a 2019 agreement with Turkey, has been pressing the SDF to hand over positions along the border to Syrian government forces, diplomatic sources said.'],
  ],
});
