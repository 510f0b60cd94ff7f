/**
 * dates43, cause 4 of diagnoses 35–39 §2: a presence told with an arrival (`وصلت تعزيزات … أمس الإثنين إلى قاعدة P`,
 * "reinforcements arrived at the base in P on Thursday") takes the arrival's day, not publication. New sentences, with
 * negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'deployed_in')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a presence told with an arrival takes the arrival\'s day', () => {
  it('Arabic: `وصلت قافلة تعزيزات عسكرية أمريكية، أمس الإثنين، إلى قاعدة الشدادي`', () => {
    const text = 'وصلت قافلة تعزيزات عسكرية أمريكية، أمس الإثنين، إلى قاعدة الشدادي جنوبي الحسكة، بحسب مصادر محلية.';
    expect(dated(text, 'ar', '2023-10-10')).toContain('usa deployed_in shaddadi 2023-10-09');
  });
  it('English: "Russian reinforcements arrived at the base in Qamishli on Thursday"', () => {
    const text = 'A convoy of Russian reinforcements arrived at the Russian base at Arima, west of Manbij, on Thursday, the monitor said.';
    expect(dated(text, 'en', '2022-12-09')).toContain('rus deployed_in arima 2022-12-08');
  });
  it('negative: a base with no arrival keeps publication', () => {
    const text = 'Russia keeps a base at Arima, west of Manbij, the monitor said on Thursday.';
    expect(dated(text, 'en', '2022-12-09')).not.toContain('rus deployed_in arima 2022-12-08');
  });
});
