/**
 * Areas of the definite opposition are its presence (gold rule 13): `مناطق (سيطرة) المعارضة في X`, `الخاضع لسيطرة
 * المعارضة` give syrian-opposition deployed_in X; an unnamed holder ("opposition-held", "rebel-held") gives none. New
 * sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const ar = (text: string) => tripleSet(extract(text, 'ar', '2023-03-01'), 'deployed_in');
const en = (text: string) => tripleSet(extract(text, 'en', '2023-03-01'), 'deployed_in');

describe('areas of the opposition', () => {
  it('Arabic: `مناطق المعارضة في X`, `مناطق سيطرة المعارضة في X`, `X الخاضع لسيطرة المعارضة`', () => {
    expect(ar('ووصلت قافلة مساعدات أممية إلى مناطق المعارضة في إدلب أمس.')).toEqual(['syrian-opposition deployed_in idlib']);
    expect(ar('وتضررت مبانٍ كثيرة في مناطق سيطرة المعارضة في إدلب.')).toEqual(['syrian-opposition deployed_in idlib']);
    expect(ar('وفي إدلب الخاضعة لسيطرة المعارضة، قال مسعفون إن الإمدادات شحيحة.')).toEqual(['syrian-opposition deployed_in idlib']);
  });
  it('areas of a country or of no named holder are no presence', () => {
    expect(ar('وتجول الوفد في مناطق سوريا الشمالية.')).toEqual([]);
    expect(en('Aid reached opposition-held areas of Idlib on Monday.')).toEqual([]);
    expect(en('Aid reached rebel-held parts of Idlib on Monday.')).toEqual([]);
  });
});
