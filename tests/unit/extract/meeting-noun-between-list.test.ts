/**
 * Meeting nouns with "between" / `بين` and a list of any length (np28, diagnosis-batch25 §7 fix 1): the meeting of every
 * pair of the list (gold rule 2), whatever governs the noun — a verb of taking part (`شارك في`, "took part in"), a light
 * verb with no subject of its own (`عقدت محادثات بين`, "talks were held between"), a temporal adjunct — and whatever the
 * head (meetings, talks, summit, round of talks, consultations). A noun with no `بين` list and a non-meeting noun with
 * one (a border, a crossing, a war) give no meeting. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function pairs(text: string, lang: 'ar' | 'en'): Set<string> {
  return new Set(extract(text, lang).relations.map((r) => `${r.relation} ${[r.source, r.target].sort().join(' ')}`));
}
const all = (rel: string, ids: string[]): string[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${rel} ${[a, b].sort().join(' ')}`));

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  // Arabic
  { what: 'took part in the quadrilateral meetings between four states', lang: 'ar', text: 'وكان خاجي قد شارك في جولات سابقة من الاجتماعات الرباعية بين روسيا وإيران وتركيا وسوريا.', want: all('met', ['rus', 'irn', 'tur', 'syr']) },
  { what: 'took part in talks between two', lang: 'ar', text: 'شارك المبعوث في المحادثات بين روسيا وتركيا في أستانا.', want: all('met', ['rus', 'tur']) },
  { what: 'a light verb with no subject: عقدت محادثات بين', lang: 'ar', text: 'عقدت أمس محادثات بين روسيا وتركيا في موسكو.', want: all('met', ['rus', 'tur']) },
  { what: 'a passive light verb: جرت مشاورات بين three', lang: 'ar', text: 'وجرت مشاورات بين إيران والسعودية والعراق في بغداد.', want: all('met', ['irn', 'sau', 'irq']) },
  { what: 'a summit between three, subject of a verb', lang: 'ar', text: 'وانطلقت في طهران القمة الثلاثية بين روسيا وإيران وتركيا.', want: all('met', ['rus', 'irn', 'tur']) },
  { what: 'a temporal adjunct: after the meeting between', lang: 'ar', text: 'وجاء ذلك بعد الاجتماع الرباعي بين روسيا وإيران وتركيا وسوريا في موسكو.', want: all('met', ['rus', 'irn', 'tur', 'syr']) },
  { what: 'a role group after بين', lang: 'ar', text: 'شارك لافروف في الاجتماع الرباعي بين وزراء خارجية روسيا وإيران وتركيا وسوريا.', want: all('met', ['sergei-lavrov', 'hossein-amir-abdollahian', 'mevlut-cavusoglu', 'faisal-mekdad']) },
  { what: 'negative: a border between two is no meeting', lang: 'ar', text: 'شارك الجيش في حماية الحدود بين سوريا وتركيا.', want: [], not: all('met', ['syr', 'tur']) },
  { what: 'negative: a war between two is no meeting', lang: 'ar', text: 'شارك المقاتلون في الحرب بين روسيا وأوكرانيا.', want: [], not: all('met', ['rus', 'ukr']) },
  { what: 'negative: the meeting is denied', lang: 'ar', text: 'ولم تعقد أي محادثات بين روسيا وتركيا.', want: [], not: all('met', ['rus', 'tur']) },
  // English
  { what: 'took part in the meetings between four states', lang: 'en', text: 'Khaji took part in the quadrilateral meetings between Russia, Iran, Turkey and Syria.', want: all('met', ['rus', 'irn', 'tur', 'syr']) },
  { what: 'participated in talks between two', lang: 'en', text: 'The envoy participated in the talks between Russia and Turkey in Astana.', want: all('met', ['rus', 'tur']) },
  { what: 'talks were held between three', lang: 'en', text: 'Talks were held in Baghdad on Monday between Iran, Saudi Arabia and Iraq.', want: all('met', ['irn', 'sau', 'irq']) },
  { what: 'a summit between three, subject', lang: 'en', text: 'The trilateral summit between Russia, Iran and Turkey opened in Tehran on Tuesday.', want: all('met', ['rus', 'irn', 'tur']) },
  { what: 'a temporal adjunct: after consultations between', lang: 'en', text: 'The statement came after consultations between Russia, Iran and Turkey in Astana.', want: all('met', ['rus', 'irn', 'tur']) },
  { what: 'negative: a border between two is no meeting', lang: 'en', text: 'The troops took part in guarding the border between Syria and Turkey.', want: [], not: all('met', ['syr', 'tur']) },
  { what: 'negative: talks are denied', lang: 'en', text: 'No talks between Russia and Turkey took place.', want: [], not: all('met', ['rus', 'tur']) },
];

describe('meeting nouns with a between list of any length (np28)', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = pairs(c.text, c.lang);
      for (const w of c.want) expect(got, c.text).toContain(w);
      for (const n of c.not ?? []) expect(got, c.text).not.toContain(n);
    });
});
