/**
 * The speaker's clitic as the subject of a waging verb (ref35, diagnosis-batch30 #40): `وقالت «قسد» …، مؤكدة أنها تخوض
 * حرباً مفتوحة ضد خلايا تنظيم «داعش»`: `أنها` after a speech verb or a speaking participle (cues.csv
 * `speech_participle_ar`) is the speaker, the own doer of the war its waging verb takes (sentence.ts arWageSubjects,
 * anaphora.ts spokenSubjectAr). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  {
    what: 'the row: a participle, `مؤكدة أنها تخوض حرباً مفتوحة ضد خلايا تنظيم «داعش»`',
    lang: 'ar',
    text: 'وقالت «قسد» في بيان إن الهجمات التركية «انتهاك للسيادة السورية»، مؤكدة أنها تخوض حرباً مفتوحة ضد خلايا تنظيم «داعش» في شمال شرق سوريا.',
    want: ['sdf attacked isis'],
    not: ['tur attacked isis'],
  },
  {
    what: 'a speech verb, `وقالت «قسد» في بيان إنها تخوض حرباً ضد «داعش»`',
    lang: 'ar',
    text: 'وقالت «قسد» في بيان إنها تخوض حرباً مفتوحة ضد خلايا تنظيم «داعش».',
    want: ['sdf attacked isis'],
  },
  {
    what: 'a state, another participle and wage verb: `مشيرة إلى أنها تشن حملة على`',
    lang: 'ar',
    text: 'وأعلنت تركيا، أمس الأربعاء، مقتل جنديين، مشيرة إلى أنها تشن حملة على «حزب العمال الكردستاني».',
    want: ['tur attacked pkk'],
  },
  {
    // (English reads "it" by pronounRef already; left: an adjective before the noun, "waging an open war", gives nothing)
    what: 'English keeps its reading: "…, stressing it has launched a war against IS cells"',
    lang: 'en',
    text: 'The SDF condemned the strike, stressing it has launched a war against Islamic State cells.',
    want: ['sdf attacked isis'],
  },
  // negative cells
  {
    what: 'a named subject after the complementizer keeps its own war',
    lang: 'ar',
    text: 'وقالت «قسد» في بيان إن تركيا تشن حرباً على المنطقة.',
    want: [],
    not: ['sdf attacked northeastern-syria'],
  },
  {
    what: 'a pronoun with no speech before it is no speaker',
    lang: 'ar',
    text: 'وتقع المدينة قرب الحدود، لأنها تخوض حرباً منذ سنوات.',
    want: [],
    not: ['syr attacked isis'],
  },
];

describe('ref35: the speaker’s clitic wages the war of its clause', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, '2023-06-28'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
