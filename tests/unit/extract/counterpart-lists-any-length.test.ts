/**
 * Counterpart lists of any length and the pairs of a group meeting (ref26): every demonym of a list before "counterparts"
 * (after `نظراءه` / `نظيريه`) is the holder of the subject's office in that state, however long the list, with an English
 * one-word name that is also its demonym ("Saudi") among them; a meeting or agreement with such a list is one of all its
 * members, every pair (gold rule 3); a meeting noun in an adjunct with no party of its own is the meeting of the joint
 * act its clause tells. Sentences of our own (paraphrases of batch 13–24 misses).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const MEK = 'faisal-mekdad';
const JOR = 'ayman-safadi';
const SAU = 'faisal-bin-farhan';
const IRQ = 'fuad-hussein';
const EGY = 'sameh-shoukry';

/** Unordered "a rel b" pairs of a record (met and the joint acts are scored unordered). */
function pairs(text: string, lang: 'ar' | 'en', date: string): Set<string> {
  return new Set(extract(text, lang, date).relations.map((r) => `${r.relation} ${[r.source, r.target].sort().join(' ')}`));
}
const all = (rel: string, ids: string[]): string[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${rel} ${[a, b].sort().join(' ')}`));
const one = (rel: string, a: string, bs: string[]): string[] => bs.map((b) => `${rel} ${[a, b].sort().join(' ')}`);

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[]; date?: string }[] = [
  // English: list length, head verb and noun, frame, position
  { what: 'four demonyms, "Saudi" among them, met', lang: 'en', text: 'Syrian Foreign Minister Faisal Mekdad met his Jordanian, Saudi, Iraqi and Egyptian counterparts in Amman on Monday.', want: all('met', [MEK, JOR, SAU, IRQ, EGY]), not: ['met faisal-mekdad sau'] },
  { what: 'three, held talks with', lang: 'en', text: 'Mekdad held talks with his Jordanian, Saudi and Iraqi counterparts in Amman.', want: all('met', [MEK, JOR, SAU, IRQ]) },
  { what: 'three, "Saudi" first, agreed with', lang: 'en', text: 'Mekdad agreed with his Saudi, Iraqi and Egyptian counterparts to work to halt drug trafficking.', want: all('agreed_with', [MEK, SAU, IRQ, EGY]) },
  { what: 'an opening meeting adjunct: all met and all agreed', lang: 'en', text: 'At a meeting in Amman on Monday, Mekdad agreed with his Jordanian, Saudi, Iraqi and Egyptian counterparts to fight drug trafficking.', want: [...all('met', [MEK, JOR, SAU, IRQ, EGY]), ...all('agreed_with', [MEK, JOR, SAU, IRQ, EGY])] },
  { what: 'urged: each is urged, no pairs among them', lang: 'en', text: 'Mekdad urged his Jordanian, Saudi and Iraqi counterparts to back Syria’s return to the Arab League.', want: one('urged', MEK, [JOR, SAU, IRQ]), not: [`urged ${JOR} ${SAU}`] },
  { what: 'inside a relative clause between commas', lang: 'en', text: 'Mekdad, who met his Jordanian, Saudi and Iraqi counterparts on Monday, said the talks were positive.', want: all('met', [MEK, JOR, SAU, IRQ]) },
  { what: 'joined to the subject by "and his"', lang: 'en', text: 'Mekdad and his Jordanian, Saudi and Egyptian counterparts met in Amman on Monday.', want: all('met', [MEK, JOR, SAU, EGY]), not: ['met jor sau'] },
  { what: 'negated: nothing', lang: 'en', text: 'Mekdad did not meet his Jordanian, Saudi and Iraqi counterparts.', want: [], not: one('met', MEK, [JOR, SAU, IRQ]) },
  { what: 'a meeting adjunct after the verb', lang: 'en', text: 'Mekdad and Safadi agreed at a meeting in Amman to halt drug trafficking.', want: [`met ${JOR} ${MEK}`, `agreed_with ${JOR} ${MEK}`] },
  { what: '"during talks" opening the sentence', lang: 'en', date: '2022-07-19', text: 'During talks in Tehran on Tuesday, Putin and Erdogan agreed to extend the grain deal.', want: ['met recep-tayyip-erdogan vladimir-putin'] },
  { what: 'a news conference that reports an old agreement is no meeting of its parties', lang: 'en', text: 'Lavrov said at a news conference that the Adana agreement signed between Damascus and Ankara in 1998 still stood.', want: [], not: ['met syr tur'] },
  { what: 'a demonym list before another plural noun stays the states', lang: 'en', text: 'Mekdad met Jordanian, Saudi and Iraqi officials in Amman.', want: [], not: one('met', MEK, [JOR, SAU, IRQ]) },
  { what: '"Saudi" as a name stays the state', lang: 'en', text: 'Saudi and Iran restored ties in March.', want: ['reconciled_with irn sau'] },
  { what: 'a role group after "agreed with": all agreed', lang: 'en', text: 'Mekdad agreed with the foreign ministers of Jordan, Saudi Arabia, Iraq and Egypt to halt drug trafficking.', want: all('agreed_with', [MEK, JOR, SAU, IRQ, EGY]) },
  { what: 'a role group after "met with": all met', lang: 'en', text: 'Mekdad met with the foreign ministers of Jordan and Iraq in Amman.', want: all('met', [MEK, JOR, IRQ]) },
  { what: 'a role group urged: each, no pairs', lang: 'en', text: 'Mekdad urged the foreign ministers of Jordan and Iraq to back Syria.', want: one('urged', MEK, [JOR, IRQ]), not: [`urged ${JOR} ${IRQ}`] },
  // Arabic
  { what: 'four demonyms after نظراءه, met', lang: 'ar', text: 'التقى وزير الخارجية السوري فيصل المقداد نظراءه الأردني والسعودي والعراقي والمصري في عمّان يوم الاثنين.', want: all('met', [MEK, JOR, SAU, IRQ, EGY]), not: ['met egy faisal-mekdad', 'met faisal-mekdad irq'] },
  { what: 'three after نظرائه, اتفق مع', lang: 'ar', text: 'اتفق المقداد مع نظرائه الأردني والسعودي والعراقي على العمل لوقف تهريب المخدرات.', want: all('agreed_with', [MEK, JOR, SAU, IRQ]) },
  { what: 'a dual, بحث مع', lang: 'ar', text: 'بحث المقداد مع نظيريه الأردني والعراقي ملف اللاجئين.', want: all('met', [MEK, JOR, IRQ]) },
  { what: 'an opening خلال اجتماع: all met and all agreed', lang: 'ar', text: 'وخلال اجتماع في عمّان يوم الاثنين، اتفق المقداد مع نظرائه الأردني والسعودي والعراقي والمصري على مكافحة تهريب المخدرات.', want: [...all('met', [MEK, JOR, SAU, IRQ, EGY]), ...all('agreed_with', [MEK, JOR, SAU, IRQ, EGY])] },
  { what: 'خلال لقائهما after the verb', lang: 'ar', text: 'اتفق المقداد والصفدي خلال لقائهما في عمّان على العمل لوقف تهريب المخدرات.', want: [`met ${JOR} ${MEK}`] },
  { what: 'negated لم يلتق: nothing', lang: 'ar', text: 'لم يلتق المقداد نظراءه الأردني والسعودي والعراقي.', want: [], not: one('met', MEK, [JOR, SAU, IRQ]) },
  { what: 'دعا: each is urged', lang: 'ar', text: 'دعا المقداد نظراءه الأردني والسعودي والعراقي إلى دعم عودة سوريا إلى الجامعة العربية.', want: one('urged', MEK, [JOR, SAU, IRQ]) },
  { what: 'a dual after a hosting verb: both received', lang: 'ar', date: '2022-07-19', text: 'استضاف بوتين نظيريه التركي والإيراني في طهران.', want: ['hosted recep-tayyip-erdogan vladimir-putin', 'hosted ebrahim-raisi vladimir-putin'] },
];

describe('counterpart lists of any length and the pairs of their meeting', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = pairs(c.text, c.lang, c.date ?? '2023-05-01');
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
