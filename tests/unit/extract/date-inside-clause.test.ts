import { describe, expect, it } from 'vitest';
import { blanked, masks } from '../../../src/lib/extract/chunk.ts';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { extract, tripleSet } from './helpers.ts';

/**
 * A date inside a clause is inserted material (chunk.ts; docs/diagnosis-batch26.md §5, "transfer"): a writer puts the
 * time anywhere, between a verb and its object, between an act noun and its "on"/`على` target, after a relative verb's
 * subject. The frames read the clause without it; the date still dates the act (dates are read from the original text).
 * Negative cells: where a word before the date reads it ("since", `منذ`, a year as a noun's modifier), where the date is
 * the only boundary between a subject and an object (`كلّف أردوغان في ١٢ تموز وزير خارجيته`), or ends a subject before
 * the main verb ("a strike in Syria on Tuesday killed", `الغارة … في الأول من نيسان قد أسفرت`).
 */
const DAY = '2023-01-13';
const blank = (s: string, lang: 'ar' | 'en') => blanked(s, masks(s, 0, s.length, lang, findDates(s, 0, s.length, DAY))).replace(/\s+/g, ' ');
const triples = (s: string, lang: 'ar' | 'en') => tripleSet(extract(s, lang, DAY));
const dateOf = (s: string, lang: 'ar' | 'en', triple: string) =>
  extract(s, lang, DAY).relations.find((r) => `${r.source} ${r.relation} ${r.target}` === triple)?.date;

describe('a date inside a clause is blanked (English)', () => {
  const plain = 'Turkey launched air strikes on PKK positions in northern Iraq.';
  it.each([
    ['between verb and object', 'Turkey launched in October air strikes on PKK positions in northern Iraq.', '2022-10'],
    ['between the act noun and its "on" target', 'Turkey launched air strikes on Sunday on PKK positions in northern Iraq.', '2023-01-08'],
    ['with "late on" before "against"', 'Turkey launched air strikes late on Sunday against PKK positions in northern Iraq.', '2023-01-08'],
  ])('%s', (_, s, date) => {
    expect(blank(s, 'en')).toBe(plain.replace(' on PKK', s.includes('against') ? ' against PKK' : ' on PKK'));
    expect(triples(s, 'en')).toContain('tur attacked pkk');
    expect(dateOf(s, 'en', 'tur attacked pkk')).toBe(date);
  });

  it('after the verb, before a capitalised object; after a past verb, before a lowercase object', () => {
    expect(blank('Israel struck on Sunday Iranian positions near Damascus.', 'en')).toBe('Israel struck Iranian positions near Damascus.');
    expect(blank('Russian jets bombed early on Monday rebel positions in Idlib.', 'en')).toBe('Russian jets bombed rebel positions in Idlib.');
    expect(triples('Israel struck on Sunday Iranian positions near Damascus.', 'en')).toContain('isr attacked irn');
  });

  it('in a subject noun phrase, before a relative clause', () => {
    expect(blank("Israel's strikes on Sunday on Iranian positions near Damascus drew condemnation.", 'en')).toBe(
      "Israel's strikes on Iranian positions near Damascus drew condemnation.",
    );
    const s = 'Israel carried out on Tuesday a strike that killed Iranian officers in Damascus.';
    expect(blank(s, 'en')).toBe('Israel carried out a strike that killed Iranian officers in Damascus.');
    expect(dateOf(s, 'en', 'isr attacked irn')).toBe('2023-01-10');
    expect(triples('Assad received on Tuesday the Jordanian foreign minister, who arrived in Damascus.', 'en')).toContain('bashar-al-assad hosted ayman-safadi');
  });

  it('set off by commas after a past verb, before its object: "launched, in October, a campaign"', () => {
    const s = 'Turkey launched, in October, a campaign of air strikes on PKK positions in northern Iraq.';
    expect(blank(s, 'en')).toBe('Turkey launched a campaign of air strikes on PKK positions in northern Iraq.');
    expect(dateOf(s, 'en', 'tur attacked pkk')).toBe('2022-10');
    // (a new clause after it is no object: "advanced, on Monday, the ministry said")
    expect(blank('The army advanced, on Monday, the ministry said.', 'en')).toBe('The army advanced, on Monday, the ministry said.');
  });

  it('negative cells: a word that reads the date, a subject before its verb, a list, a passive agent', () => {
    for (const s of [
      'The US has had troops in Syria since 2015.',
      'A second strike in northwest Syria on Tuesday killed nine people.',
      'Jordan, Egypt and on Tuesday Iraq condemned the strikes.',
      'Iran signed the 2019 agreement with Russia.',
      'The grain deal brokered in July by Turkey and the United Nations expired.',
      'Israel struck Syria a day earlier.',
      'Hezbollah said on Tuesday that it would respond.',
    ])
      expect(blank(s, 'en')).toBe(s);
    expect(triples('The US has had troops in Syria since 2015.', 'en')).toContain('usa deployed_in syr');
  });
});

describe('a date inside a clause is blanked (Arabic)', () => {
  it('between the act noun and its على target (lead word مطلع, أواخر; trailing الجاري)', () => {
    const s = 'بعد قصف مدفعي شنته القوات التركية أواخر أيلول/سبتمبر على مواقع لـ«قسد».';
    expect(blank(s, 'ar')).toBe('بعد قصف مدفعي شنته القوات التركية على مواقع لـ«قسد».');
    expect(triples(s, 'ar')).toContain('tur attacked sdf');
    expect(dateOf(s, 'ar', 'tur attacked sdf')).toBe('2022-09');
    const t = 'شنت تركيا غارات مطلع تشرين الأول/أكتوبر على مواقع حزب العمال الكردستاني في شمال العراق.';
    expect(blank(t, 'ar')).toBe('شنت تركيا غارات على مواقع حزب العمال الكردستاني في شمال العراق.');
    expect(dateOf(t, 'ar', 'tur attacked pkk')).toBe('2022-10');
  });

  it('between a verb and its object (a feminine perfect, a verb after قد)', () => {
    const s = 'وكانت الولايات المتحدة قد فرضت في آذار/مارس عقوبات على سوريا.';
    expect(blank(s, 'ar')).toBe('وكانت الولايات المتحدة قد فرضت عقوبات على سوريا.');
    expect(dateOf(s, 'ar', 'usa sanctioned syr')).toBe('2022-03');
    expect(triples('شنت تركيا في تشرين الأول/أكتوبر الماضي غارات على مواقع حزب العمال الكردستاني.', 'ar')).toContain('tur attacked pkk');
  });

  it('after a relative verb and its subject, before the target', () => {
    const s = 'أدانت مصر الغارات التي شنتها إسرائيل يوم الأحد على دمشق.';
    expect(blank(s, 'ar')).toBe('أدانت مصر الغارات التي شنتها إسرائيل على دمشق.');
    expect(triples(s, 'ar')).toEqual(expect.arrayContaining(['egy criticized isr', 'isr attacked syr']));
  });

  it('negative cells: منذ, a year as a modifier, a subject and an object parted only by the date, a subject before قد', () => {
    for (const s of [
      'تنتشر القوات الأميركية في سوريا منذ عام 2015.',
      'وقعت تركيا وروسيا اتفاق عام 2019 في سوتشي.',
      'وكلّف أردوغان في ١٢ تموز/يوليو وزير خارجيته هاكان فيدان بإعداد خارطة طريق.',
      'وكانت الغارة التي استهدفت القنصلية الإيرانية في الأول من نيسان/أبريل قد أسفرت عن مقتل سبعة.',
      'كما التقى المبعوث الصيني أمس معاون وزير الخارجية.',
      'وتأتي الخطوة بعد أيام من الهجوم.',
    ])
      expect(blank(s, 'ar')).toBe(s);
    expect(triples('تنتشر القوات الأميركية في سوريا منذ عام 2015.', 'ar')).toContain('usa deployed_in syr');
  });
});
