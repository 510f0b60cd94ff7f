/**
 * np35 (diagnosis-batch30 #47): "X and other Iran-backed groups": the names before "and other" are such groups, so the
 * backer before the hyphen supported each; a country in that place is no such group.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, string, string[], string[]][] = [
  ['the row (#47)', 'Amman has repeatedly accused Hezbollah and other Iran-backed groups, which hold sway over parts of southern Syria, of organising the trade.', ['irn supported hezbollah'], ['hezbollah supported irn']],
  ['object of a strike, militias', 'US strikes hit Kataib Hezbollah and other Iran-backed militias in Iraq on Friday.', ['irn supported kataib-hezbollah'], []],
  ['a list before "and other"', 'Washington blamed the Houthis, Hezbollah and other Iran-backed groups for the attacks.', ['irn supported hezbollah'], []],
  // negatives: a country is no backed group; a compound with its own name after it stays as it was
  ['a country before', 'Israel and other US-backed states criticised the move.', [], ['usa supported isr']],
  ['compound with its own name', 'The US-backed SDF captured the town.', ['usa supported sdf'], []],
];

describe('"X and other Y-backed groups"', () => {
  it.each(cases)('%s', (_name, text, want, not) => {
    const got = tripleSet(extract(text, 'en', '2023-11-14'), 'supported');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
