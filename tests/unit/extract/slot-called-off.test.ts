/**
 * slot32 (pooled 13-26 false positives, "a relation where the frame is negated or hypothetical"): a planned visit or
 * meeting called off later in its sentence ("had been due to visit …, but the trip was postponed", `كان من المقرر أن
 * يزور …، لكن الزيارة أُرجئت`) and an act governed by a suspension noun (`تعليق عملياتها ضد`, "the suspension of its
 * operations against") did not happen; a visit that happened after another was postponed stays. Both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a planned visit called off did not happen': [
    ['no benjamin-netanyahu visited ankara', 'Netanyahu had been due to visit Ankara in July, but the trip was postponed after he was admitted to hospital.'],
    ['no recep-tayyip-erdogan visited damascus', 'Erdogan was scheduled to visit Damascus on Monday, but the visit was called off at the last minute.'],
    ['benjamin-netanyahu visited ankara', 'Netanyahu visited Ankara in July, after a trip planned for March was postponed.'],
    ['benjamin-netanyahu visited ankara', 'Netanyahu visited Ankara on Tuesday.'],
  ],
  'a planned visit called off did not happen (ar)': [
    ['no recep-tayyip-erdogan visited damascus', 'وكان من المقرر أن يزور الرئيس التركي رجب طيب أردوغان دمشق الشهر الماضي، لكن الزيارة أُرجئت.'],
    ['recep-tayyip-erdogan visited damascus', 'وزار الرئيس التركي رجب طيب أردوغان دمشق الشهر الماضي.'],
  ],
  'a suspended act did not happen': [
    ['no kataib-hezbollah attacked usa', 'وكانت «كتائب حزب الله» قد أعلنت في 30 كانون الثاني/يناير تعليق عملياتها ضد القوات الأمريكية، تجنباً لإحراج الحكومة العراقية.'],
    ['kataib-hezbollah attacked usa', 'وكانت «كتائب حزب الله» قد تبنت في 30 كانون الثاني/يناير عمليات ضد القوات الأمريكية في سوريا.'],
    ['no kataib-hezbollah attacked usa', 'Kataib Hezbollah announced on January 30 the suspension of its operations against US forces.'],
  ],
});
