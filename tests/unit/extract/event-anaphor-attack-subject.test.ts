/**
 * Event anaphors by class, attacks as subject (ref30): a definite attack noun with no doer of its own (`الضربات`, `الغارة`,
 * `القصف`, "the strikes") as the subject of an attack verb (`استهدفت`, `طالت`, "hit") is the attack told before:
 * its doer is that attack's doer (discourse.ts attackerOf), and the verb's object is what was struck (frames.ts
 * definiteAttackDoer, both languages). Not when the noun names its own doer (`الغارات الإسرائيلية`). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const IRGC = 'شنّ الحرس الثوري الإيراني، أمس الاثنين، هجمات بالصواريخ على مقرات أحزاب كردية معارضة في شمال العراق. ';
const ISR = 'شنّت إسرائيل فجر أمس غارات جوية على مواقع في ريف دمشق. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '`إن الضربات استهدفت مقرات X` under a verb of saying', lang: 'ar', text: IRGC + 'وقال الحرس إن الضربات استهدفت مقرات الحزب الديمقراطي الكردستاني الإيراني قرب كويسنجق.', want: ['irgc attacked pdki'], not: ['pdki attacked koya'] },
  { what: 'the verb before the noun: `واستهدفت الغارات`', lang: 'ar', text: ISR + 'واستهدفت الغارات مستودعات لـ«حزب الله» قرب مطار دمشق.', want: ['isr attacked hezbollah'] },
  { what: 'a singular noun and another verb: `الغارة طالت`', lang: 'ar', text: ISR + 'وذكر المرصد أن الغارة طالت موقعاً لـ«حزب الله» في المنطقة.', want: ['isr attacked hezbollah'] },
  { what: '`القصف طال` with a list object', lang: 'ar', text: ISR + 'وقالت مصادر محلية إن القصف طال مواقع لـ«حزب الله» و«الحرس الثوري».', want: ['isr attacked hezbollah', 'isr attacked irgc'] },
  { what: 'English "The strikes hit" (built before, kept)', lang: 'en', text: "Iran's Revolutionary Guards fired missiles at Kurdish groups in northern Iraq on Wednesday. The strikes hit bases of the KDPI near Koya.", want: ['irgc attacked pdki'] },
  // negative cells
  { what: 'a noun with its own demonym is read by its own frame', lang: 'ar', text: ISR + 'وقال المرصد إن الغارات الروسية استهدفت مواقع لـ«هيئة تحرير الشام» في إدلب.', want: ['rus attacked hts'], not: ['isr attacked hts'] },
];

describe('a definite attack noun as subject is the attack told before', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
