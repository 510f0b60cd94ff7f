/**
 * np35 (diagnosis-batch30 #75, FP 82): "X's most important military backer": more adjectives of an ally or backer noun
 * (cues.csv `ally_adjective`) between the possessor and the noun keep the possessor as the one supported.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, string, string[], string[]][] = [
  ['most important military backer (#75)', "Russia has been Assad's most important military backer since it intervened in the war in September 2015, and it keeps forces at the Hmeimim air base.", ['rus supported bashar-al-assad'], ['bashar-al-assad supported rus']],
  ['most powerful foreign backer', "Iran remains Hezbollah's most powerful foreign backer.", ['irn supported hezbollah'], ['hezbollah supported irn']],
  ['leading backer, one of', "Turkey has been one of the opposition's leading backers.", [], ['syrian-opposition supported tur']],
  ['longtime ally', "Russia is Syria's longtime ally.", ['rus supported syr'], ['syr supported rus']],
];

describe('adjectives between a possessor and its backer noun', () => {
  it.each(cases)('%s', (_name, text, want, not) => {
    const got = tripleSet(extract(text, 'en', '2024-02-17'), 'supported');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
