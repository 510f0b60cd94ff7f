/**
 * Rule 19f in the English passive and object relative (presence.ts capturedFrom, takenPlaceEn): "Raqqa … was captured
 * from the group by the US-backed SDF in October 2017", "Raqqa city, which the SDF captured from the Islamic State in
 * October 2017": the captor attacked the group; the group's and the captor's presence in the place, dated. Negative
 * cells: no place taken, a backer in the captor's modifier.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, extract, tripleSet } from './helpers.ts';

const PASSIVE = "Raqqa, once the de facto capital of Islamic State's self-declared caliphate, was captured from the group by the US-backed Syrian Democratic Forces in October 2017.";
const RELATIVE = 'Rasafa lies some 30 kilometres southwest of Raqqa city, which the SDF captured from the Islamic State in October 2017 with US support.';

describe('a place captured from a group, passive or object relative (en)', () => {
  it.each([PASSIVE, RELATIVE, 'Raqqa was captured from Islamic State by the SDF in October 2017.'])('%s', (text) => {
    const got = tripleSet(extract(text, 'en', '2024-01-20'));
    expect(got).toContain('sdf attacked isis');
    expect(datedOf(text, 'en', '2024-01-20', 'deployed_in')).toEqual(expect.arrayContaining(['isis raqqa 2017-10', 'sdf raqqa 2017-10']));
  });
  it('the backer named in the captor\u2019s modifier is no captor', () => {
    const got = tripleSet(extract(PASSIVE, 'en', '2024-01-20'));
    expect(got).not.toContain('usa attacked isis');
    expect(got).not.toContain('usa deployed_in raqqa');
  });
  it('nothing taken is no place held', () => {
    const got = tripleSet(extract('The weapons were captured from Islamic State by the SDF in October 2017.', 'en', '2024-01-20'), 'deployed_in');
    expect(got).toEqual([]);
  });
});
