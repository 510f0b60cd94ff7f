/**
 * Construction (diagnosis-batch21 §5 fix 3; batches 18, 19, 21): a participle of labelling after a name's comma ("The PKK,
 * listed as a terrorist group by A, B and C, has waged …") is an apposition passed over up to the name's verb; the
 * labellers it lists are never that verb's subject. Paraphrase suite of our own (participle, list order and verb varied).
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const attacks = (text: string) => triples(extract(text, 'en'), 'attacked');

describe('labellers in an apposition are no subject', () => {
  const cases = [
    'The PKK, listed as a terrorist group by Turkey, the United States and the European Union, has waged an insurgency against the Turkish state since 1984.',
    'The PKK, listed as a terrorist group by Turkey, the European Union and the United States, has waged an insurgency against the Turkish state since 1984.',
    'The PKK, designated a terrorist organisation by Ankara, Washington and Brussels, has waged an insurgency against Turkey since 1984.',
    'The PKK, branded a terrorist group by Turkey and the European Union, attacked a Turkish base in northern Iraq on Monday.',
  ];
  for (const text of cases)
    it(text.slice(0, 50), () => {
      const t = attacks(text);
      expect(t.some((x) => x.startsWith('pkk attacked'))).toBe(true);
      expect(t.filter((x) => !x.startsWith('pkk '))).toEqual([]);
    });
  it('Hezbollah, considered a terrorist group by Washington, fires at Israel', () => {
    expect(attacks('Hezbollah, considered a terrorist group by the United States, has fired rockets at Israel.')).toEqual(['hezbollah attacked isr']);
  });
});
