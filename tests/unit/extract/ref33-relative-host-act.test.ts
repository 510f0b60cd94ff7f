/**
 * An act noun after a verb of announcing inside an Arabic relative takes the relative's host as its doer, even when the
 * host stands after a preposition (ref33, diagnosis-batch28 #51, #52): `ولم يصدر تعليق عن وزارة الدفاع التركية، التي
 * تعلن بصورة شبه يومية «تحييد» عناصر من الحزب والوحدات`: the ministry (Turkey) neutralises members of the PKK and the
 * YPG, the body heads `الحزب` and `الوحدات` resolved to the groups named before (args.ts relativeHostDoer). Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const PKK_AR = 'وتعتبر أنقرة «قسد» امتداداً لوحدات حماية الشعب الكردية، التي تصنفها منظمة إرهابية بسبب ارتباطها بحزب العمال الكردستاني. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: body heads after a prepositional host', lang: 'ar', text: PKK_AR + 'ولم يصدر تعليق فوري عن وزارة الدفاع التركية، التي تعلن بصورة شبه يومية «تحييد» عناصر من الحزب والوحدات في شمال سوريا.', want: ['tur attacked pkk', 'tur attacked ypg'] },
  { what: 'a named target after a prepositional host', lang: 'ar', text: 'ولم يصدر تعليق فوري عن وزارة الدفاع التركية، التي تعلن بصورة شبه يومية «تحييد» عناصر من حزب العمال الكردستاني في شمال سوريا.', want: ['tur attacked pkk'] },
  { what: 'another declare verb, a date and a number (`التي أعلنت أمس «تحييد» ثلاثة عناصر`)', lang: 'ar', text: 'ونقلت وكالة الأناضول عن وزارة الدفاع التركية، التي أعلنت أمس «تحييد» ثلاثة عناصر من وحدات حماية الشعب، أن العملية مستمرة.', want: ['tur attacked ypg'] },
  { what: 'a host with no preposition still works', lang: 'ar', text: PKK_AR + 'وقالت وزارة الدفاع التركية، التي تعلن بصورة شبه يومية «تحييد» عناصر من الحزب، إن الوضع هادئ.', want: ['tur attacked pkk'] },
  // negative cells
  { what: 'the relative on the target: no attack by the victim', lang: 'ar', text: 'قصفت تركيا مواقع حزب العمال الكردستاني، الذي يعلن باستمرار هجمات على القوات التركية.', want: ['tur attacked pkk'], not: ['pkk attacked pkk'] },
  // (`الذي أكد أن «العدوان الإسرائيلي …»`: a reported clause stops relativeHostDoer; the host is still read as the doer
  // there by another path, a known FP of batch 14 left as it was)
  { what: 'a reported clause after the relative verb: the host is no doer of a named act', lang: 'ar', text: 'ولم يصدر تعليق عن وزارة الدفاع التركية، التي أكدت أن «تحييد» عناصر من حزب العمال الكردستاني مستمر.', want: [], not: ['tur attacked pkk'] },
  { what: 'a relative with no act noun gives nothing', lang: 'ar', text: 'ولم يصدر تعليق عن وزارة الدفاع التركية، التي تعلن عادة حصيلة عملياتها.', want: [] },
];

describe('ref33: an act noun in an Arabic relative takes the relative’s host as doer', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
      if (!c.want.length) expect(got.filter((t) => t.includes(' attacked '))).toEqual([]);
    });
});
