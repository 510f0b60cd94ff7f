/**
 * A place anaphor of a kind with a demonym (ref36, diagnosis-batch31 §6 fix 4, #72): "the Palestinian enclave", "the
 * Syrian city", `القطاع الفلسطيني`, `المدينة السورية`: a demonym between "the" and an English place-kind head, or right
 * after an Arabic one, no longer makes the head a phrase of its own; it is the one place of that kind named before whose
 * state is the demonym's (discourse.ts placeKindAt, placeOfKind). A demonym of another state names no place named
 * before. "the enclave" stays Idlib where Idlib is the antecedent (ref34). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const GAZA_EN = 'Oman and Syria discussed the war in Gaza on Friday. ';
const GAZA_AR = 'دخلت شاحنات المساعدات إلى قطاع غزة أمس. ';
const QAM_EN = 'Turkish drones struck the city of Qamishli on Monday. ';
const QAM_AR = 'قصفت طائرات مسيرة تركية مدينة القامشلي أمس الإثنين. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  // the row's own construction (#72)
  { what: '"condemned Israel\'s continued bombardment of the Palestinian enclave" (#72)', lang: 'en', text: GAZA_EN + "Mekdad condemned Israel's continued bombardment of the Palestinian enclave and the repeated Israeli strikes on Syrian territory.", want: ['isr attacked gaza'] },
  { what: '"Israeli jets pounded the Palestinian enclave" (a verb, a date)', lang: 'en', text: GAZA_EN + 'Israeli jets pounded the Palestinian enclave again on Saturday.', want: ['isr attacked gaza'] },
  { what: '"the Syrian city" (another kind, another demonym)', lang: 'en', text: QAM_EN + 'Turkish jets also struck the Syrian city on Tuesday, a monitor said.', want: ['tur attacked qamishli'] },
  { what: 'Arabic `القطاع الفلسطيني`', lang: 'ar', text: GAZA_AR + 'وقصفت طائرات إسرائيلية القطاع الفلسطيني مجدداً اليوم.', want: ['isr attacked gaza'] },
  { what: 'Arabic `المدينة السورية` (a presence)', lang: 'ar', text: QAM_AR + 'وتنتشر القوات الروسية في المدينة السورية منذ عام 2019.', want: ['rus deployed_in qamishli'] },
  // negative cells
  { what: 'a demonym of another state: "the Lebanese city" is not Qamishli', lang: 'en', text: QAM_EN + 'Israeli jets struck the Lebanese city on Tuesday.', want: [], not: ['isr attacked qamishli'] },
  { what: 'Arabic `المدينة اللبنانية` is not Qamishli', lang: 'ar', text: QAM_AR + 'وقصفت طائرات إسرائيلية المدينة اللبنانية اليوم.', want: [], not: ['isr attacked qamishli'] },
  { what: '"the enclave" stays Idlib where Idlib is named', lang: 'en', text: 'Hayat Tahrir al-Sham controls much of Idlib province. Russian jets struck the enclave on Monday.', want: ['rus attacked idlib'] },
  { what: 'no enclave named before: nothing', lang: 'en', text: 'Israeli jets struck the Palestinian enclave on Monday.', want: [] },
];

describe('ref36: a place anaphor of a kind with a demonym', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
