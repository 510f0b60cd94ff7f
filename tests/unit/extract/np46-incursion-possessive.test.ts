/**
 * An incursion into a place told with a possessive doer is the doer's presence there (branch np46; diagnosis-batch44 §6
 * np46 rank 2; pool b19): "its 2019 incursion into northeastern Syria against the YPG" → Turkey deployed in northeastern
 * Syria (fight.ts incursionPresence: the doer read off "its" is a mention before the noun).
 */
import { describeCases, datedOf } from './helpers.ts';
import { describe, expect, it } from 'vitest';

describeCases({
  'the pool construction and variants (en)': [
    ['tur deployed_in northeastern-syria', 'Turkey has also pressed Sweden and Finland to lift arms export restrictions imposed after its 2019 incursion into northeastern Syria against the Kurdish YPG militia.'],
    ['tur attacked ypg', 'Turkey has also pressed Sweden and Finland to lift arms export restrictions imposed after its 2019 incursion into northeastern Syria against the Kurdish YPG militia.'],
    ['tur deployed_in northeastern-syria', 'Turkey launched an incursion into northeastern Syria in 2019.'],
    ['isr deployed_in lbn', 'Israel launched a ground incursion into Lebanon against Hezbollah in October.'],
  ],
  'negatives: no place after into, another doer (en)': [
    ['no ypg deployed_in northeastern-syria', 'Turkey has also pressed Sweden and Finland to lift arms export restrictions imposed after its 2019 incursion into northeastern Syria against the Kurdish YPG militia.'],
    ['no swe deployed_in northeastern-syria', 'Turkey has also pressed Sweden and Finland to lift arms export restrictions imposed after its 2019 incursion into northeastern Syria against the Kurdish YPG militia.'],
  ],
}, '2024-01-24');

describe('the presence takes the incursion date when the text gives one (en)', () => {
  it('its 2019 incursion', () => {
    expect(datedOf('Turkey has also pressed Sweden and Finland to lift arms export restrictions imposed after its 2019 incursion into northeastern Syria against the Kurdish YPG militia.', 'en', '2024-01-24', 'deployed_in')).toContain('tur northeastern-syria 2019');
  });
});
