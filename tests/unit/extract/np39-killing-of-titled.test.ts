/**
 * np39 (diagnosis-batch34 §6 np39 rank 1, killing/مقتل): the one killed after "the killing of" is the person named after
 * the title's owner ("senior Hamas official Saleh al-Arouri": Arouri, never Hamas); a possessor or "the US" before
 * "killing" is the killer of each one after "of" ("… and of Y"). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('the killing of a titled person: the person, not the owner of the title', () => {
  it('the row\'s own construction: "the killing of senior Hamas official Saleh al-Arouri in an Israeli drone strike"', () => {
    const r = rels('Amir-Abdollahian condemned the killing of senior Hamas official Saleh al-Arouri in an Israeli drone strike on Beirut on January 2.', 'en');
    expect(r).toContain('isr attacked saleh-al-arouri');
    expect(r).not.toContain('isr attacked hamas');
  });
  it('another title and attack noun: "the killing of Hezbollah leader Hassan Nasrallah in an Israeli air strike"', () => {
    const r = rels('The killing of Hezbollah leader Hassan Nasrallah in an Israeli air strike shocked the region.', 'en');
    expect(r).toContain('isr attacked hassan-nasrallah');
    expect(r).not.toContain('isr attacked hezbollah');
  });
  it('Arabic: `مقتل القيادي في حركة «حماس» صالح العاروري بغارة إسرائيلية`', () => {
    const r = rels('وأدان الوزير مقتل القيادي في حركة «حماس» صالح العاروري بغارة إسرائيلية على الضاحية الجنوبية لبيروت.', 'ar');
    expect(r).toContain('isr attacked saleh-al-arouri');
    expect(r).not.toContain('isr attacked hamas');
  });
});

describe('a possessor or a state before "killing" is the killer', () => {
  it('the pool\'s construction: "Israel\'s killing of X in Beirut on Friday and of Y in Tehran in July"', () => {
    const r = rels("The Guards said the attack was retaliation for Israel's killing of Hezbollah leader Hassan Nasrallah in Beirut on Friday and of Hamas political chief Ismail Haniyeh in Tehran in July.", 'en');
    expect(r).toEqual(expect.arrayContaining(['isr attacked hassan-nasrallah', 'isr attacked ismail-haniyeh']));
    expect(r).not.toContain('isr attacked hezbollah');
  });
  it('"the US killing of Quds Force commander Qassem Soleimani"', () => {
    expect(rels('Tehran condemned the US killing of Quds Force commander Qassem Soleimani in Baghdad.', 'en')).toContain('usa attacked qasem-soleimani');
  });
  it('negative: a possessor that is the victim\'s own side names no killer ("the group\'s slain leader")', () => {
    expect(rels("Hezbollah mourned the group's slain leader Hassan Nasrallah.", 'en')).not.toContain('hezbollah attacked hassan-nasrallah');
  });
  it('negative: no possessor, no attack noun: no doer', () => {
    expect(rels('The killing of Hassan Nasrallah shocked the region.', 'en').filter((x) => x.includes('attacked'))).toEqual([]);
  });
});
