/**
 * A person "due in" a place is a planned visit (relations/duein.ts): "Erdogan is due in Tehran on Tuesday for a summit".
 * Negative cells: no person before the auxiliary ("whose 22nd round is due in the Kazakh capital"), negated.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const visits = (text: string) => extract(text, 'en', '2022-07-18').relations.filter((r) => r.relation === 'visited').map((r) => `${r.source} ${r.target} ${r.attrs?.mode ?? ''}`);

describe('a person due in a place (en)', () => {
  it('is a planned visit', () => {
    expect(visits('Erdogan is due in Tehran on Tuesday for a summit with Russian President Vladimir Putin.')).toContain('recep-tayyip-erdogan tehran planned');
    expect(visits('Saudi Crown Prince Mohammed bin Salman will visit Turkey this week. The crown prince was due in Ankara on Wednesday for talks with Erdogan.')).toContain('mohammed-bin-salman ankara planned');
  });
  it('no person, no visit; nor when negated', () => {
    expect(visits('The Astana format, whose 22nd round is due in the Kazakh capital next week, brings together Russia, Turkey and Iran.')).toEqual([]);
    expect(visits('Erdogan is not due in Tehran this week.')).toEqual([]);
  });
});
