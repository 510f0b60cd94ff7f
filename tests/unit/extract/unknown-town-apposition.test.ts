/**
 * An unknown town named with an apposition (branch names35, diagnosis-batch30 #25; mentions.ts `discover`): "on the
 * outskirts of Darkush, a town west of Jisr al-Shughur" — one to three unknown capitalised words after a place
 * preposition, then ", a town/village", are a discovered place.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an unknown town with "a town" after it': [
    ['rus attacked darkush', 'Russian warplanes carried out at least eight air strikes on Tuesday on the outskirts of Darkush, a town west of Jisr al-Shughur in Idlib province.'],
    // (another verb, a date after the apposition, a village)
    ['tur attacked kafr-tahtani', 'Turkish artillery shelled Kafr Tahtani, a village in southern Idlib, on Monday.'],
    ['rus attacked maarat-misrin', 'Russian jets on Sunday struck Maarat Misrin, a village south of Idlib.'],
    // (presence in the town)
    ['hts deployed_in kansafra', 'Hayat Tahrir al-Sham fighters are deployed in Kansafra, a town in Jabal al-Zawiya.'],
    // (a person's name before ", a" is no town: no preposition of place before it)
    ['no rus attacked ahmad', 'Ahmad, a villager, said Russian jets struck the area.'],
  ],
});

describeCases({
  'an unknown town first in the sentence, and a known place kept': [
    ['tur attacked zirgan', 'Turkish drones struck Zirgan, a town in Hasakah province.'],
    ['no tur attacked hasakah', 'Turkish drones struck Zirgan, a town in Hasakah province.'],
  ],
});
