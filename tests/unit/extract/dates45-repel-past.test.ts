/**
 * dates45: `تصدّى`, `تصدّت`, `تصدّوا` (repelled, form V) are pasts, not imperfects in ت: a repelled attack told right after
 * the dated opening of a clash takes its day (storyDay's past strike), as the gold of b36/b37 dates it. Negative: a
 * pluperfect repel with its own date.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, pub: string) => extract(text, 'ar', pub).relations.filter((r) => r.relation === 'attacked').map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

const LEAD = 'تجددت الاشتباكات ليل الخميس بين فصائل «الجيش الوطني السوري» المدعوم من تركيا و«قوات سوريا الديمقراطية» (قسد) على محور قرية عون الدادات شمال مدينة منبج.\n';

describe('a repelled attack after a dated clash takes its day', () => {
  it('`وقال «مجلس منبج العسكري» … إن مقاتليه تصدّوا لمحاولة تسلل نفذتها مجموعة من عناصر «الجيش الوطني»` (b37)', () => {
    const got = rows(LEAD + 'وقال «مجلس منبج العسكري» المنضوي في «قسد» إن مقاتليه تصدّوا لمحاولة تسلل نفذتها مجموعة من عناصر «الجيش الوطني»، وأجبروا المهاجمين على التراجع.', '2024-04-26');
    expect(got).toContain('manbij-military-council attacked syrian-national-army 2024-04-25');
    expect(got).toContain('syrian-national-army attacked manbij-military-council 2024-04-25');
  });
  it('the feminine past and a VSO subject (`وتصدّت «قوات سوريا الديمقراطية» لهجوم شنّته فصائل «الجيش الوطني»`)', () => {
    const got = rows(LEAD + 'وتصدّت «قوات سوريا الديمقراطية» لهجوم شنّته فصائل «الجيش الوطني» على قرية عون الدادات.', '2024-04-26');
    expect(got).toContain('sdf attacked syrian-national-army 2024-04-25');
  });
});

describe('negatives', () => {
  it('a pluperfect repel (`وكانت «قسد» قد تصدّت في آذار الماضي لهجوم …`) keeps its own date, not the lead\'s day', () => {
    const got = rows(LEAD + 'وكانت «قوات سوريا الديمقراطية» قد تصدّت في آذار/مارس الماضي لهجوم مماثل شنّته فصائل «الجيش الوطني» على القرية.', '2024-04-26');
    expect(got.filter((x) => x.startsWith('sdf attacked syrian-national-army') && x.endsWith('2024-04-25'))).toEqual([]);
  });
});
