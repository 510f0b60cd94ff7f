/**
 * Killings and claims as general frames (issue #3, diagnosis-batch17 fix 5; gold rule 10: a claimed attack is
 * `attacked`). Claims (relations/nominal.ts claimedAttack): the claimant did the attack on its target or on the place it
 * struck. Killings in raids (relations/frames.ts killing): the raid's doer attacked the one killed, whatever stands in
 * the noun's compound ("a US special forces raid") or between the name and its verb (an apposition, a relative clause),
 * and "died during/in a <doer> raid" like "was killed in". New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const attacks = (text: string) => triples(extract(text, 'en', '2024-03-15'), 'attacked');

describe('claims and killings name the attacker', () => {
  const cases: { rule: string; text: string; want: string[] }[] = [
    { rule: 'a date between the claimed attack and its target', text: 'The PKK claimed an attack on Thursday on a Turkish army outpost in Hakkari.', want: ['pkk attacked tur'] },
    { rule: 'a counted, qualified attack noun', text: 'Hamas claimed dozens of rocket attacks on Israel during the night.', want: ['hamas attacked isr'] },
    { rule: '"claimed responsibility for the attack on Y"', text: 'Hezbollah claimed responsibility for the attack on Israeli troops near the border.', want: ['hezbollah attacked isr'] },
    { rule: 'no claim, no attacker', text: 'Hezbollah denied any role in the attack on Israeli troops near the border.', want: [] },
    { rule: '"the bombing in a town, which was claimed by X": the town struck', text: "Security was tightened after last week's car bombing in Istanbul, which was claimed by the PKK.", want: ['pkk attacked istanbul'] },
    { rule: '"…, which was claimed by X" in a capital: its state', text: "Security was tightened after last week's car bombing in Ankara, which was claimed by the PKK.", want: ['pkk attacked tur'] },
    { rule: '"which killed … and were claimed by X"', text: 'The strikes followed the bombings in Aleppo, which killed 40 people and were claimed by Hayat Tahrir al-Sham.', want: ['hts attacked aleppo'] },
    { rule: 'a compound between the doer and the raid', text: 'Maher al-Agal was killed in a Turkish special forces raid near Afrin last year.', want: ['tur attacked maher-al-agal'] },
    { rule: 'an apposition before the verb', text: 'His deputy, Maher al-Agal, was killed in a Turkish commando raid near Afrin last year.', want: ['tur attacked maher-al-agal'] },
    { rule: '"died during a <doer> raid", past a relative clause', text: 'Maher al-Agal, who led the group for a decade, died during a Turkish raid near Afrin last year.', want: ['tur attacked maher-al-agal'] },
    { rule: 'not the place the raid was in', text: 'The man before him, Maher al-Agal, died during a Turkish special forces raid in Afrin, near the border.', want: ['tur attacked maher-al-agal'] },
    { rule: '"died" with no raid is no attack', text: 'Maher al-Agal died in Afrin last year.', want: [] },
    { rule: 'a speaker before "had died" is not the one who died; the strike keeps its own reading', text: "Hezbollah said on Sunday a second fighter had died of wounds sustained in an Israeli air strike near Damascus.", want: ['isr attacked damascus'] },
    { rule: 'a possessor of "slain leader" is no killer', text: "Thousands marched in Beirut behind portraits of the group's slain leader Hassan Nasrallah.", want: [] },
    { rule: '"was slain in a <doer> strike" still names the doer', text: 'Hassan Nasrallah was slain in an Israeli strike on Beirut.', want: ['isr attacked hassan-nasrallah'] },
  ];
  it.each(cases)('$rule', ({ text, want }) => expect(attacks(text)).toEqual(want));

  it('Arabic: `أعلن X مسؤوليته عن الهجوم على Y` (the declarer attacked Y); a claim with no target named gives nothing', () => {
    expect(triples(extract('وأعلنت «حماس» مسؤوليتها عن الهجوم على القوات الإسرائيلية قرب الحدود.', 'ar', '2024-03-15'), 'attacked')).toEqual(['hamas attacked isr']);
    expect(triples(extract('وأعلنت «حماس» مسؤوليتها عن الهجوم.', 'ar', '2024-03-15'), 'attacked')).toEqual([]);
  });

  it('a past attack named by its claim is background: "the strike" of the next sentence keeps its own doer', () => {
    const t = triples(extract('Iraqi forces struck a Hayat Tahrir al-Sham camp, in retaliation for the bombings in Aleppo, which were claimed by the group. Damascus condemned the strike.', 'en', '2024-03-15'));
    expect(t).toContain('hts attacked aleppo');
    expect(t).toContain('syr criticized irq');
    expect(t).not.toContain('syr criticized hts');
  });
});
