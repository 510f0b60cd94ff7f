/**
 * A visit noun in an apposition or adjunct to a clause of meeting or reception states a visit (relations/
 * visitapposition.ts; gold rule 2): "…, the first visit by an Israeli head of state to Turkey since 2007", "The UAE
 * hosted Assad in March, his first visit to an Arab state", "met X in Jeddah on Tuesday, at the start of a three-day visit
 * to the kingdom". Dated as the clause, not by "since 2007". Negative cells: no clause of meeting or reception and no
 * person before the comma; a demonym no party of the clause has; the host's own visit.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const visits = (text: string, date = '2022-03-10') => extract(text, 'en', date).relations.filter((r) => r.relation === 'visited').map((r) => `${r.source} ${r.target} ${r.date}`);

describe('a visit noun in an apposition (en)', () => {
  it('"the first visit by a DEMONYM title to P": the clause\'s person of that country, dated as the clause', () => {
    expect(visits('Israeli President Isaac Herzog held talks with Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, the first visit by an Israeli head of state to Turkey since 2007.')).toContain('isaac-herzog tur 2022-03-09');
    expect(visits('Syrian Foreign Minister Faisal Mekdad was received by Tunisian President Kais Saied in Tunis on Tuesday, the first visit by a Syrian foreign minister to Tunisia in more than a decade.')).toContain('faisal-mekdad tun 2022-03-08');
  });
  it('"his first visit to a descriptor": the guest visited the host', () => {
    expect(visits('The UAE also hosted Syrian President Bashar al-Assad in March, his first visit to an Arab state since the war in Syria began in 2011.')).toContain('bashar-al-assad are 2022-03');
  });
  it('"at the start of a visit to the kingdom": the place of the meeting', () => {
    expect(visits('US Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Jeddah on Tuesday, at the start of a three-day visit to the kingdom.', '2023-06-07')).toContain('antony-blinken jeddah 2023-06-06');
  });
  it('no visitor to be found, none', () => {
    expect(visits('The ceremony was held in Ankara on Wednesday, the first visit by an Israeli head of state to Turkey since 2007.')).toEqual([]);
    expect(visits('Erdogan held talks with Putin in Sochi on Friday, the first visit by an Israeli official to Russia this year.').filter((x) => x.includes(' rus '))).toEqual([]);
  });
});
