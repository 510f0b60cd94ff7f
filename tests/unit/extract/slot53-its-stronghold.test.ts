/**
 * slot53 (rule 19f in the wordings round 51 did not reach, diagnosis-batch50 §6 slot52 rank 2; pool: batch 26): "X
 * captured its last stronghold of P" — "its"/"their" is the armed group named before the verb that is not its subject:
 * the captor attacked it and it held P, both dated as the capture (the clause's date, else the date told right before the
 * "when" clause). Look-alikes: "its" that is the captor's own ("the SDF consolidated its positions"), no place.
 */
import { describeCases } from './helpers.ts';

const B26 = 'Islamic State was territorially defeated in 2019, when the SDF captured its last stronghold of Baghuz.';

describeCases({
  'captured its last stronghold of P (en)': [
    ['sdf attacked isis', B26],
    ['isis deployed_in baghuz', B26],
    ['sdf deployed_in baghuz', B26],
    // (a date after, a modifier, another stronghold noun)
    ['sdf attacked isis', 'Islamic State collapsed after the US-backed SDF seized its final enclave of Baghouz in March 2019.'],
    ['isis deployed_in baghuz', 'Islamic State collapsed after the US-backed SDF seized its final enclave of Baghouz in March 2019.'],
    ['syr attacked hts', 'Hayat Tahrir al-Sham suffered a blow when Syrian troops captured its stronghold of Maarat al-Numan in January 2020.'],
  ],
  'its stronghold: look-alikes (en)': [
    ['no sdf attacked isis', 'The SDF said on Monday it had captured its own positions near Baghuz back from militants.'],
    ['no isis deployed_in baghuz', 'Islamic State said the SDF would never capture its last stronghold of Baghuz.'],
  ],
});
