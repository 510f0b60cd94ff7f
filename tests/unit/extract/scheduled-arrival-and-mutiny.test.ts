/**
 * lex28 (diagnosis-batch25 §7 fix 2, visit and combat classes, English):
 * - a scheduled arrival ("was due to arrive in", "is scheduled to arrive in") is a planned visit; "was due in" is left out
 *   (a meeting's round "is due in" a capital gave a pooled FP), and "is expected in" (meeting-relations.test.ts: no visit);
 * - a mutiny, rebellion or revolt of X against Y is an attack of X on Y.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const en = (text: string, relation?: string) => triples(extract(text, 'en', '2024-05-02'), relation);

describe('a scheduled arrival is a planned visit', () => {
  it('due to arrive in, scheduled to arrive in', () => {
    expect(en('Mohammed bin Salman was due to arrive in Ankara on Wednesday.', 'visited')).toEqual(['mohammed-bin-salman visited ankara']);
    expect(en('Erdogan is scheduled to arrive in Tehran on Monday.', 'visited')).toEqual(['recep-tayyip-erdogan visited tehran']);
  });
  it('not a thing expected somewhere', () => {
    expect(en('Prices were expected in Damascus to rise.', 'visited')).toEqual([]);
  });
});

describe('a mutiny or rebellion against someone is an attack on them', () => {
  it('possessor as doer', () => {
    expect(en("The Wagner group's rebellion against the Russian defence ministry collapsed.", 'attacked')).toEqual(['wagner-group attacked rus']);
  });
  it('no doer, no attack', () => {
    expect(en('The uprising against Assad began in 2011.', 'attacked')).toEqual([]);
  });
});
