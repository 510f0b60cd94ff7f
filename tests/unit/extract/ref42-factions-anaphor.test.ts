import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref42: Arabic `الفصائل` alone (with the article and its proclitics, no name or adjective of its own after it) names the
 * armed group named last whose Arabic name opens with `فصائل` (the SNA, `فصائل الجيش الوطني`), as `الحزب`, `الحركة`,
 * `التنظيم` already did (mentions.ts shortGroupNames).
 */
const DAY = '2022-03-21';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const SNA = 'تعرّضت قرى في محيط مدينة تل رفعت لقصف مدفعي مصدره فصائل «الجيش الوطني السوري» المدعومة من أنقرة. ';

describe('`الفصائل` is the SNA named before', () => {
  it.each([
    // (batch 37 row: a participle clause after a reported reply)
    [SNA + 'من جهتها، قالت «قوات سوريا الديمقراطية» (قسد) إن مقاتليها ردّوا على مصادر النيران، مستهدفين مواقع للفصائل قرب مدينة مارع.', 'syrian-national-army deployed_in marea'],
    // (pool b33: `وردّت X بقصف مواقع للفصائل قرب P`, a relative after the place)
    [SNA + 'وردّت «قوات سوريا الديمقراطية» (قسد) بقصف مواقع للفصائل قرب مدينة رأس العين، الخاضعة لسيطرة القوات التركية منذ عام 2019.', 'sdf attacked syrian-national-army'],
    // (pool b34: a second verb joined by و, another body)
    [SNA + 'من جهته، أعلن مجلس منبج العسكري أن مقاتليه ردّوا على مصادر النيران واستهدفوا نقاطاً للفصائل في ريف مدينة الباب.', 'syrian-national-army deployed_in al-bab'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('no faction-named group before: nothing', () => {
    const got = ar('وردّت «قوات سوريا الديمقراطية» (قسد) بقصف مواقع للفصائل قرب مدينة رأس العين.');
    expect([...got].some((x) => x.includes('syrian-national-army'))).toBe(false);
  });
  it('`الفصائل` with a name of its own after it is that name, not the SNA', () => {
    const got = ar(SNA + 'وقصفت القوات التركية مواقع الفصائل الكردية قرب تل رفعت.');
    expect(got).not.toContain('tur attacked syrian-national-army');
  });
});
