/**
 * Campaign and attack nouns with their doer and target on the noun phrase (np28, diagnosis-batch25 §7 fix 1): the
 * subject of a verb that wages or opens a campaign ("launched", "waged", "began", "intensified": cues.csv `wage_verb`)
 * is the campaign's doer, the against/on object its target; an Arabic indefinite attack noun's لـ-phrase on a state's
 * forces (`لقوات النظام`, `للطيران الروسي`, `للجيش التركي`) is its doer, the على object the target; a verb form of
 * an attack word right after a preposition (`جراء قصف`, `في قصف`) is the noun. Negative cells: the noun of "the start
 * of the war", a campaign with no doer of its own, a bare state after لـ with no على object; a group kind noun before its quoted name (`هجوم حركة «حماس» على`) is the genitive doer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  // English: the waging verb's subject
  { what: 'launched an air campaign against, a date between', lang: 'en', text: 'Turkey launched an air campaign on Sunday against the YPG and the PKK.', want: ['tur attacked ypg', 'tur attacked pkk'] },
  { what: 'began a military campaign against', lang: 'en', text: 'Israel began a military campaign against Hezbollah.', want: ['isr attacked hezbollah'] },
  { what: 'waged a bombing campaign against', lang: 'en', text: 'Russia waged a bombing campaign against Idlib.', want: ['rus attacked idlib'] },
  { what: 'has intensified its campaign against', lang: 'en', text: 'Russia has intensified its bombing campaign against Idlib.', want: ['rus attacked idlib'] },
  { what: 'resumed its offensive on', lang: 'en', text: 'Russia resumed its offensive on Idlib.', want: ['rus attacked idlib'] },
  { what: 'negative: the start of the war is no verb', lang: 'en', text: 'Assad and Erdogan have not met since the start of the Syrian war.', want: [], not: ['syr attacked syr'] },
  { what: 'negative: a campaign with no doer', lang: 'en', text: 'The campaign against Islamic State began in 2014.', want: [], not: ['usa attacked isis'] },
  { what: 'negative: launched a campaign is denied', lang: 'en', text: 'Turkey has not launched a campaign against the YPG.', want: [], not: ['tur attacked ypg'] },
  { what: 'strikes inside a country, a compass word between', lang: 'en', text: 'Jordan carried out rare air strikes inside southern Syria in May.', want: ['jor attacked syr'] },
  { what: 'negative: a meeting inside a country is no attack', lang: 'en', text: 'Jordan held talks inside Syria.', want: [], not: ['jor attacked syr'] },
  // Arabic: the لـ-phrase of a state's forces
  { what: 'قصف مدفعي لقوات النظام على', lang: 'ar', text: 'قتل ثلاثة مدنيين جراء قصف مدفعي لقوات النظام السوري على مدينة سرمين.', want: ['syr attacked sarmin'] },
  { what: 'غارات للطيران الروسي على', lang: 'ar', text: 'وقتل مدنيان في غارات للطيران الروسي على إدلب.', want: ['rus attacked idlib'] },
  { what: 'هجوم للجيش التركي على', lang: 'ar', text: 'وقتل مدنيان في هجوم للجيش التركي على منبج.', want: ['tur attacked manbij'] },
  { what: 'هجوم صاروخي لقوات النظام على', lang: 'ar', text: 'وأصيب خمسة مدنيين في هجوم صاروخي لقوات النظام على سرمين.', want: ['syr attacked sarmin'] },
  { what: 'غارات روسية على (a demonym)', lang: 'ar', text: 'وقتل مدنيان في غارات روسية على إدلب.', want: ['rus attacked idlib'] },
  { what: 'حملة جوية ضد after the subject', lang: 'ar', text: 'شنت تركيا حملة جوية ضد وحدات حماية الشعب.', want: ['tur attacked ypg'] },
  { what: 'negative: support to a state is no doer', lang: 'ar', text: 'وقتل مدنيان في هجوم على قافلة مساعدات لسوريا.', want: [], not: ['syr attacked'] },
  { what: 'a group kind before its quoted name is the genitive doer', lang: 'ar', text: 'وتشن إسرائيل غارات على غزة منذ هجوم حركة «حماس» على جنوب إسرائيل.', want: ['hamas attacked isr', 'isr attacked gaza'] },
  { what: 'negative: the group after على is the target', lang: 'ar', text: 'وشنت إسرائيل هجوما على حركة «حماس» في غزة.', want: ['isr attacked hamas'], not: ['hamas attacked isr'] },
  { what: 'subjected to an act: its doer after من, past an adjective', lang: 'ar', text: 'وتتعرض مناطق إدلب لقصف متكرر من قوات النظام السوري.', want: ['syr attacked idlib'] },
  { what: 'subjected to an act: من right after the noun', lang: 'ar', text: 'وتتعرض إدلب لقصف من قوات النظام.', want: ['syr attacked idlib'] },
  { what: 'a state after من is the doer, the one subjected the target', lang: 'ar', text: 'وتتعرض إدلب لقصف من تركيا منذ أشهر.', want: ['tur attacked idlib'], not: ['idlib attacked'] },
  { what: 'a bare state after لـ with its على object at once', lang: 'ar', text: 'وقتل مدنيان في غارة لإسرائيل على منبج.', want: ['isr attacked manbij'] },
  { what: 'negative: a state after لـ with no على object is no doer', lang: 'ar', text: 'وقتل مدنيان في هجوم لتركيا.', want: [], not: ['tur attacked'] },
];

describe('campaign and attack nouns with doer and target (np28)', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = triples(extract(c.text, c.lang));
      for (const w of c.want) expect(got, c.text).toContain(w);
      for (const n of c.not ?? []) expect(got.some((g) => g.startsWith(n) || g === n), `${c.text} → ${n}`).toBe(false);
    });
});
