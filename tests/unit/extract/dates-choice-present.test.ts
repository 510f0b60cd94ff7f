/**
 * A present tense is a state (issue #3): an English habit adverb ("regularly strike") makes one, and a present
 * tense takes no date across a comma ("…, as Moscow urges Ankara …"). New sentences written for this file (not
 * taken from data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string) => extract(text, 'en', '2021-03-10').relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('"regularly strike": a habit in the present, not the act of the day the sentence gives', () => {
  it('the habit keeps the publication date', () => {
    expect(dated('Syria protested on Monday against the shelling of villages near Afrin, where Turkish troops regularly strike the YPG.')).toEqual([
      'tur attacked ypg 2021-03-10',
    ]);
  });
  it('a past verb there takes the day', () => {
    expect(dated('Syria protested on Monday against the shelling of villages near Afrin, where Turkish troops struck the YPG.')).toEqual([
      'tur attacked ypg 2021-03-08',
    ]);
  });
});

describe('a present tense takes no date across a comma', () => {
  it('"…, as Moscow urges Ankara …" is not of the day of the clause before', () => {
    expect(dated('Russia and Turkey signed a deal in Sochi on Monday, as Moscow urges Ankara to hold back in Idlib.')).toEqual([
      'rus agreed_with tur 2021-03-08',
      'rus urged tur 2021-03-10',
    ]);
  });
  it('a date right next to it, in its own clause, still dates it', () => {
    expect(dated('Moscow on Monday urges Ankara to hold back in Idlib.')).toEqual(['rus urged tur 2021-03-08']);
  });
});
