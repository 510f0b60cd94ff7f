/**
 * The doer named on an act noun's own phrase (relations/index.ts `doerOnActNoun`, one reading with a window): an English
 * possessor, possessive pronoun or demonym before the noun ("Israel's war", "the Israeli strikes"), an Arabic genitive
 * right after it or a demonym after its adjectives (`حرب روسيا`, `الغارات الإسرائيلية`). It decides three things: a war or
 * campaign (cues.csv `own_doer_noun`) takes no other doer (window 3, `ownDoer`); an attack noun under "discussed" with
 * its doer named is a fact, without one a topic (window 2, `ownedAttack`); a demonym naming an attack noun's doer is no
 * one hosted, met or visited (window 2 in Arabic, 0 in English, `actNounDoer`).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases(
  {
    'a war takes only its own doer': [
      ['rus attacked ukr', "Russia's war on Ukraine entered its third year."],
      ['rus attacked ukr', 'The Russian war on Ukraine entered its third year.'],
      ['no tur attacked ukr', 'Since the war in Ukraine began, Turkey has hosted talks.'],
    ],
    'a war takes only its own doer (ar)': [
      ['rus attacked ukr', 'دخلت حرب روسيا على أوكرانيا عامها الثالث.'],
      ['rus attacked ukr', 'دخلت الحرب الروسية على أوكرانيا عامها الثالث.'],
      ['rus attacked ukr', 'وشنت روسيا حرباً على أوكرانيا.'],
      ['no irn attacked syr', 'خلال سنوات الحرب دعمت إيران الحكومة السورية.'],
    ],
    'a discussed attack with its doer named is a fact': [
      ['isr attacked gaza', "The two ministers discussed Israel's strikes on Gaza."],
      ['isr attacked gaza', 'The two ministers discussed the Israeli strikes on Gaza.'],
      ['isr attacked gaza', 'The two ministers discussed the Israeli war on Gaza.'],
      ['recep-tayyip-erdogan met ebrahim-raisi', 'Erdogan and Raisi discussed the Israeli strikes on Gaza.'],
    ],
    'a discussed attack with its doer named is a fact (ar)': [
      ['isr attacked gaza', 'بحث أردوغان ورئيسي الغارات الإسرائيلية على غزة.'],
      ['isr attacked gaza', 'بحث أردوغان ورئيسي الحرب الإسرائيلية على غزة.'],
      ['isr attacked gaza', 'بحث أردوغان ورئيسي غارات إسرائيل على غزة.'],
    ],
    "an attack's doer is no one hosted": [
      ['no sau hosted isr', 'Riyadh hosted an Arab summit to discuss Israeli strikes on Gaza.'],
      ['no sau hosted isr', 'Riyadh hosted a summit to discuss the Israeli war on Gaza and Lebanon.'],
    ],
    "an attack's doer is no one hosted (ar)": [
      ['no sau hosted isr', 'قمة تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
      ['no sau hosted isr', 'استضافت الرياض قمة لبحث الغارات الإسرائيلية على غزة.'],
    ],
  },
  '2025-01-10',
);

describe('an attack named without its doer under "discussed" is a topic', () => {
  it.each([
    ['en', 'The two ministers discussed the strikes on Gaza.'],
    ['ar', 'بحث أردوغان ورئيسي الغارات على غزة.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(tripleSet(extract(text, lang, '2025-01-10')).filter((t) => t.includes(' attacked '))).toEqual([]);
  });
});
