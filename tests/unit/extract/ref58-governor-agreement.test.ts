import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref58 (diagnosis-batch56 §6 ref58 rank 1, `التقى محافظ P`, `استقبل محافظ P` → `syr`; gold rule 4): a masculine verb
 * agrees with a state named by a masculine office (`محافظ الرقة`, `محافظ الحسكة`, `محافظ القنيطرة`), however the province
 * after it ends: the office's head noun is what agrees, not the province's feminine ة (args.ts arabicVerbSubject).
 */
const DAY = '2022-06-20';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a governor of a province ending in ة is the subject of a masculine verb (ar)', () => {
  it.each([
    // the pool row's own construction (b53)
    ['التقى محافظ الحسكة، أمس الأحد، وجهاء من قبيلة طي في مدينة القامشلي، لبحث الأوضاع الخدمية.', 'syr met tayy-tribe'],
    // another province, a hosting verb
    ['استقبل محافظ الرقة، يوم الإثنين، وفداً من وجهاء عشيرة العفادلة.', 'syr hosted afadila-tribe'],
    ['استقبل محافظ القنيطرة، اليوم الثلاثاء، وفداً من قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف).', 'syr hosted undof'],
    // a province word between (`محافظ محافظة`) is read by governor.ts as before; a province without ة keeps working
    ['التقى محافظ حمص وجهاء من قبيلة طي.', 'syr met tayy-tribe'],
    // the bare governor after (ref55), another verb of the class
    ['التقى محافظ الحسكة وجهاء من قبيلة طي. وطالب المحافظ الوجهاء بالتهدئة.', 'syr urged tayy-tribe'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('the English twin', () => {
    expect(en('The governor of Raqqa met elders of the Afadila tribe on Monday.')).toContain('syr met afadila-tribe');
  });
});

describe('agreement still holds elsewhere', () => {
  it('a masculine verb before a feminine state name takes it as object (`اتهم أنقرة`)', () => {
    const got = ar('واتهم المرصد السوري أنقرة بقصف القرى.');
    expect(got.some((t) => t.startsWith('tur accused'))).toBe(false);
  });
  it('a feminine office (`وزيرة`) gets no masculine reading from this fix', () => {
    const got = ar('التقت وزيرة الخارجية الألمانية وفداً من قبيلة طي.');
    expect(got.some((t) => t.startsWith('tayy-tribe') && t.includes(' met deu'))).toBe(false);
  });
});
