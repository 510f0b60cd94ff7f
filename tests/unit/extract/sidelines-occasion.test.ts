/**
 * "On the sidelines of" an event (cues.csv `sidelines_word`: `هامش`, "sidelines", "margins"): a name past the phrase names
 * the occasion, not the one met (relations/args.ts `objectGroup`); the one met after the phrase, after "with"/`مع` or a
 * counterpart word, is still met.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the occasion of a meeting is not met (ar)': [
      ['no hakan-fidan met qat', 'التقى وزير الخارجية التركي هاكان فيدان على هامش منتدى الدوحة.'],
      ['no sergei-lavrov met qat', 'ويلتقي وزراء خارجية روسيا وتركيا وإيران على هامش منتدى الدوحة الشهر المقبل.'],
      ['hakan-fidan met abbas-araghchi', 'ويلتقي وزراء خارجية روسيا وتركيا وإيران على هامش منتدى الدوحة الشهر المقبل.'],
      ['hakan-fidan met abbas-araghchi', 'والتقى الوزير التركي هاكان فيدان على هامش الاجتماعات نظيره الإيراني عباس عراقجي.'],
      ['hakan-fidan met mohammed-bin-abdulrahman-al-thani', 'والتقى فيدان على هامش القمة مع وزير الخارجية القطري.'],
    ],
    'the occasion of a meeting is not met': [
      ['no hakan-fidan met qat', 'Turkish Foreign Minister Hakan Fidan met on the sidelines of the Doha Forum.'],
      ['no hakan-fidan met qat', 'Turkish Foreign Minister Hakan Fidan met on the margins of the Doha Forum.'],
      ['hakan-fidan met abbas-araghchi', 'Hakan Fidan and Abbas Araghchi met on the sidelines of the summit in Qatar.'],
    ],
  },
  '2025-01-10',
);
