/**
 * Interventions told in more wordings (solo56; gold rule 13 and rule 6's "an event told as an event keeps its own date"):
 * - VSO with the adverb after the subject, `وقد تدخلت روسيا عسكرياً في سوريا عام 2015` (patterns.ar.csv row with
 *   `requires: military_adverb!`; without عسكرياً the verb, also "enters", is no trigger);
 * - "، وقد تدخلت …" after an opening capital standing for its state (`وتعدّ موسكو أبرز حلفاء دمشق`): Moscow, not the
 *   genitive Damascus, intervened (args.ts);
 * - the date past "the Syrian war" (`منذ تدخلها في الحرب السورية في أيلول/سبتمبر 2015`; cues.csv intervention_gap);
 * - the owner of a possession clause that opens the sentence (`ولروسيا وجود عسكري … منذ تدخلها`);
 * - a date that shares the trigger's last word ("intervened militarily in" + "in 2015"), the bare noun "its intervention
 *   in September 2015" and the participle "since intervening in the war".
 * Negative cells: a called-for or rejected foreign intervention is no presence; `وتدخل القوات التركية إلى المدينة`
 * ("enter") is none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dep = (text: string, lang: 'ar' | 'en') =>
  extract(text, lang, '2022-07-30').relations.filter((r) => r.relation === 'deployed_in').map((r) => `${r.source} ${r.target} ${r.date}`).sort();

describe('Arabic interventions', () => {
  it('VSO with the adverb after the subject', () => {
    expect(dep('وقد تدخلت روسيا عسكرياً في سوريا عام 2015.', 'ar')).toEqual(['rus syr 2015']);
  });
  it('after an opening capital and "، وقد"', () => {
    expect(dep('وتعدّ موسكو أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا عام 2015.', 'ar')).toEqual(['rus syr 2015']);
  });
  it('the date past "the Syrian war"', () => {
    expect(dep('وتعدّ روسيا الحليف العسكري الأبرز لدمشق منذ تدخلها في الحرب السورية في أيلول/سبتمبر 2015.', 'ar')).toEqual(['rus syr 2015-09']);
  });
  it('the owner of an opening possession clause', () => {
    expect(dep('ولروسيا وجود عسكري في قاعدة حميميم الجوية بريف اللاذقية منذ تدخلها في الحرب السورية عام 2015 دعماً لحكومة دمشق.', 'ar')).toContain('rus syr 2015');
  });
  it('"enters" is no intervention', () => {
    expect(dep('وتدخل القوات التركية إلى المدينة.', 'ar')).toEqual([]);
  });
});

describe('English interventions', () => {
  it('a date that shares the trigger\'s last word', () => {
    expect(dep("Russia, Assad's main ally, intervened militarily in 2015.", 'en')).toEqual(['rus syr 2015']);
  });
  it('the bare noun with its owner', () => {
    expect(dep("Russia has been Assad's main backer since its intervention in September 2015.", 'en')).toEqual(['rus syr 2015-09']);
  });
  it('the participle', () => {
    expect(dep("Russia, Assad's main ally, has kept warplanes at the Hmeimim air base near Latakia since intervening in the war in September 2015.", 'en')).toContain('rus syr 2015-09');
  });
  it('a called-for or rejected intervention is none', () => {
    expect(dep('The opposition called for an international intervention in Syria.', 'en')).toEqual([]);
    expect(dep('Damascus rejects any foreign intervention in its affairs.', 'en')).toEqual([]);
  });
});
