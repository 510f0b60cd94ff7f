/**
 * An armed group's members acting "in" a place are its presence there, not an attack on the place (ref34,
 * diagnosis-batch29 §9 and #24; gold rule 13: "its cells still carry out attacks in the Syrian desert" gives
 * `isis deployed_in syrian-desert` at publication; relations/members.ts). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const IS_EN = 'Islamic State militants attacked an army checkpoint near Palmyra on Saturday. ';
const IS_AR = 'قُتل ستة جنود سوريين في هجوم لتنظيم «داعش» قرب تدمر يوم السبت. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: "its cells still stage hit-and-run attacks in the Syrian desert against …"', lang: 'en', text: 'Although IS lost the last scrap of its self-declared caliphate in 2019, its cells still stage hit-and-run attacks in the Syrian desert against government troops and pro-government militias.', want: ['isis deployed_in syrian-desert'], not: ['isis attacked syrian-desert'] },
  { what: '"but its cells still carry out attacks in" (batch 17\'s wording, a name as subject)', lang: 'en', text: IS_EN + 'IS lost its last territory in 2019, but its cells still carry out attacks in the Syrian desert.', want: ['isis deployed_in syrian-desert'], not: ['isis attacked syrian-desert'] },
  { what: '"its militants staged raids across … on Monday" ("across", a date)', lang: 'en', text: IS_EN + 'IS lost its territory in 2019, but its militants staged several raids across Deir ez-Zor province on Monday.', want: ['isis deployed_in deir-ez-zor'], not: ['isis attacked deir-ez-zor'] },
  { what: '"its remnants carry out attacks in Syria" (a country)', lang: 'en', text: IS_EN + 'IS was defeated in 2019, but its remnants still carry out attacks in Syria.', want: ['isis deployed_in syr'], not: ['isis attacked syr'] },
  { what: 'Arabic: `تنفذ خلايا «داعش» هجمات في ريف دير الزور`', lang: 'ar', text: 'وتنفذ خلايا «داعش» هجمات متكررة في ريف دير الزور منذ مطلع العام.', want: ['isis deployed_in deir-ez-zor'], not: ['isis attacked deir-ez-zor'] },
  { what: 'Arabic: `يشن عناصر التنظيم هجمات في البادية` (a body head)', lang: 'ar', text: IS_AR + 'ويشن عناصر التنظيم هجمات متفرقة في البادية السورية.', want: [], not: ['isis attacked syrian-desert'] },
  // negative cells
  { what: 'a state\'s aircraft "in" a province stay an attack', lang: 'en', text: 'Russian warplanes carried out raids in Idlib province on Monday.', want: ['rus attacked idlib'] },
  { what: 'members attacking an actor keep the act', lang: 'en', text: IS_EN + "The group's cells attacked the SDF in Deir ez-Zor on Monday.", want: [], not: ['isis attacked deir-ez-zor'] },
  { what: 'members attacking "on" a place keep the attack', lang: 'en', text: "Islamic State's militants launched an attack on Palmyra on Monday.", want: ['isis attacked palmyra'], not: ['isis deployed_in palmyra'] },
  { what: 'Arabic: a state\'s raids `في ريف إدلب` stay an attack', lang: 'ar', text: 'شنت طائرات حربية روسية غارات في ريف إدلب يوم الأربعاء.', want: ['rus attacked idlib'] },
];

describe('ref34: an armed group’s members acting in a place are its presence there', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
