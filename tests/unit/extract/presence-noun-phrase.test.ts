/**
 * Presence told as a noun phrase inside another frame (gold rule 13): a state's forces "in"/"at" a place are that state's
 * presence there, at publication, whatever the sentence's verb ("the Russian military in Syria", "the 2,500 American
 * troops in Iraq", "Turkey's forces in northern Syria"). Not when negated, nor when an attack hits those forces (the
 * gold tells the attack, not the presence). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'deployed_in');

describe('forces in a place, as a noun phrase, are presence', () => {
  it('a demonym, a name or a possessive before the forces', () => {
    expect(en('The Russian military in Syria has grown more cautious, analysts say.')).toEqual(['rus deployed_in syr']);
    expect(en('Officials discussed the future of the roughly 2,500 American troops in Iraq.')).toEqual(['usa deployed_in irq']);
    expect(en("Turkey's forces in northern Syria shelled several villages overnight.")).toEqual(['tur deployed_in northern-syria']);
    expect(en("Iran's advisers in Syria were moved to new quarters.")).toEqual(['irn deployed_in syr']);
  });
  it('negated, or the victims of an attack: nothing', () => {
    expect(en('There are no US troops in Lebanon, the embassy said.')).toEqual([]);
    expect(en('Militias have claimed dozens of attacks on US forces in Iraq.')).toEqual([]);
    expect(en('A drone killed three American soldiers in Jordan.')).toEqual([]);
  });
  it('the presence the sentence states already is not doubled', () => {
    expect(en('Turkey keeps troops in Syria, and Turkish troops in Syria patrol the border.')).toEqual(['tur deployed_in syr']);
  });
});
