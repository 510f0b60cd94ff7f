import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref44: a claim of the attack told before (discourse.ts claimedAttacks) by a claimant past its apposition ("X, an umbrella
 * of …, claimed the attack"), of a part of the attacks ("has claimed several of the attacks"), and in Arabic by the claim
 * verb (`وتبنّت X الهجوم`, `تبنّت X معظم هذه الهجمات`): the claimant attacked the attack's target.
 */
const DAY = '2023-11-10';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the claimant of the attack told before attacked its target', () => {
  it.each([
    ['A drone attacked US forces at the Rmelan base in northeastern Syria on Thursday, a US official said. The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, claimed the attack in a statement on Telegram.', 'islamic-resistance-in-iraq attacked usa'],
    // "has" and another apposition
    ['Rockets struck US forces at the Conoco gas field on Sunday. The Islamic Resistance in Iraq, which says it acts in solidarity with Gaza, has claimed the attack.', 'islamic-resistance-in-iraq attacked usa'],
    // a part of the attacks told, past an apposition
    ['More than ten attacks have targeted bases hosting US troops in Iraq and Syria since Tuesday, US officials said. Washington has blamed Iran-backed groups, and the Islamic Resistance in Iraq, an umbrella of Iran-backed factions, has claimed several of the attacks.', 'islamic-resistance-in-iraq attacked usa'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
  it.each([
    ['استهدفت طائرة مسيّرة القوات الأمريكية في قاعدة الشدادي أمس. وتبنّت «المقاومة الإسلامية في العراق» الهجوم في بيان على «تلغرام».', 'islamic-resistance-in-iraq attacked usa'],
    ['استهدفت طائرات مسيّرة القوات الأمريكية في قاعدة الشدادي مرات عدة هذا الشهر. وتبنّت جماعة تطلق على نفسها اسم «المقاومة الإسلامية في العراق» معظم هذه الهجمات.', 'islamic-resistance-in-iraq attacked usa'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('not the claim of an attack another side did', () => {
  it('the last attack told has a named doer of its own', () => {
    const s = 'Militants attacked a US base at the al-Omar oil field on Friday, a day after a US strike in Baghdad killed a militia commander. The Islamic Resistance in Iraq, an umbrella of Iran-backed armed groups, claimed the attack.';
    expect(en(s)).not.toContain('islamic-resistance-in-iraq attacked irq');
  });
  it('no attack told before: no target', () => {
    const s = 'وتبنّت «المقاومة الإسلامية في العراق» الهجوم في بيان.';
    expect([...ar(s)].some((t) => t.startsWith('islamic-resistance-in-iraq attacked'))).toBe(false);
  });
});
