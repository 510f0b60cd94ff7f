/**
 * A dual of a body noun refers to the pair of bodies told before, as "the two sides" does (cues.csv `dual`): `واتفق
 * المجلسان` after a meeting of two councils, "The two delegations agreed …". Negative cell: with no pair told before,
 * no triple.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreed = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2023-06-17').relations.filter((r) => r.relation === 'agreed_with').map((r) => [r.source, r.target].sort().join(' '));

describe('the two councils, the two delegations', () => {
  it('are the pair told before', () => {
    expect(agreed('عقد مجلس الرقة المدني ومجلس الطبقة المدني اجتماعاً أمس. واتفق المجلسان على تشكيل غرفة عمليات مشتركة.', 'ar')).toEqual(['raqqa-civil-council tabqa-civil-council']);
    expect(agreed('Iraqi and Syrian delegations met in Baghdad on Monday. The two delegations agreed to reopen the crossing.', 'en')).toEqual(['irq syr']);
  });
  it('no pair told before, none', () => {
    expect(agreed('واتفق المجلسان على تشكيل غرفة عمليات مشتركة.', 'ar')).toEqual([]);
  });
});
