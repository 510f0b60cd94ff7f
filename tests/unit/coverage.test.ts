import { describe, expect, it } from 'vitest';
import { coverageByBatch } from '../../scripts/lib/coverage.ts';

describe('coverageByBatch (scripts/coverage.ts)', () => {
  it('counts per batch the triples whose two ids the lexicon has, and the missing ids by triple', () => {
    const t = (source: string, target: string) => ({ source, relation: 'met', target });
    const cov = coverageByBatch(
      [
        { article: 'b', batch: 2, triples: [t('a', 'x'), t('x', 'x')] },
        { article: 'a', batch: 1, triples: [t('a', 'b'), t('a', 'y')] },
        { article: 'c', triples: [t('z', 'z')] },
      ],
      new Set(['a', 'b']),
    );
    expect([...cov.keys()]).toEqual([1, 2]);
    expect(cov.get(1)).toEqual({ triples: 2, known: 1, missing: new Map([['y', 1]]) });
    // (an id that is both source and target counts its triple once)
    expect(cov.get(2)).toEqual({ triples: 2, known: 0, missing: new Map([['x', 2]]) });
  });
});
