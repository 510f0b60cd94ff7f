/**
 * An adverb between the auxiliary and the verb of a pattern is passed over (slot35, diagnosis-batch30 §6 fix 3, #2): "was
 * still fighting Islamic State cells" is "was fighting" (an attack), not the bare "fighting" of "fighting alongside".
 * English verb groups: still, also, now, already, reportedly, currently, again, repeatedly after is/are/was/were/has/have/
 * had/been. Negative cells: "fighting alongside" keeps its coordination; no auxiliary, no skip.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an adverb inside the verb group (en)': [
    ['sdf attacked isis', 'The SDF accused Ankara of trying to destabilise the region while it was still fighting Islamic State cells elsewhere in the northeast.'],
    ['sdf attacked isis', 'The SDF is still fighting Islamic State cells in the desert.'],
    ['sdf attacked isis', 'The Kurdish-led SDF, which Washington backs, was reportedly fighting Islamic State remnants near Deir ez-Zor on Monday.'],
    ['sdf attacked isis', 'The SDF have now been fighting Islamic State for a decade.'],
    ['sdf coordinated_with usa', 'The SDF is still fighting alongside the United States against Islamic State.'],
    ['no sdf attacked usa', 'The SDF is still fighting alongside the United States against Islamic State.'],
  ],
});
