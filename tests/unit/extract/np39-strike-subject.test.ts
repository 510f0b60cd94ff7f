/**
 * np39 (diagnosis-batch34 §6 np39 rank 1): an attack noun with its own doer (nisba, possessor) as the subject of a verb of
 * striking: the doer attacked the verb's object (strikesubject.ts). New sentences only, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();
const dated = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`).sort();

describe('English: a nisba or possessor on the attack noun, subject of hit/struck/targeted/killed', () => {
  it('the row\'s own construction: "Israeli air strikes hit sites in and around Homs"', () => {
    expect(rels('Israeli air strikes hit several sites in and around the central city of Homs early on Wednesday.', 'en')).toContain('isr attacked homs');
  });
  it('a list of objects, another noun (missile strike), a date', () => {
    expect(rels('Israeli missile strikes hit Damascus and Aleppo international airports on Sunday.', 'en')).toEqual(expect.arrayContaining(['isr attacked damascus-international-airport', 'isr attacked aleppo-international-airport']));
    expect(dated('An Israeli missile strike hit Aleppo International Airport on Monday, damaging its runway.', 'en')).toContain('isr attacked aleppo-international-airport 2024-04-08');
  });
  it('another doer and verb: "Turkish drone strikes targeted …", "Russian air strikes pounded …"', () => {
    expect(rels('Turkish drone strikes targeted Qamishli on Monday.', 'en')).toContain('tur attacked qamishli');
    expect(rels('Russian air strikes pounded Idlib overnight.', 'en')).toContain('rus attacked idlib');
  });
  it('a possessor and a modifier: "Israel\'s latest strikes hit …"', () => {
    expect(rels("Israel's latest strikes hit Palmyra.", 'en')).toContain('isr attacked palmyra');
  });
  it('a phrase with "on" between: the named person killed, not the place (rule 18d)', () => {
    const r = rels('An Israeli strike on the Sayyida Zeinab area south of Damascus killed Razi Mousavi on December 25.', 'en');
    expect(r).toContain('isr attacked razi-mousavi');
    expect(r).not.toContain('isr attacked sayyida-zeinab');
  });
  it('negative: unnamed victims past a comma are no object ("killed 18 people, Syrian state media said")', () => {
    const r = rels('Israeli air strikes on the Masyaf area late on Sunday killed 18 people, Syrian state media said.', 'en');
    expect(r).not.toContain('isr attacked syr');
  });
  it('negative: no doer on the noun, no reading of its own here', () => {
    expect(rels('Air strikes hit Idlib on Monday.', 'en')).not.toContain('isr attacked idlib');
  });
});

describe('Arabic: the nisba right after the attack noun, subject of أصاب/دمّر/ضرب', () => {
  it('the row\'s own construction with a modifier and a time phrase between: `الغارات التركية المتواصلة منذ أسابيع أصابت … في ريف القامشلي`', () => {
    expect(rels('وقالت الإدارة إن الغارات التركية المتواصلة منذ أسابيع أصابت منشآت للنفط والغاز في ريف القامشلي.', 'ar')).toContain('tur attacked qamishli');
  });
  it('a list of places after في, another noun (الضربات)', () => {
    expect(rels('وقالت «قسد» إن الضربات التركية أصابت منشآت للطاقة في ريف القامشلي والحسكة.', 'ar')).toEqual(expect.arrayContaining(['tur attacked qamishli', 'tur attacked hasakah']));
  });
  it('a direct object and another verb: `الغارات الإسرائيلية دمرت مطار دمشق`', () => {
    expect(rels('الغارات الإسرائيلية دمرت مطار دمشق الدولي.', 'ar')).toContain('isr attacked damascus-international-airport');
  });
  it('negative: nothing past a comma (`دمرت منشآت للطاقة، مطالباً واشنطن`)', () => {
    expect(rels('وقال عبدي إن الضربات التركية دمرت منشآت للطاقة والمياه، مطالباً واشنطن بموقف أكثر حزماً.', 'ar')).not.toContain('tur attacked usa');
  });
  it('a definite noun with no date of its own takes the date of the attacks told before by the same doer', () => {
    const r = dated('شنّت تركيا غارات على مواقع في شمال سوريا يوم السبت. وقالت «قسد» إن الغارات التركية أصابت منشآت للطاقة في ريف القامشلي.', 'ar');
    expect(r).toContain('tur attacked qamishli 2024-04-06');
  });
});
