/**
 * Body heads (ref36, diagnosis-batch31 §3, §6 fix 4, #6): (a) an Arabic group head alone (`التنظيم`, `الحزب`, `الهيئة`)
 * after its group is named earlier in the same sentence is that group, before one named in the sentences before
 * (mentions.ts shortGroupNames; English "the group" already read its sentence first); (b) the owner-less artillery
 * (`المدفعية`, "the artillery") is the army named before, else in Arabic the story's state, as `الجيش` is (cues.csv
 * `org_head`). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

type Case = { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] };
const run = (cases: Case[]) => {
  for (const c of cases)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
};

const PKK_AR = 'اتهمت أنقرة حزب العمال الكردستاني بالوقوف وراء التفجير. ';

describe('ref36: a group head after its group named in the same sentence', () => {
  run([
    { what: '`وأعلن «داعش» … وقصفت «قسد» مواقع التنظيم` (PKK named the sentence before)', lang: 'ar', text: PKK_AR + 'وأعلن «داعش» مسؤوليته عن هجوم آخر، وقصفت «قسد» مواقع التنظيم في الرقة.', want: ['sdf attacked isis'], not: ['sdf attacked pkk'] },
    { what: 'a relative between: `ضد «داعش»، الذي …، واستهدف الطيران مواقع التنظيم`', lang: 'ar', text: PKK_AR + 'وتواصل «قسد» حملتها ضد «داعش»، الذي ينشط في البادية، وقصفت مواقع التنظيم في دير الزور أمس.', want: ['sdf attacked isis'], not: ['sdf attacked pkk'] },
    { what: '`الهيئة` after «هيئة تحرير الشام» in its sentence (another head)', lang: 'ar', text: 'قصفت فصائل «الجيش الوطني» مواقع في عفرين. وهاجمت «هيئة تحرير الشام» قرية في ريف حلب، وقصفت قوات النظام مواقع الهيئة في المنطقة.', want: ['syr attacked hts'] },
    // negative: the head before the group of the sentence stays the one named before
    { what: 'the head before the sentence\'s own group: the group named before', lang: 'ar', text: PKK_AR + 'وقصفت تركيا مواقع التنظيم في جبال قنديل، فيما أعلن «داعش» مسؤوليته عن هجوم آخر.', want: ['tur attacked pkk'], not: ['tur attacked isis'] },
  ]);
});

describe('ref36: the owner-less artillery is the army', () => {
  run([
    { what: '`ردّت المدفعية بقصف مواقع الهيئة` after `وحدات الجيش` (#6)', lang: 'ar', text: 'قُتل أربعة عناصر من قوات النظام السوري في هجوم شنته «هيئة تحرير الشام» على محور كبانة. وذكرت وكالة «سانا» أن وحدات الجيش تصدّت للهجوم، فيما ردّت المدفعية بقصف مواقع الهيئة في ريف إدلب.', want: ['syr attacked hts'] },
    { what: '`وقصفت المدفعية` (a verb, a date)', lang: 'ar', text: 'هاجمت «هيئة تحرير الشام» مواقع لقوات النظام السوري في ريف حماة. وقصفت المدفعية، مساء أمس، مواقع الهيئة في جبل الزاوية.', want: ['syr attacked hts'] },
    { what: 'the Turkish artillery named before: `المدفعية` is Turkey\'s', lang: 'ar', text: 'قصفت المدفعية التركية قرى في ريف تل تمر أمس. وقالت مصادر محلية إن المدفعية استهدفت أيضاً مواقع لـ«قسد» قرب عين عيسى.', want: ['tur attacked sdf'], not: ['syr attacked sdf'] },
    { what: '"the artillery" after "the Syrian army" (English)', lang: 'en', text: 'HTS fighters attacked positions of the Syrian army near Kabani on Sunday. The artillery then shelled HTS positions in southern Idlib.', want: ['syr attacked hts'] },
    // negative
    { what: 'no army named: English "the artillery" names no one', lang: 'en', text: 'HTS fighters attacked a village near Kabani on Sunday. The artillery then shelled HTS positions in southern Idlib.', want: [], not: ['syr attacked hts'] },
  ]);
});
