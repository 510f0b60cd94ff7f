import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref43: "X expected/wanted Y to V" urges Y (expectation.ts, cues.csv `expect_verb`); X the speaker when X is the
 * speaker's own state ("Safadi told Mekdad that Amman expected Damascus to …").
 */
const DAY = '2024-04-21';
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('an expectation on another actor urges it', () => {
  it.each([
    ['Jordanian Foreign Minister Ayman Safadi spoke by phone with Syrian Foreign Minister Faisal Mekdad on Sunday. Safadi told Mekdad that Amman expected Damascus to take concrete steps to dismantle the networks.', 'ayman-safadi urged syr'],
    // another verb of wanting, a date between the speech and the clause
    ['Iraqi Foreign Minister Fuad Hussein spoke by phone with Faisal Mekdad. Hussein told Mekdad on Saturday that Baghdad wanted Damascus to coordinate releases from Syrian dams.', 'fuad-hussein urged syr'],
    // "said" and a descriptor object
    ['Turkish Foreign Minister Mevlut Cavusoglu met Antony Blinken in Washington. Cavusoglu said Turkey expected the administration to push Congress to approve the sale.', 'mevlut-cavusoglu urged usa'],
    // a state not the speaker's: the state urges
    ['Lavrov said on Monday that Washington wanted Ankara to end its operations in northern Syria.', 'usa urged tur'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it('a negated want names no one urged', () => {
    expect([...en('Sudani said Iraq did not want Syria to become a battlefield.')].filter((x) => x.includes('urged'))).toEqual([]);
  });
  it('an expectation of a thing, not an actor, gives nothing', () => {
    expect([...en('Safadi said Amman expected the talks to resume in Geneva next month.')].filter((x) => x.includes('urged'))).toEqual([]);
  });
});
