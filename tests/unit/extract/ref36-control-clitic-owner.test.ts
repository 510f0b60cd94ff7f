/**
 * The clitic owner of a control participle (ref36, diagnosis-batch31 §6 fix 4, #68): `في الدرباسية الخاضعة لسيطرتها`,
 * `في مناطق … الخاضعة لسيطرتهم`, "in Amuda, which is under its control": a control participle whose holder is a pronoun
 * (Arabic a clitic on `سيطرة`/`نفوذ`, English "its"/"their") holds the place before it for the nearest actor (a state or
 * armed group, not the place itself) named before that place in its sentence (frames.ts underControl, clitic holder).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '`وتتهم «قسد» بقطع … في عامودا الخاضعة لسيطرتها` (#68\'s construction)', lang: 'ar', text: 'في المقابل، تنفي أنقرة هذه الاتهامات، وتتهم «قسد» بقطع التيار الكهربائي المغذي للمحطة من محطة تحويل في عامودا الخاضعة لسيطرتها.', want: ['sdf deployed_in amuda'], not: ['tur deployed_in amuda'] },
  { what: 'a date between: `تنتشر «قسد» منذ 2019 … في منبج الخاضعة لسيطرتها`', lang: 'ar', text: 'وقالت «قسد» إن مسيّرة تركية استهدفت سيارة في منبج الخاضعة لسيطرتها منذ عام 2016.', want: ['sdf deployed_in manbij'] },
  { what: 'a masculine clitic: `من بلدة الخيام الخاضعة لسيطرته` after «حزب الله»', lang: 'ar', text: 'واتهم الجيش الإسرائيلي «حزب الله» بإطلاق صواريخ من بلدة الخيام الخاضعة لسيطرته.', want: ['hezbollah deployed_in khiam'] },
  { what: 'English "in Amuda, which is under its control"', lang: 'en', text: 'Turkey accuses the SDF of cutting power to the station from a substation in Amuda, which is under its control.', want: ['sdf deployed_in amuda'], not: ['tur deployed_in amuda'] },
  { what: 'English "a town under its control" past a demonym doer', lang: 'en', text: 'The SDF said Turkish drones struck a car near Manbij, a town under its control.', want: ['sdf deployed_in manbij'], not: ['tur deployed_in manbij'] },
  // negative
  { what: 'a named holder stays the holder', lang: 'ar', text: 'وتتهم تركيا «قسد» بقصف قرى قرب مدينة عامودا الخاضعة لسيطرة «قسد».', want: ['sdf deployed_in amuda'], not: ['tur deployed_in amuda'] },
  { what: 'no actor before the place: nothing', lang: 'ar', text: 'وانقطع التيار الكهربائي عن عامودا الخاضعة لسيطرتها منذ أيام.', want: [] },
];

describe('ref36: the clitic owner of a control participle', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
