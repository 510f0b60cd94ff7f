/**
 * "will respond to any attack on its troops in X": an English verb form right after "any" is a noun, and an act of any
 * kind is no act (as "any new Turkish operation" is not); the attack is neither done nor planned by the one who warns.
 * "Protesters stormed its embassy": protesters are a group that is no one, and no subject is carried to their verb.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('"any attack" is no attack', () => {
  it('English: a verb form after "any" names no act', () => {
    expect(triples(extract('Washington said it would respond to any attack on its bases in Iraq.', 'en'), 'attacked')).toEqual([]);
    expect(triples(extract('Ankara will not accept any attack on its soldiers in Syria, the minister said.', 'en'), 'attacked')).toEqual([]);
  });
  it('the same verb form after "an" or as a verb still is an attack', () => {
    expect(triples(extract('Turkish jets attacked Kurdish fighters in Syria on Monday.', 'en'), 'attacked')).toContain('tur attacked syr');
  });
  it('Arabic: `أي هجوم` is no act either', () => {
    expect(triples(extract('وقالت واشنطن إنها سترد على أي هجوم على قواتها في العراق.', 'ar'), 'attacked')).toEqual([]);
  });
});

describe('protesters are no state', () => {
  it('"after protesters stormed its embassy" is no attack by the clause subject', () => {
    expect(triples(extract('Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in Tehran.', 'en'), 'attacked')).toEqual([]);
    expect(triples(extract('Iran said on Monday that demonstrators attacked the Saudi embassy in Tehran.', 'en'), 'attacked')).toEqual([]);
  });
});
