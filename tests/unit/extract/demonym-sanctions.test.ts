/**
 * np35 (diagnosis-batch30 #22, 23; batch 22 "hit by the war, US and European sanctions"): sanctions named by a list of
 * their doers' demonyms, with no "on X" of their own, fall on the subject the clause puts under them (a recipient verb's
 * subject, a passive "hit by" subject): a name, a possessive, or an Arabic demonym adjective in that subject phrase.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['recipient verb, demonym in the subject phrase (#22, 23)', 'ar', 'ويخضع قطاع النفط السوري لعقوبات أمريكية وأوروبية منذ عام 2011.', ['usa sanctioned syr', 'eu sanctioned syr'], ['syr sanctioned usa']],
  ['recipient verb, a named subject', 'ar', 'وتخضع سوريا لعقوبات أمريكية منذ سنوات.', ['usa sanctioned syr'], []],
  ['feminine recipient verb, demonym subject', 'ar', 'وتخضع الحكومة الإيرانية لعقوبات أمريكية وأوروبية مشددة.', ['usa sanctioned irn', 'eu sanctioned irn'], []],
  ['passive hit by, a list in a list (batch 22)', 'en', "Syria's economy has been hit by the war, US and European sanctions and the financial crisis in neighbouring Lebanon.", ['usa sanctioned syr', 'eu sanctioned syr'], ['usa sanctioned lbn']],
  ['subject to', 'en', "Syria's oil sector is subject to US sanctions.", ['usa sanctioned syr'], []],
  ['with a date', 'en', "Iran's economy has been crippled by US sanctions since 2018.", ['usa sanctioned irn'], []],
  // negatives: no subject put under them; sanctions with their own target stay as they are
  ['no one under them', 'en', 'US and European sanctions were discussed at the meeting.', [], ['usa sanctioned eu']],
  ['own target', 'en', "Turkey's economy was hit by US sanctions on Iran.", [], ['usa sanctioned tur']],
  ['own target (ar)', 'ar', 'وتخضع الشركات التركية لعقوبات أمريكية على إيران.', [], ['usa sanctioned tur']],
];

describe('sanctions named by demonym doers', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2022-08-10'), 'sanctioned');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
