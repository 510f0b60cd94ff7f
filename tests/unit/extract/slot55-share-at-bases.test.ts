/**
 * slot55: a share of the forces present, told at bases in further places ("About 900 US troops are stationed in
 * northeastern Syria, some of them at bases in Hasakah province", "most of them at bases in Hasakah and Deir ez-Zor
 * provinces"; pool b43 2022-11-25, b49 2023-11-21, b45 2023-12-19, b41 2024-10-16): the owner is present in each place
 * after the base noun (gold rule 13; frames.ts furtherPlacesEn, cues.csv `base_noun`). Arabic (`معظمهم في قواعد بمحافظة الحسكة`) was read
 * already; its cases guard it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a share at bases in further places (en)': [
    ['usa deployed_in hasakah', 'Around 900 US troops are stationed in northeastern Syria, some of them at bases in Hasakah province.'],
    ['usa deployed_in deir-ez-zor', 'About 900 US troops are stationed in northeastern Syria, most of them at bases in Hasakah and Deir ez-Zor provinces.'],
    ['usa deployed_in hasakah', 'About 900 US troops are stationed in northeastern Syria, most of them at bases in Hasakah and Deir ez-Zor provinces.'],
    ['usa deployed_in northeastern-syria', 'About 900 American troops remain in Syria, most of them at bases in the northeast, including the Conoco gas field in Deir ez-Zor.'],
    ['usa deployed_in hasakah', 'Washington keeps about 900 troops in Syria, many of them in outposts in Hasakah province, as part of the coalition.'],
    ['rus deployed_in latakia', 'Since 2015 Russia has kept thousands of troops in Syria, most of them at bases in Latakia and Tartus.'],
    ['rus deployed_in tartus-naval-base', 'Since 2015 Russia has kept thousands of troops in Syria, most of them at bases in Latakia and Tartus.'],
  ],
  'a share at bases, read as before (ar)': [
    ['usa deployed_in hasakah', 'وتنشر الولايات المتحدة نحو 900 جندي في سوريا، معظمهم في قواعد بمحافظة الحسكة.'],
    ['usa deployed_in hasakah', 'وتحتفظ الولايات المتحدة بنحو 900 جندي في سوريا، معظمهم في قواعد بمحافظة الحسكة.'],
  ],
  'no share where the bases are not the forces\' own': [
    ['no usa deployed_in hasakah', 'About 900 US troops are stationed in northeastern Syria, and drones struck bases in Hasakah province.'],
    ['no usa deployed_in hasakah', 'US officials said most of them at bases in Hasakah were safe.'],
    ['no tur deployed_in hasakah', 'Turkish drones struck several SDF positions, most of them at bases in Hasakah province.'],
  ],
});
