/**
 * An organisation named first in a sentence, as its subject, is the subject a following "It"/"its" or an Arabic dropped
 * subject carries (ref30, diagnosis-batch26 #125–126: "In its resolution, the council expressed concern …. It also urged
 * Israel and Syria …"; index.ts rememberSubject). Not an organisation behind a preposition or a possessor. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const UNSC = 'The UN Security Council on Thursday extended the mandate of the observer force in the Golan Heights. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"the council expressed concern …. It also urged X and Y"', lang: 'en', text: UNSC + 'In its resolution, the council expressed concern about military activity. It also urged Israel and Syria to respect the ceasefire.', want: ['unsc urged isr', 'unsc urged syr'] },
  { what: 'a date between "It" and the verb', lang: 'en', text: UNSC + 'The council voiced concern about the fighting. It on Friday urged Israel to exercise restraint.', want: ['unsc urged isr'] },
  { what: 'a named organisation as the subject', lang: 'en', text: 'Israel struck targets near Damascus on Monday. The Arab League expressed alarm at the escalation. It also called on Israel to halt the attacks.', want: ['arab-league urged isr'] },
  { what: 'a criticism by "It"', lang: 'en', text: 'Israel struck targets near Damascus on Monday. The Arab League held an emergency session on Tuesday. It condemned Israel for the raids.', want: ['arab-league criticized isr'] },
  { what: 'the organisation after an opening phrase, a list member as the object', lang: 'en', text: UNSC + 'At a closed session, the council heard a briefing. It then urged Israel, Syria and Lebanon to avoid escalation.', want: ['unsc urged isr', 'unsc urged syr', 'unsc urged lbn'] },
  // negative cells
  { what: 'an organisation behind a preposition is no subject', lang: 'en', text: 'Turkey struck targets in northern Syria on Monday. Russia said in a statement to the Arab League that it was concerned. It urged Turkey to show restraint.', want: ['rus urged tur'], not: ['arab-league urged tur'] },
];

describe('an organisation named first is the subject "It" carries', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
