/**
 * "the nearby village of Fatira", "the northern border town of Kafr Loor": an unknown capitalised name after "the", up to
 * three lowercase words or a known name, and "town/village of" is a discovered place (mentions.ts theBeforeTown; the
 * bare "the town of X" read so since words31). Negative cells: a verb or preposition between "the" and the head is no
 * modifier; a lowercase word after "of" is no name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const run = (text: string) => extract(text, 'en', '2022-03-30');

describe('a town named after modifiers of its head (en)', () => {
  it('is a discovered place, the act\'s target', () => {
    const a = run('Government artillery also shelled the nearby village of Fatira in the afternoon, according to a war monitor.');
    expect(a.relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain('syr attacked fatira');
    expect(a.entities.find((e) => e.id === 'fatira')?.discovered).toBe(true);
    expect(run('Turkish drones struck the northern border town of Kafr Loor on Monday.').relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain('tur attacked kafr-loor');
  });
  it('no name, or no modifier phrase, nothing discovered', () => {
    expect(run('Turkish drones struck the nearby village of several hundred people on Monday.').entities.filter((e) => e.discovered)).toEqual([]);
    expect(run('Turkish drones struck the road and then the town of.').entities.filter((e) => e.discovered)).toEqual([]);
  });
});
