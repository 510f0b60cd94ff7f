/**
 * A meeting noun in a temporal adjunct ("after talks … with X", `بعد محادثات … مع X`) is a meeting of the clause's
 * subject with X (np28, diagnosis-batch25 §7 fix 1, #64), in both languages, also with a place and a date between the
 * noun and its "with" (`after talks in Beirut on Friday with X`, `بعد محادثات في بيروت مع X`). Negative cells: no "with"
 * object, a place alone after the noun, a non-meeting noun. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function pairs(text: string, lang: 'ar' | 'en'): Set<string> {
  return new Set(extract(text, lang).relations.map((r) => `${r.relation} ${[r.source, r.target].sort().join(' ')}`));
}
const AMIR = 'hossein-amir-abdollahian';
const NAS = 'hassan-nasrallah';
const met = (a: string, b: string) => `met ${[a, b].sort().join(' ')}`;

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  { what: 'after talks with X', lang: 'en', text: 'Amir-Abdollahian arrived in Damascus after talks with Hassan Nasrallah.', want: [met(AMIR, NAS)] },
  { what: 'after talks in PLACE on DAY with X', lang: 'en', text: 'Amir-Abdollahian arrived in Damascus after talks in Beirut on Friday with Hezbollah leader Hassan Nasrallah.', want: [met(AMIR, NAS)] },
  { what: 'following a meeting on DAY with X', lang: 'en', text: 'Amir-Abdollahian flew to Damascus following a meeting on Friday with Hassan Nasrallah.', want: [met(AMIR, NAS)] },
  { what: 'before talks in PLACE with X', lang: 'en', text: 'Amir-Abdollahian spoke to reporters before talks in Beirut with Hassan Nasrallah.', want: [met(AMIR, NAS)] },
  { what: 'negative: after talks in PLACE, no with', lang: 'en', text: 'Amir-Abdollahian arrived in Damascus after talks in Beirut.', want: [], not: [met(AMIR, NAS)] },
  { what: 'negative: after a strike in PLACE with drones', lang: 'en', text: 'Amir-Abdollahian arrived in Damascus after a strike in Beirut with drones.', want: [], not: [met(AMIR, NAS)] },
  { what: 'بعد محادثات مع', lang: 'ar', text: 'ووصل عبد اللهيان إلى دمشق بعد محادثات مع حسن نصر الله.', want: [met(AMIR, NAS)] },
  { what: 'بعد محادثات في PLACE مع', lang: 'ar', text: 'ووصل عبد اللهيان إلى دمشق بعد محادثات في بيروت مع حسن نصر الله.', want: [met(AMIR, NAS)] },
  { what: 'عقب لقاء مع', lang: 'ar', text: 'وغادر عبد اللهيان بيروت عقب لقاء مع حسن نصر الله.', want: [met(AMIR, NAS)] },
  { what: 'negative: بعد محادثات في بيروت، no مع', lang: 'ar', text: 'ووصل عبد اللهيان إلى دمشق بعد محادثات في بيروت.', want: [], not: [met(AMIR, NAS)] },
];

describe('a meeting noun in a temporal adjunct (np28)', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = pairs(c.text, c.lang);
      for (const w of c.want) expect(got, c.text).toContain(w);
      for (const n of c.not ?? []) expect(got, c.text).not.toContain(n);
    });
});
