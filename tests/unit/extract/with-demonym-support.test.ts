/**
 * np35 (diagnosis-batch30 §6 fix 1a, #77, 78): a "with … help/support" adjunct whose givers are demonyms read as no
 * mention ("With Russian and Iranian help") supports the clause's subject, which follows the comma when the adjunct opens
 * the sentence; a list of demonym mentions gives each ("with American and British air support").
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, string, string[], string[]][] = [
  ['fronted adjunct, a list (#77, 78)', "With Russian and Iranian help, Assad's forces have regained most of the country, but the northwest and the northeast remain outside government control.", ['rus supported syr', 'irn supported syr'], ['syr supported rus']],
  ['fronted adjunct, one demonym', 'With Russian help, the Syrian army retook Palmyra.', ['rus supported syr'], ['syr supported rus']],
  ['adjunct between subject and verb', 'The Syrian army, with Iranian help, recaptured Aleppo in 2016.', ['irn supported syr'], ['syr supported irn']],
  ['adjunct after the object, support noun', 'Government forces retook Palmyra with Russian air support.', ['rus supported syr'], []],
  ['a list of demonym mentions', 'The Kurdish-led SDF, with American and French air support, drove the Islamic State from Raqqa.', ['usa supported sdf'], ['sdf supported usa']],
  // negatives: help that no one gives; help to no named subject
  ['no giver', 'With outside help, the rebels held the town.', [], ['syr supported syr']],
];

describe('a "with X help" adjunct with demonym givers', () => {
  it.each(cases)('%s', (_name, text, want, not) => {
    const got = tripleSet(extract(text, 'en', '2024-02-17'), 'supported');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
