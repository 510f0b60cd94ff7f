/**
 * The counterpart past an adjective of tenure (ref35, diagnosis-batch30 #112, FP 114): `من نظيره الإيراني الجديد عباس
 * عراقجي`, "from his new Iranian counterpart Abbas Araghchi", "his Iranian counterpart, Abbas Araghchi," name the person:
 * the demonym qualifies him and is no actor of its own (mentions.ts countryTitledPersons, cues.csv `tenure_adjective`).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  {
    what: 'the row: `اتصالاً هاتفياً من نظيره الإيراني الجديد عباس عراقجي`',
    lang: 'ar',
    text: 'تلقى وزير الخارجية والمغتربين السوري فيصل المقداد، أمس الخميس، اتصالاً هاتفياً من نظيره الإيراني الجديد عباس عراقجي، هو الأول بينهما منذ تولي الأخير منصبه.',
    want: ['abbas-araghchi phoned faisal-mekdad'],
    not: ['irn phoned faisal-mekdad'],
  },
  {
    what: 'Arabic, a meeting verb: `التقى المقداد نظيره الإيراني الجديد عباس عراقجي`',
    lang: 'ar',
    text: 'التقى وزير الخارجية السوري فيصل المقداد، أمس الخميس، نظيره الإيراني الجديد عباس عراقجي في دمشق.',
    want: ['faisal-mekdad met abbas-araghchi'],
    not: ['faisal-mekdad met irn'],
  },
  {
    what: 'Arabic, a title before the demonym: `وزير الخارجية الإيراني الجديد عباس عراقجي` as subject',
    lang: 'ar',
    text: 'وزار وزير الخارجية الإيراني الجديد عباس عراقجي دمشق، أمس الخميس، حيث التقى الرئيس بشار الأسد.',
    want: ['abbas-araghchi visited damascus', 'abbas-araghchi met bashar-al-assad'],
    not: ['irn visited damascus'],
  },
  {
    what: 'Arabic, a former office: `نظيره الإيراني السابق حسين أمير عبد اللهيان`',
    lang: 'ar',
    text: 'وبحث المقداد، أمس الخميس، مع نظيره الإيراني السابق حسين أمير عبد اللهيان العلاقات الثنائية.',
    want: [],
    not: ['faisal-mekdad met irn'],
  },
  {
    what: 'English: "a phone call from his new Iranian counterpart Abbas Araghchi"',
    lang: 'en',
    text: 'Faisal Mekdad received a phone call from his new Iranian counterpart Abbas Araghchi on Thursday.',
    want: ['abbas-araghchi phoned faisal-mekdad'],
    not: ['irn phoned faisal-mekdad'],
  },
  {
    what: 'English, an apposition: "his Iranian counterpart, Abbas Araghchi,"',
    lang: 'en',
    text: 'Faisal Mekdad received a phone call from his Iranian counterpart, Abbas Araghchi, on Thursday.',
    want: ['abbas-araghchi phoned faisal-mekdad'],
    not: ['irn phoned faisal-mekdad'],
  },
  {
    what: 'English, "met his new Iranian counterpart Abbas Araghchi in Damascus"',
    lang: 'en',
    text: 'Syrian Foreign Minister Faisal Mekdad met his new Iranian counterpart Abbas Araghchi in Damascus on Thursday.',
    want: ['faisal-mekdad met abbas-araghchi'],
    not: ['faisal-mekdad met irn'],
  },
  {
    what: 'Arabic, an acting office: `نظيره الإيراني المكلف علي باقري كني` gives no demonym actor',
    lang: 'ar',
    text: 'وبحث المقداد، أمس الخميس، في اتصال هاتفي مع نظيره الإيراني المكلف علي باقري كني العلاقات الثنائية.',
    want: [],
    not: ['faisal-mekdad phoned irn', 'irn phoned faisal-mekdad'],
  },
  // negative cells
  {
    what: 'a person of another country after the adjective is another argument',
    lang: 'ar',
    text: 'وانتقدت الحكومة الإيرانية الجديدة بشار الأسد، أمس الخميس.',
    want: [],
    not: ['bashar-al-assad criticized bashar-al-assad'],
  },
  {
    what: 'English: a comma after a country (no title) joins no person',
    lang: 'en',
    text: 'Mekdad spoke with Iran, Abbas Araghchi and Sergei Lavrov on Thursday.',
    want: [],
    not: ['abbas-araghchi phoned faisal-mekdad'],
  },
];

describe('ref35: the counterpart past an adjective of tenure or an apposition comma', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, '2024-08-23'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
