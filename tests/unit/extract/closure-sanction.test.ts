/**
 * lex28: closing one's own embassy, border, crossings or airspace to a state is a sanction (diagnosis-batch25 §7 fix 2):
 * Arabic verb or verbal noun with the own-object cue (`own_closed`: `سفارتها`, `حدوده`, `معابرها`) between the verb
 * and the target (VSO and SVO), English "closed/shut/sealed its border with". Airspace closed to flights is no sanction
 * (held-out batch 10 gold). A closed road or
 * crossing that is no one's own is no sanction.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const ar = (text: string) => triples(extract(text, 'ar', '2024-05-02'), 'sanctioned');
const en = (text: string) => triples(extract(text, 'en', '2024-05-02'), 'sanctioned');

describe('Arabic: أغلق + own embassy / border / airspace + target', () => {
  it('VSO, the subject between the verb and the own object', () => {
    expect(ar('وأغلقت تركيا حدودها مع أرمينيا عام 1993.')).toEqual(['tur sanctioned arm']);
    expect(ar('وأغلقت واشنطن سفارتها في دمشق عام 2012.')).toEqual(['usa sanctioned syr']);
    expect(ar('أغلق الأردن حدوده مع سوريا.')).toEqual(['jor sanctioned syr']);
  });
  it('SVO and after an auxiliary', () => {
    expect(ar('وكانت السعودية قد أغلقت سفارتها في دمشق.')).toEqual(['sau sanctioned syr']);
    expect(ar('الأردن يغلق حدوده مع سوريا.')).toEqual(['jor sanctioned syr']);
  });
  it('the verbal noun under a decision verb', () => {
    expect(ar('وقررت الكويت إغلاق سفارتها في دمشق.')).toEqual(['kwt sanctioned syr']);
  });
  it('not a closed road or a crossing that is no one\'s own, nor a reopening', () => {
    expect(ar('أغلقت قوات الأمن الطريق المؤدي إلى دمشق.')).toEqual([]);
    expect(ar('أغلق الجيش الإسرائيلي معبر القنيطرة.')).toEqual([]);
    expect(ar('وأعادت السعودية فتح سفارتها في دمشق.')).toEqual([]);
  });
});

describe('English: closed / shut / sealed its border with', () => {
  it('the verb forms', () => {
    expect(en('Jordan closed its border with Syria in 2013.')).toEqual(['jor sanctioned syr']);
    expect(en('Turkey shut its border with Armenia in 1993.')).toEqual(['tur sanctioned arm']);
    expect(en('Saudi Arabia closed its embassy in Damascus in 2012.')).toEqual(['sau sanctioned syr']);
  });
  it('not a closed road, nor airspace closed to flights (batch 10 gold)', () => {
    expect(en('Police closed the road to Damascus.')).toEqual([]);
    expect(en('Turkey has closed its airspace to Russian military aircraft carrying troops to Syria.')).toEqual([]);
  });
});
