/**
 * Demonstratives on a troop noun (ref26, diagnosis-batch24 §3): `هذه القوات`, `تلك القوات`, "these forces", "those troops"
 * with no demonym or name of their own are the state whose troops were last named (a country mention on a troop noun:
 * "US troops", `القوات الأمريكية`, `قوات روسية`) in their sentence or the three before (discourse.ts demonstrativeForces).
 * An armed group's forces are no state's: nothing. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  { what: 'a demand for the withdrawal of `هذه القوات`', lang: 'ar', text: 'تنتشر القوات الأمريكية في شمال شرق سوريا. وتطالب دمشق بخروج هذه القوات من البلاد.', want: ['syr urged usa'] },
  { what: 'the same sentence, troops named earlier in it', lang: 'ar', text: 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا. في المقابل، تتهم دمشق «قسد» بالارتهان للقوات الأمريكية، وتطالب بخروج هذه القوات من البلاد.', want: ['syr urged usa'] },
  { what: 'the subject of an attack verb, `قوات روسية` before', lang: 'ar', text: 'وتنتشر قوات روسية في القامشلي. وقصفت هذه القوات مواقع في إدلب.', want: ['rus attacked idlib'] },
  { what: '"the withdrawal of these forces"', lang: 'en', text: 'About 900 US troops are deployed in northeastern Syria. Damascus has demanded the withdrawal of these forces from the country.', want: ['syr urged usa'] },
  { what: '"These troops shelled"', lang: 'en', text: 'Russian troops are deployed in Qamishli. These troops shelled Idlib on Monday.', want: ['rus attacked idlib'] },
  { what: 'a group’s forces: no state', lang: 'en', text: 'The SDF controls Raqqa. Damascus wants these forces to withdraw.', want: [], not: ['syr urged sdf', 'syr urged syr'] },
  { what: 'a demonym of its own wins', lang: 'en', text: 'Russian troops are deployed in Qamishli. These Turkish troops shelled Idlib on Monday.', want: ['tur attacked idlib'], not: ['rus attacked idlib'] },
];

describe('a demonstrative on a troop noun is the state whose troops were last named', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = tripleSet(extract(c.text, c.lang, '2023-09-11'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
