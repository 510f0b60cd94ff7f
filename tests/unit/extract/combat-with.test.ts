/**
 * lex28: combat with an opponent is an attack by the subject on the one after the preposition (diagnosis-batch25 §7
 * fix 2): English "clashed (overnight) with", "skirmished with" ("traded fire with" is the mutual reading of attack-relations.test.ts), "battled", "fought against",
 * "mutinied against"; Arabic nouns under a light verb (`خاض اشتباكات مع`, `تبادل إطلاق النار مع`), `اشتباكات بين`, and
 * revolt (`تمرد على`). "the fight against" (a noun of a campaign the subject only backs) and `فض الاشتباك` (disengagement)
 * are no clash.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const ar = (text: string) => triples(extract(text, 'ar', '2024-05-02'), 'attacked');
const en = (text: string) => triples(extract(text, 'en', '2024-05-02'), 'attacked');

describe('English: clashed with, exchanged fire with, battled', () => {
  it('the verb with an adverb and with a partitive subject', () => {
    expect(en('The SDF clashed with the Syrian National Army on Monday.')).toEqual(['sdf attacked syrian-national-army']);
    expect(en('The SNA clashed overnight with the Manbij Military Council.')).toEqual(['syrian-national-army attacked manbij-military-council']);
    expect(en('Fighters of the Turkish-backed Syrian National Army clashed overnight with the Manbij Military Council on the front line.')).toEqual(['syrian-national-army attacked manbij-military-council']);
  });
  it('synonyms', () => {
    expect(en('Hezbollah fighters skirmished with Israeli troops.')).toEqual(['hezbollah attacked isr']);
    expect(en('HTS battled the Islamic State in Idlib.')).toEqual(['hts attacked isis']);
  });
  // (gold rule 17e, ruled 2026-12-01: the one backed fights the foe; the backer does not by this phrase; np33)
  it('not the fight the subject only backs', () => {
    expect(en('The United States, which backs the SDF in the fight against Islamic State, urged Turkey to show restraint.')).toEqual(['sdf attacked isis']);
  });
});

describe('Arabic: clashes and exchanges of fire under a light verb, clashes between, revolt', () => {
  it('a light verb with its subject', () => {
    expect(ar('وخاض الجيش الأردني اشتباكات عنيفة مع حزب الله على الحدود.')).toEqual(['jor attacked hezbollah']);
    expect(ar('وتبادل حزب الله إطلاق النار مع القوات الإسرائيلية.')).toContain('hezbollah attacked isr');
  });
  it('between two sides, and revolt', () => {
    // (a clash between two sides is mutual, both directions: np31, as batch 27's gold reads `اشتباكات … بين حركة «رجال
    // الكرامة» وعناصر من فرع الأمن العسكري`; suite np31-noun-slot-relations.test.ts)
    expect(ar('اندلعت اشتباكات بين الجيش السوري وقسد.')).toEqual(['sdf attacked syr', 'syr attacked sdf']);
    expect(ar('تمردت مجموعة فاغنر على وزارة الدفاع الروسية.')).toEqual(['wagner-group attacked rus']);
  });
  it('not a disengagement', () => {
    expect(ar('وتنشر الأمم المتحدة قوة لمراقبة فض الاشتباك في الجولان منذ عام 1974.')).toEqual([]);
  });
});
