/**
 * Tribes, a camp and places of batches 50-51 as lexicon entries (entities.region.csv, solo52): the Akidat tribe under the
 * spellings writers and outlets use (Akeidat, Akaidat, Uqaydat; `العكيدات`), the Tayy and Walda tribes, the Areesha camp
 * (whose administration names48.ts campAdministrations then finds), Jabal al-Bishri, Maarat Misrin. Negative cell: the
 * common word `طي` is no tribe.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2022-08-29').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('tribes, camps and places of batches 50-51', () => {
  it('the Akidat tribe under its spellings', () => {
    expect(rows('Officials of the Deir ez-Zor Civil Council met elders of the Akeidat tribe in Busayrah on Sunday.', 'en')).toContain('deir-ez-zor-civil-council met akidat-tribe');
    expect(rows('التقى مجلس دير الزور المدني أمس وجهاء من عشيرة العكيدات في بلدة البصيرة.', 'ar')).toContain('deir-ez-zor-civil-council met akidat-tribe');
  });
  it('the Tayy tribe and the Areesha camp administration', () => {
    expect(rows('Russian officers met elders of the Tayy tribe at Qamishli airport on Saturday.', 'en')).toContain('rus met tayy-tribe');
    expect(rows('وناشدت إدارة مخيم العريشة منظمة الصحة العالمية تقديم أدوية.', 'ar')).toContain('areesha-camp-administration urged who');
  });
  it('a folded map is no tribe', () => {
    expect(rows('وقال المسؤول إن الخريطة طي الكتمان.', 'ar')).toEqual([]);
  });
});

describe('a UN agency named in full after "the" (en)', () => {
  it('"the United Nations Development Programme" is UNDP, not the UN', () => {
    expect(rows('The governor of Latakia received a delegation from the United Nations Development Programme on Saturday.', 'en')).toEqual(['syr hosted undp']);
  });
});

describe('the Afrin Liberation Forces (ar)', () => {
  it('«قوات تحرير عفرين» is the armed group, not Afrin', () => {
    expect(rows('وتبنت «قوات تحرير عفرين» الهجوم على مواقع فصائل «الجيش الوطني» قرب جنديرس.', 'ar')).toContain('afrin-liberation-forces attacked syrian-national-army');
  });
});
