/**
 * pred30: a company named by its company word ("the Syria-based Qatirji Company", "Al-Qatirji Corporation", "the
 * Dubai-based Katerji Group") is discovered as an organisation, whatever the verb, past a date or inside a list; "Group"
 * only after "X-based" (armed groups are "groups" too), and not a state's company (a demonym before it).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds } from './helpers.ts';

describeCases({
  'companies by their company word': [
    ['usa sanctioned qatirji-company', 'The US Treasury on Wednesday imposed sanctions on the Syria-based Qatirji Company and several shipping firms.'],
    ['usa sanctioned qatirji-company', 'The US Treasury imposed sanctions on several shipping firms and the Syria-based Qatirji Company on Wednesday.'],
    ['eu sanctioned al-qatirji-corporation', 'The EU imposed sanctions on Al-Qatirji Corporation, a Syrian oil trader.'],
    ['usa sanctioned hokoul-company', 'Washington on Tuesday sanctioned the Lebanon-based Hokoul Company.'],
    ['usa sanctioned katerji-group', 'The US Treasury imposed sanctions on the Dubai-based Katerji Group in 2018.'],
  ],
});

describe('company discovery guards', () => {
  it('a state company is no new name', () => {
    expect(mentionIds('The United States imposed sanctions on the Syrian Petroleum Company.', 'en')).not.toContain('petroleum-company');
  });
  it('"the X group" without a place of business is no company', () => {
    expect(mentionIds('The Ahrar Group claimed the attack.', 'en')).not.toContain('ahrar-group');
  });
});
