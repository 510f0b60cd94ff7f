/**
 * slot53 (each foe in each place, diagnosis-batch51 §6 slot52 rank 6; pool: batches 48, 49): "infrastructure used by X and
 * Y in P and Q" — each user in each place, an actor whose home country is among the places there only.
 */
import { describeCases } from './helpers.ts';

const FIDAN = 'Foreign Minister Hakan Fidan said at the time that infrastructure used by the PKK and the YPG in Iraq and Syria was a legitimate target for Turkish forces.';

describeCases({
  'used by X and Y in P and Q (en)': [
    ['pkk deployed_in irq', FIDAN],
    ['pkk deployed_in syr', FIDAN],
    ['ypg deployed_in syr', FIDAN],
    ['no ypg deployed_in irq', FIDAN],
    // (another verb around it, a single user and place)
    ['pkk deployed_in irq', 'Turkish drones struck facilities used by the PKK in Iraq on Sunday.'],
    ['hezbollah deployed_in syr', 'Israel says it targets depots used by Hezbollah in Syria.'],
  ],
  'used by: look-alikes (en)': [
    ['no irn deployed_in syr', 'Israel says it targets depots used by Iran-backed groups in Syria.'],
    ['no pkk deployed_in irq', 'Turkey said the PKK used Iraq as a base.'],
  ],
});
