/**
 * The clitic owner after an `owner` cue (ref35, diagnosis-batch30 #113): `وتتهم إسرائيل طهران بإقامة مواقع عسكرية في
 * سوريا، وتشن غارات متكررة على أهداف مرتبطة بها` — `بها` is Tehran, the actor named before the cue that is no clause
 * subject (the attacker does not own its targets), not behind a preposition, no demonym or place (anaphora.ts
 * ownerPronounAnaphors). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; want: string[]; not?: string[] }[] = [
  {
    // (the row itself, `…، وتشن غارات …`, also needs the dropped subject of the second verb: diagnosis-batch30 fix 3)
    what: 'a subject of its own in the second clause: `وتدعم طهران «حزب الله» …، وتشن إسرائيل غارات … على أهداف مرتبطة بها`',
    text: 'وتدعم طهران «حزب الله» بالسلاح، وتشن إسرائيل غارات متكررة على أهداف مرتبطة بها في محافظات دمشق وحمص ودير الزور.',
    want: ['isr attacked hezbollah'],
    not: ['isr attacked isr', 'isr attacked irn'],
  },
  {
    what: 'a group, the subject a state organ by its demonym: `ويتهم الجيش الأمريكي «حزب الله» …، وقصفت الولايات المتحدة أمس مواقع مرتبطة بها` (`تابعة لها` is a loyal_pronoun cue, read elsewhere)',
    text: 'ويتهم الجيش الأمريكي «حزب الله» بالوقوف وراء الهجمات، وقصفت الولايات المتحدة أمس مواقع مرتبطة بها في سوريا.',
    want: ['usa attacked hezbollah'],
  },
  {
    what: 'a verb with a date: `اتهمت تركيا «قسد» …، وقصفت أمس الأحد مواقع مرتبطة بها`',
    text: 'واتهمت تركيا «قسد» بالوقوف وراء التفجير، وقصفت أمس الأحد مواقع مرتبطة بها في ريف الحسكة.',
    want: ['tur attacked sdf'],
  },
  // negative cells
  {
    what: 'one actor only (the attacker): no owner',
    text: 'وتشن إسرائيل غارات على أهداف مرتبطة بها في سوريا.',
    want: [],
    not: ['isr attacked isr'],
  },
  {
    what: 'a place behind a preposition is no owner',
    text: 'وتتهم إسرائيل طهران بإقامة مواقع في سوريا، وقصفت إسرائيل أمس أهدافاً مرتبطة بها.',
    want: ['isr attacked irn'],
    not: ['isr attacked syr'],
  },
];

describe('ref35: the clitic owner after an owner word is the actor named as no subject', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'ar', '2024-08-23'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
