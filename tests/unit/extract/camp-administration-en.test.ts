/**
 * English: "The administration of al-Hol camp" is the camp's administration (`al-hol-camp-administration`, as the Arabic
 * `إدارة مخيم الهول`; names48.ts campAdministrations), and "the administration" after it is that body, not the US
 * administration. Negative cell: "the Biden administration" stays the US's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rel = (text: string) => extract(text, 'en', '2023-09-23').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe("a camp's administration (en)", () => {
  it('is the camp administration, also when named again bare', () => {
    expect(rel('The administration of al-Hol camp met an Iraqi delegation on Monday.')).toContain('al-hol-camp-administration met irq');
    expect(rel('An Iraqi delegation met the administration of the al-Hol camp on Monday.')).toContain('irq met al-hol-camp-administration');
    const two = rel('The administration of al-Hol camp met an Iraqi delegation on Monday. The administration urged Baghdad to speed up returns.');
    expect(two).toContain('al-hol-camp-administration urged irq');
    expect(two.some((x) => x.startsWith('usa '))).toBe(false);
  });
  it('the US administration stays the US', () => {
    expect(rel('The US administration urged Turkey on Monday to halt its strikes.')).toContain('usa urged tur');
  });
});
