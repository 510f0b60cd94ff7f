/**
 * An edge's `dateSource` (DESIGN: 'text' when the text gives the date, 'published' when the publication date stands for
 * one it does not give; sentences of this file's own): a state or ongoing activity re-dated to the publication date
 * ("has waged an insurgency … since 1984", `منذ عام 1984`) is 'published', not 'text'; an act dated by its sentence stays 'text'.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const sources = (text: string, lang: 'ar' | 'en', date: string, relation: string) =>
  extract(text, lang, date)
    .relations.filter((r) => r.relation === relation)
    .map((r) => `${r.source} ${r.target} ${r.date} ${r.dateSource}`);

describe('a publication date re-stated is still a publication date', () => {
  it('English: an insurgency waged "since 1984" is a state at publication', () => {
    expect(sources('The PKK, which has waged an insurgency against the Turkish state since 1984, is designated a terrorist group.', 'en', '2024-03-05', 'attacked')).toEqual([
      'pkk tur 2024-03-05 published',
    ]);
  });
  it('Arabic: `ويخوض حزب العمال الكردستاني تمرداً ضد الدولة التركية منذ عام 1984`', () => {
    expect(sources('ويخوض حزب العمال الكردستاني تمرداً مسلحاً ضد الدولة التركية منذ عام 1984.', 'ar', '2024-03-05', 'attacked')).toEqual(['pkk tur 2024-03-05 published']);
  });
  it('an act its sentence dates keeps the text as its source', () => {
    expect(sources('Turkish drones struck PKK positions in northern Iraq on Monday.', 'en', '2024-03-05', 'attacked')).toEqual(['tur pkk 2024-03-04 text']);
  });
});
