/**
 * robust40a: a backing or loyalty participle phrase between a holder of positions and their place (`مواقع لـ«قسد»
 * المدعومة من واشنطن في ريف الحسكة`): the place is the holder's, not the participle's agent's (presence.ts forces
 * reader, speechadjunct.ts pastBackingParticiple). The pool sentence (heldout-2022-01-11-tal-tamr-drone-sdf-post.ar),
 * its variants, and negatives: the agent is never placed there.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'presence past a backing participle (ar)': [
    ['sdf deployed_in hasakah', 'وتنفذ المسيّرات التركية منذ أشهر ضربات متكررة على مواقع لـ«قسد» في ريف الحسكة والقامشلي وعين العرب (كوباني).'],
    ['sdf deployed_in hasakah', 'وتنفذ المسيّرات التركية منذ أشهر ضربات متكررة على مواقع لـ«قسد» المدعومة من واشنطن في ريف الحسكة والقامشلي وعين العرب (كوباني).'],
    ['sdf deployed_in qamishli', 'وتنفذ المسيّرات التركية منذ أشهر ضربات متكررة على مواقع لـ«قسد» المدعومة من الولايات المتحدة في ريف الحسكة والقامشلي.'],
    ['ypg deployed_in northern-syria', 'شنّت الطائرات التركية فجر أمس الأحد غارات جوية على مواقع لوحدات حماية الشعب الكردية المدعومة من واشنطن في شمال سوريا.'],
    ['sdf deployed_in manbij', 'قصفت تركيا مواقع لـ«قسد» المدعومة من روسيا في منبج.'],
  ],
  'the participle agent is not placed (ar)': [
    ['no usa deployed_in hasakah', 'وتنفذ المسيّرات التركية منذ أشهر ضربات متكررة على مواقع لـ«قسد» المدعومة من واشنطن في ريف الحسكة والقامشلي.'],
    ['no rus deployed_in manbij', 'قصفت تركيا مواقع لـ«قسد» المدعومة من روسيا في منبج.'],
    ['tur attacked sdf', 'قصفت تركيا مواقع لـ«قسد» المدعومة من روسيا في منبج.'],
  ],
};

describeCases(CASES, '2023-03-17');
