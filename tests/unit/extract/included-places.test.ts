/**
 * Places named as members after the place of a presence (diagnosis-batch24 §4 #26, §6 "including"): ", including X",
 * `بما فيها X`, `، بينها X وY`, `منها X`: X is a place of the presence too; a place anaphor ("the area") gives way to it.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases({
  'members of the place of a presence (ar)': [
    ['sdf deployed_in hasakah', 'وتسيطر «قسد»، المدعومة من الولايات المتحدة، على معظم مناطق شمال شرق سوريا بما فيها مدينة الحسكة.'],
    ['sdf deployed_in northeastern-syria', 'وتسيطر «قسد»، المدعومة من الولايات المتحدة، على معظم مناطق شمال شرق سوريا بما فيها مدينة الحسكة.'],
    ['sdf deployed_in raqqa', 'وتسيطر قسد على مناطق واسعة في شمال شرق سوريا، بينها الرقة والحسكة.'],
    ['sdf deployed_in hasakah', 'وتسيطر قسد على مدن عدة، منها الرقة والحسكة.'],
  ],
  'members of the place of a presence (en)': [
    ['usa deployed_in al-tanf', 'The United States keeps troops at several bases in eastern Syria, including al-Tanf.'],
  ],
});

describe('a place anaphor gives way to the members named after it', () => {
  it('"bases in the area, including the Al-Omar oil field"', () => {
    const a = extract('The Kurdish-led force controls most of Deir ez-Zor province. The United States keeps troops at several bases in the area, including the Al-Omar oil field, the largest in Syria.', 'en');
    const got = tripleSet(a, 'deployed_in');
    expect(got).toContain('usa deployed_in al-omar-oil-field');
    expect(got).not.toContain('usa deployed_in deir-ez-zor');
  });
});
