import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref43: a speech verb joined by و after a comma (`…، وتؤكد أنها لن تسمح …`) is spoken by the first clause's subject
 * (sentence.ts attribution), its complement is no part of an accusation before it (guards.ts accusedAct), and a speech
 * word behind ب/ل (`لنقل الأسلحة`) is no speech verb for the attribution.
 */
const DAY = '2024-05-21';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));

describe('a coordinated speech verb after an accusation speaks for the first subject', () => {
  it.each([
    ['وتتهم إسرائيل إيران باستخدام الأراضي السورية لنقل الأسلحة إلى «حزب الله»، وتؤكد أنها لن تسمح لطهران بترسيخ وجودها العسكري قرب حدودها.', 'isr threatened irn'],
    // another speech verb, another accused act, another target
    ['وتتهم إسرائيل إيران بدعم «حزب الله»، وتقول إنها لن تسمح لطهران بالبقاء قرب حدودها.', 'isr threatened irn'],
    // a date between, an attack in the second clause
    ['وتتهم تركيا «وحدات حماية الشعب» بتنفيذ هجمات على أراضيها، وتقول، منذ أشهر، إنها قصفت مواقع لـ«حزب العمال الكردستاني» في شمال العراق.', 'tur attacked pkk'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('the accused act itself stays no relation', () => {
    const s = 'وتتهم إسرائيل إيران بدعم «حزب الله»، وتؤكد أنها لن تسمح لطهران بالبقاء قرب حدودها.';
    expect(ar(s)).not.toContain('irn supported hezbollah');
  });
  it('no comma: the accusation still holds its act', () => {
    const s = 'وتتهم إسرائيل إيران بمهاجمة سفن في البحر الأحمر.';
    expect([...ar(s)].filter((x) => x.startsWith('irn attacked'))).toEqual([]);
  });
});
