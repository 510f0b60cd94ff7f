/**
 * A criticised presence named as a noun is presence (gold rule 13): the demonym's state is deployed_in the place named
 * after the noun, else the place the sentence names, else the speaker's state or another state named; at publication.
 * Controlling airspace is no presence. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'deployed_in');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'), 'deployed_in');

describe('an occupation noun is presence', () => {
  it('English: "the Israeli occupation of the Golan Heights", "US occupation forces in Iraq", "… the Russian occupation," X said', () => {
    expect(en('Protesters denounced the Israeli occupation of the Golan Heights on Friday.')).toEqual(['isr deployed_in golan-heights']);
    expect(en('Militia leaders vowed to expel US occupation forces in Iraq.')).toEqual(['usa deployed_in irq']);
    expect(en('"We will never accept the Russian occupation," Zelensky told reporters.')).toEqual(['rus deployed_in ukr']);
  });
  it('Arabic: `الاحتلال التركي لأراضٍ سورية`, `قوات الاحتلال الأمريكي في العراق`', () => {
    expect(ar('وندد البيان بالاحتلال التركي لأراضٍ سورية.')).toEqual(['tur deployed_in syr']);
    expect(ar('وتعهدت الفصائل بطرد قوات الاحتلال الأمريكي في العراق.')).toEqual(['usa deployed_in irq']);
  });
  it('no occupier named, or airspace: nothing', () => {
    expect(en('Protesters denounced the occupation on Friday.')).toEqual([]);
    expect(en('Russia, which controls much of Ukraine\'s airspace, warned Kyiv.')).toEqual([]);
  });
});
