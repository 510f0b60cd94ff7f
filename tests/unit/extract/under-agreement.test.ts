/**
 * An act done under an agreement with a party (gold rule 11): the doer of the relation told before "under"/`بموجب`
 * agreed_with the party after "with"/`مع` ("deployed in Idlib under understandings with Russia", `بموجب تفاهمات مع
 * روسيا`). No agreement noun, or no party after it: nothing. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'agreed_with');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'), 'agreed_with');

describe('under an agreement with X', () => {
  it('English: "under understandings with", "under a deal with"', () => {
    expect(en('Turkish forces are deployed in Idlib under understandings with Russia.')).toEqual(['tur agreed_with rus']);
    expect(en('Turkey keeps troops in Idlib under a deal with Moscow.')).toEqual(['tur agreed_with rus']);
  });
  it('Arabic: `بموجب تفاهمات مع`', () => {
    expect(ar('وتنتشر قوات تركية في ريف إدلب، بموجب تفاهمات مع روسيا.')).toEqual(['tur agreed_with rus']);
  });
  it('Arabic: `في إطار تفاهمات مع`, also after a verb that gives no relation of its own (its subject is the doer)', () => {
    expect(ar('وتنشر تركيا قوات في ريف حلب في إطار تفاهمات مع روسيا.')).toEqual(['tur agreed_with rus']);
    expect(ar('وقال مسؤول إن إيران تؤيد إعادة فتح الطريق في إطار تفاهمات مع بغداد.')).toEqual(['irn agreed_with irq']);
    expect(ar('وتنتشر قوات تركية في إدلب في إطار مسار أستانا.')).toEqual([]);
  });
  it('no party, or no agreement noun: nothing', () => {
    expect(en('Turkish forces are deployed in Idlib under a ceasefire.')).toEqual([]);
    expect(en('Turkish forces are deployed in Idlib under pressure from Russia.')).toEqual([]);
  });
});
