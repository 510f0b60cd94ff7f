/**
 * The date a relation takes on text never seen in tuning (issue #3): new sentences written for this
 * file (not taken from data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** "source relation target date" of each relation of the record (of one relation when given). */
function dated(text: string, lang: 'ar' | 'en', pub: string, relation?: string): string[] {
  return extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);
}

describe('an Arabic present tense is a state: only a date right next to it dates it', () => {
  it('a date in a later "حيث" clause does not date "تدعم"', () => {
    expect(dated('وتدعم تركيا فصائل المعارضة في شمال سوريا، حيث اندلعت اشتباكات عنيفة أواخر آذار الماضي.', 'ar', '2021-06-20', 'supported')).toEqual([
      'tur supported syrian-opposition 2021-06-20',
    ]);
  });
  it('a past verb keeps the date of its clause', () => {
    expect(dated('ودعمت تركيا فصائل المعارضة في شمال سوريا أواخر آذار الماضي.', 'ar', '2021-06-20', 'supported')).toEqual([
      'tur supported syrian-opposition 2021-03',
    ]);
  });
});
