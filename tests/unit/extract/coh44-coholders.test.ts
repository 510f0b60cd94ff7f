import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

// Gold rule 13: coordinated holders before coordinated places give every holder with every place it can be read
// with; a group whose country is one of the places' goes with those places only (coholders.ts, coh44).
describe('coordinated holders before coordinated places', () => {
  it('Arabic: the YPG with the Syrian place only, the PKK with both', () => {
    const got = tripleSet(extract('وتشن المقاتلات التركية غارات على مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا.', 'ar', '2022-12-01'), 'deployed_in');
    expect(got).toEqual(['pkk deployed_in northern-iraq', 'pkk deployed_in northern-syria', 'ypg deployed_in northern-syria']);
  });
  it('English: "positions of the PKK and the YPG in northern Iraq and northern Syria"', () => {
    const got = tripleSet(extract('Turkish jets struck positions of the PKK and the YPG in northern Iraq and northern Syria on Sunday.', 'en', '2022-11-20'), 'deployed_in');
    expect(got).toEqual(['pkk deployed_in northern-iraq', 'pkk deployed_in northern-syria', 'ypg deployed_in northern-syria']);
  });
  it('(a group told abroad on its own keeps the place: no co-holder shares it)', () => {
    const got = tripleSet(extract('Turkish jets struck positions of the YPG in northern Iraq on Sunday.', 'en', '2022-11-20'), 'deployed_in');
    expect(got).toEqual(['ypg deployed_in northern-iraq']);
  });
  it('(a group whose country is none of the places keeps them all)', () => {
    const got = tripleSet(extract('مواقع لحزب العمال الكردستاني في شمال العراق وشمال سوريا.', 'ar', '2022-12-01'), 'deployed_in');
    expect(got).toEqual(['pkk deployed_in northern-iraq', 'pkk deployed_in northern-syria']);
  });
});
