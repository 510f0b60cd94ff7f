/**
 * Arabic: a meeting "with officers from X" is with X (args.ts objectPrep, membersFromPrep: the members noun's من names whose
 * they are, the pattern's own مع stands before it), and the Syrian intelligence branches are the state (rule 4;
 * entities.region.csv `syr` descriptors): `عقدت اللجنة المركزية في درعا اجتماعاً مع ضباط من شعبة المخابرات العسكرية`.
 * Negative cell: a place after من is where they came from, no partner.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const met = (text: string) => extract(text, 'ar', '2024-11-22').relations.filter((r) => r.relation === 'met').map((r) => `${r.source} ${r.target}`);

describe('a meeting with members of a body (ar)', () => {
  it('the body is the partner', () => {
    expect(met('عقدت اللجنة المركزية في درعا، أمس الخميس، اجتماعاً مع ضباط من شعبة المخابرات العسكرية في مدينة درعا.')).toEqual(['daraa-central-committee syr']);
    expect(met('وعقد وفد من الأمم المتحدة اجتماعاً مع ضباط من «قوات سوريا الديمقراطية» في الحسكة.')).toEqual(['united-nations sdf']);
  });
  it('a place after من is no partner', () => {
    expect(met('عقدت اللجنة المركزية اجتماعاً مع ضباط من درعا.').filter((x) => x.endsWith(' daraa'))).toEqual([]);
  });
});
