/**
 * English suspensions with no membership word, or with a relative between the membership and the verb (gold rule 11;
 * membership.ts suspendedCountry, relativeBefore): "Syria was suspended from the Arab League in November 2011", "the bloc,
 * which suspended Damascus in November 2011", "restore Syria's membership, which was suspended in November 2011": the
 * organisation sanctioned the country, dated as the text dates the suspension. Negative cells: other things suspended,
 * a suspension from something that is no organisation, a call to suspend.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, tripleSet, extract } from './helpers.ts';

const SUSPENDED: string[] = [
  'Syria itself was suspended from the Arab League in November 2011 over its crackdown on protesters.',
  'Syria had been suspended from the Arab League in November 2011.',
  'The Arab League suspended Damascus in November 2011 over its crackdown on protests.',
  'Algeria welcomed the return of Syria to the Arab League. It had opposed the decision of the 22-member bloc, which suspended Damascus in November 2011.',
  "Iraqi officials have repeatedly called on the Arab League to restore Syria's membership, which was suspended in November 2011.",
];

const NOT_A_COUNTRY_SUSPENDED: string[] = [
  'The SDF suspended joint operations with the US-led coalition on Friday.',
  'Flights to Damascus remained suspended on Tuesday.',
  'Turkey was suspended from the F-35 programme in 2019.',
  'Some members urged the Arab League to suspend Syria.',
];

describe('the suspended country (en)', () => {
  it.each(SUSPENDED)('arab-league sanctioned syr, dated 2011-11: %s', (text) => {
    expect(datedOf(text, 'en', '2023-04-20', 'sanctioned')).toContain('arab-league syr 2011-11');
  });
});

describe('no suspension of a country (en)', () => {
  it.each(NOT_A_COUNTRY_SUSPENDED)('no sanctioned record: %s', (text) => {
    expect(tripleSet(extract(text, 'en', '2023-04-20'), 'sanctioned')).toEqual([]);
  });
});
