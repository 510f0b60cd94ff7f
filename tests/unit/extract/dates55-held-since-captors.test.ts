/**
 * dates55 (diagnosis-batch44 #56, the leftover "has been held since 2018 by X"): the presence a capture verb in a relative
 * clause gives its captors, when the main clause tells the hold as ongoing with "since"/`منذ`, is that standing state
 * (rule 6: publication; relations/dates.ts capturedWhileHeld); the capture and the loser's presence keep the clause's
 * date (rule 19f). Negative cells: no "since" before the relative, the captors' presence keeps the capture's date.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2023-11-08').relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('held since DATE by the captors of a relative clause (en)', () => {
  it('"has been held since 2018 by X and Y, who seized it from the YPG that year"', () => {
    const r = rels('Jindires has been held since 2018 by Turkish troops and factions of the Turkish-backed Syrian National Army, who seized it from the Kurdish YPG militia that year.', 'en');
    expect(r).toContain('tur deployed_in jindires 2023-11-08');
    expect(r).toContain('syrian-national-army deployed_in jindires 2023-11-08');
    expect(r).toContain('tur attacked ypg 2018');
    expect(r).toContain('ypg deployed_in jindires 2018');
  });
  it('another verb of holding and of capture, a month', () => {
    const r = rels('Afrin has been controlled since 2018 by Turkish troops, who captured it from the YPG in March of that year.', 'en');
    expect(r).toContain('tur deployed_in afrin 2023-11-08');
    expect(r).toContain('ypg deployed_in afrin 2018-03');
  });
});

describe('the same in Arabic', () => {
  it('`وتخضع عفرين منذ عام 2018 لسيطرة القوات التركية التي انتزعتها من …`', () => {
    const r = rels('وتخضع عفرين منذ عام 2018 لسيطرة القوات التركية التي انتزعتها من «وحدات حماية الشعب» في العام نفسه.', 'ar');
    expect(r).toContain('tur deployed_in afrin 2023-11-08');
    expect(r).toContain('ypg deployed_in afrin 2018');
  });
});

describe('no ongoing hold before the relative', () => {
  it('the captors of a dated capture keep its date', () => {
    const r = rels('Turkish troops, who seized Afrin from the YPG in 2018, shelled villages near Tal Rifaat on Monday.', 'en');
    expect(r).not.toContain('tur deployed_in afrin 2023-11-08');
  });
});
