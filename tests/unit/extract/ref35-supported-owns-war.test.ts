/**
 * The clitic owner of an act noun in the adjunct of a support (ref35, diagnosis-batch30 #62, FP 66, FP 106, #42):
 * `الدعم الأمريكي المطلق لإسرائيل في حربها على قطاع غزة`, `تدعم الولايات المتحدة «قسد» في حربها ضد «داعش»`,
 * `تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش»`: the war is the supported party's, not the supporter's
 * (anaphora.ts supportedOwner, called from args.ts suffixDoer; README 17e). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  {
    what: 'the row: a support noun with ل, `الدعم الأمريكي المطلق لإسرائيل في حربها على قطاع غزة`',
    lang: 'ar',
    text: 'وقالت الوزارة إن الضربات تأتي في إطار الدعم الأمريكي المطلق لإسرائيل في حربها على قطاع غزة.',
    want: ['isr attacked gaza'],
    not: ['usa attacked gaza'],
  },
  {
    what: 'a support verb with its object, `تدعم الولايات المتحدة «قسد» في حربها ضد «داعش»`',
    lang: 'ar',
    text: 'وتدعم الولايات المتحدة «قسد» في حربها ضد «داعش»، وتنشر نحو 900 جندي في شمال شرق سوريا.',
    want: ['usa supported sdf', 'sdf attacked isis'],
    not: ['usa attacked isis'],
  },
  {
    what: 'a state supported: `تدعم إيران روسيا في حربها على أوكرانيا`',
    lang: 'ar',
    text: 'وتدعم إيران روسيا في حربها على أوكرانيا.',
    want: ['irn supported rus', 'rus attacked ukr'],
    not: ['irn attacked ukr'],
  },
  {
    // (the fight itself is not read here yet, #42: the fight_noun reader takes no recipient subject; the giver must not own it)
    what: 'the passive recipient: `تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش»` gives the giver no war',
    lang: 'ar',
    text: 'في المقابل، تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش».',
    want: ['usa supported sdf'],
    not: ['usa attacked isis'],
  },
  {
    what: 'English keeps its reading: "US support for Israel in its war on Gaza"',
    lang: 'en',
    text: 'US support for Israel in its war on Gaza has angered the region.',
    want: ['isr attacked gaza'],
    not: ['usa attacked gaza'],
  },
  {
    what: 'English: "Washington backs the SDF in its fight against IS"',
    lang: 'en',
    text: 'Washington backs the SDF in its fight against the Islamic State group.',
    want: ['sdf attacked isis'],
    not: ['usa attacked isis'],
  },
  // negative cells
  {
    what: 'no support: `تنشغل روسيا، الحليف الآخر لدمشق، بحربها في أوكرانيا` stays Russia’s',
    lang: 'ar',
    text: 'تنشغل روسيا، الحليف الآخر لدمشق، بحربها في أوكرانيا.',
    want: [],
    not: ['syr attacked ukr'],
  },
  {
    what: 'an attack, not a support, before `في حربها`: the subject keeps it',
    lang: 'ar',
    text: 'وقصفت إسرائيل مواقع في سوريا في حربها على «حزب الله».',
    want: [],
    not: ['syr attacked hezbollah'],
  },
];

describe('ref35: the war in a support’s adjunct is the supported party’s', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, '2024-01-12'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
