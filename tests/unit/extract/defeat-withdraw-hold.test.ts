/**
 * pred30, predicates by class: defeating an armed group is an attack on it (defeated, crushed, overran; هزمت, يهزم),
 * pulling one's fighters out or back is withdrawal ("pulled its fighters out of", "pulled back its forces from"), and
 * holding a place is presence ("holds the border town of Azaz"); past a date, a relative clause or a list, in both
 * languages where the language has the form; "held talks", "hold further meetings" stay meetings, a defeated state or
 * candidate is no attack.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'defeat an armed group': [
    ['sdf attacked isis', 'The SDF defeated Islamic State in Baghuz in 2019.'],
    ['sdf attacked isis', 'The SDF, which the US backs, defeated Islamic State in Baghuz in March 2019.'],
    ['usa attacked isis', 'The SDF and the United States defeated Islamic State in 2019.'],
    ['hts attacked hurras-al-din', 'HTS crushed Hurras al-Din in Idlib in June 2020.'],
    ['no recep-tayyip-erdogan attacked kemal-kilicdaroglu', 'Erdogan defeated Kemal Kilicdaroglu in the May 2023 runoff.'],
  ],
  'defeat an armed group (ar)': [
    ['sdf attacked isis', 'وهزمت «قسد» تنظيم «داعش» في الباغوز في آذار/مارس 2019.'],
    ['sdf attacked isis', 'وهزمت «قسد»، المدعومة من واشنطن، تنظيم «داعش» عام 2019.'],
  ],
  'pull fighters out or back': [
    ['hts withdrew_from afrin', 'HTS pulled its fighters out of Afrin on Monday.'],
    ['hts withdrew_from afrin', 'HTS, which controls Idlib, pulled its fighters out of Afrin on Monday.'],
    ['rus withdrew_from tal-rifaat', 'Russia pulled back its forces from Tal Rifaat in 2022.'],
    ['sdf withdrew_from manbij', 'The SDF pulled back from Manbij on Tuesday.'],
  ],
  'hold a place': [
    ['syrian-national-army deployed_in azaz', 'The Turkish-backed Syrian National Army holds the border town of Azaz.'],
    ['syrian-national-army deployed_in azaz', 'Hayat Tahrir al-Sham controls Idlib, while the Syrian National Army, which Turkey backs, holds Azaz.'],
    ['sdf deployed_in manbij', 'The SDF still holds Manbij and Kobani.'],
    ['rus met tur', 'Russia, Turkey and Syria plan to hold further meetings in the same trilateral format.'],
  ],
});
