/**
 * Claims of attacks as a frame (issue #3, relations/nominal.ts claimedAttack; gold rule 10: a claimed attack is
 * `attacked`): the claimant did the attack on its target or on the place it struck. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const attacks = (text: string) => triples(extract(text, 'en', '2024-03-15'), 'attacked');

describe('claims name the attacker', () => {
  const cases: [string, string, string[]][] = [
    ['a date between the claimed attack and its target', 'The PKK claimed an attack on Thursday on a Turkish army outpost in Hakkari.', ['pkk attacked tur']],
    ['a counted, qualified attack noun', 'Hamas claimed dozens of rocket attacks on Israel during the night.', ['hamas attacked isr']],
    ['"claimed responsibility for the attack on Y"', 'Hezbollah claimed responsibility for the attack on Israeli troops near the border.', ['hezbollah attacked isr']],
    ['no claim, no attacker', 'Hezbollah denied any role in the attack on Israeli troops near the border.', []],
    ['"the bombing in a town, which was claimed by X": the town struck', "Security was tightened after last week's car bombing in Istanbul, which was claimed by the PKK.", ['pkk attacked istanbul']],
    ['"…, which was claimed by X" in a capital: its state', "Security was tightened after last week's car bombing in Ankara, which was claimed by the PKK.", ['pkk attacked tur']],
    ['"which killed … and were claimed by X"', 'The strikes followed the bombings in Aleppo, which killed 40 people and were claimed by Hayat Tahrir al-Sham.', ['hts attacked aleppo']],
  ];
  it.each(cases)('%s', (_name, text, want) => expect(attacks(text)).toEqual(want));

  it('a past attack named by its claim is background: "the strike" of the next sentence keeps its own doer', () => {
    const t = triples(extract('Iraqi forces struck a Hayat Tahrir al-Sham camp, in retaliation for the bombings in Aleppo, which were claimed by the group. Damascus condemned the strike.', 'en', '2024-03-15'));
    expect(t).toContain('hts attacked aleppo');
    expect(t).toContain('syr criticized irq');
    expect(t).not.toContain('syr criticized hts');
  });
});
