import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';

// The date rules start at a word: no letter or digit (a whole code point) right before them. findDates tests that in
// code after each match and looks again from the next offset, as a lookbehind leading the expression would.
const PUB = '2023-01-13'; // a Friday
const spans = (t: string) => findDates(t, 0, t.length, PUB).map((d) => [t.slice(d.start, d.end), d.date]);

describe('a date expression begins a word', () => {
  it('English: not inside a longer word, and found after one', () => {
    expect(spans('The overyesterday talks, held yesterday, ended.')).toEqual([['yesterday', '2023-01-12']]);
    expect(spans('Talks in2022 and in 2021.')).toEqual([['in 2021', '2021']]);
  });

  it('Arabic: not inside a longer word, and found after one', () => {
    expect(spans('وقال الوزيرامس إن المحادثات جرت أمس.')).toEqual([['أمس', '2023-01-12']]);
  });

  it('a letter outside the Basic Multilingual Plane before the word is a letter; an emoji is not', () => {
    expect(spans('\u{1D400}yesterday')).toEqual([]);
    expect(spans('\u{1F600}yesterday')).toEqual([['yesterday', '2023-01-12']]);
  });
});
