/**
 * The head of a location participle is the place a control participle after it holds (ref33, diagnosis-batch28 #119):
 * `من المخيم الواقع في محافظة الحسكة والخاضع لسيطرة «قسد»`: the camp (the one camp named before, a place anaphor) is
 * held by the SDF, besides the province it lies in (frames.ts underControl, discourse.ts governedNear; cues.csv
 * `located_participle`). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CAMP_AR = 'وبحث الوزيران ملف مخيم الهول. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: a camp anaphor, located in a province, held by the SDF', lang: 'ar', text: CAMP_AR + 'وأكد الوزير العراقي مواصلة بلاده إعادة مواطنيها من المخيم الواقع في محافظة الحسكة والخاضع لسيطرة «قسد».', want: ['sdf deployed_in al-hol-camp'] },
  { what: 'a named head (`مخيم الهول الواقع في … والخاضع لسيطرة`)', lang: 'ar', text: 'وعاد مئات العراقيين من مخيم الهول الواقع في محافظة الحسكة والخاضع لسيطرة «قسد».', want: ['sdf deployed_in al-hol-camp'] },
  { what: 'a feminine head (`البلدة الواقعة في ريف … والخاضعة لسيطرة`)', lang: 'ar', text: 'قصفت طائرات روسية بلدة سراقب أمس. وتعرضت البلدة الواقعة في ريف إدلب الشرقي والخاضعة لسيطرة «هيئة تحرير الشام» لقصف جديد.', want: ['hts deployed_in saraqeb'] },
  // negative cells
  { what: 'no control participle: the head is no one’s', lang: 'ar', text: CAMP_AR + 'وعاد مئات العراقيين من المخيم الواقع في محافظة الحسكة.', want: [], not: ['sdf deployed_in al-hol-camp'] },
];

describe('ref33: the head of a location participle is the place held', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
