/**
 * slot33 (diagnosis-batch28 FP 20): a pair word's discussion verb ("The two ministers also discussed", `وبحث الجانبان`)
 * after a phone call between that pair, told earlier in the article with no meeting of theirs, is what they discussed on
 * the call: no `met`. A handshake or a meeting agreed on ("agreed to meet soon") is none of this; a pair that met keeps
 * its meeting.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['discussed on a call', 'en', 'Iranian Foreign Minister Hossein Amir-Abdollahian spoke by telephone on Monday with his Syrian counterpart Faisal Mekdad about regional developments. The two ministers also discussed the next round of Astana talks on Syria.', ['hossein-amir-abdollahian phoned faisal-mekdad'], ['faisal-mekdad met hossein-amir-abdollahian', 'hossein-amir-abdollahian met faisal-mekdad']],
  ['discussed on a call, sides', 'en', 'Russian President Vladimir Putin spoke by phone with Syrian President Bashar al-Assad on Tuesday. The two sides discussed the situation in northern Syria.', ['vladimir-putin phoned bashar-al-assad'], ['vladimir-putin met bashar-al-assad', 'bashar-al-assad met vladimir-putin']],
  ['discussed on a call (ar)', 'ar', 'تلقى الرئيس السوري بشار الأسد اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين أمس. وبحث الجانبان الوضع في سوريا.', ['vladimir-putin phoned bashar-al-assad'], ['vladimir-putin met bashar-al-assad', 'bashar-al-assad met vladimir-putin']],
  ['a pair that met keeps its meeting (positive)', 'en', 'Syrian President Bashar al-Assad met Iranian Foreign Minister Hossein Amir-Abdollahian in Damascus on Monday. The two sides also discussed the next round of Astana talks.', ['bashar-al-assad met hossein-amir-abdollahian'], []],
];

describe('a discussion on a phone call is no meeting', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2022-10-25'));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
