/**
 * A group named as the modifier of a group noun right before a group's own name is no mention of its own (mentions.ts
 * namedAfterGroupNoun, cues.csv `group_noun`): "the Syrian opposition group Maghaweir al-Thawra", "a Syrian opposition
 * group, Maghaweir al-Thawra" are Maghaweir al-Thawra. Negative cells: the group alone, two groups in a row.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'the named group is the referent (en)': [
    ['maghaweir-al-thawra deployed_in al-tanf', 'US troops are stationed at al-Tanf alongside a Syrian opposition group, Maghaweir al-Thawra.'],
    ['maghaweir-al-thawra deployed_in al-tanf', 'US forces are stationed at al-Tanf alongside the Syrian opposition group Maghaweir al-Thawra.'],
    ['no syrian-opposition deployed_in al-tanf', 'US troops are stationed at al-Tanf alongside a Syrian opposition group, Maghaweir al-Thawra.'],
  ],
};

describeCases(CASES);

describe('a group noun after a group that is no modifier (en)', () => {
  it('keeps the Syrian opposition named alone', () => {
    expect(mentionIds('The Syrian opposition welcomed the move.', 'en')).toContain('syrian-opposition');
  });
  it('keeps two groups named in a row', () => {
    const ids = mentionIds('Hamas and the Hezbollah group, Islamic Jihad said, will meet.', 'en');
    expect(ids).toContain('hezbollah');
  });
});
