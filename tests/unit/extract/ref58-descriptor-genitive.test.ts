import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref58 (diagnosis-batch56/57 §6 ref58, bare heads of the article's bodies; pool b55 washokani-camp-wfp-rations): a bare
 * "the <head>" descriptor followed by its own definite "of the" genitive names another body ("The administration of the
 * Washokani camp"), never the state the bare head stands for (mentions.ts lexMentions).
 */
const DAY = '2023-10-30';
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('"the administration of the X camp" is no US administration', () => {
  it.each([
    'The administration of the Washokani camp for displaced people near Hasakah met on Sunday with officials of the World Food Programme (WFP).',
    'On Sunday, the administration of the Washokani camp, which houses 16,000 people, met officials of the World Food Programme.',
  ])('%s', (s) => {
    expect(en(s).some((t) => t.startsWith('usa '))).toBe(false);
  });
});

describe('the bare descriptor keeps its state elsewhere', () => {
  it('"the US administration" is still the US', () => {
    expect(en('The US administration imposed sanctions on Syria on Monday.')).toContain('usa sanctioned syr');
  });
  it('a named body of the head is that body ("The administration of the al-Hol camp")', () => {
    expect(en('The administration of the al-Hol camp met on Sunday with officials of the World Food Programme.')).toContain('al-hol-camp-administration met wfp');
  });
});
