/**
 * ", and NAME VERB" after a single member opens the next clause (mentions.ts clauseAfterAnd; solo51): an English list
 * of two takes no comma, so "Idlib province is dominated by HTS, and Turkey keeps troops there" names Turkey as the
 * subject of "keeps", not a second holder of Idlib. Negative cells: an Oxford list of three ("A, B, and C") stays a list.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string) => extract(text, 'en', '2022-07-23').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('", and" + a name + a verb after one member (en)', () => {
  it('the name is the subject of the next clause', () => {
    expect(rows('Idlib province, the last major rebel bastion, is dominated by Hayat Tahrir al-Sham (HTS), and Turkey keeps thousands of troops there.').sort()).toEqual(['hts deployed_in idlib', 'tur deployed_in idlib']);
    expect(rows('HTS dominates Idlib province, and Turkey keeps troops there.').sort()).toEqual(['hts deployed_in idlib', 'tur deployed_in idlib']);
  });
  it('an Oxford list of three stays one list', () => {
    expect(rows('Russia condemned Israel, the United States, and Britain over the strikes.').sort()).toEqual(['rus criticized gbr', 'rus criticized isr', 'rus criticized usa']);
  });
});
