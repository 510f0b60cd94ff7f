/**
 * slot33 (diagnosis-batch28 FP 111, #105): a demanded withdrawal with no place named presupposes a presence in the
 * urger's own state only when the article told the forces there or nowhere; a third state that calls for it ("Russia
 * has called for the withdrawal of US troops") is no place of theirs: the country where the article had them is.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['third-state demander', 'en', "About 900 US troops are deployed in northeastern Syria. Russia, Damascus's other main ally, has also repeatedly called for the withdrawal of US troops.", ['usa deployed_in syr', 'rus urged usa'], ['usa deployed_in rus']],
  ['third-state demander, Iran', 'en', 'The United States keeps troops at al-Tanf in Syria. Iran on Monday again demanded the withdrawal of American forces.', ['irn urged usa'], ['usa deployed_in irn']],
  ['host demander (positive)', 'en', 'Damascus has repeatedly called for the withdrawal of US troops.', ['usa deployed_in syr'], []],
  ['host demander after a presence elsewhere (positive)', 'en', 'US troops are deployed in northeastern Syria. Damascus has repeatedly called for the withdrawal of US troops.', ['usa deployed_in syr'], []],
  ['third-state demander (ar)', 'ar', 'وتنتشر قوات أمريكية في شمال شرق سوريا. ودعت روسيا مراراً إلى انسحاب القوات الأمريكية.', ['usa deployed_in northeastern-syria'], ['usa deployed_in rus']],
  ['host demander (ar, positive)', 'ar', 'وتطالب دمشق بانسحاب القوات التركية.', ['tur deployed_in syr'], []],
];

describe('the demander is no place of a presupposed presence', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2024-06-18'));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
