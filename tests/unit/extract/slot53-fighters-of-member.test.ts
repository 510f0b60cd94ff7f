/**
 * slot53 (lists, the second member; pool: batches 31, 44, 47): "A and (allied) factions/fighters/units of (the) B" names B
 * as a member of the list with A — "Turkey and allied factions of the Syrian National Army control …", "Turkish artillery
 * and fighters of the Syrian National Army shelled …", "an agreement between HTS and factions of the Syrian National
 * Army". Look-alikes: no "and" before ("the commander of fighters of the SNA"), a place after "of".
 */
import { describeCases } from './helpers.ts';

describeCases({
  'A and factions of B (en)': [
    ['syrian-national-army deployed_in azaz', 'Turkey and allied factions of the Syrian National Army control a swathe of territory to the north, including the towns of Azaz and Marea.'],
    ['syrian-national-army deployed_in marea', 'Turkey and allied factions of the Syrian National Army control Azaz and Marea.'],
    ['tur deployed_in marea', 'Turkey and allied factions of the Syrian National Army control Azaz and Marea.'],
    ['tur attacked abu-rasin', 'Turkish artillery and fighters of the Syrian National Army shelled several villages around the town of Abu Rasin in Hasakah province on Wednesday.'],
    ['syrian-national-army attacked abu-rasin', 'Turkish artillery and fighters of the Syrian National Army shelled several villages around the town of Abu Rasin in Hasakah province on Wednesday.'],
    // (a date between, another verb, their units)
    ['syrian-national-army deployed_in afrin', 'Since 2018 Turkish troops and their allied factions of the Syrian National Army have controlled Afrin.'],
  ],
  'A and factions of B: look-alikes (en)': [
    ['no syrian-national-army deployed_in azaz', 'A commander of fighters of the Syrian National Army said Turkey controls Azaz.'],
  ],
});
