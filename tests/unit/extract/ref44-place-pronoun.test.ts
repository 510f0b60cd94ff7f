import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref44: a place taken or held told by a pronoun (relations/placepronoun.ts): "since government forces regained control of
 * it", "retook it", `منذ أن استعادت القوات الحكومية السيطرة عليها`, `منذ سيطرة القوات التركية عليها` — the pronoun is the
 * last place named, the holder is there.
 */
const DAY = '2024-09-10';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the place a pronoun names after a capture or control phrase', () => {
  it.each([
    ['Dozens of fighters have been killed in similar attacks across Daraa province since government forces regained control of it in July 2018.', 'syr deployed_in daraa'],
    // another verb of capture, a relative between
    ['No group claimed the attack, the latest in a wave of killings that has gripped Daraa province since government forces retook it under a Russian-brokered settlement in July 2018.', 'syr deployed_in daraa'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it.each([
    ['وتشهد محافظة درعا فلتاناً أمنياً واغتيالات شبه يومية منذ أن استعادت القوات الحكومية السيطرة عليها صيف عام 2018.', 'syr deployed_in daraa'],
    ['ويقيم في قرى تل رفعت آلاف النازحين الذين فرّوا من عفرين منذ سيطرة القوات التركية عليها عام 2018.', 'tur deployed_in afrin'],
    // the place named in the sentence before
    ['نزح آلاف المدنيين من مدينة عفرين. وجاء ذلك بعد سيطرة فصائل «الجيش الوطني السوري» عليها في آذار 2018.', 'syrian-national-army deployed_in afrin'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('no place for the pronoun', () => {
  it('"it" not after a capture or control phrase', () => {
    expect([...en('Officials said Daraa province was calm on Monday, and residents said it was quiet.')].some((t) => t.includes('deployed_in'))).toBe(false);
  });
  it('`عليها` after no control noun', () => {
    expect(ar('وقالت «قسد» إن مدينة عفرين تتعرض لهجمات، وإن الضغوط عليها مستمرة.')).not.toContain('sdf deployed_in afrin');
  });
});
