/**
 * pres38: a place taken gives its captor's presence from that date (gold rules 13 and 19f): the participle of a taking
 * verb ("…, seizing Afrin in 2018") and the passive with its agent ("Palmyra was captured by IS in 2015"), dated as the
 * taking; and the look-alikes it must leave alone (people or vehicles captured, control told as a state).
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

describeCases({
  'a place taken: captor presence': [
    ['tur deployed_in afrin', 'Turkey and allied Syrian factions have launched three cross-border operations against Kurdish fighters since 2016, seizing Afrin in 2018.'],
    ['syr deployed_in palmyra', 'Government forces pushed east, recapturing Palmyra in March 2017.'],
    ['isis deployed_in palmyra', 'Palmyra itself was captured by IS in 2015 and again in December 2016.'],
    ['sdf deployed_in raqqa', 'Raqqa, which was captured by the SDF in 2017, is now run by a civilian council.'],
    ['syr deployed_in palmyra', 'Palmyra was retaken by government forces in March 2017.'],
    ['no isis deployed_in raqqa', 'Ten people were captured by IS in Raqqa.'],
    ['no sdf deployed_in hasakah', 'The convoy was seized by the SDF near Hasakah.'],
  ],
});

describe('the taking dates the captor presence; control stays a state', () => {
  it('"captured by IS in 2015" is dated 2015', () => {
    expect(datedOf('Palmyra itself was captured by IS in 2015 and again in December 2016.', 'en', '2022-03-07', 'deployed_in')).toContain('isis palmyra 2015');
  });
  it('"controlled by HTS since 2017" is at publication', () => {
    expect(datedOf('Idlib, controlled by HTS since 2017, was hit on Sunday.', 'en', '2022-03-07', 'deployed_in')).toContain('hts idlib 2022-03-07');
  });
});
