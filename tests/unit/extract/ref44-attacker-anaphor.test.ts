import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref44: "the attackers" (`المهاجمين`, "the assailants") name the doer of the attack told before
 * (relations/attackeranaphor.ts, cues.csv `attacker_anaphor`), in whatever slot a reader takes them: repelled (rule 20c,
 * both directions), struck, fought.
 */
const DAY = '2024-07-24';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the attackers are the doer of the attack told before', () => {
  it.each([
    // the row's own construction: bare army units repel the attackers of the sentence before
    ['قُتل ثلاثة عناصر من الجيش السوري، فجر اليوم الأربعاء، في هجوم شنّه مقاتلون من «هيئة تحرير الشام» على مواقع للجيش قرب بلدة كبانة. وأضافت المصادر أن وحدات الجيش تصدّت للمهاجمين وأجبرتهم على التراجع بعد اشتباكات استمرت ساعات.', 'syr attacked hts'],
    // a date between the verb and the noun, another repel verb
    ['هاجمت فصائل «الجيش الوطني السوري» مواقع لـ«قوات سوريا الديمقراطية» قرب منبج. وقالت «قسد»، في بيان اليوم الثلاثاء، إن مقاتليها تصدّوا للمهاجمين وقتلوا ثلاثة منهم.', 'sdf attacked syrian-national-army'],
    // another sentence between, a named subject
    ['شنّ مسلحون من تنظيم «داعش» هجوماً على نقطة للجيش السوري في بادية الميادين. وقُتل في الهجوم أربعة جنود. وقصفت الطائرات الحربية الروسية مواقع المهاجمين في البادية.', 'rus attacked isis'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    ['Hayat Tahrir al-Sham fighters attacked Syrian army positions near Kabani on Saturday. Army units repelled the attackers after hours of clashes, state media said.', 'syr attacked hts'],
    // a relative clause and a date between
    ['Islamic State militants ambushed an army bus near Palmyra on Thursday, killing 13 soldiers. Russian warplanes, which back government forces, later on Friday struck the attackers in the desert.', 'rus attacked isis'],
    ['Turkish-backed factions of the Syrian National Army attacked SDF positions near Manbij on Monday. The SDF said its fighters had repelled the assailants.', 'sdf attacked syrian-national-army'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('forced the attackers to retreat (rule 20c)', () => {
  it.each([
    ['هاجم مقاتلو «مجلس منبج العسكري» مواقع لفصائل «الجيش الوطني السوري» قرب قرية الياشلي. وقال «الجيش الوطني» إن مقاتليه أجبروا المهاجمين على التراجع.', 'syrian-national-army attacked manbij-military-council'],
    ['هاجم مقاتلو «مجلس منبج العسكري» مواقع لفصائل «الجيش الوطني السوري» قرب قرية الياشلي. وأجبرت فصائل «الجيش الوطني» المهاجمين على الانسحاب بعد اشتباك دام ساعتين.', 'syrian-national-army attacked manbij-military-council'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('a pressure forcing a side is no repel', () => {
    const s = 'قصفت القوات التركية قرى قرب منبج. وأجبرت الضغوط الروسية الحكومة على التراجع عن قرارها.';
    expect(ar(s)).not.toContain('syr attacked tur');
  });
});

describe('a repelled attack performed by a partitive of a named side', () => {
  it.each([
    ['وقال «مجلس منبج العسكري» إن مقاتليه تصدّوا لمحاولة تسلل نفذتها مجموعة من عناصر «الجيش الوطني»، وأجبروا المهاجمين على التراجع.', 'manbij-military-council attacked syrian-national-army'],
    ['وقال «مجلس منبج العسكري» إن مقاتليه تصدّوا لمحاولة تسلل نفذتها مجموعة من عناصر «الجيش الوطني»، وأجبروا المهاجمين على التراجع.', 'syrian-national-army attacked manbij-military-council'],
    ['وأعلنت وزارة الدفاع السورية أن وحداتها صدّت هجوماً شنّه مقاتلون من «هيئة تحرير الشام» على نقاط في ريف اللاذقية.', 'syr attacked hts'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('English: repelled an attack by fighters of X', () => {
    expect(en('The Manbij Military Council said its fighters repelled an attack by fighters of the Syrian National Army near Arima.')).toContain('manbij-military-council attacked syrian-national-army');
  });
});

describe('no attacker told, no attacker read', () => {
  it('an attack by unnamed gunmen: the attackers are no one', () => {
    const s = 'HTS fighters attacked army positions near Kabani on Saturday. On Monday, gunmen attacked a checkpoint near Jasim. Syrian army units repelled the attackers.';
    expect(en(s)).not.toContain('syr attacked hts');
  });
  it('a name of its own after the noun', () => {
    const s = 'قصفت القوات التركية قرى قرب عين عيسى. وقالت «قسد» إن مقاتليها تصدّوا للمهاجمين من «الجيش الوطني السوري».';
    expect(ar(s)).not.toContain('sdf attacked tur');
  });
  it('the sentence tells its own attack before the noun', () => {
    const s = 'Russian jets struck Idlib on Monday. Army units repelled an attack by Hayat Tahrir al-Sham near Kabani, killing several of the attackers.';
    expect(en(s)).not.toContain('syr attacked rus');
  });
});
