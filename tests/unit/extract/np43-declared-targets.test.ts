/**
 * Facilities declared legitimate targets threaten their owners (branch np43; threat noun owners; pool b16
 * us-downs-turkish-drone, b32 qamishli-turkish-strikes-power): the owner after `التابعة لـ`/"belonging to" is no place
 * phrase, and a speech verb's "that"/`أن` clause holding the phrase declares it ("Fidan said … that facilities belonging
 * to the PKK and the YPG in Iraq and Syria were now legitimate targets"). relations/frames.ts declaredTargets.
 */
import { describeCases } from './helpers.ts';

const EN = 'Foreign Minister Hakan Fidan said on Wednesday that infrastructure and energy facilities belonging to the PKK and the YPG in Iraq and Syria were now "legitimate targets" for Turkish security forces.';
const AR = 'وبدأت تركيا حملتها الجوية بعد أن أعلن وزير خارجيتها هاكان فيدان في الرابع من الشهر الجاري أن البنى التحتية التابعة لحزب العمال الكردستاني ووحدات حماية الشعب في سوريا والعراق باتت «أهدافاً مشروعة».';

describeCases({
  'the row construction: "said that facilities belonging to A and B … were now legitimate targets"': [
    ['hakan-fidan threatened pkk', EN],
    ['hakan-fidan threatened ypg', EN],
    ['no hakan-fidan threatened irq', EN],
  ],
  'variants: "linked to", "declared", another speaker': [
    ['hakan-fidan threatened pkk', 'Fidan declared that all facilities linked to the PKK were legitimate targets.'],
    ['tur threatened ypg', 'Turkey said on Monday that energy sites belonging to the YPG in northern Syria are a legitimate target.'],
  ],
  'negatives: a negated declaration, places named': [
    ['no hakan-fidan threatened pkk', 'Fidan did not say that facilities belonging to the PKK were legitimate targets.'],
  ],
  'the row construction and variants (ar)': [
    ['hakan-fidan threatened pkk', AR],
    ['hakan-fidan threatened ypg', AR],
    ['no hakan-fidan threatened syr', AR],
    ['recep-tayyip-erdogan threatened ypg', 'وقال أردوغان إن المنشآت التابعة لوحدات حماية الشعب أصبحت أهدافاً مشروعة.'],
  ],
}, '2023-10-10');
