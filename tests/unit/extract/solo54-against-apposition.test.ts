/**
 * solo54 (pool b46 2024-03-06, b51 2022-12-27, b46 2022-06-05; gold rule 13 "an operation … against a named group in P"):
 * the side of an operation keeps its place past an apposition or a relative set off by commas between the side and "in"/
 * `في` ("a ground operation against the YPG, the main component of the SDF, in Manbij and Tal Rifaat"). Not when the
 * commas close something else (a clause with its own verb and place, a list going on).
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['the row (apposition)', 'en', "Turkey has repeatedly threatened to launch a ground operation against the People's Protection Units (YPG), the main component of the SDF, in Manbij and Tal Rifaat.", ['ypg deployed_in manbij', 'ypg deployed_in tal-rifaat'], ['sdf deployed_in manbij']],
  ['relative with which', 'en', "Ankara has repeatedly threatened a ground operation against the People's Protection Units (YPG), which it regards as a terrorist group, in Manbij and Tal Rifaat.", ['ypg deployed_in manbij', 'ypg deployed_in tal-rifaat'], []],
  ['backbone, a region', 'en', 'Ankara has threatened for weeks to launch a new ground operation against the YPG, the backbone of the SDF, in northern Syria.', ['ypg deployed_in northern-syria'], []],
  ['launched, dated', 'en', 'Turkey launched an offensive against the YPG, a militia it calls terrorist, in Afrin in January 2018.', ['tur attacked ypg', 'ypg deployed_in afrin'], []],
  ['ar relative', 'ar', 'وهددت أنقرة مراراً بشن عملية عسكرية برية ضد «وحدات حماية الشعب» الكردية، التي تعتبرها منظمة إرهابية، في منبج وتل رفعت.', ['ypg deployed_in manbij', 'ypg deployed_in tal-rifaat'], []],
  ['ar apposition', 'ar', 'وتلوّح تركيا منذ أشهر بعملية عسكرية جديدة ضد «وحدات حماية الشعب»، المكوّن الرئيسي لـ«قسد»، في شمال سوريا.', ['ypg deployed_in northern-syria'], ['sdf deployed_in northern-syria']],
  // negatives: the commas close a clause with its own verb, or the list goes on
  ['a clause of its own', 'en', 'Turkey has threatened an operation against the YPG, while Russian troops deployed in Manbij, in Tal Rifaat.', [], ['ypg deployed_in manbij', 'ypg deployed_in tal-rifaat']],
  ['the second member', 'en', 'Turkey has threatened an operation against the YPG, the PKK, in northern Iraq.', [], ['ypg deployed_in irq']],
];

describe('an operation against a side set off by an apposition, in P', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2024-03-06'));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
