/**
 * An indefinite attack noun told again as an attack verb's subject (ref36, diagnosis-batch31 #26): "A simultaneous strike
 * hit positions near Damascus", "Another strike targeted …", "A second raid struck …", `وطالت غارة أخرى مواقع …`,
 * `واستهدفت غارة ثانية …`: an attack noun with an adjective of repetition or simultaneity (cues.csv `again_adjective`)
 * and no doer of its own is another attack of the doer last told (discourse.ts attackerOf), as the definite "the strike"
 * is (frames.ts definiteAttackDoer). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const ISR_EN = 'Israeli jets struck Aleppo airport on Wednesday evening, the Syrian defence ministry said. ';
const ISR_AR = 'شنّت طائرات إسرائيلية غارات على مطار حلب مساء الأربعاء، بحسب وزارة الدفاع السورية. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"A simultaneous strike targeted positions near Damascus" (#26)', lang: 'en', text: ISR_EN + 'A simultaneous strike targeted positions near Damascus, according to the same source.', want: ['isr attacked damascus'] },
  { what: '"Another strike targeted …" (a date between)', lang: 'en', text: ISR_EN + 'Another strike on Thursday targeted a weapons depot near Homs.', want: ['isr attacked homs'] },
  { what: '"A second air strike targeted …" (a means word)', lang: 'en', text: ISR_EN + 'A second air strike targeted positions near Damascus.', want: ['isr attacked damascus'] },
  { what: 'Arabic `واستهدفت غارة أخرى مواقع قرب دمشق`', lang: 'ar', text: ISR_AR + 'واستهدفت غارة أخرى مواقع قرب دمشق.', want: ['isr attacked damascus'] },
  { what: 'Arabic `وقالت … إن غارة متزامنة استهدفت مواقع في ريف حمص`', lang: 'ar', text: ISR_AR + 'وقالت الوزارة إن غارة متزامنة استهدفت مواقع في ريف حمص.', want: ['isr attacked homs'] },
  { what: '"A separate salvo targeted positions near Damascus" (batch 14\'s wording, without its "military" left to the object slot)', lang: 'en', text: ISR_EN + 'A separate salvo targeted positions near Damascus, it said.', want: ['isr attacked damascus'] },
  { what: '"fired a barrage of rockets at X" keeps its own doer', lang: 'en', text: ISR_EN + 'Hezbollah fired a barrage of rockets at Kiryat Shmona on Thursday.', want: [], not: ['isr attacked kiryat-shmona'] },
  // negative cells
  { what: 'a noun with its own doer: "Another Turkish strike" is Turkey\'s', lang: 'en', text: ISR_EN + 'Another Turkish strike targeted positions near Kobani.', want: ['tur attacked kobani'], not: ['isr attacked kobani'] },
  { what: 'no attack told before: nothing', lang: 'en', text: 'A simultaneous strike targeted positions near Damascus, according to the same source.', want: [], not: ['isr attacked damascus'] },
  { what: 'a plain indefinite "A strike targeted" is no anaphor', lang: 'en', text: ISR_EN + 'A strike targeted positions near Damascus.', want: [], not: ['isr attacked damascus'] },
];

describe('ref36: "another strike", `غارة أخرى` as an attack verb\'s subject', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
