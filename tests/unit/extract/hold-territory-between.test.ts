/**
 * Holding verbs (diagnosis-batch30 §6 fix 2, #4, 5, 48; branch pred35): holding or controlling a stretch of territory
 * between two places is presence in each ("have held a strip of territory between Tal Abyad and Ras al-Ain"), and
 * holding sway over a place is presence there. Places only; a meeting's light verb "held talks" stays a meeting.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'territory between two places is held (en)': [
    ['tur deployed_in tal-abyad', 'Turkish forces and their Syrian allies have held a strip of territory between Tal Abyad and Ras al-Ain since an October 2019 offensive.'],
    ['tur deployed_in ras-al-ain', 'Turkish forces and their Syrian allies have held a strip of territory between Tal Abyad and Ras al-Ain since an October 2019 offensive.'],
    ['tur deployed_in ras-al-ain', 'Turkey controls a strip of territory between Tal Abyad and Ras al-Ain.'],
    ['tur deployed_in tal-abyad', 'Turkey, which has controlled the area between Tal Abyad and Ras al-Ain since 2019, shelled Ain Issa.'],
    ['syrian-national-army deployed_in tal-abyad', 'The Syrian National Army holds territory between Tal Abyad and Ras al-Ain.'],
  ],
  'holding sway (en)': [
    ['hezbollah deployed_in syr', 'Hezbollah holds sway over parts of southern Syria.'],
    ['hezbollah deployed_in syr', 'Hezbollah, which has held sway over parts of southern Syria for a decade, denied the report.'],
  ],
  'meetings and other holds': [
    ['tur met rus', 'Turkey has held talks with Russia in Sochi.'],
    ['tur met rus', 'Turkey held talks with Russia in Sochi on the strip of territory between Tal Abyad and Ras al-Ain.'],
    ['no tur deployed_in tal-abyad', 'Turkey held talks with Russia in Sochi on the strip of territory between Tal Abyad and Ras al-Ain.'],
    ['no tur deployed_in ankara', 'The ministers have held talks in Ankara on Monday, Turkey said.'],
  ],
});
