/**
 * lex28: objecting to someone or their act is criticism (diagnosis-batch25 §7 fix 2, `اعترض على`): Arabic `اعترض على`,
 * `أبدى اعتراضه على`, only with `على` (the bare verb is "intercepted"). Known gap: a target inside a decision noun's
 * genitive (`اعترضت على قرار جامعة الدول العربية`) is not reached (the direct-object `انتقدت قرار X` is). English
 * "objected to" was left out: it added a next-name FP on the pooled batches ("objects to Sweden's tolerance of the YPG").
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const ar = (text: string) => triples(extract(text, 'ar', '2024-05-02'), 'criticized');

describe('Arabic: اعترض على', () => {
  it('a named target or a demonym on an act', () => {
    expect(ar('واعترضت روسيا على إسرائيل.')).toEqual(['rus criticized isr']);
    expect(ar('واعترضت روسيا على الغارات الإسرائيلية.')).toEqual(['rus criticized isr']);
    expect(ar('وكانت تركيا قد أبدت اعتراضها على الولايات المتحدة.')).toEqual(['tur criticized usa']);
  });
  it('not an interception', () => {
    expect(ar('واعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلق من لبنان.')).toEqual([]);
  });
});
