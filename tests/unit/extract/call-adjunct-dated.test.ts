/**
 * Talks told "in a phone call" are the call, no meeting, also when the adjunct has its own date between commas and the
 * counterpart comes after it (meetings.ts callAdjunct → callWithParty; gold rule 19a): `بحث X في اتصال هاتفي، أمس
 * السبت، مع نظيره Y`. Negative cell: talks with no call adjunct stay a meeting.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string) => extract(text, 'ar', '2022-02-20').relations.filter((r) => r.relation === 'met' || r.relation === 'phoned').map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('a call adjunct with its own date (ar)', () => {
  it('the call, no meeting', () => {
    expect(rels('بحث وزير الخارجية والمغتربين فيصل المقداد في اتصال هاتفي، أمس السبت، مع نظيره اللبناني عبد الله بو حبيب العلاقات الثنائية.')).toEqual(['faisal-mekdad phoned abdallah-bou-habib']);
    expect(rels('وبحث المقداد في اتصال هاتفي، يوم السبت، مع نظيره الأردني أيمن الصفدي ملف اللاجئين.')).toEqual(['faisal-mekdad phoned ayman-safadi']);
  });
  it('no call adjunct: a meeting', () => {
    expect(rels('بحث وزير الخارجية فيصل المقداد، أمس السبت، مع نظيره اللبناني عبد الله بو حبيب في دمشق العلاقات الثنائية.')).toEqual(['faisal-mekdad met abdallah-bou-habib']);
  });
});
