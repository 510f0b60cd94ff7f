/**
 * Place anaphors of a kind as the place of a presence told by a noun phrase (ref36, diagnosis-batch31 §6 fix 4, #65,
 * #97): "at US bases in the province", "IS cells in the province", `القواعد الأمريكية في المحافظة`, `خلايا «داعش» في
 * المخيم`: a bare place head of a kind (cues.csv `place_kind`: province, camp, town, base, crossing …) right after a force,
 * base or members noun and its locative is the one place of that kind named before (discourse.ts placeOfKind), and the
 * owner's presence there (presence.ts forcesInPresence). "the area", "the region" (no kind) stay out: the last place
 * named is too weak a referent for a standing presence. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const DEZ_EN = 'US and SDF forces held joint drills on Thursday near the al-Omar oil field in Deir ez-Zor province. ';
const DEZ_AR = 'أجرت القوات الأمريكية و«قسد» مناورات مشتركة يوم الخميس قرب حقل العمر النفطي في محافظة دير الزور. ';
const CAMP_EN = 'Dozens of Iraqi families left the al-Hol camp on Saturday. ';
const CAMP_AR = 'غادرت عشرات العائلات العراقية مخيم الهول أمس السبت. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  // the row's own construction (#65): an attack on bases, the bases' presence
  { what: '"fired rockets at US bases in the province" (#65)', lang: 'en', text: DEZ_EN + 'Iran-aligned militias have fired rockets and drones at US bases in the province several times this year.', want: ['usa deployed_in deir-ez-zor'] },
  // (#97) members with "in the province" as the subject of another verb
  { what: '"But IS cells in the province have stepped up …" (#97)', lang: 'en', text: 'Islamic State militants attacked an SDF checkpoint in Deir ez-Zor province on Saturday. But IS cells in the province have stepped up their attacks this year.', want: ['isis deployed_in deir-ez-zor'] },
  { what: 'a modifier between: "American troops stationed in the province"', lang: 'en', text: DEZ_EN + 'Some 900 American troops stationed in the province face frequent attacks.', want: ['usa deployed_in deir-ez-zor'] },
  { what: 'a date and a relative: "Turkish forces in the town, which …"', lang: 'en', text: 'Syrian rebels shelled the town of Marea on Monday. Turkish forces in the town, which they entered in 2016, returned fire.', want: ['tur deployed_in marea'] },
  { what: 'a camp: "SDF guards at the camp"', lang: 'en', text: CAMP_EN + 'SDF fighters at the camp searched hundreds of tents.', want: ['sdf deployed_in al-hol-camp'] },
  { what: 'Arabic: `القواعد الأمريكية في المحافظة` (the bases, their presence)', lang: 'ar', text: DEZ_AR + 'وتعرضت القواعد الأمريكية في المحافظة لهجمات صاروخية متكررة هذا العام.', want: ['usa deployed_in deir-ez-zor'] },
  { what: 'Arabic: `خلايا تنظيم «داعش» في المحافظة`', lang: 'ar', text: 'هاجم مسلحو تنظيم «داعش» حاجزاً لـ«قسد» في محافظة دير الزور أمس السبت. وصعّدت خلايا تنظيم «داعش» في المحافظة هجماتها هذا العام.', want: ['isis deployed_in deir-ez-zor'] },
  { what: 'Arabic: `عناصر «قسد» في المخيم` (the camp)', lang: 'ar', text: CAMP_AR + 'وفتّش عناصر «قسد» في المخيم مئات الخيام.', want: ['sdf deployed_in al-hol-camp'] },
  // (several places of the kind: the one the text itself names so, `مدينة عين العرب`, "the town of Hajin", before one whose
  // lexicon names hold the word, Aleppo's `مدينة حلب`)
  { what: 'Arabic `في محيط المدينة` after `ريف مدينة عين العرب … شمال شرقي حلب` (batch 29)', lang: 'ar', text: 'قُتل مقاتلان بغارة تركية قرب قرية في ريف مدينة عين العرب (كوباني) شمال شرقي حلب. وتنتشر قوات روسية في محيط المدينة منذ عام 2019.', want: ['rus deployed_in kobani'], not: ['rus deployed_in aleppo'] },
  { what: 'English "the town" after "the town of Hajin in eastern Deir ez-Zor … Aleppo"', lang: 'en', text: 'IS militants attacked a checkpoint near the town of Hajin in eastern Deir ez-Zor, far from Aleppo. Russian forces in the town stayed put.', want: ['rus deployed_in hajin'], not: ['rus deployed_in aleppo'] },
  // negative cells
  { what: 'no place of the kind named before: nothing', lang: 'en', text: 'Turkish drones struck Qamishli on Monday. Iran-aligned militias fired rockets at US bases in the province.', want: [], not: ['usa deployed_in qamishli'] },
  { what: '"the area" is no kind anaphor: no presence', lang: 'en', text: 'Turkish drones struck Qamishli on Monday. US forces in the area went on alert.', want: [], not: ['usa deployed_in qamishli'] },
  { what: 'Arabic `المنطقة` is no kind anaphor', lang: 'ar', text: 'قصفت طائرات تركية مدينة القامشلي أمس. واستنفرت القوات الأمريكية في المنطقة.', want: [], not: ['usa deployed_in qamishli'] },
  { what: '"the province\'s" is no anaphor of its own here', lang: 'en', text: 'Drones struck near the al-Omar oil field in Deir ez-Zor province on Thursday. US forces protect the province\'s oil fields.', want: [], not: ['usa deployed_in al-omar-oil-field'] },
];

describe('ref36: a place anaphor of a kind as the place of a presence noun phrase', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
