/**
 * dates43: a call or meeting the opening tells as a relation of its day is the story's occasion even when it was about
 * attacks ("spoke by phone on Friday … about the escalation of Israeli attacks on Syria"): what its parties state next
 * with no date of their own (support reaffirmed) takes the call's day. New sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, relation?: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a call about attacks is still the occasion of what its parties state', () => {
  it('English: the call about attacks, then "X reaffirmed Tehran\'s support for Damascus"', () => {
    const text =
      'Syrian Foreign Minister Faisal Mekdad spoke by phone on Thursday with his Iranian counterpart Hossein Amir-Abdollahian about the Israeli strikes on Syria, the ministry said. Amir-Abdollahian reaffirmed Tehran\'s support for Damascus, the statement added.';
    expect(dated(text, 'en', '2024-03-09', 'supported')).toEqual(['irn supported syr 2024-03-07']);
  });
  it('English: with a sentence between and a modifier ("strongly reaffirmed")', () => {
    const text =
      'Syrian Foreign Minister Faisal Mekdad spoke by phone on Thursday with his Iranian counterpart Hossein Amir-Abdollahian about the escalation of Israeli attacks on Syria. The two ministers discussed the situation in the region. Amir-Abdollahian strongly reaffirmed Tehran\'s support for Damascus.';
    expect(dated(text, 'en', '2024-03-09', 'supported')).toEqual(['irn supported syr 2024-03-07']);
  });
  it('Arabic: `بحث … في اتصال هاتفي أمس … الغارات الإسرائيلية`, then `وأكد الوزير العراقي دعم بغداد لسوريا`', () => {
    const text =
      'بحث وزير الخارجية السوري فيصل المقداد أمس الأربعاء في اتصال هاتفي مع نظيره العراقي فؤاد حسين التصعيد الإسرائيلي والغارات على سوريا. وأكد الوزير العراقي دعم بغداد لوحدة سوريا وسيادتها.';
    expect(dated(text, 'ar', '2024-04-11', 'supported')).toEqual(['irq supported syr 2024-04-10']);
  });
  it('negative: a story of an attack (no call in the opening) keeps publication for the support stated next', () => {
    const text = 'Israeli jets struck targets near Damascus on Thursday, the Syrian army said. Iran reaffirmed its support for Syria.';
    expect(dated(text, 'en', '2024-03-09', 'supported')).toEqual(['irn supported syr 2024-03-09']);
  });
  it('negative: support "since" the war is a state, publication', () => {
    const text =
      'Syrian Foreign Minister Faisal Mekdad spoke by phone on Thursday with his Iranian counterpart Hossein Amir-Abdollahian about the Israeli strikes on Syria. Iran has backed Damascus since the start of the war.';
    expect(dated(text, 'en', '2024-03-09', 'supported')).toEqual(['irn supported syr 2024-03-09']);
  });
  it('Arabic: a call told with its attack relation, a sentence between, `من جهته، أكد X موقف القاهرة الداعم لسوريا`', () => {
    const text =
      'بحث وزير الخارجية السوري فيصل المقداد أمس الجمعة في اتصال هاتفي مع نظيره المصري سامح شكري القصف الإسرائيلي على قطاع غزة. وتناول الاتصال العلاقات الثنائية. من جهته، أكد شكري موقف القاهرة الداعم لوحدة سوريا وسيادتها.';
    expect(dated(text, 'ar', '2023-11-04', 'supported')).toEqual(['egy supported syr 2023-11-03']);
  });
  it('negative: an English present "X says it will not allow …" after a call is a standing stance: publication', () => {
    const text =
      'Syrian Foreign Minister Faisal Mekdad spoke by phone on Thursday with his Iranian counterpart Hossein Amir-Abdollahian about the Israeli strikes on Syria. Israel says it will not allow Iran to entrench itself in Syria.';
    expect(dated(text, 'en', '2024-03-09', 'threatened')).not.toContain('isr threatened irn 2024-03-07');
  });
});
