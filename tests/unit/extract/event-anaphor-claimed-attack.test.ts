/**
 * Event anaphors by class, a claimed attack (ref30): the claimant of an attack told with no doer (`أعلن X مسؤوليته عن
 * الهجوم`, "X claimed responsibility for the attack") is that attack's doer, what a later "the bombing", `التفجير`,
 * "the attack" refers to: a condemnation of it criticises the claimant (discourse.ts claimedAttacks sets the memory, even
 * with no struck party known; condemnedDoer reads it). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const BLAST_AR = 'قُتل ستة أشخاص أمس الخميس بانفجار عبوة ناسفة قرب مقام السيدة زينب جنوب دمشق. ';
const CLAIM_AR = 'وأعلن تنظيم «الدولة الإسلامية» اليوم الجمعة مسؤوليته عن الهجوم، في بيان نشرته وكالة تابعة له. ';
const BLAST_EN = 'A car bomb killed six people near Damascus on Thursday. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; date?: string; want: string[]; not?: string[] }[] = [
  { what: '`ودانت X التفجير` after the claim, another noun of the class', lang: 'ar', text: BLAST_AR + CLAIM_AR + 'ودانت وزارة الخارجية الإيرانية التفجير.', want: ['irn criticized isis'] },
  { what: 'a clause after the condemnation names another person', lang: 'ar', text: BLAST_AR + CLAIM_AR + 'ودانت وزارة الخارجية الإيرانية التفجير، ووصفه المتحدث باسمها ناصر كنعاني بأنه «عمل إرهابي جبان».', want: ['irn criticized isis'], not: ['irn criticized nasser-kanaani'] },
  { what: 'a sentence between the claim and the condemnation', lang: 'ar', text: BLAST_AR + CLAIM_AR + 'وقال وزير الداخلية السوري إن الأجهزة الأمنية تلاحق المتورطين. كما دانت الخارجية الإيرانية الهجوم.', want: ['irn criticized isis'] },
  { what: 'English "claimed responsibility for the attack … condemned the bombing"', lang: 'en', text: BLAST_EN + 'Islamic State claimed responsibility for the attack on Friday. Iran condemned the bombing.', want: ['irn criticized isis'] },
  { what: 'English "claimed the attack", the condemnation with a date', lang: 'en', text: BLAST_EN + 'Islamic State claimed the attack in a statement. Iran on Friday condemned the attack.', want: ['irn criticized isis'] },
  // negative cells
  { what: 'the claimant does not condemn itself', lang: 'ar', text: BLAST_AR + CLAIM_AR + 'ودانت وزارة الخارجية الإيرانية التفجير.', want: [], not: ['isis criticized isis', 'irn criticized irn'] },
];

describe('a claimed attack is the claimant’s', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, c.date ?? '2023-07-28'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
