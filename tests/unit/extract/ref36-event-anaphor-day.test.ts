/**
 * An event anaphor with a weekday of its own (ref36, diagnosis-batch31 #88, FP 90): "condemned Thursday's strike",
 * `ودانت … غارة الخميس`, `الهجوم يوم الأحد` is the attack the article told with that day, not the last attack told
 * (discourse.ts toldOnDay, read by attackerOf and condemnedDoer); with no attack of that day told, it names no one.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

type Case = { what: string; text: string; lang: 'en' | 'ar'; date?: string; want: string[]; not?: string[] };

const KISWAH_EN = "Israeli jets struck targets near al-Kiswah early on Thursday, Syria's defence ministry said. ";
const IRAN_EN = 'Iran responded on April 13 with its first direct attack on Israel, launching hundreds of drones. ';
const KISWAH_AR = 'شنّت طائرات إسرائيلية غارات على مواقع قرب الكسوة في ريف دمشق فجر يوم الخميس. ';
const IRAN_AR = 'وكانت إيران قد شنّت في 13 نيسان/أبريل هجوماً بطائرات مسيّرة على إسرائيل. ';

const CASES: Case[] = [
  { what: '"condemned Thursday\'s strike" after a later-told Iranian attack (#88, FP 90)', lang: 'en', date: '2024-05-02', text: KISWAH_EN + IRAN_EN + 'Syria\'s foreign ministry condemned Thursday\'s strike as a "flagrant violation" of its sovereignty.', want: ['syr criticized isr'], not: ['syr criticized irn'] },
  { what: '"denounced Thursday\'s air strike" (a means word between), a relative after', lang: 'en', date: '2024-05-02', text: KISWAH_EN + IRAN_EN + 'Iraq denounced Thursday\'s air strike, which it said wounded two civilians.', want: ['irq criticized isr'], not: ['irq criticized irn'] },
  { what: 'Arabic `ودانت الخارجية السورية غارة الخميس`', lang: 'ar', date: '2024-05-02', text: KISWAH_AR + IRAN_AR + 'ودانت وزارة الخارجية السورية غارات الخميس، واعتبرتها انتهاكاً لسيادتها.', want: ['syr criticized isr'], not: ['syr criticized irn'] },
  { what: 'Arabic `الهجوم يوم الخميس` (with يوم)', lang: 'ar', date: '2024-05-02', text: KISWAH_AR + IRAN_AR + 'ودانت العراق الهجوم يوم الخميس.', want: ['irq criticized isr'], not: ['irq criticized irn'] },
  // negative cells
  { what: 'no attack told on that day: "Friday\'s strike" names no one', lang: 'en', date: '2024-05-04', text: KISWAH_EN + IRAN_EN + "Syria's foreign ministry condemned Friday's strike.", want: [], not: ['syr criticized irn', 'syr criticized isr'] },
  { what: '"condemned the strike" with no day: still the last attack told', lang: 'en', date: '2024-05-02', text: IRAN_EN + KISWAH_EN + "Syria's foreign ministry condemned the strike.", want: ['syr criticized isr'] },
];

describe('ref36: an event anaphor with its weekday is the attack of that day', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, c.date));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
