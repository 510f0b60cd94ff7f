/**
 * Positions "in villages surrounding the city of P" are a presence in P (cues.csv `place_adjacent`; presence.ts
 * placesFrom): `بقصف مواقع لـ«قسد» في قرى محيطة بمدينة منبج وفي ريف تل رفعت`, `في القرى المجاورة لتل رفعت`. Negative cell: a
 * word of no place between ("في قرى يسكنها …") leaves no place.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const presence = (text: string) => extract(text, 'ar', '2023-11-18').relations.filter((r) => r.relation === 'deployed_in').map((r) => `${r.source} ${r.target}`);

describe('places by which the villages lie (ar)', () => {
  it('the holder is present in the place named after the adjective', () => {
    expect(presence('وردّت المدفعية التركية فجر اليوم السبت بقصف مواقع لـ«قسد» في قرى محيطة بمدينة منبج وفي ريف تل رفعت.').sort()).toEqual(['sdf manbij', 'sdf tal-rifaat']);
    expect(presence('وقصفت المدفعية التركية مواقع لـ«قسد» في القرى المجاورة لتل رفعت.')).toEqual(['sdf tal-rifaat']);
  });
  it('no adjective of nearness, no place', () => {
    expect(presence('وقصفت المدفعية التركية مواقع لـ«قسد» في قرى يسكنها نازحون من منبج.')).toEqual([]);
  });
});
