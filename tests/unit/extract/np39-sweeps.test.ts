/**
 * np39 (diagnosis-batch34 §6 np39 rank 4): sweeps and pursuit are presence, not an attack on the place (sweeps.ts). New
 * sentences only, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('a sweep in a place: the sweeping side is there', () => {
  it('the row\'s own construction: "has mounted repeated sweeps of the Badia", with an apposition of its backer between', () => {
    const r = rels('The Syrian army, backed by Russian air power, has mounted repeated sweeps of the Badia this year.', 'en');
    expect(r).toContain('syr deployed_in syrian-desert');
    expect(r).not.toContain('syr attacked syrian-desert');
  });
  it('with a date between and another noun: "launched a security sweep on Thursday in al-Hol camp"', () => {
    expect(rels('Kurdish-led forces launched a security sweep on Thursday in al-Hol camp.', 'en')).toContain('sdf deployed_in al-hol-camp');
  });
  it('a pursuit after the place: "to root out IS cells" attacks IS, and the cells are there', () => {
    const r = rels('The Syrian army has mounted several sweeps in the Badia to root out IS cells.', 'en');
    expect(r).toEqual(expect.arrayContaining(['syr deployed_in syrian-desert', 'syr attacked isis', 'isis deployed_in syrian-desert']));
  });
  it('Arabic: `حملات تمشيط متكررة في البادية السورية` (VSO, a support adjunct between), no attack on the desert', () => {
    const r = rels('وتنفذ قوات النظام، بدعم من الطيران الحربي الروسي، حملات تمشيط متكررة في البادية السورية.', 'ar');
    expect(r).toContain('syr deployed_in syrian-desert');
    expect(r).not.toContain('syr attacked syrian-desert');
  });
  it('Arabic pursuit of a named group: `حملات دهم في ريف دير الزور لملاحقة خلايا «داعش»`', () => {
    const r = rels('وتنفذ «قسد» حملات دهم متكررة في ريف دير الزور لملاحقة خلايا «داعش».', 'ar');
    expect(r).toEqual(expect.arrayContaining(['sdf deployed_in deir-ez-zor', 'sdf attacked isis', 'isis deployed_in deir-ez-zor']));
  });
  it('negative: a sweep word with no place after it gives no presence', () => {
    expect(rels('The Syrian army has mounted several sweeps this year.', 'en').filter((x) => x.includes('deployed_in'))).toEqual([]);
  });
});
