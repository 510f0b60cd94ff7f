/**
 * A presence whose place is a state referred back to (relations/index.ts placeReferredBack, solo51): "the situation in
 * Syria, where both countries keep troops", "Iran is Syria's closest ally and has kept military advisers there". Negative
 * cells: the verb's own region ("Syria, where Turkish troops are deployed in the north" is no presence in all Syria), and a
 * departure ("refugees from Lebanon and Turkey, where pressure on Syrians to leave has mounted" is no withdrawal).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, rel: string) => extract(text, 'en', '2024-01-11').relations.filter((r) => r.relation === rel).map((r) => `${r.source} ${r.target}`);

describe('a state as the place referred back to (en)', () => {
  it('"there" after the state', () => {
    expect(rows("Iran is Syria's closest regional ally and has kept military advisers there since the early years of the war.", 'deployed_in')).toEqual(['irn syr']);
    expect(rows('Iran backs the government in Syria and keeps advisers there.', 'deployed_in')).toEqual(['irn syr']);
  });
  it('", where" after the state', () => {
    expect(rows('Fidan and Lavrov discussed the situation in Syria, where both countries keep troops.', 'deployed_in').sort()).toEqual(['rus syr', 'tur syr']);
  });
  it('not when the verb names its own region, nor for a departure', () => {
    expect(rows('Gantz said the two countries shared concerns about Iran, including in Syria, where Turkish troops are deployed in the north.', 'deployed_in')).not.toContain('tur syr');
    expect(rows('Pedersen and Mekdad discussed the return of refugees from Lebanon and Turkey, where pressure on Syrians to leave has mounted.', 'withdrew_from')).toEqual([]);
  });
});

describe('a denied presence (en)', () => {
  it('"has no military presence there" is no presence in the state', () => {
    expect(rows('Israel struck targets in Syria, saying Iran has no military presence there.', 'deployed_in')).not.toContain('irn syr');
  });
});
