/**
 * slot33 (diagnosis-batch28 #55, FP 59): a place-first presence clause has its subject after the place, bases with their
 * demonym too (`وتنتشر في ريف الحسكة قواعد أمريكية تدعم «قسد»`, cues.csv `base_noun`): no subject is carried from the
 * sentence before.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['bases after the place (ar)', 'ar', 'وقال المرصد السوري لحقوق الإنسان إن طائرة مسيّرة تركية استهدفت سيارة في القامشلي. وتنتشر في ريف الحسكة قواعد أمريكية تدعم «قسد» في قتالها ضد تنظيم «داعش».', ['usa deployed_in hasakah', 'usa supported sdf'], ['sohr deployed_in hasakah']],
  ['troops after the place (ar, positive)', 'ar', 'وتنتشر في ريف الحسكة قوات أمريكية.', ['usa deployed_in hasakah'], []],
  ['bases after the place', 'en', 'Deployed in the Hasakah countryside are American bases that support the SDF.', [], ['sohr deployed_in hasakah']],
];

describe('a place-first clause has its subject after the place', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2023-09-26'));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
