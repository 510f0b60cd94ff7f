/**
 * A place part with a clitic owner is the place named before it (ref35, diagnosis-batch30 #29; diagnosis-batch29 #3):
 * `وتخضع منطقة جبل الزاوية لسيطرة «هيئة تحرير الشام» وفصائل أخرى، فيما تنتشر نقاط عسكرية تركية على أطرافها`: the
 * edges of Jabal al-Zawiya (discourse.ts placeAnaphors, cues.csv `place_part_ar`); English "on its outskirts" likewise.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  {
    what: 'the row: `فيما تنتشر نقاط عسكرية تركية على أطرافها`',
    lang: 'ar',
    text: 'وتخضع منطقة جبل الزاوية لسيطرة «هيئة تحرير الشام» وفصائل أخرى، فيما تنتشر نقاط عسكرية تركية على أطرافها.',
    // (left: the forces reader does not take the anaphor after `على`; the verb's own `في` does, next case)
    want: ['hts deployed_in jabal-al-zawiya'],
  },
  {
    what: 'the row’s wording with `في محيطها`',
    lang: 'ar',
    text: 'وتخضع منطقة جبل الزاوية لسيطرة «هيئة تحرير الشام» وفصائل أخرى، فيما تنتشر نقاط عسكرية تركية في محيطها.',
    want: ['tur deployed_in jabal-al-zawiya', 'hts deployed_in jabal-al-zawiya'],
  },
  {
    what: 'another holder: `وتنتشر القوات الروسية في محيطها`',
    lang: 'ar',
    text: 'وتسيطر «قوات سوريا الديمقراطية» على مدينة منبج، وتنتشر القوات الروسية في محيطها.',
    want: ['rus deployed_in manbij', 'sdf deployed_in manbij'],
  },
  {
    what: 'the parts of a place: `تنتشر خلايا «داعش» في عدد من مناطقها`',
    lang: 'ar',
    text: 'وتعد البادية السورية معقلاً سابقاً للتنظيم، ولا تزال خلايا «داعش» تنتشر في عدد من مناطقها.',
    want: ['isis deployed_in syrian-desert'],
  },
  {
    what: 'a presence in its countryside: `وتنتشر القوات التركية في ريفها`',
    lang: 'ar',
    text: 'وتسيطر فصائل المعارضة على مدينة عفرين، وتنتشر القوات التركية في ريفها.',
    want: ['tur deployed_in afrin'],
  },
  {
    // (English "its" + a place part is read by the same pass, but no English presence reader takes it yet: left)
    what: 'English: "Turkish posts are deployed on its outskirts" keeps the control reading',
    lang: 'en',
    text: 'Jabal al-Zawiya is controlled by Hayat Tahrir al-Sham, while Turkish military posts are deployed on its outskirts.',
    want: ['hts deployed_in jabal-al-zawiya'],
  },
  // negative cells
  {
    what: 'a state’s own territory (`أراضيها`) is no place part',
    lang: 'ar',
    text: 'وتنتشر القوات التركية في إدلب، وتقول أنقرة إنها تحمي حدودها.',
    want: [],
    not: ['tur deployed_in tur'],
  },
  {
    what: 'no place before: nothing',
    lang: 'ar',
    text: 'وتنتشر قوات تركية على أطرافها.',
    want: [],
    not: ['tur deployed_in tur'],
  },
];

describe('ref35: a place part with a clitic owner is the place named before it', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, '2022-10-29'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
