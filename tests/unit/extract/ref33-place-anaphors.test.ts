/**
 * Place anaphors as the object of a presence verb past its named subject and as a generic facility (ref33,
 * diagnosis-batch28 §6 fix 4, #2, #14): "the SDF, which run the facility", `وتدير «قسد» المخيم`, "the facility", "the
 * prison", `السجن`, `المنشأة`: a bare place head right after a verb of strike or presence, past its subject's name (VSO:
 * the verb, then the subject's name with its brackets, then the head), is that verb's place, resolved as the one place
 * of that kind named before (discourse.ts placeAnaphors, placeOfKind). "the facility" is a prison, camp, base or airport.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const PRISON_EN = 'Islamic State fighters stormed the Ghweran prison in Hasakah on Thursday. ';
const PRISON_AR = 'هاجم مسلحو تنظيم «الدولة الإسلامية» سجن غويران في الحسكة يوم الخميس. ';
const CAMP_EN = 'Dozens of Iraqi families left the al-Hol camp on Saturday. ';
const CAMP_AR = 'غادرت عشرات العائلات العراقية مخيم الهول أمس السبت. ';
const BASE_AR = 'قصفت طائرات مسيرة قاعدة التنف أمس. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"which run the facility" (a relative on the subject)', lang: 'en', text: PRISON_EN + 'The Syrian Democratic Forces (SDF), which run the facility, said the assault began with a car bomb.', want: ['sdf deployed_in ghweran-prison'] },
  { what: '"The SDF runs the facility" (a main clause)', lang: 'en', text: PRISON_EN + 'The SDF runs the facility with help from the US-led coalition.', want: ['sdf deployed_in ghweran-prison'] },
  { what: '"controls the prison" (another head, a date after)', lang: 'en', text: PRISON_EN + 'The SDF has controlled the prison since 2019.', want: ['sdf deployed_in ghweran-prison'] },
  { what: '"the facility" is a camp too', lang: 'en', text: CAMP_EN + 'The SDF, which runs the facility, said the families were screened.', want: ['sdf deployed_in al-hol-camp'] },
  { what: '`وتدير «قسد» المخيم` (VSO: verb, named subject, the head)', lang: 'ar', text: CAMP_AR + 'وتدير «قوات سوريا الديمقراطية» (قسد) المخيم الذي يؤوي أكثر من 50 ألف شخص.', want: ['sdf deployed_in al-hol-camp'] },
  { what: '`وتسيطر «قسد» على المخيم` (VSO with a preposition)', lang: 'ar', text: CAMP_AR + 'وتسيطر «قسد» منذ سنوات على المخيم.', want: ['sdf deployed_in al-hol-camp'] },
  { what: '`وتدير قسد السجن` (the prison, VSO)', lang: 'ar', text: PRISON_AR + 'وتدير «قسد» السجن الذي يضم آلاف المعتقلين.', want: ['sdf deployed_in ghweran-prison'] },
  { what: '`وتتحصن القوات الأمريكية في القاعدة` (VSO, a preposition)', lang: 'ar', text: BASE_AR + 'وتنتشر القوات الأمريكية في القاعدة منذ عام 2016.', want: ['usa deployed_in al-tanf'] },
  // negative cells
  { what: 'no facility named before: nothing', lang: 'en', text: 'Turkish drones struck Qamishli on Monday. The SDF, which runs the facility, said two were killed.', want: [], not: ['sdf deployed_in qamishli'] },
  { what: 'a verb of speech is no presence verb (Arabic)', lang: 'ar', text: CAMP_AR + 'وقالت «قسد» إن المخيم يحتاج إلى مساعدات.', want: [], not: ['sdf deployed_in al-hol-camp'] },
  { what: 'a named subject and another object between: the head is not the object', lang: 'ar', text: CAMP_AR + 'وتدير «قسد» مكاتب في الحسكة وترسل موظفيها إلى المخيم.', want: [], not: ['sdf deployed_in al-hol-camp'] },
  // (ref42: the row's first wording, `مكاتب في الحسكة قرب المخيم`, is offices of X near P, gold rule 18(e): a presence at the
  // camp, read since place anaphors resolve wherever they stand; the case keeps its point with a wording that has no near P)
];

describe('ref33: a place anaphor as the object of a presence verb, and "the facility"', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
