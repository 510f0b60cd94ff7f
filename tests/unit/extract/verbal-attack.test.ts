/**
 * An attack verb said of words (`verbal` cues in data/lexicon/cues.csv: a speech, an interview, remarks, a post) is a
 * criticism, not an act of force: relations/guards.ts verbalAttack. New sentences written for this file, with the
 * military readings that must stay attacks.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

/** [what the rule says, text, language, the attacked/criticized triples expected] */
const CASES: [string, string, 'ar' | 'en', string[]][] = [
  ['Arabic: هاجم … في خطاب is a criticism', 'هاجم الرئيس التركي رجب طيب أردوغان إسرائيل في خطاب أمام البرلمان.', 'ar', ['recep-tayyip-erdogan criticized isr']],
  ['Arabic: the speech before the verb (وفي كلمة …، هاجم)', 'وفي كلمة ألقاها أمس، هاجم أردوغان إسرائيل بسبب الحرب على غزة.', 'ar', ['recep-tayyip-erdogan criticized isr']],
  ['Arabic: an interview', 'هاجم وزير الخارجية الإيراني عباس عراقجي واشنطن في مقابلة مع التلفزيون الرسمي.', 'ar', ['abbas-araghchi criticized usa']],
  ['Arabic: aircraft attacking positions stay an attack', 'هاجمت الطائرات التركية مواقع «قسد» في ريف الحسكة فجر اليوم.', 'ar', ['tur attacked sdf']],
  ['English: "attacked X in a televised speech"', 'Erdogan attacked Israel in a televised speech on Wednesday.', 'en', ['recep-tayyip-erdogan criticized isr']],
  ['English: the speech opens the sentence', 'In a speech to parliament, Erdogan attacked Israel over its war in Gaza.', 'en', ['recep-tayyip-erdogan criticized isr']],
  ['English: "verbally attacked"', 'Lavrov verbally attacked Washington over its sanctions.', 'en', ['sergei-lavrov criticized usa']],
  ['English: the speech of the reporting verb does not make the strike words', 'Turkish jets attacked SDF positions near Hasakah, Erdogan said in a speech.', 'en', ['tur attacked sdf']],
  ['English: jets attacking positions stay an attack', 'Israeli jets attacked Hezbollah positions near Qusayr on Sunday.', 'en', ['isr attacked hezbollah']],
];

describe('an attack said in words is a criticism (verbal cues)', () => {
  for (const [rule, text, lang, expected] of CASES)
    it(rule, () => {
      const got = [...triples(extract(text, lang))].filter((t) => / (attacked|criticized) /.test(t));
      expect(got.sort()).toEqual([...expected].sort());
    });
});
