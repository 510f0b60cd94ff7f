import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref46 (diagnosis-batch44 §6 ref46 rank 2, gold rule 21c): a definite descriptor of factions told by its patron,
 * `الفصائل الموالية لها`, `الفصائل المدعومة من تركيا`, "Turkish-backed factions", "the factions loyal to Ankara", "its
 * Syrian proxies", stands for the umbrella group the article names in another sentence (the Syrian National Army), and
 * takes every row the sentence states of the factions; none when the article never names the group (rule 7).
 * relations/factiondescriptor.ts.
 */
const DAY = '2024-06-23';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));
const SNA_AR = ' وقال «الجيش الوطني السوري» في بيان إنه يرد على مصادر النيران.';
const SNA_EN = ' The Syrian National Army said it was responding to fire from the area.';

describe('the descriptor of factions is the group the article names', () => {
  it.each([
    // the row's own construction (pool b23: tal-tamr)
    ['قصفت القوات التركية والفصائل الموالية لها أمس السبت قرى في ريف بلدة تل تمر.' + SNA_AR, ['syrian-national-army attacked tal-tamr', 'tur attacked tal-tamr', 'tur supported syrian-national-army']],
    // control verb with a list of places and a date (b44 #91)
    ['وتسيطر تركيا والفصائل الموالية لها على رأس العين وتل أبيض منذ تشرين الأول/أكتوبر 2019.' + SNA_AR, ['syrian-national-army deployed_in ras-al-ain', 'syrian-national-army deployed_in tal-abyad']],
    // the Syrian adjective between head and participle
    ['قصفت القوات التركية والفصائل السورية الموالية لها قرى في محيط مدينة تل رفعت.' + SNA_AR, ['syrian-national-army attacked tal-rifaat']],
    // a preposition's clitic and the backing participle (b44 #62); the group named in the sentence before
    ['قصفت فصائل «الجيش الوطني السوري» مواقع لقوات النظام قرب دير حافر. ونددت وزارة الخارجية السورية في بيان بما وصفته «الاعتداءات المتكررة» للفصائل المدعومة من تركيا.', ['syr criticized syrian-national-army', 'tur supported syrian-national-army']],
    // the accused object, a nisba adjective between head and participle, the group named in the NEXT sentence (rule 21c's example)
    ['اتهمت «الإدارة الذاتية لشمال وشرق سوريا»، يوم الأربعاء، تركيا والفصائل السورية الموالية لها بقطع المياه عن مدينة الحسكة. وأضافت أن المحطة تقع في منطقة رأس العين التي تسيطر عليها القوات التركية وفصائل «الجيش الوطني السوري».', ['aanes accused tur', 'aanes accused syrian-national-army', 'tur supported syrian-national-army']],
    // the patron named after the participle
    ['وقالت الإدارة في بيان إن الفصائل الموالية لأنقرة تمنع فرق الصيانة من الوصول إلى المحطة.' + SNA_AR, ['tur supported syrian-national-army']],
  ])('%s', (s, ts) => {
    const got = ar(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it.each([
    ['Turkish-backed factions shelled the village of Saida near Ain Issa on Monday.' + SNA_EN, ['syrian-national-army attacked saida', 'tur supported syrian-national-army']],
    // the patron after "loyal to"
    ['The factions loyal to Ankara seized Afrin in 2018.' + SNA_EN, ['tur supported syrian-national-army']],
    // a Syrian adjective between the compound and the head
    ['Turkish-backed Syrian factions shelled Ain Issa on Monday.' + SNA_EN, ['syrian-national-army attacked ain-issa']],
  ])('%s', (s, ts) => {
    const got = en(s);
    for (const t of ts) expect(got).toContain(t);
  });
});

describe('no group for a descriptor the article does not name', () => {
  it('Arabic: no SNA named anywhere (rule 7)', () => {
    const got = ar('قصفت القوات التركية والفصائل الموالية لها أمس السبت قرى في ريف بلدة تل تمر.');
    expect(got).toContain('tur attacked tal-tamr');
    expect([...got].some((t) => t.includes('syrian-national-army'))).toBe(false);
  });
  it('English: no SNA named anywhere (rule 7)', () => {
    const got = en('Turkish-backed factions shelled Ain Issa on Monday, the SDF said.');
    expect([...got].some((t) => t.includes('syrian-national-army'))).toBe(false);
  });
  it('another patron: Iran-backed factions are no SNA', () => {
    const got = en('Iran-backed factions shelled Deir ez-Zor on Monday.' + SNA_EN);
    expect(got).not.toContain('syrian-national-army attacked deir-ez-zor');
  });
  it('unnamed collective: «فصائل عراقية» stays none', () => {
    const got = ar('هاجمت فصائل عراقية قاعدة أمريكية في سوريا.' + SNA_AR);
    expect([...got].some((t) => t.startsWith('syrian-national-army attacked'))).toBe(false);
  });
});
