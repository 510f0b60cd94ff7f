/**
 * dates55: a year told as an event noun's modifier ("in the 1967 war", "during a 2020 offensive", "after its 2019
 * offensive") is a date of the sentence (dates.ts), and an act told as done IN or DURING that event takes its date
 * (relations/dates.ts inDatedEvent); the attributive reading stays for a noun with no "in"/"during" ("under the 1974
 * agreement": the agreement's year, not the patrol's), and a count before a plural ("the 2000 troops") is no year.
 * Arabic tells the year with عام, read already: the same acts in Arabic keep their year.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en', date = '2024-06-28') =>
  extract(text, lang, date).relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a year modifying the event noun an act is told in (en)', () => {
  it('"in the 1967 war": the capture and both presences', () => {
    const r = rels('Israel captured the Golan Heights from Syria in the 1967 war and annexed it in 1981.', 'en');
    expect(r).toContain('isr deployed_in golan-heights 1967');
    expect(r).toContain('syr deployed_in golan-heights 1967');
  });
  it('in a relative clause, with a modifier between the year and the noun', () => {
    const r = rels('Israel, which captured the Golan Heights from Syria in the 1967 Middle East war, annexed it in 1981.', 'en');
    expect(r).toContain('syr deployed_in golan-heights 1967');
  });
  it('"during a 2020 offensive", "in a 2018 operation"', () => {
    expect(rels('Government forces recaptured Saraqib during a 2020 offensive.', 'en', '2023-01-28')).toContain('syr deployed_in saraqeb 2020');
    const r = rels('Turkish troops took Afrin from the YPG in a 2018 operation.', 'en', '2023-01-28');
    expect(r).toContain('tur deployed_in afrin 2018');
    expect(r).toContain('ypg deployed_in afrin 2018');
  });
  it('"after its 2019 offensive": the sanction counted from it', () => {
    const r = rels('Sweden restricted arms sales to Turkey after its 2019 offensive against the YPG.', 'en', '2022-05-19');
    expect(r).toContain('swe sanctioned tur 2019');
    expect(r).toContain('tur attacked ypg 2019');
  });
});

describe('not a frame (en)', () => {
  it('"under the 1974 agreement": the standing patrol keeps the publication date', () => {
    const r = rels('The UNDOF force has patrolled the Golan Heights under the 1974 disengagement agreement between Israel and Syria.', 'en');
    expect(r).toContain('undof deployed_in golan-heights 2024-06-28');
    expect(r).toContain('isr agreed_with syr 1974');
  });
  it('a count before a plural is no year', () => {
    expect(rels('Russia deployed the 2000 troops of its military police in Syria on Friday.', 'en')).toContain('rus deployed_in syr 2024-06-28');
  });
  it('the 2019 memorandum does not date a present presence', () => {
    expect(rels('The SDF said the 2019 Sochi memorandum still governs the Russian presence in Kobani.', 'en')).toContain('rus deployed_in kobani 2024-06-28');
  });
});

describe('the same acts in Arabic (the year after عام)', () => {
  it('an operation of a year', () => {
    expect(rels('وسيطرت القوات التركية على عفرين في عملية عام 2018.', 'ar')).toContain('tur deployed_in afrin 2018');
  });
});
