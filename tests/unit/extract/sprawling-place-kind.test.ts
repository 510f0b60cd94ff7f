/**
 * "the sprawling camp" is the camp named before, as "the vast desert" is the desert (cues.csv `place_kind_adjective`
 * sprawling; discourse.ts placeKindAt): one adjective of size between "the" and the head. Negative cells: no camp named
 * before; a camp of another kind of place is not taken.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'the sprawling camp: the last camp named (en)': [
    ['sdf deployed_in al-hol-camp', 'Iraq repatriated 150 families from the al-Hol camp on Wednesday. The families were handed over by the Syrian Democratic Forces (SDF), which run the sprawling camp in Hasakah province.'],
    ['sdf deployed_in al-hol-camp', 'Iraq brought home families from the al-Hol camp on Thursday. The SDF controls the sprawling camp.'],
    ['sdf deployed_in al-hol-camp', 'Iraq brought home families from the al-Hol camp on Thursday. SDF fighters guard the sprawling camp, officials said.'],
    ['no sdf deployed_in al-hol-camp', 'The SDF controls the sprawling camp.'],
    ['no sdf deployed_in hasakah', 'Iraq brought home families from Hasakah on Thursday. The SDF controls the sprawling camp.'],
  ],
};

describeCases(CASES);
