/**
 * A host of "the meeting" told before received its parties (index.ts hostedMeetingMembers, discourse.meeting; gold rule
 * 3): "A and B met in Moscow. Russia, which hosted the meeting, welcomed …", `وكانت روسيا قد استضافت الاجتماع`. Negative
 * cells: no meeting told before (a call is no meeting), a meeting noun with its own parties, a host among the parties.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const hosted = (text: string, lang: 'ar' | 'en') =>
  extract(text, lang, '2022-01-15').relations.filter((r) => r.relation === 'hosted').map((r) => `${r.source} ${r.target}`);

describe('the host of the meeting told before (en)', () => {
  it('a relative clause or a main clause', () => {
    const two = "Turkey's envoy Serdar Kilic and Armenia's envoy Ruben Rubinyan met in Moscow on Friday for about an hour and a half.";
    expect(hosted(`${two} Russia, which hosted the meeting, welcomed the start of the dialogue.`, 'en').sort()).toEqual(['rus ruben-rubinyan', 'rus serdar-kilic']);
    expect(hosted(`${two} Russia hosted the talks and praised both sides.`, 'en').sort()).toEqual(['rus ruben-rubinyan', 'rus serdar-kilic']);
  });
  it('the host among the parties receives the others only', () => {
    expect(hosted('Lavrov met Cavusoglu and Mekdad in Moscow on Friday. Russia, which hosted the meeting, called it useful.', 'en').sort()).toEqual(['rus faisal-mekdad', 'rus mevlut-cavusoglu']);
  });
  it('no meeting told before, none', () => {
    expect(hosted('Erdogan spoke with Putin by phone on Friday. Russia, which hosted the meeting, said nothing.', 'en')).toEqual([]);
    expect(hosted('Russia, which hosted the meeting, welcomed the start of the dialogue.', 'en')).toEqual([]);
  });
});

describe('the host of the meeting told before (ar)', () => {
  it('a definite meeting noun after استضاف', () => {
    expect(hosted('التقى وزير الخارجية التركي مولود جاويش أوغلو نظيره السوري فيصل المقداد في موسكو أمس. وكانت روسيا قد استضافت الاجتماع.', 'ar').sort()).toEqual(['rus faisal-mekdad', 'rus mevlut-cavusoglu']);
  });
  it('no meeting told before, none', () => {
    expect(hosted('وكانت روسيا قد استضافت الاجتماع.', 'ar')).toEqual([]);
  });
});
