/**
 * People sent by a province marked as a province stand for its state (gold rule 4; provincedelegation.ts): "officials
 * from Turkey's Sanliurfa province", `وفداً من ولاية شانلي أورفا التركية`, "a delegation from the Turkish province of
 * Gaziantep". Negative cell: an unmarked place ("a delegation from Raqqa") is left alone.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const met = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2022-10-19').relations.filter((r) => r.relation === 'met').map((r) => `${r.source} ${r.target}`);

describe("a province's delegation is its state", () => {
  it('English and Arabic, the province marked by its word or its state', () => {
    expect(met("Members of the Tal Abyad local council met officials from Turkey's Sanliurfa province on Wednesday.", 'en')).toEqual(['tal-abyad-local-council tur']);
    expect(met('The Jarablus local council met a delegation from the Turkish province of Gaziantep on Monday.', 'en')).toEqual(['jarablus-local-council tur']);
    expect(met('التقى أعضاء المجلس المحلي في تل أبيض وفداً من ولاية شانلي أورفا التركية يوم الأحد.', 'ar')).toEqual(['tal-abyad-local-council tur']);
  });
  it('an unmarked place is no state', () => {
    expect(met('The Jarablus local council met a delegation from Raqqa on Monday.', 'en').filter((x) => x.endsWith(' syr'))).toEqual([]);
  });
});
