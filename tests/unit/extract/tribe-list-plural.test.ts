/**
 * A list of tribes under one plural head (names48.ts tribesEn, tribeListBefore; cues.csv `tribe_plural_en`; solo52): "the
 * Afadila and Walda tribes", "the Baggara, Shaitat and Akidat tribes" name each member as a tribe. Negative cells: "Arab
 * tribes" (an adjective) names none; a single plural member stays one tribe.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string) => extract(text, 'en', '2023-01-29').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('tribes listed under one plural head (en)', () => {
  it('two and three members', () => {
    expect(rows('The Raqqa Civil Council hosted elders of the Afadila and Walda tribes on Saturday.')).toEqual(['raqqa-civil-council hosted afadila-tribe', 'raqqa-civil-council hosted walda-tribe']);
    expect(rows('The Raqqa Civil Council hosted elders of the Baggara, Shaitat and Walda tribes on Saturday.')).toEqual(['raqqa-civil-council hosted baggara-tribe', 'raqqa-civil-council hosted shaitat-tribe', 'raqqa-civil-council hosted walda-tribe']);
  });
  it('an adjective names no tribe', () => {
    expect(rows('The Raqqa Civil Council hosted elders of Arab tribes on Saturday.')).toEqual([]);
  });
});
