/**
 * The holder "(Turkish-backed) factions of X" stands for X (branch np46; diagnosis-batch44 §6 np46 rank 1, #8, #80; pool
 * b33 Marea): as the holder of a passive control ("held by", "under the control of") and as the owner of "their
 * positions". relations/presenceholder.ts.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['syrian-national-army deployed_in jarablus', 'Jarablus has been held by Turkish-backed factions of the Syrian National Army since a Turkish incursion in 2016.'],
    ['syrian-national-army deployed_in azaz', 'Azaz has been under the control of Turkish-backed factions of the Syrian National Army since 2018.'],
    ['syrian-national-army deployed_in marea', 'The SDF said Turkish-backed factions of the Syrian National Army had also fired mortar rounds at the nearby village of Ayn Daqna from their positions around Marea.'],
    ['no sdf deployed_in marea', 'The SDF said Turkish-backed factions of the Syrian National Army had also fired mortar rounds at the nearby village of Ayn Daqna from their positions around Marea.'],
  ],
  'variants: no modifier, another head, a relative, a list, another passive (en)': [
    ['syrian-national-army deployed_in azaz', 'Azaz is held by factions of the Syrian National Army.'],
    ['hts deployed_in idlib', 'Idlib, which is controlled by fighters of Hayat Tahrir al-Sham, was hit by Russian strikes on Monday.'],
    ['syrian-national-army deployed_in afrin', 'Afrin remains in the hands of rival factions of the Syrian National Army.'],
    ['syrian-national-army deployed_in tal-abyad', 'Tal Abyad and Ras al-Ain have been controlled by allied factions of the Syrian National Army since October 2019.'],
    ['syrian-national-army deployed_in ras-al-ain', 'Tal Abyad and Ras al-Ain have been controlled by allied factions of the Syrian National Army since October 2019.'],
  ],
  'the other language (ar)': [
    ['syrian-national-army deployed_in jarablus', 'وتخضع مدينة جرابلس لسيطرة «الجيش الوطني السوري» منذ عام 2016.'],
  ],
  'negatives: no group named, the modifier is no holder, a person (en)': [
    ['no tur deployed_in jarablus', 'Jarablus has been held by Turkish-backed factions of the Syrian National Army since a Turkish incursion in 2016.'],
    ['no syrian-national-army deployed_in azaz', 'Azaz is held by factions opposed to the Syrian National Army.'],
  ],
}, '2024-02-25');
