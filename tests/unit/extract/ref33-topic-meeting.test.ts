/**
 * A definite meeting noun as the subject of a topic verb is the last two-party event (ref33, diagnosis-batch28 #118):
 * `استقبل الأسد … فؤاد حسين. وذكرت الرئاسة السورية أن اللقاء تناول العلاقات الثنائية`: Assad met Hussein (meetings.ts
 * topicMeeting; cues.csv `meeting_anaphor`, `topic`). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const AR = 'استقبل الرئيس السوري بشار الأسد في دمشق اليوم الأربعاء وزير الخارجية العراقي فؤاد حسين. ';
const EN = 'Syrian President Bashar al-Assad received Iraqi Foreign Minister Fuad Hussein in Damascus on Wednesday. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: `أن اللقاء تناول` in a reported clause', lang: 'ar', text: AR + 'وذكرت الرئاسة السورية أن اللقاء تناول العلاقات الثنائية.', want: ['bashar-al-assad met fuad-hussein'] },
  { what: 'a main clause, another noun (`وتناولت المحادثات` is VSO: `المحادثات تناولت`)', lang: 'ar', text: AR + 'وقالت الرئاسة إن المحادثات تناولت ملف الحدود.', want: ['bashar-al-assad met fuad-hussein'] },
  { what: '"The meeting discussed …" (English)', lang: 'en', text: EN + 'The meeting discussed border security and the return of refugees.', want: ['bashar-al-assad met fuad-hussein'] },
  { what: '"The talks also focused on …" (English, "also")', lang: 'en', text: EN + 'The talks also focused on water sharing, the presidency said.', want: ['bashar-al-assad met fuad-hussein'] },
  // negative cells
  { what: 'a meeting with a name of its own is another meeting', lang: 'en', text: EN + 'The meeting of the Arab League discussed Syria.', want: [] , not: [] },
  { what: 'no event told before: nothing', lang: 'en', text: 'The meeting discussed border security.', want: [] },
];

describe('ref33: "the meeting discussed" is the last two-party event', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
      if (!c.want.length) expect(got.filter((t) => t.includes(' met '))).toEqual([]);
    });
});
