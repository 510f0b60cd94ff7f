/**
 * Aid nouns and act nouns with a demonym (np28, diagnosis-batch25 §7 fix 1): aid that arrives is support of the state
 * it reaches (gold rule 16: a town or airport stands for its country), its giver the demonym on the aid
 * (`المساعدات الإماراتية`, `مساعدات سعودية`, "Saudi aid") or on the vehicle that carries it (`طائرة إماراتية محمّلة
 * بالمساعدات`, `طائرة عسكرية جزائرية تحمل مساعدات`); the aid's arrival is no visit. A demonym on an act noun with no
 * relation of its own (`الفيتو الروسي`, "the Russian veto") names its state as the target of a criticism. Negative
 * cells: a minister who arrives carrying a message about aid visits; aid with no giver gives nothing. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  // aid
  { what: 'aid with a demonym arrives (SVO-like VSO): to the state', lang: 'ar', text: 'ووصلت المساعدات الإماراتية إلى سوريا.', want: ['are supported syr'] },
  { what: 'arrival first, a town, aid with a demonym after it', lang: 'ar', text: 'ووصلت إلى حلب مساعدات إماراتية.', want: ['are supported syr'], not: ['are visited'] },
  { what: 'a plane carrying aid with its demonym, an airport', lang: 'ar', text: 'ووصلت صباح اليوم إلى مطار دمشق الدولي أول طائرة إماراتية محملة بالمساعدات الطبية.', want: ['are supported syr'], not: ['syr visited damascus-international-airport', 'are visited damascus-international-airport'] },
  { what: 'a military plane, a date between, تحمل', lang: 'ar', text: 'وصلت إلى مطار حلب الدولي أمس الثلاثاء طائرة عسكرية جزائرية تحمل مساعدات إنسانية.', want: ['dza supported syr'], not: ['dza visited aleppo-international-airport'] },
  { what: 'English: Saudi aid arrived in', lang: 'en', text: 'Saudi aid arrived in Syria on Tuesday.', want: ['sau supported syr'], not: ['sau visited syr'] },
  { what: 'English: a Saudi aid plane landed in a town', lang: 'en', text: 'A Saudi aid plane landed in Aleppo on Tuesday.', want: ['sau supported syr'], not: ['sau visited aleppo'] },
  { what: 'negative: a minister carrying a message about aid visits', lang: 'ar', text: 'ووصل وزير الخارجية الإماراتي إلى دمشق حاملا رسالة حول المساعدات.', want: ['abdullah-bin-zayed visited damascus'] },
  { what: 'negative: a minister arrives, no aid', lang: 'en', text: 'Saudi Foreign Minister Faisal bin Farhan arrived in Damascus on Tuesday.', want: ['faisal-bin-farhan visited damascus'], not: ['sau supported syr'] },
  { what: 'negative: aid with no giver', lang: 'ar', text: 'ووصلت المساعدات إلى حلب.', want: [], not: ['supported syr'] },
  // a demonym on an act noun
  { what: 'criticised the Russian veto', lang: 'ar', text: 'وانتقدت المندوبة الأمريكية لدى الأمم المتحدة ليندا توماس غرينفيلد الفيتو الروسي.', want: ['linda-thomas-greenfield criticized rus'] },
  { what: 'condemned the American veto', lang: 'en', text: 'Mekdad condemned the American veto.', want: ['faisal-mekdad criticized usa'] },
  { what: 'criticised the US veto (Arabic)', lang: 'ar', text: 'وانتقد المقداد الفيتو الأمريكي.', want: ['faisal-mekdad criticized usa'] },
  { what: 'negative: a veto with no demonym', lang: 'en', text: 'Mekdad criticised the veto.', want: [] },
];

describe('aid and act nouns with a demonym (np28)', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = triples(extract(c.text, c.lang));
      for (const w of c.want) expect(got, c.text).toContain(w);
      for (const n of c.not ?? []) expect(got.some((g) => g.includes(n)), `${c.text} → ${n}`).toBe(false);
    });
});
