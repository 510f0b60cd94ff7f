/**
 * ref45 (diagnosis-batch42 §6 ref45 1, #2; diagnosis-batch43 §6 ref45 1, FP 19, FP 53): "the area", `المنطقة` is the
 * place of its sentence or of the sentence before (the last there, never a road), else the article's place (the first
 * place of its first sentence that is no compass region), not the last town named further back; the place a strike hit
 * stands only when named in the sentence or the one before (discourse.ts areaPlace). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

type Case = { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] };

const CASES: Case[] = [
  // the article's place when the sentence before names none
  { what: 'EN: "keeps military police in the area" after a sentence with no place → the article\'s town', lang: 'en', text: 'Syrian government forces sent reinforcements to the front near the town of Tadef, south of al-Bab, on Wednesday. Tadef sits on the line that separates government territory from areas held by the Syrian National Army, which holds al-Bab. No casualties were reported in the exchange. Russia keeps military police in the area under understandings with Turkey.', want: ['rus deployed_in tadef'], not: ['rus deployed_in al-bab'] },
  { what: 'EN: a relative clause and a date ("which has kept troops in the area since 2020")', lang: 'en', text: 'Syrian government forces sent reinforcements to the front near the town of Tadef, south of al-Bab, on Wednesday. Tadef sits on the line that separates government territory from areas held by the Syrian National Army, which holds al-Bab. No casualties were reported. Turkey, which has kept troops in the area since 2020, said nothing.', want: ['tur deployed_in tadef'], not: ['tur deployed_in al-bab'] },
  { what: 'EN: a region as the article\'s only place ("soldiers in the area")', lang: 'en', text: 'Turkey sent tents to displaced families in northwestern Syria on Sunday. The trucks unloaded at warehouses near Sarmada. Residents described tents collapsing under the snow. Ankara keeps thousands of soldiers in the area under a 2020 ceasefire.', want: ['tur deployed_in northwestern-syria'], not: ['tur deployed_in sarmada'] },
  { what: 'AR: `وتنتشر قوات روسية في المنطقة` after a sentence with no place → the article\'s town', lang: 'ar', text: 'أرسلت قوات النظام السوري تعزيزات إلى محيط بلدة تل رفعت أمس الأربعاء. وتقع تل رفعت على خط التماس مع فصائل «الجيش الوطني السوري» التي تسيطر على الباب. ولم تسجل إصابات في القصف. وتنتشر الشرطة العسكرية الروسية في المنطقة بموجب تفاهمات مع تركيا.', want: ['rus deployed_in tal-rifaat'], not: ['rus deployed_in al-bab'] },
  // the sentence before: never a road
  { what: 'EN: "The area is controlled by X" after "P lies south of the M4 highway" → P', lang: 'en', text: 'Government artillery pounded villages in the Jabal al-Zawiya area of southern Idlib on Wednesday. Jabal al-Zawiya lies just south of the M4 highway. The area is controlled by Hayat Tahrir al-Sham.', want: ['hts deployed_in jabal-al-zawiya'], not: ['hts deployed_in m4-highway'] },
  { what: 'AR: `وتسيطر الهيئة على المنطقة` after `جنوب الطريق الدولي إم 4` → P', lang: 'ar', text: 'قصفت قوات النظام قرى في جبل الزاوية جنوبي إدلب أمس الأربعاء. ويقع جبل الزاوية جنوب الطريق الدولي إم 4. وتسيطر «هيئة تحرير الشام» على المنطقة.', want: ['hts deployed_in jabal-al-zawiya'], not: ['hts deployed_in m4-highway'] },
  // a strike named three sentences back does not beat the place of the sentence before
  { what: 'EN: "jets regularly strike the area" after "Idlib province … Turkey keeps troops there" → Idlib', lang: 'en', text: 'A Russian air strike near Jisr al-Shughur killed seven civilians on Friday. Russian jets also struck the Jabal al-Zawiya hills on the same day. The strikes came after a summit in Tehran. Idlib province is dominated by Hayat Tahrir al-Sham, and Turkey keeps thousands of troops there. Russian and Syrian government jets regularly strike the area.', want: ['rus attacked idlib', 'syr attacked idlib'] },
  // must not break: the strike named in the sentence before stays the area (README example)
  { what: 'AR: `نفذت عشر غارات على المنطقة` right after the strike on P → P (the place struck)', lang: 'ar', text: 'قتل أربعة مدنيين جراء غارات جوية روسية استهدفت أطراف مدينة جسر الشغور في ريف إدلب الغربي. وقال المرصد إن الطائرات الروسية نفذت عشر غارات على المنطقة.', want: ['rus attacked jisr-al-shughur'], not: ['rus attacked idlib'] },
  { what: 'EN: the place of the sentence before still wins over the article\'s ("bases in the area")', lang: 'en', text: 'A crossing near the town of al-Bab reopened on Saturday. The Abu al-Zandain crossing links the al-Bab region with territory controlled by Damascus. Turkey keeps thousands of troops in the area.', want: ['tur deployed_in al-bab'] },
  // negative: no place anywhere before
  { what: 'EN: no place named before: nothing', lang: 'en', text: 'Officials met on Monday to discuss aid. Turkey keeps thousands of soldiers in the area.', want: [], not: ['tur deployed_in syr'] },
];

describe('ref45: "the area" is the place of the sentence before or of the article', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
