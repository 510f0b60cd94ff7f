/**
 * Mutual shelling told with an accusative noun (relations/attacks.ts mutualParties; solo51): `قصفاً متبادلاً` (the
 * adjective with its tanween alef), with the pair after the noun (`بين A وB`) or in the subject before it (`تشهد خطوط
 * التماس بين A وB قصفاً متبادلاً`): each party attacked the other. Negative cell: shelling that is not mutual gives no
 * attack by the second party.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const attacks = (text: string) => extract(text, 'ar', '2022-04-07').relations.filter((r) => r.relation === 'attacked').map((r) => `${r.source} ${r.target}`).sort();

describe('mutual shelling in the accusative (ar)', () => {
  it('the pair after the noun', () => {
    expect(attacks('وشهدت المنطقة قصفاً متبادلاً بين «قسد» و«الجيش الوطني السوري».')).toEqual(['sdf syrian-national-army', 'syrian-national-army sdf']);
  });
  it('the pair in the subject before the noun', () => {
    expect(attacks('وتشهد خطوط التماس بين «قسد» وفصائل «الجيش الوطني السوري» المدعومة من أنقرة قصفاً متبادلاً بشكل شبه يومي.')).toEqual(['sdf syrian-national-army', 'syrian-national-army sdf']);
    expect(attacks('وتشهد الجبهة بين القوات الحكومية و«هيئة تحرير الشام» قصفاً متبادلاً منذ أيام.')).toEqual(['hts syr', 'syr hts']);
  });
  it('shelling that is not mutual', () => {
    expect(attacks('وتشهد خطوط التماس بين «قسد» و«الجيش الوطني السوري» قصفاً عنيفاً.')).not.toContain('syrian-national-army sdf');
  });
});
