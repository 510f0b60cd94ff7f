/**
 * The side an operation is against is in its place (branch np44; diagnosis-batch40 §6 np44 rank 1 `ضد X في P`; pool b17,
 * b19, b20, b22, b24, b27, b28, b37, b39): "operations against the YPG in northern Syria", `عملية ضد الوحدات الكردية في
 * شمال سوريا` → the side deployed in the place. relations/againstin.ts.
 */
import { describeCases, datedOf } from './helpers.ts';
import { describe, expect, it } from 'vitest';

describeCases({
  'the row constructions (en)': [
    ['ypg deployed_in northern-syria', 'Turkey has carried out several cross-border operations against the YPG in northern Syria since 2016.'],
    ['ypg deployed_in northern-syria', 'Ankara has repeatedly threatened a new ground operation against the YPG in northern Syria but has not launched one since 2019.'],
    ['ypg deployed_in northern-syria', 'Mekdad also briefed his counterpart on Turkish threats of a new incursion against the Kurdish YPG militia in northern Syria.'],
  ],
  'variants: a list, respective lists, another noun, a modifier (en)': [
    ['sdf deployed_in northern-syria', 'Turkey has launched three offensives against the YPG and the SDF in northern Syria.'],
    ['pkk deployed_in irq', 'Erdogan said Turkish forces would press on with operations against the PKK and the Kurdish YPG militia in Iraq and Syria.'],
    ['no ypg deployed_in irq', 'Erdogan said Turkish forces would press on with operations against the PKK and the Kurdish YPG militia in Iraq and Syria.'],
    ['isis deployed_in syrian-desert', 'Government forces launched a campaign against Islamic State cells in the Syrian desert in August.'],
  ],
  'the row constructions and variants (ar)': [
    ['ypg deployed_in northern-syria', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً خلال الأشهر الماضية بشن عملية عسكرية جديدة ضد الوحدات الكردية في شمال سوريا.'],
    ['sdf deployed_in northern-syria', 'ويأتي الهجوم بينما تهدد تركيا بشن عملية برية ضد «قسد» في شمال سوريا.'],
    ['ypg deployed_in northeastern-syria', 'وفي تشرين الأول/أكتوبر 2019، شنّت تركيا عملية «نبع السلام» ضد الوحدات الكردية في شمال شرق سوريا.'],
    ['isis deployed_in syrian-desert', 'وكانت القوات الحكومية قد أطلقت في آب/أغسطس الماضي حملة تمشيط واسعة ضد خلايا تنظيم «داعش» في البادية السورية.'],
  ],
  'negatives: a state, a group in its own country, no place right after (en, ar)': [
    ['no syr deployed_in idlib', 'Russia backed an offensive against Syria in Idlib.'],
    ['no hezbollah deployed_in lbn', "Israel's war against Hezbollah in Lebanon has displaced thousands."],
    ['no ypg deployed_in northeastern-syria', 'Turkey launched an incursion against the YPG, seizing a strip of northeastern Syria.'],
  ],
}, '2024-06-17');

describe('the date of the operation when told (en)', () => {
  it('an operation in October 2019', () => {
    expect(datedOf('In October 2019, Turkey launched an offensive against the YPG in northeastern Syria.', 'en', '2024-06-17', 'deployed_in')).toContain('ypg northeastern-syria 2019-10');
  });
});
