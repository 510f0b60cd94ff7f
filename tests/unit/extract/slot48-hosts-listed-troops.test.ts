import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * slot48 (gold rule 13; pool b44 tal-rifaat-turkish-shelling-october): a place that "hosts" the troops of a state named
 * as one mention with its troops noun ("Syrian government troops", "Russian military police"), each member of the list,
 * the host being the subject of the verb or, in "The area is held by X and also hosts …", the place the sentence opens
 * with (the one its presence record reads).
 */
const DAY = '2022-10-04';
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a place hosts the troops of a list of states', () => {
  it('the row\'s own construction: the area named before, a list of two', () => {
    const got = en('Turkish artillery shelled villages around Tal Rifaat in northern Aleppo on Tuesday, Kurdish officials said. The area is held by Kurdish-led forces and also hosts Syrian government troops and Russian military police.');
    expect(got).toContain('sdf deployed_in tal-rifaat');
    expect(got).toContain('syr deployed_in tal-rifaat');
    expect(got).toContain('rus deployed_in tal-rifaat');
  });
  it('the place named as the subject, one member', () => {
    const got = en('Manbij also hosts Russian military police, who patrol the front line.');
    expect(got).toContain('rus deployed_in manbij');
  });
  it('a modifier between: "hosts a small number of Syrian government troops"', () => {
    const got = en('Tal Rifaat is held by the YPG and hosts Syrian government troops as well.');
    expect(got).toContain('syr deployed_in tal-rifaat');
  });
  it('refugees and officials stay guests: no presence', () => {
    const got = en('Jordan hosts some 650,000 registered Syrian refugees.');
    expect([...got].some((t) => t.startsWith('syr deployed_in'))).toBe(false);
  });
  it('a delegation hosted is a visit, not a presence', () => {
    const got = en('Ankara hosts a Syrian government delegation on Monday for talks.');
    expect([...got].some((t) => t.startsWith('syr deployed_in'))).toBe(false);
  });
});
