/**
 * np35 (diagnosis-batch30 #58; batch 29 `في إطار الحرب على تنظيم «داعش»`): a deployment with a purpose adjunct "in a
 * mission against X", `في إطار الحرب على X`: the deployed side attacked X; not when the adjunct follows a support word
 * ("backs the SDF in the fight against IS": README 17e, the backer is no fighter).
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['the row (#58)', 'en', 'About 900 US troops are deployed in Syria, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces, in a mission against Islamic State remnants.', ['usa attacked isis'], ['sdf attacked isis']],
  ['as part of the campaign', 'en', 'France has deployed troops in Iraq as part of the campaign against Islamic State.', ['fra attacked isis'], []],
  ['في إطار الحرب على (batch 29)', 'ar', 'في المقابل، تنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في إطار الحرب على تنظيم «داعش».', ['usa attacked isis'], []],
  ['ضمن الحرب ضد', 'ar', 'وتنشر الولايات المتحدة نحو 900 جندي في سوريا ضمن الحرب ضد «داعش».', ['usa attacked isis'], []],
  // negatives: the backer of a fight; no deployment told
  ['backer of the fight', 'en', 'The United States, which has some 900 troops in northeastern Syria, backs the SDF in the fight against the Islamic State group.', ['usa supported sdf'], ['usa attacked isis']],
  ['backer of the fight (ar)', 'ar', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، وتدعم «قسد» في الحرب ضد تنظيم الدولة الإسلامية.', [], ['usa attacked isis']],
];

describe('a deployment for a mission against a side', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2023-11-19'));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
