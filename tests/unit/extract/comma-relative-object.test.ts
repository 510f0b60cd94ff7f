/**
 * Arabic: an object does not cross a comma and a second relative pronoun with و (`، والذي`, `، والتي`), which opens a
 * clause of its own (args.ts objectSlotClosed, commaRelativeBetween): the signers of `اتفاق … الذي توصلت إليه روسيا وتركيا
 * في آذار/مارس 2020، والذي تتهم المعارضة السورية قوات النظام بخرقه` agreed with each other, not with the opposition.
 * Negative cell: without the second relative, a partner after the subject is still read.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreed = (text: string) => extract(text, 'ar', '2022-01-07').relations.filter((r) => r.relation === 'agreed_with').map((r) => `${r.source} ${r.target}`);

describe('a second relative closes the object slot (ar)', () => {
  it('the signers pair with each other', () => {
    expect(agreed('ويأتي القصف رغم اتفاق وقف إطلاق النار الذي توصلت إليه روسيا وتركيا في الخامس من آذار/مارس 2020، والذي تتهم المعارضة السورية قوات النظام بخرقه بشكل شبه يومي.')).toEqual(['rus tur']);
  });
  it('a partner after the subject with no second relative', () => {
    expect(agreed('ويأتي ذلك بموجب اتفاق توصلت إليه «قسد» مع دمشق في تشرين الأول/أكتوبر 2019.')).toEqual(['sdf syr']);
  });
});
