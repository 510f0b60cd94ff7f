/**
 * Names as data (names26, docs/diagnosis-batch24.md §7 fix 5): villages, groups and people that the blind held-out
 * batches name and the lexicon lacked, in both languages and in several frames (bare, with a place head, as a
 * possessor, inside a list); and a Latin acronym's possessive ("the KDPI's headquarters") is the acronym.
 */
import { describe, expect, it } from 'vitest';
import { mentionIds } from './helpers.ts';

describe('villages and groups named by the blind batches', () => {
  it.each([
    ['marea', 'Islamic State fired shells at the northern Syrian town of Marea.', 'en'],
    ['marea', 'وردّت الوحدات الكردية بقصف أطراف بلدة مارع الخاضعة لسيطرة فصائل معارضة.', 'ar'],
    ['marea', 'في محيط مدينة مارع التي يسيطر عليها «الجيش الوطني السوري».', 'ar'],
    ['sheikh-issa', 'وطال القصف مواقع في بلدة الشيخ عيسى.', 'ar'],
    ['arima', 'Shells fell on the village of Arima, west of Manbij.', 'en'],
    ['sarmin', 'قصف مدفعي استهدف بلدة سرمين بريف إدلب الشرقي.', 'ar'],
    ['sarmin', 'Government forces shelled Sarmin and Saraqeb.', 'en'],
    ['komala', 'The strikes hit camps of the Komala party in Iraqi Kurdistan.', 'en'],
    ['komala', 'استهدف الحرس الثوري مقرات حزب كومله في إقليم كردستان.', 'ar'],
    ['raji-falhout', 'وتتهم الحركة مجموعة فلحوط بالتبعية للاستخبارات العسكرية.', 'ar'],
    ['ali-soleiman-al-assi', 'واعتقلت مواطناً سورياً يدعى علي سليمان العاصي.', 'ar'],
    ['mushtaq-jawad-kazim-al-jawari', 'The strike killed Mushtaq Jawad Kazim al-Jawari, a leader of Harakat al-Nujaba.', 'en'],
    ['maghaweir-al-thawra', 'US troops train a local faction, Maghawir al-Thawra, to fight Islamic State.', 'en'],
    ['maghaweir-al-thawra', 'Two members of the Syrian Free Army, a local force backed by the United States, were hurt.', 'en'],
  ] as const)('%s: %s', (id, text, lang) => {
    expect(mentionIds(text, lang)).toContain(id);
  });
  it('the Orontes is no person: the surname of al-Assi alone names no one', () => {
    expect(mentionIds('وفاض نهر العاصي في ريف حماة.', 'ar')).not.toContain('ali-soleiman-al-assi');
  });
});

describe("a Latin acronym's possessive", () => {
  it.each([
    ['pdki', "The strikes hit the KDPI's headquarters near the town of Koya."],
    ['sdf', "The SDF's fighters attacked Islamic State cells."],
    ['hts', "HTS's leader spoke on Sunday."],
  ] as const)('%s: %s', (id, text) => {
    expect(mentionIds(text, 'en')).toContain(id);
  });
  it('a lowercase word with a possessive keeps its reading ("it\'s" is no acronym)', () => {
    expect(mentionIds("It's the US position, and the US's allies agree.", 'en').filter((x) => x === 'usa')).toHaveLength(2);
  });
});
