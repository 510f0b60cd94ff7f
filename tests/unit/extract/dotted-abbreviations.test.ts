/**
 * Dotted abbreviations ("U.S.", "U.N.", "U.K.", "E.U."; diagnosis-batch23 §7 fix 4): single capitals each with its point
 * are one token, the last point included, so that the point is no sentence stop or boundary between the name and its
 * noun or verb; a sentence still ends after one when a sentence opener follows ("… the U.S. The ministry …").
 * A paraphrase suite: the abbreviation varies, its position (subject, object, compound "U.S.-backed", possessor of an
 * organ, in a list, at the end of a sentence).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, mentionIds } from './helpers.ts';
import { splitSentences } from '../../../src/lib/extract/sentences.ts';

describeCases({
  'a dotted abbreviation is one name': [
    ['usa deployed_in syr', 'About 900 U.S. troops are deployed in Syria.'],
    ['usa accused syr', 'The U.S. Treasury accused Damascus of running the Captagon trade.'],
    ['usa sanctioned syr', 'The U.S. imposed sanctions on Syria on Tuesday.'],
    ['usa supported sdf', 'Turkey has attacked the U.S.-backed SDF.'],
    ['tur attacked sdf', 'Turkey has attacked the U.S.-backed SDF.'],
    ['usa attacked isis', 'The U.S.-led coalition struck Islamic State in Syria.'],
    ['gbr sanctioned syr', 'The U.K. imposed sanctions on Syria.'],
    ['eu criticized rus', 'E.U. foreign ministers criticised Russia.'],
    ['eu sanctioned syr', 'U.S. and E.U. sanctions on Syria remain in force.'],
    ['usa sanctioned syr', 'U.S. and E.U. sanctions on Syria remain in force.'],
    ['tur criticized usa', 'Turkey criticised the U.S. on Monday.'],
    ['rus criticized usa', 'Russia criticised the U.S. The ministry gave no details.'],
  ],
});

describe('sentences and tokens around a dotted abbreviation', () => {
  it('"U.S. troops" is no sentence end; "the U.S. The …" is', () => {
    const t1 = 'About 900 U.S. troops are deployed in Syria.';
    expect(splitSentences(t1).length).toBe(1);
    const t2 = 'Russia criticised the U.S. The ministry gave no details.';
    expect(splitSentences(t2).length).toBe(2);
  });
  it('the names are found with their points', () => {
    expect(mentionIds('The U.N. and the E.U. met in Geneva with U.K. officials.', 'en')).toEqual(expect.arrayContaining(['united-nations', 'eu', 'gbr']));
  });
  it('the date of a sentence after "U.S." is its own', () => {
    expect(extract('The U.S. imposed sanctions on Syria on Tuesday.', 'en', '2024-02-01').relations.length).toBeGreaterThan(0);
  });
});
