/**
 * (slot58) Forces that hold or man posts in a place are present there (diag56 slot58 rank 5: "hold" is presence):
 * patterns.en.csv row hold|man + in/at/around/on/near with a military object, as "keeps/maintains".
 */
import { describeCases } from './helpers.ts';

describeCases({
  'holding or manning posts is presence': [
    ['syr deployed_in tal-tamr', 'Syrian government troops hold several posts on the front line west of Tal Tamr under the same arrangement.'],
    ['syr deployed_in ain-issa', 'Syrian government troops have also manned several posts around Ain Issa since a separate deal.'],
    ['tur deployed_in idlib', 'Turkish forces, which entered the province in 2017, hold a dozen observation posts in Idlib.'],
    ['rus deployed_in manbij', 'Russian military police man checkpoints near Manbij on the road to Aleppo.'],
  ],
  'holding talks or a meeting is no presence': [
    ['no tur deployed_in ankara', 'Turkey held talks in Ankara with Russia.'],
    ['no sdf deployed_in raqqa', 'The SDF held a meeting in Raqqa on Monday.'],
  ],
});
