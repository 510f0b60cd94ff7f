import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref42: a place anaphor of a kind ("the camp", "the city", `المدينة`, `المخيم`), a place part with a clitic owner ("its
 * outskirts", `محيطها`) and a bare direction ("the northwest") are resolved wherever they stand, not only next to a strike
 * or presence word: every reader that takes a place slot gets them (only `attacked` and `deployed_in` take a place
 * anaphor as target).
 */
const DAY = '2023-06-01';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a place of a kind in a slot far from a strike or presence word', () => {
  it.each([
    // (batch 36 #2: a participle on a member noun)
    ['The Asayish searched tents in the al-Hol camp on Saturday. The Asayish blamed the deaths on cells of the Islamic State group operating inside the camp, which holds tens of thousands of women and children.', 'isis deployed_in al-hol-camp'],
    // (pool b32: a passive with a locative apposition between)
    ['The SDF detained dozens of suspects in the al-Hol camp on Thursday. The camp, near the Iraqi border in Hasakah province, is run by the Kurdish-led administration and guarded by the SDF.', 'aanes deployed_in al-hol-camp'],
    // (pool b34: "on the outskirts of the city" after a building used by X)
    ['Israeli air strikes hit several sites in and around the central city of Homs early on Wednesday. The Syrian Observatory for Human Rights said one of the strikes hit a building used by members of Lebanon\'s Hezbollah on the outskirts of the city.', 'hezbollah deployed_in homs'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it.each([
    // (pool b23: `بطرد خلايا التنظيم من المدينة`, the city named in the same sentence)
    ['ويأتي ذلك بعد أسبوعين من معارك مماثلة في مدينة جاسم بريف درعا الشمالي، قالت مصادر محلية إنها انتهت بطرد خلايا تنظيم «داعش» من المدينة.', 'isis deployed_in jasim'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('no place of that kind named before: nothing', () => {
    const got = en('The Islamic State group remains active in Syria. The Asayish blamed the deaths on cells of the group operating inside the camp.');
    expect([...got].some((x) => x.startsWith('isis deployed_in') && x.includes('camp'))).toBe(false);
  });
  it('a place of another kind is not the antecedent', () => {
    const got = en('Turkish drones struck the town of Qamishli on Friday. The SDF blamed the deaths on cells of the Islamic State group operating inside the camp.');
    expect(got).not.toContain('isis deployed_in qamishli');
  });
});

describe('a bare direction far from a strike or presence word', () => {
  it.each([
    // (pool b24: the direction as the subject of a passive control verb, a relative between)
    ['Aid trucks crossed from Turkey into Syria on Tuesday. The northwest, where more than four million people live, is largely controlled by Hayat Tahrir al-Sham.', 'hts deployed_in northwestern-syria'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});
