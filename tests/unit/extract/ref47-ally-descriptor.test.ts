import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref47 (diagnosis-batch46 §6 ref47 rank 1, diagnosis-batch47 §6 ref47 rank 2; gold rules 21c and 19b): an ally
 * descriptor of factions — "Turkish forces and allied Syrian factions", "Turkey and its/their Syrian allies", "accused
 * Turkey of using its Syrian allies" — is the umbrella group the article names (the Syrian National Army), takes the
 * sentence's rows, and supports its patron; "and allied Syrian National Army factions", "and allied factions of the
 * Syrian National Army" name the group and give its support. No group when the article names none (rule 7), and the
 * factions' own "Syrian" is no Syria. relations/factiondescriptor.ts.
 */
const DAY = '2024-06-23';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));
const SNA_AR = ' وقال «الجيش الوطني السوري» في بيان إنه يرد على مصادر النيران.';
const SNA_EN = ' The Syrian National Army said it was responding to fire from the area.';

describe('an ally descriptor is the group the article names, and supports its patron', () => {
  it.each([
    // the row's own construction (b46 #2-#3), with a date
    ['Turkish forces and allied Syrian factions shelled several villages near the town of Abu Rasin on Wednesday.' + SNA_EN, ['syrian-national-army attacked abu-rasin', 'tur attacked abu-rasin', 'syrian-national-army supported tur']],
    // "its Syrian allies" as a list member (b47 #22-#24; pool b16, b33), a relative clause
    ['Tal Rifaat shelters people displaced from Afrin, which Turkey and its Syrian allies seized from the YPG in 2018.' + SNA_EN, ['syrian-national-army attacked ypg', 'syrian-national-army supported tur']],
    ['Turkey and its Syrian allies have controlled a strip of territory between Ras al-Ain and Tal Abyad since an offensive in October 2019.' + SNA_EN, ['syrian-national-army deployed_in ras-al-ain', 'syrian-national-army supported tur']],
    // "their" (pool b42), the group named BEFORE
    ['The Syrian National Army denied the report. Turkish forces and their Syrian allies control a strip of territory around Tal Abyad.', ['syrian-national-army deployed_in tal-abyad', 'syrian-national-army supported tur']],
    // no list: the state named before the pronoun in its clause (b46 #77)
    ['The council accused Turkey of directing the shelling and of using its Syrian allies to destabilise the front line.' + SNA_EN, ['syrian-national-army supported tur']],
    // the group by name after the participle (pool b44) and after "allied factions of" (b47)
    ['Turkish troops and allied Syrian National Army factions have held Jarablus since 2016.', ['syrian-national-army supported tur']],
    ['Turkey and allied factions of the Syrian National Army control a swathe of territory to the north.', ['syrian-national-army supported tur']],
  ])('%s', (s, ts) => {
    const got = en(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it.each([
    // the other language: the loyalty and alliance participles after the descriptor
    ['قصفت القوات التركية والفصائل السورية الموالية لها قرى قرب بلدة أبو راسين يوم الأربعاء.' + SNA_AR, ['syrian-national-army attacked abu-rasin', 'tur attacked abu-rasin']],
    ['وتسيطر تركيا والفصائل الموالية لها على رأس العين وتل أبيض منذ عام 2019.' + SNA_AR, ['syrian-national-army deployed_in ras-al-ain']],
  ])('%s', (s, ts) => {
    const got = ar(s);
    for (const t of ts) expect(got).toContain(t);
  });
});

describe('no group and no Syria for an ally descriptor the article does not name (rule 7)', () => {
  it('"their Syrian allies" with no SNA named: no syr row', () => {
    const got = en('Turkish forces and their Syrian allies have held a strip of territory between Tal Abyad and Ras al-Ain since 2019.');
    expect([...got].filter((t) => t.startsWith('syr ') || t.includes('syrian-national-army'))).toEqual([]);
    expect(got).toContain('tur deployed_in tal-abyad');
  });
  it('"allied Syrian factions" with no SNA named: the first actor keeps its row', () => {
    const got = en('Turkish forces and allied Syrian factions shelled several villages near the town of Abu Rasin on Wednesday.');
    expect(got).toContain('tur attacked abu-rasin');
    expect([...got].filter((t) => t.startsWith('syr ') || t.includes('syrian-national-army'))).toEqual([]);
  });
  it('"its allies" with no Syrian adjective is no descriptor ("Turkey and its allies" may be NATO)', () => {
    const got = en('Turkey and its allies discussed the offensive.' + SNA_EN);
    expect([...got].filter((t) => t.includes('syrian-national-army supported'))).toEqual([]);
  });
  it('another patron than the group\'s backer gives none ("Russia and its Syrian allies")', () => {
    const got = en('Russia and its Syrian allies shelled Idlib on Monday.' + SNA_EN);
    expect([...got].filter((t) => t.includes('syrian-national-army'))).toEqual([]);
  });
});
