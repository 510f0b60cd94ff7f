/**
 * Arabic attack nouns in the dual (`غارتين`, `ضربتين`, `هجومين`; patterns.ar.csv) are attacks as their singular and plural
 * are: `شنّت طائرات حربية روسية غارتين على أطراف مدينة إدلب`. Negative cell: negated, none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const attacks = (text: string) => extract(text, 'ar', '2024-08-06').relations.filter((r) => r.relation === 'attacked').map((r) => `${r.source} ${r.target}`);

describe('dual attack nouns (ar)', () => {
  it('two raids are an attack', () => {
    expect(attacks('كما شنّت طائرات حربية روسية غارتين على أطراف مدينة إدلب مساء أمس، من دون أن ترد أنباء عن إصابات.')).toEqual(['rus idlib']);
    expect(attacks('ونفذت طائرة مسيّرة تركية ضربتين على مواقع «قسد» قرب عين العرب.')).toContain('tur sdf');
  });
  it('negated, none', () => {
    expect(attacks('ولم تشنّ الطائرات الروسية غارتين على إدلب كما أشيع.')).toEqual([]);
  });
});
