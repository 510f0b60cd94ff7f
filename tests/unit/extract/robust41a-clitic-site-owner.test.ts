import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * robust41a: an Arabic owner clitic on a site or people noun in an attack's object (cliticowner.ts, cues.csv
 * `clitic_site_ar`): `مواقعها`, `مقاتليه`, `مقراته`, `عناصرها` right after the attack word or after `على`/`ضد`, or after
 * `إلى جانب` a fight verb, names the holder: the state, group or body named before it in its sentence that is not the
 * attacker, else the one the sentence before names first. Negative cells: the attacker's own positions (`من مواقعها`),
 * a base the attack heads for, the subject's own forces, a state for a masculine clitic.
 */
const DAY = '2024-05-06';
const triples = (s: string) => tripleSet(extract(s, 'ar', DAY));

describe('owner clitic on a site or people noun: the holder named before', () => {
  it.each([
    // the probe's own construction and wordings it does not use
    ['وأصدرت «قسد» بياناً. وكثّفت أنقرة ضرباتها بالطائرات المسيّرة على مواقعها في القامشلي.', 'tur attacked sdf'],
    ['وأصدر حزب العمال الكردستاني بياناً. وتشن القوات التركية منذ سنوات عمليات جوية وبرية ضد مقاتليه في إقليم كردستان العراق.', 'tur attacked pkk'],
    ['وتبنّى الحزب الديمقراطي الكردستاني الإيراني المسؤولية. وقصف الحرس الثوري الإيراني مقراته قرب كويسنجق.', 'irgc attacked pdki'],
    // a date, a modifier and a relative clause between
    ['ونفت «هيئة تحرير الشام» الاتهامات. وقصفت قوات النظام السوري مواقعها في ريف إدلب الجنوبي.', 'syr attacked hts'],
    ['ونفت «هيئة تحرير الشام» الاتهامات. وقصفت المدفعية التركية أمس الأحد مواقعها في ريف حلب الغربي.', 'tur attacked hts'],
    // the holder named in the same sentence, the attack told in a relative clause
    ['وكانت «قسد» قد علّقت عملياتها المشتركة مع التحالف، إثر الغارات التركية التي تستهدف مواقعها منذ أسابيع.', 'tur attacked sdf'],
    // a count of its members
    ['وأصدرت «وحدات حماية الشعب» بياناً. وأعلنت وزارة الدفاع التركية «تحييد» أربعة من عناصرها في شمال سوريا.', 'tur attacked ypg'],
    ['ونفى «حزب العمال الكردستاني» ذلك. وقتلت القوات التركية ثلاثة من مسلحيه في جبال قنديل.', 'tur attacked pkk'],
    // the partner of a fight
    ['وتعدّ إيران و«حزب الله» من أبرز حلفاء الحكومة السورية، ويقاتل الحزب إلى جانب قواتها منذ عام 2013.', 'hezbollah coordinated_with syr'],
  ])('%s → %s', (s, t) => {
    expect(triples(s)).toContain(t);
  });
});

describe('owner clitic: not the attacker\'s, not a state for ه', () => {
  it('positions an attacker fires from stay its own', () => {
    const s = 'وأصدرت «قسد» بياناً. وقصفت قوات النظام السوري من مواقعها في ريف اللاذقية قرى في سهل الغاب.';
    expect(triples(s)).not.toContain('syr attacked sdf');
  });
  it('a count of the attacker\'s own from its positions', () => {
    const s = 'وأصدرت «قسد» بياناً. وقصفت قوات النظام السوري من مواقعها قرى في سهل الغاب.';
    expect(triples(s)).not.toContain('syr attacked sdf');
  });
  it('a masculine clitic names no state', () => {
    const s = 'وأصدرت تركيا بياناً. وقصف تنظيم «داعش» مواقعه في البادية.';
    expect(triples(s)).not.toContain('isis attacked tur');
  });
  it('the subject never owns the positions it strikes', () => {
    const s = 'وقصفت تركيا مواقعها في شمال سوريا.';
    expect([...triples(s)].filter((t) => t.startsWith('tur attacked tur'))).toEqual([]);
  });
});
