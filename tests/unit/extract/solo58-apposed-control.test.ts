/**
 * (solo58) "X and Y, two other towns under Turkish control": the places an apposition follows are the ones held, each
 * member of their list (presence.ts appositionPlaces); "under X control" named right after its place already was.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'places before an apposition that ends on "under X control" are held': [
    ['tur deployed_in ras-al-ain', 'Bombings have repeatedly hit Ras al-Ain and al-Bab, two other towns under Turkish control, over the past two years.'],
    ['tur deployed_in al-bab', 'Bombings have repeatedly hit Ras al-Ain and al-Bab, two other towns under Turkish control, over the past two years.'],
    ['tur deployed_in jarablus', 'A car bomb exploded on Tuesday in Jarablus, a border town under Turkish control.'],
    ['tur deployed_in al-bab', 'Bombings have hit Ras al-Ain and al-Bab, both under Turkish control.'],
    ['sdf deployed_in manbij', 'Artillery shells fell on Manbij, a city under SDF control, on Sunday.'],
    // (not a place that is no part of the apposition's list, nor a holder of something else)
    ['no tur deployed_in afrin', 'Residents fled Afrin for Manbij, a city under SDF control.'],
    ['no sdf deployed_in afrin', 'Residents fled Afrin for Manbij, a city under SDF control.'],
  ],
});
