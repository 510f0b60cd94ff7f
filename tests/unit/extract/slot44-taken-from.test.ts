/**
 * slot44: a place taken from its holder (diagnosis-batch40 #21–25; pool b30 kobani, b33 tal-rifaat, b36/b38 golan):
 * "X captured/seized/took/recaptured P from Y" → Y held P then (dated by the clause); in the relative form "P, which X
 * seized from Y" the takers hold it too. English (relations/takenfrom.ts). New sentences with look-alikes that must not
 * fire.
 */
import { datedOf, describeCases } from './helpers.ts';
import { describe, expect, it } from 'vitest';

describeCases({
  'the former holder of a place taken (en)': [
    ['syr deployed_in golan-heights', 'Israel captured the Golan Heights from Syria in the 1967 war and later annexed the plateau.'],
    ['ypg deployed_in afrin', 'Turkish troops and their Syrian National Army allies took the nearby Afrin region from the YPG in 2018.'],
    ['ypg deployed_in afrin', 'Tal Rifaat shelters thousands of people displaced from Afrin, which Turkey and its Syrian allies seized from the YPG in 2018.'],
    ['tur deployed_in afrin', 'Tal Rifaat shelters thousands of people displaced from Afrin, which Turkey and its Syrian allies seized from the YPG in 2018.'],
    ['no syr deployed_in afrin', 'Tal Rifaat shelters thousands of people displaced from Afrin, which Turkey and its Syrian allies seized from the YPG in 2018.'],
    ['isis deployed_in kobani', 'The car was hit west of Kobani, which Kurdish fighters recaptured from Islamic State militants in early 2015.'],
    // (a modifier and a date between)
    ['isis deployed_in raqqa', 'US-backed forces wrested Raqqa from Islamic State in October 2017.'],
    ['isis deployed_in manbij', 'The SDF captured the strategic town of Manbij from Islamic State in August 2016.'],
  ],
  'no holder from another "from" (en)': [
    ['no syr deployed_in golan-heights', 'Rockets were fired from Syria toward the Israeli-occupied Golan Heights on Tuesday.'],
    ['no syr deployed_in jor', 'Jordanian troops seized a large shipment of drugs smuggled from Syria.'],
    ['no irq deployed_in al-hol-camp', 'Iraq took back 150 families from the al-Hol camp on Thursday.'],
  ],
});

describe('the loser holds the place at the date of its clause', () => {
  it('golan 1967', () => {
    expect(datedOf('Israel captured the Golan Heights from Syria in 1967 and annexed it in 1981.', 'en', '2024-02-01', 'deployed_in')).toContain('syr golan-heights 1967');
  });
});
