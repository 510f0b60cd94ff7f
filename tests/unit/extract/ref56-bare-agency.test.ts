import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref56 (diag55 §6 ref56 rank 2: bare heads of the article's bodies; pool b45 "The council urged the agency"): a bare
 * "the agency", `الوكالة` (cues.csv `org_head`) is the last body named with "agency"/`وكالة` in its surface or names, as
 * "the council", `المجلس` are (discourse.ts orgHeadAnaphors). Attribution stays no relation ("the agency said").
 */
const DAY = '2022-07-26';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a bare agency head is the agency named before', () => {
  it.each([
    // the row's own construction: the agency named by a descriptor two sentences before
    ["The local council of Azaz hosted a UNICEF delegation on Tuesday. The UN children's agency team visited Azaz for two days. The council urged the agency to fund heating for classrooms before winter, the spokesman added.", 'azaz-local-council urged unicef'],
    // a date and a relative clause between
    ["The local council of Azaz said the UN children's agency would repair schools in the town. On Monday the council, which runs the town, asked the agency to fund heating for classrooms.", 'azaz-local-council urged unicef'],
    // the agency as the subject, another verb
    ["UNICEF, the UN children's agency, sent a team to Azaz on Tuesday. The agency met the local council of Azaz on Wednesday.", 'unicef met azaz-local-council'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it('Arabic: الوكالة after a body named with وكالة', () => {
    const got = ar('أعلنت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) تقليص خدماتها في مخيم اليرموك. وطالبت حركة حماس الوكالة بالتراجع عن قرارها.');
    expect(got).toContain('hamas urged unrwa');
  });
});

describe('attribution is no relation', () => {
  it('a news agency that reports stays a source', () => {
    const got = en('Turkish drones struck a car near Qamishli on Monday, the state news agency Anadolu reported. The agency said two fighters of the SDF were killed.');
    expect(got.some((t) => t.startsWith('anadolu') || t.endsWith(' anadolu'))).toBe(false);
  });
});
