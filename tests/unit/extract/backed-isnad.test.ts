/**
 * Arabic `بإسناد من X` backs the act's doer as `بدعم من X` does (patterns.ar.csv, backedact.ts), and with the doer's own
 * state listed first (`بإسناد من الطيران الحربي السوري والروسي`) the ally joined to it is the backer. Negative cell: without
 * its `من`, `بإسناد` is no backing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const support = (text: string) => extract(text, 'ar', '2024-01-15').relations.filter((r) => r.relation === 'supported').map((r) => `${r.source} ${r.target}`);

describe('بإسناد من (ar)', () => {
  it('the backer supports the doer', () => {
    expect(support('وتقدمت قوات النظام بإسناد من الطيران الروسي نحو القرية.')).toEqual(['rus syr']);
    expect(support('ونفذت قوات النظام بإسناد من الطيران الحربي السوري والروسي هجوماً على القرية.')).toEqual(['rus syr']);
  });
  it('no من, no backing', () => {
    expect(support('وتحدث البيان عن إسناد المهام إلى الوحدات الروسية.')).toEqual([]);
  });
});
