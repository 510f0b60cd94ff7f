import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref47 (diagnosis-batch46 §6 ref47 rank 3, -47 rank 1; the "smallest place the article is about"): "the area" /
 * `المنطقة` after "X in (northern) P province", `X في ريف P`, is X, not the province that only locates it; a compass
 * region stays the area ("Idlib in northwestern Syria"). relations/discourse.ts containedPlace.
 */
const DAY = '2024-06-23';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('"the area" is the place its province only locates', () => {
  it.each([
    // the pool's own construction (b32 2022-10-08), same sentence
    ['Turkish artillery shelled villages around Tal Rifaat in northern Aleppo province on Saturday, a day after a rocket attack on a Turkish base in the area.', 'tur deployed_in tal-rifaat', 'tur deployed_in aleppo'],
    // the sentence before, a held area (b44 2022-10-04)
    ['Turkish shells hit villages near Tal Rifaat in Aleppo province on Monday. The area is held by Kurdish-led forces and also hosts Russian military police.', 'sdf deployed_in tal-rifaat', 'sdf deployed_in aleppo'],
    // "the countryside of", another town
    ['Drones struck a car near Jindires in the countryside of Aleppo. Turkey keeps troops in the area.', 'tur deployed_in jindires', 'tur deployed_in aleppo'],
  ])('%s', (s, yes, no) => {
    const got = en(s);
    expect(got).toContain(yes);
    expect(got).not.toContain(no);
  });
  it.each([
    // the other language: `في ريف P`, `بريف P`
    ['قصفت المدفعية التركية قرى في محيط تل رفعت في ريف حلب الشمالي. وتنتشر قوات روسية في المنطقة.', 'rus deployed_in tal-rifaat', 'rus deployed_in aleppo'],
    ['استهدفت طائرة مسيّرة سيارة قرب جنديرس بريف حلب. وتنتشر قوات تركية في المنطقة.', 'tur deployed_in jindires', 'tur deployed_in aleppo'],
  ])('%s', (s, yes, no) => {
    const got = ar(s);
    expect(got).toContain(yes);
    expect(got).not.toContain(no);
  });
});

describe('no descent where the container is the area', () => {
  it('a compass region stays the area ("Idlib in northwestern Syria")', () => {
    const got = en('HTS dominates Idlib in northwestern Syria. Turkey keeps troops in the area.');
    expect(got).toContain('tur deployed_in northwestern-syria');
  });
  it('two places joined by "and", not "in", keep the last', () => {
    const got = en('Turkish shells hit Tal Rifaat and Aleppo on Monday. Russia keeps military police in the area.');
    expect(got).not.toContain('rus deployed_in tal-rifaat');
  });
});
