import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

describe('an Arabic presence verb followed by its troops has them as subject, and carries none', () => {
  it('`وتنتشر في X قوات أمريكية`: the troops named by their state are the subject, not the sentence before\'s', () => {
    const t = tripleSet(extract('وزار الوزير الأردني دمشق أمس. وتنتشر في مناطق شرق سوريا قوات أمريكية منذ سنوات.', 'ar'));
    const deployed = t.filter((x) => x.includes(' deployed_in '));
    expect(deployed.length).toBeGreaterThan(0);
    expect(deployed.every((x) => x.startsWith('usa '))).toBe(true);
  });

  it('`كما ينتشر نحو 900 جندي في X`: troops that name no state give no one carried from before', () => {
    const t = tripleSet(extract('والتقى الرئيس الروسي فلاديمير بوتين نظيره السوري. كما ينتشر نحو 900 جندي في شمال شرق سوريا.', 'ar'));
    expect(t.filter((x) => x.includes(' deployed_in '))).toEqual([]);
  });
});
