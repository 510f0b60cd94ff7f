/**
 * A group's members as subject past a verb of continuing (ref33, diagnosis-batch28 #101): "the group's cells continue to
 * attack government forces", "IS's fighters continued to shell …": the possessive group whose members' noun is the
 * subject acts, past "continue(s/d) to" and "resume(s/d)" (cues.csv `continue_verb`, now with English forms; ctx.ts
 * membersSubjectOf). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const IS_EN = 'Islamic State militants killed six Syrian soldiers near Palmyra on Saturday. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"the group\'s cells continue to attack" after "but"', lang: 'en', text: IS_EN + "IS lost its last stronghold in 2019, but the group's cells continue to attack government forces and the SDF.", want: ['isis attacked sdf'] },
  { what: '"Islamic State\'s fighters continued to attack" (a name, past tense)', lang: 'en', text: "Islamic State's fighters continued to attack the SDF near Hajin on Monday.", want: ['isis attacked sdf'] },
  { what: '"the group\'s militants resumed attacks on" (resume, a noun)', lang: 'en', text: IS_EN + "The group's militants resumed attacks on the SDF in Deir ez-Zor last week.", want: ['isis attacked sdf'] },
  { what: 'the row: "but its cells continue to launch … attacks on" (a pronoun)', lang: 'en', text: IS_EN + 'IS lost its last territorial stronghold in Syria in March 2019, but its cells continue to launch hit-and-run attacks on government forces and the SDF.', want: ['isis attacked sdf'] },
  { what: '"their fighters attacked" (a pronoun, a plain verb)', lang: 'en', text: 'Hezbollah denied the claim, and their fighters later attacked Israeli troops near the border.', want: ['hezbollah attacked isr'] },
  // negative cells
  { what: '"its" of a state is no group\'s members', lang: 'en', text: 'Turkey said its soldiers attacked the SDF near Manbij.', want: ['tur attacked sdf'] },
  { what: 'a members noun of another possessor is not its subject', lang: 'en', text: "Turkey's drones continue to strike the SDF, but Russia's role is limited.", want: ['tur attacked sdf'], not: ['rus attacked sdf'] },
];

describe('ref33: a group’s members as subject past a verb of continuing', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
