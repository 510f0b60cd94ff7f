import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref43: a bare descriptor "the administration" (the United States' in the lexicon) names the entity the article named
 * before whose own names hold the word (the Kurdish-led administration, AANES); with none named, it stays the US
 * (statetitle.ts reboundDescriptors, cues.csv `rebound_head`).
 */
const DAY = '2023-12-17';
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('"the administration" after the Kurdish-led administration is that administration', () => {
  it.each([
    // the row's own construction: a relative clause between the subject and its verb
    ['The Kurdish-led administration in northeastern Syria accused Turkey on Saturday of halting the Alouk water station. The administration, which runs much of the region alongside the Syrian Democratic Forces, has called on the United States and Russia to press Ankara to halt the strikes.', 'aanes urged usa'],
    // further back, a date between, another verb
    ['The Autonomous Administration of North and East Syria postponed the vote. Officials said turnout was expected to be low. Turkish drones struck a power station near Qamishli on Monday. On Tuesday, the administration urged Russia to rein in Ankara.', 'aanes urged rus'],
    // the object of another's verb
    ['The Kurdish-led administration in northeastern Syria is pressing ahead with municipal elections. Turkey condemned the administration on Sunday.', 'tur criticized aanes'],
  ])('%s → %s', (s, t) => {
    const r = en(s);
    expect(r).toContain(t);
    expect([...r].some((x) => x.startsWith('usa ') && x.endsWith(t.split(' ')[2]!) && t.startsWith('aanes'))).toBe(false);
  });
});

describe('"the administration" with no such entity named stays the US', () => {
  it('a US story', () => {
    const s = 'Turkish Foreign Minister Mevlut Cavusoglu met US Secretary of State Antony Blinken in Washington on Wednesday. Cavusoglu said Turkey urged the administration to approve the sale of F-16 jets.';
    const r = en(s);
    expect([...r].some((x) => x.includes('aanes'))).toBe(false);
  });
});
