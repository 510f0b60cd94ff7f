/**
 * A reception for talks gives `hosted` and `met` (gold rule 2, "a sentence that says both gives both"; rule 3 for several
 * guests; relations/hostedtalks.ts): "X hosted A and B … for talks on …" → X met A, X met B, A met B. Negative cells: a
 * reception with no meeting noun of purpose, a meeting noun that is no purpose of the reception, and Arabic `لبحث`
 * (hosted only, as the pool's gold reads it).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, lang: 'ar' | 'en' = 'en') =>
  extract(text, lang, '2023-04-28').relations.filter((r) => r.relation === 'met' || r.relation === 'hosted').map((r) => `${r.source} ${r.relation} ${r.target}${r.attrs?.mode ? ' ' + r.attrs.mode : ''}`);

describe('a reception for talks (en)', () => {
  it('the host meets its one guest', () => {
    expect(rows('Putin hosted Erdogan in Sochi on Friday for talks on Syria.')).toEqual(['vladimir-putin hosted recep-tayyip-erdogan', 'vladimir-putin met recep-tayyip-erdogan']);
    expect(rows('The governor of Kilis hosted members of the Azaz local council on Tuesday for talks on trade.')).toEqual(['tur hosted azaz-local-council', 'tur met azaz-local-council']);
    expect(rows('Lavrov received Fidan at the foreign ministry on Monday for a new round of talks.')).toEqual(['sergei-lavrov hosted hakan-fidan', 'sergei-lavrov met hakan-fidan']);
  });
  it('several guests: the host meets each, the guests meet each other', () => {
    expect(rows('Erdogan hosted Putin and Raisi in Ankara on Monday for talks on Syria.').sort()).toEqual([
      'recep-tayyip-erdogan hosted ebrahim-raisi',
      'recep-tayyip-erdogan hosted vladimir-putin',
      'recep-tayyip-erdogan met ebrahim-raisi',
      'recep-tayyip-erdogan met vladimir-putin',
      'vladimir-putin met ebrahim-raisi',
    ].sort());
    expect(rows('Russian officers hosted commanders of the Syrian Democratic Forces and Syrian army officers at their base at Qamishli airport on Saturday for talks on easing tension.').sort()).toEqual(['rus hosted sdf', 'rus hosted syr', 'rus met sdf', 'rus met syr', 'sdf met syr'].sort());
  });
  it('counterparts named by demonyms meet as the persons, with the plan of the reception', () => {
    const r = rows("Safadi is due to host his Syrian, Saudi and Iraqi counterparts in Amman on Monday for talks on a roadmap for Syria's return to the Arab fold.");
    expect(r.filter((x) => x.includes(' met ')).sort()).toEqual([
      'ayman-safadi met faisal-bin-farhan planned',
      'ayman-safadi met faisal-mekdad planned',
      'ayman-safadi met fuad-hussein planned',
      'faisal-bin-farhan met fuad-hussein planned',
      'faisal-mekdad met faisal-bin-farhan planned',
      'faisal-mekdad met fuad-hussein planned',
    ]);
  });
  it('no meeting noun of purpose, no meeting', () => {
    expect(rows('Erdogan hosted Putin in Ankara on Monday.')).toEqual(['recep-tayyip-erdogan hosted vladimir-putin']);
    expect(rows('Erdogan hosted Putin in Ankara on Monday, days after talks in Tehran.')).toEqual(['recep-tayyip-erdogan hosted vladimir-putin']);
    expect(rows('Erdogan did not host Putin in Ankara for talks.')).toEqual([]);
  });
});

describe('a reception to discuss (ar): hosted only, as the pool reads it', () => {
  it('`لبحث` after `استقبل` adds no meeting', () => {
    expect(rows('استقبل وزير الخارجية العراقي فؤاد حسين في بغداد أمس وفداً سورياً برئاسة وزير الموارد المائية تمام رعد، لبحث ملف المياه.', 'ar')).toEqual(['fuad-hussein hosted tammam-raad']);
  });
});
