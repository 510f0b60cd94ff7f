/**
 * A relation told by a noun phrase inside a criticism frame (docs/misses-by-construction.md, the noun-phrase class):
 * "condemned X's attack on Y", `دان Z هجوم X على Y` tell two relations — Z criticised X (the doer the noun phrase names:
 * a possessor, a genitive, a demonym) and X attacked Y —; a kind noun between a possessive doer and its event noun is
 * passed over ("Iran's missile attack"); and the critic is never the doer of the act it condemns. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'));
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'));

describe('criticism of an act told by its noun phrase criticises the doer the phrase names', () => {
  it('English: a possessive doer, past a kind noun ("Iran\'s missile attack on Erbil")', () => {
    expect(en("Kuwait condemned Iran's missile attack on Erbil.")).toEqual(['irn attacked erbil', 'kwt criticized irn']);
    expect(en("Cairo criticized Turkey's offensive against the PKK.")).toEqual(['egy criticized tur', 'tur attacked pkk']);
  });
  it('Arabic: a genitive doer (`هجوم إيران على`), as a demonym doer (`الوجود العسكري التركي`)', () => {
    expect(ar('ودانت الكويت هجوم إيران على أربيل.')).toEqual(['irn attacked erbil', 'kwt criticized irn']);
    expect(ar('وانتقدت مصر الوجود العسكري التركي في ليبيا.')).toEqual(['egy criticized tur', 'tur deployed_in lby']);
  });
});

describe('the critic is never the doer of the act it condemns', () => {
  it('an attack noun with no doer of its own, right after a criticism verb: no attack by the critic', () => {
    expect(ar('ودانت الكويت الهجوم على أربيل.')).toEqual([]);
    expect(en('Kuwait condemned the attack on Erbil.')).toEqual([]);
  });
  it('the noun phrase\'s own doer still attacks', () => {
    expect(ar('ودانت الكويت الهجوم الإيراني على أربيل.')).toEqual(['irn attacked erbil', 'kwt criticized irn']);
  });
});

describe('a continuation noun presupposes the act it continues (`استمرار`)', () => {
  it('`استمرار الغارات الإسرائيلية على X` under a verb of saying: the strikes are done', () => {
    expect(ar('وأشار التقرير إلى استمرار الغارات الإسرائيلية على ريف دمشق.')).toEqual(['isr attacked rif-dimashq']);
  });
  it('under an urging verb the continued act is still only urged', () => {
    expect(ar('ودعت موسكو إلى استمرار التنسيق مع أنقرة.')).toEqual([]);
  });
});
