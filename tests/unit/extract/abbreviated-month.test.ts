/**
 * An abbreviated month with its point ("Feb. 2", "Sept. 5", "Dec. 28") inside a sentence (issue #3), on sentences of our
 * own: the point is no boundary for the search of a verb's arguments, and the date is still read whole.
 */
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/lib/extract/normalise.ts';
import { datedOf, extract, tripleSet as triples } from './helpers.ts';

describe('the point after a month abbreviation before its day', () => {
  it('is no token (so no boundary); a point ending a sentence or an abbreviation without a day still is', () => {
    expect(tokenise('on Feb. 2 with').map((t) => t.text)).toEqual(['on', 'Feb', '2', 'with']);
    expect(tokenise('in Feb. Then').map((t) => t.text)).toEqual(['in', 'Feb', '.', 'Then']);
  });
  it('"retaliated on Feb. 2 with strikes on targets in Iraq and Syria": the subject is found, dated that day', () => {
    const r = extract('Washington retaliated on Feb. 2 with strikes on 85 targets in Iraq and Syria.', 'en', '2024-02-03');
    expect(triples(r, 'attacked')).toEqual(['usa attacked irq', 'usa attacked syr']);
    expect(datedOf('Washington retaliated on Feb. 2 with strikes on 85 targets in Iraq and Syria.', 'en', '2024-02-03', 'attacked')).toEqual(['usa irq 2024-02-02', 'usa syr 2024-02-02']);
  });
  it('"launched strikes on Sept. 5 on targets in Syria", "on Dec. 28, 2023"', () => {
    expect(datedOf('Washington launched strikes on Sept. 5 on 85 targets in Syria.', 'en', '2023-09-06', 'attacked')).toEqual(['usa syr 2023-09-05']);
    expect(datedOf('Turkish jets struck Kurdish targets in Syria on Dec. 28, 2023, after an attack.', 'en', '2024-01-02', 'attacked')).toEqual(['tur syr 2023-12-28']);
  });
});
