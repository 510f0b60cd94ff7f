/**
 * att41: "Israeli strikes on Gaza", "Israel's continuing strikes on Syrian territory", "Israel's near-daily strikes on
 * southern Lebanon": an English word with both readings after a demonym adjective with on/against after it, or after a
 * possessive and one modifier, is the noun (the attack of the demonym's state), not a verb whose subject is the clause
 * subject ("Mekdad condemned Israel's continuing strikes on" is no attack by Mekdad). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

describe('demonym + strikes on X is the noun', () => {
  it('the row: "if Israeli strikes on Gaza continue"', () => {
    expect(triples(extract('Iran has warned that the war could spread across the region if Israeli strikes on Gaza continue.', 'en'), 'attacked')).toContain('isr attacked gaza');
  });
  it('a date and another demonym', () => {
    expect(triples(extract('Turkish strikes on Qamishli on Monday killed two people, local sources said.', 'en'), 'attacked')).toContain('tur attacked qamishli');
    expect(triples(extract('Damascus condemned the Israeli attacks on Syrian territory.', 'en'), 'attacked')).toContain('isr attacked syr');
  });
  it('a condemning speaker is never the attacker', () => {
    const t = triples(extract('The minister condemned Israeli strikes on Syrian territory during the call.', 'en'), 'attacked');
    expect(t).toContain('isr attacked syr');
    expect(t.filter((x) => !x.startsWith('isr '))).toEqual([]);
  });
  it('the verb reading stays: "Israel strikes targets"', () => {
    expect(triples(extract('Israel strikes targets near Damascus, Syrian state media say.', 'en'), 'attacked')).toContain('isr attacked damascus');
  });
  it('Arabic counterpart: `الغارات الإسرائيلية على` keeps its noun reading', () => {
    expect(triples(extract('وأدان المقداد الغارات الإسرائيلية على الأراضي السورية.', 'ar'), 'attacked')).toContain('isr attacked syr');
  });
});

describe('possessive + one modifier + strikes is the noun', () => {
  it('the row: "Israel\'s continuing strikes on Syrian territory"', () => {
    const t = triples(extract("Mekdad condemned Israel's continuing strikes on Syrian territory, according to the statement.", 'en'), 'attacked');
    expect(t).toContain('isr attacked syr');
    expect(t).not.toContain('faisal-mekdad attacked syr');
  });
  it('"near-daily", "recent" and a list member', () => {
    expect(triples(extract("The two ministers discussed Israel's near-daily strikes on southern Lebanon, the ministry said.", 'en'), 'attacked')).toContain('isr attacked south-lebanon');
    expect(triples(extract("Ankara's recent strikes on Kobani and Qamishli drew criticism.", 'en'), 'attacked')).toContain('tur attacked kobani');
  });
  it('negative: a possessive before a noun that is the subject of the verb "strikes" is not forced', () => {
    expect(triples(extract("Turkey's army shells Kurdish positions.", 'en'), 'attacked').filter((x) => x.includes('attacked gaza'))).toEqual([]);
  });
});

describe("the demonym is the lexicon's (countries.csv demonyms_en), not a guess from the word's ending (mend42)", () => {
  const readings = (text: string, word: string): string[] => {
    const s = analyse(article(text, 'en', '2024-05-06'), lexicon()).sentences[0]!;
    const t = s.triggers.find((x) => s.tokens[x.tok0]!.text === word);
    return [...new Set((t?.patterns ?? []).map((p) => p.pos))].sort();
  };
  it('a demonym with no -i/-ian/-ish/-ese ending: "French strikes on"', () => {
    expect(readings('The minister condemned French strikes on the city during the call.', 'strikes')).toEqual(['noun']);
    expect(triples(extract('Damascus condemned French strikes on Raqqa on Monday.', 'en'), 'attacked')).toContain('fra attacked raqqa');
  });
  it('negative: a name that only ends like a demonym ("Ali", "Republican") keeps the verb reading', () => {
    expect(readings('Witnesses said Ali strikes on the door every night.', 'strikes')).toContain('verb');
    expect(readings('The senator said Republican attacks on the bill would fail.', 'attacks')).toContain('verb');
  });
});
