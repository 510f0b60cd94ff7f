/**
 * An occupation named by its occupier is presence (gold rule 13), also as an adjective: "the Israeli-occupied Golan
 * Heights", `الجولان الذي تحتله إسرائيل` → the occupier deployed_in the place, at publication; "the occupied Golan",
 * `الجولان المحتل` (no occupier) give none. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const presence = (text: string, lang: 'ar' | 'en') =>
  extract(text, lang, '2024-03-01')
    .relations.filter((r) => r.relation === 'deployed_in')
    .map((r) => `${r.source} ${r.target} ${r.date}`);

describe('an occupation named by its occupier', () => {
  it('English: "the Israeli-occupied Golan Heights"', () => {
    expect(presence('A drone crashed in the Israeli-occupied Golan Heights on Friday.', 'en')).toEqual(['isr golan-heights 2024-03-01']);
    expect(presence('A drone crashed in the occupied Golan Heights on Friday.', 'en')).toEqual([]);
  });
  it('Arabic: `الجولان الذي تحتله إسرائيل`', () => {
    expect(presence('وسقطت أمس طائرة مسيرة في الجولان الذي تحتله إسرائيل.', 'ar')).toEqual(['isr golan-heights 2024-03-01']);
    expect(presence('وسقطت طائرة مسيرة في الجولان المحتل أمس.', 'ar')).toEqual([]);
  });
});
