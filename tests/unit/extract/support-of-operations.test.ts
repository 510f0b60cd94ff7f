/**
 * "to support operations against IS", `لدعم العمليات ضد التنظيم`: support whose object is an attack noun supports the
 * doer of the attack, not the one attacked after it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('support of operations against X is no support of X', () => {
  it('English', () => {
    expect(triples(extract('US forces will stay in Iraq to support operations against the Islamic State in Syria.', 'en'), 'supported')).toEqual([]);
    expect(triples(extract('Russia supports the Syrian army.', 'en'), 'supported')).toEqual(['rus supported syr']);
  });
  it('Arabic', () => {
    expect(triples(extract('وتدعم الولايات المتحدة العمليات ضد تنظيم داعش في سوريا.', 'ar'), 'supported')).toEqual([]);
  });
});
