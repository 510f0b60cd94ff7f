/**
 * pred29 (diagnosis-batch26 §6 fix 2): an armed group that is "the dominant force" of a place is present there, in a
 * "where" clause or with "in"; a keeper of prisoners is present where the prisons are, "in" or "across" the place,
 * past a number with a comma or a relative clause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the dominant force, holding prisoners': [
    ['hts deployed_in northwestern-syria', 'The area lies in the last major enclave outside government control in northwestern Syria, where Hayat Tahrir al-Sham (HTS) is the dominant force.'],
    ['hts deployed_in idlib', 'HTS, which emerged from al-Qaeda, is the dominant force in Idlib.'],
    ['sdf deployed_in northeastern-syria', 'The SDF holds about 9,000 suspected Islamic State fighters in prisons across northeastern Syria.'],
    ['sdf deployed_in northeastern-syria', 'The SDF holds thousands of Islamic State fighters in prisons across northeastern Syria.'],
  ],
});
