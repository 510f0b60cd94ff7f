import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * slot48 (gold rule 20c; diagnosis-batch47 §6 slot47 rank 1, diagnosis-batch46 rank 4): fire returned "on the sources of
 * the shelling" answers the attack told before (not fire aimed at an unnamed thing), and a reply to an attack of several
 * doers answers each of them (`قصف مصدره القوات التركية وفصائل X … ردّوا على مصادر النيران` → both).
 */
const DAY = '2024-05-06';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('English: fire returned on the sources of the attack', () => {
  it.each([
    // the row's own construction
    ['Fighters of the Syrian National Army shelled several villages near the town of Tal Tamr on Wednesday, residents said. The Syrian Democratic Forces (SDF) said in a statement that its fighters had returned fire on the sources of the shelling, without giving details.', 'sdf attacked syrian-national-army'],
    // another noun, no statement, a date
    ['Fighters of the Syrian National Army attacked SDF positions near Manbij on Monday. The SDF said on Tuesday its fighters returned fire on the source of the attack.', 'sdf attacked syrian-national-army'],
    // another subject
    ['Turkish drones struck positions near Qamishli on Sunday. The Kurdish-led SDF said its units returned fire on the sources of the fire.', 'sdf attacked tur'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it('fire on an unnamed thing still gives no one', () => {
    const s = 'Russian jets struck villages in Jabal al-Zawiya on Sunday. Hayat Tahrir al-Sham said its fighters had responded with rocket fire on the outskirts, without giving details.';
    expect(en(s)).not.toContain('hts attacked rus');
  });
  it('no attack told before: no one', () => {
    const s = 'The SDF said its fighters had returned fire on the sources of the shelling near Tal Tamr.';
    expect([...en(s)].filter((t) => t.startsWith('sdf attacked'))).toEqual([]);
  });
});

describe('a reply answers every doer of the attack', () => {
  it.each([
    // the row's own construction (pool b40): a passive attack noun with two doers, the reply two sentences on
    ['تعرّضت قرى في ريف ناحية عين عيسى، مساء أمس، لقصف مدفعي مصدره القوات التركية وفصائل «الجيش الوطني السوري» المتمركزة في منطقة تل أبيض. وقالت المصادر إن القذائف سقطت على منازل. وأعلنت «قوات سوريا الديمقراطية» (قسد) في بيان أن مقاتليها ردّوا على مصادر النيران.', ['sdf attacked tur', 'sdf attacked syrian-national-army']],
    // an active verb with two doers, the reply in the next sentence
    ['قصفت القوات التركية وفصائل «الجيش الوطني السوري» قرى قرب عين عيسى أمس. وقالت «قسد» إن مقاتليها ردّوا على مصادر النيران.', ['sdf attacked tur', 'sdf attacked syrian-national-army']],
  ])('%s', (s, ts) => {
    const got = ar(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it('English: two doers of the shelling', () => {
    const s = 'Turkish forces and the Syrian National Army shelled villages near Ain Issa on Monday. The SDF said its fighters returned fire on the sources of the shelling.';
    const got = en(s);
    expect(got).toContain('sdf attacked tur');
    expect(got).toContain('sdf attacked syrian-national-army');
  });
  it('one doer: the reply answers that one only', () => {
    const s = 'قصفت القوات التركية قرى قرب عين عيسى أمس، فيما هاجمت «هيئة تحرير الشام» مواقع في إدلب. وقالت «قسد» إن مقاتليها ردّوا على مصادر النيران.';
    expect(ar(s)).not.toContain('sdf attacked tur');
  });
});

describe('a reply that names the side it hit keeps that side', () => {
  it('`ردّوا على مصادر النيران في مواقع X` after two doers: X only', () => {
    const s = 'قصفت القوات التركية والفصائل السورية الموالية لها، مساء أمس الأحد، قرى قرب بلدة تل تمر. وأعلنت «قسد» أن مقاتليها ردّوا على مصادر النيران في مواقع «الجيش الوطني السوري» قرب خطوط التماس.';
    const got = ar(s);
    expect(got).toContain('sdf attacked syrian-national-army');
    expect(got).not.toContain('sdf attacked tur');
  });
});
