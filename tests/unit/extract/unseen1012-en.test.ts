/**
 * General rules of English news prose found by classifying the misses of held-out batches 10-12 (issue #3): each
 * test is a NEW sentence (other names, other events) stating the rule, with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/lib/extract/normalise.ts';
import { extract, tripleSet as triples } from './helpers.ts';

const en = (text: string, relation?: string, date?: string) => triples(extract(text, 'en', date), relation);

describe('numbers', () => {
  it('a decimal point or a thousands comma is part of the number, not a boundary or a list', () => {
    expect(tokenise('about 1.2 million people and 4,000 soldiers').map((t) => t.text)).toEqual(['about', '1.2', 'million', 'people', 'and', '4,000', 'soldiers']);
    // (a comma between a year and a number, or before more than three digits, still separates)
    expect(tokenise('In 2019, 12 died; 2023,2024').map((t) => t.text)).toEqual(['In', '2019', ',', '12', 'died', ';', '2023', ',', '2024']);
  });
  it('"X, which shelters 1.2 million refugees, backs Y": the relative clause with a number is passed over', () => {
    expect(en('Jordan, which shelters about 1.3 million Syrian refugees, backs the Palestinian Authority.', 'supported')).toEqual(['jor supported palestinian-authority']);
    expect(en('Qatar, which hosts 10,000 US troops at Al Udeid, has urged Iran to free the tanker.', 'urged')).toEqual(['qat urged irn']);
  });
});
