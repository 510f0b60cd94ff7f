/**
 * "under X control", "returned to government control" (diagnosis-batch25 §3 "government control"; branch names28,
 * presence.ts controlPresence): the place opening the sentence is held by the holder named between under/to and
 * "control": a name ("SDF"), or "government", the place's own state's government. A standing state (gold rule 13).
 * Negative cells: no place opening the sentence; a holder that is no state or armed group.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'under X control (en)': [
    ['syr deployed_in daraa', 'Daraa, the cradle of the 2011 uprising, returned to government control in 2018 under a Russian-brokered deal.'],
    ['syr deployed_in daraa', 'Daraa has been under government control since 2018.'],
    ['sdf deployed_in manbij', 'Manbij is under SDF control.'],
    ['hts deployed_in idlib', 'Idlib remains under HTS control despite the ceasefire.'],
    ['no syr deployed_in daraa', 'The deal put the province under government control in 2018.'],
    ['no united-nations deployed_in manbij', 'Manbij came under UN control.'],
  ],
};

describeCases(CASES);
