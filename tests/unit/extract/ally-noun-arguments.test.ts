import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

describe('the genitive of an ally noun is no subject of the ، و-verb after it', () => {
  it('`وتُعدّ X أبرز حلفاء Y، وتنشر قوات في Z`: X is deployed, not Y', () => {
    const t = tripleSet(extract('وتُعدّ إيران أبرز حلفاء دمشق، وتنشر مستشارين عسكريين في سوريا.', 'ar'));
    expect(t).toContain('irn deployed_in syr');
    const r = tripleSet(extract('وتعد روسيا الحليف الأبرز لدمشق، وتنشر قوات في قاعدة حميميم الجوية.', 'ar'));
    expect(r.filter((x) => x.startsWith('syr deployed_in'))).toEqual([]);
  });

  it('a plain object before the ، و-verb is still passed over the same way', () => {
    expect(tripleSet(extract('وتدعم روسيا دمشق، وتنشر قوات في قاعدة حميميم الجوية.', 'ar'))).toContain('rus deployed_in hmeimim-air-base');
  });
});

describe('an ally noun in apposition to the subject keeps its genitive', () => {
  it('Arabic: `انتقدت X، الداعم الرئيسي لـY، …` criticises no Y; `توعّدت X، الحليف الأبرز لـY، بأن …` threatens no Y', () => {
    const t = tripleSet(extract('وانتقدت روسيا، الداعم الرئيسي لدمشق، إجراء الانتخابات في الظروف الحالية.', 'ar'));
    expect(t.filter((x) => x.startsWith('rus criticized'))).toEqual([]);
    const v = tripleSet(extract('وتوعّدت إيران، الحليف الأبرز لدمشق، بأن الاغتيال «لن يمر من دون رد».', 'ar'));
    expect(v.filter((x) => x.includes(' threatened syr'))).toEqual([]);
    // the object after the apposition is still the verb's
    expect(tripleSet(extract('وانتقدت روسيا، الحليف الأبرز لدمشق، الولايات المتحدة.', 'ar'))).toContain('rus criticized usa');
  });

  it('English: "A and B, C\'s main ally," describes B only', () => {
    const t = tripleSet(extract('Under the deal, Saudi Arabia and Iran, Assad\'s main regional ally, agreed to restore relations.', 'en'));
    expect(t).toContain('irn supported bashar-al-assad');
    expect(t).not.toContain('sau supported bashar-al-assad');
  });
});
