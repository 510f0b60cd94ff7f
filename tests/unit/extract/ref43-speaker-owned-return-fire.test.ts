import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref43: the speaker's own fighters as a clause subject (returnfire.ts speakerOwnedSubjects, cues.csv `speaker_owned_ar`,
 * `speaker_owned_en`), fire returned on the attacker (returnedFire, cues.csv `return_fire`) and a definite attack repelled
 * (repelledDefinite): `وقالت X إن مقاتليها استهدفوا …`, `… وإن مقاتليها ردّوا على مصادر النيران`, "X said its fighters had
 * returned fire", `أعلن المجلس أن مقاتليه تصدّوا للهجوم`, "The ministry said its units had repelled the assault".
 */
const DAY = '2024-05-06';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the speaker\'s own fighters are the speaker', () => {
  it.each([
    ['وقالت «هيئة تحرير الشام»، التي تسيطر على الجزء الأكبر من محافظة إدلب، إن مقاتليها استهدفوا بقذائف المدفعية مواقع لقوات النظام في ريف حماة الغربي.', 'hts attacked syr'],
    // another verb, a date and a statement between, the masculine clitic of a group
    ['وأعلنت «هيئة تحرير الشام»، اليوم الأحد، أن عناصرها قصفوا مواقع لقوات النظام في ريف إدلب.', 'hts attacked syr'],
    ['وقال «مجلس منبج العسكري» إن مقاتليه هاجموا مواقع لفصائل «الجيش الوطني السوري» قرب منبج.', 'manbij-military-council attacked syrian-national-army'],
    // a state's own forces
    ['وأعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع «وحدات حماية الشعب» في شمال سوريا.', 'tur attacked ypg'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('English: "the ministry said its units" (a state body)', () => {
    const s = 'HTS fighters attacked Syrian army positions on the Saraqeb front on Monday, the Syrian defence ministry said. The ministry said its units had repelled the assault and inflicted heavy losses on the attackers.';
    expect(en(s)).toContain('syr attacked hts');
  });
  it('no speech verb: no owner read', () => {
    const s = 'وتتهم دمشق أنقرة بدعم فصائل، وترى أن مقاتليها يهاجمون قرى في ريف حلب.';
    expect(ar(s)).not.toContain('syr attacked aleppo');
  });
});

describe('fire returned on the attacker', () => {
  it.each([
    // the attacker named before in the sentence
    ['وقالت «قوات سوريا الديمقراطية» إن فصائل «الجيش الوطني السوري» هاجمت مواقع لها على محور عين عيسى، وإن مقاتليها ردّوا على مصادر النيران.', 'sdf attacked syrian-national-army'],
    // the attacker of the sentence before
    ['قصفت القوات التركية قرى قرب عين عيسى أمس. وقالت «قوات سوريا الديمقراطية» إن القصف طال أيضاً محيط الطريق الدولي إم 4، وإن مقاتليها ردّوا على مصادر النيران.', 'sdf attacked tur'],
    ['قصفت القوات التركية قرى قرب عين عيسى أمس. وأعلنت «قسد» في بيان أن مقاتليها ردّوا على مصادر النيران، متهمة تركيا بالسعي إلى تهجير السكان.', 'sdf attacked tur'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    // English: named after the cue, or the attack told before
    ['The Kurdish-led SDF said its fighters had returned fire on positions of the Turkish-backed Syrian National Army near the village of Saida.', 'sdf attacked syrian-national-army'],
    ['Turkish-backed factions of the Syrian National Army attacked SDF positions near Manbij on Monday. The SDF said its fighters returned fire and killed four of the assailants.', 'sdf attacked syrian-national-army'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it('"responded with rocket fire on" a side named after it', () => {
    const s = 'Hayat Tahrir al-Sham, the jihadist group that dominates Idlib, said its fighters had responded with rocket fire on positions of Russian forces near Saraqeb.';
    expect(en(s)).toContain('hts attacked rus');
  });
  it('fire aimed at something unnamed falls back to no one', () => {
    const s = 'Russian jets struck villages in Jabal al-Zawiya on Sunday. Hayat Tahrir al-Sham said its fighters had responded with rocket fire on the outskirts, without giving details.';
    expect(en(s)).not.toContain('hts attacked rus');
  });
  it('a place named after the fire is the place fired on (gold rule 10)', () => {
    const s = 'قصفت القوات التركية قرى في ريف تل رفعت. وقالت «قسد» إن قواتها ردت على مصادر النيران في محيط مدينة مارع التي يسيطر عليها «الجيش الوطني السوري».';
    const t = ar(s);
    expect(t).toContain('sdf attacked marea');
    expect(t).not.toContain('sdf attacked tur');
  });
  it('the fire returned is not the attack a later condemnation refers to', () => {
    const s = 'قصفت القوات التركية قرى في ريف تل رفعت. وقالت «قسد» إن قواتها ردت على مصادر النيران في محيط مدينة مارع. وأدانت وزارة الخارجية السورية القصف.';
    expect(ar(s)).not.toContain('syr criticized sdf');
  });
});

describe('a definite attack repelled: the attack told before', () => {
  it('Arabic: مقاتليه تصدّوا للهجوم', () => {
    const s = 'هاجمت فصائل «الجيش الوطني السوري» مواقع لـ«مجلس منبج العسكري» في ريف منبج. وقال «مجلس منبج العسكري» في بيان إن مقاتليه تصدوا للهجوم وأجبروا المهاجمين على التراجع.';
    expect(ar(s)).toContain('manbij-military-council attacked syrian-national-army');
  });
  it('English: "its fighters had repelled the assault"', () => {
    const s = 'Fighters of the Syrian National Army attacked SDF positions near Manbij on Sunday. The SDF said in a statement that its fighters had repelled the assault and killed at least five attackers.';
    expect(en(s)).toContain('sdf attacked syrian-national-army');
  });
  it('no attack told before: nothing', () => {
    const s = 'وقال «مجلس منبج العسكري» في بيان إن مقاتليه تصدوا للهجوم.';
    expect([...ar(s)].filter((x) => x.includes('attacked'))).toEqual([]);
  });
});
