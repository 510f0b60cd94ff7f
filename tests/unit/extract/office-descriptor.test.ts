/**
 * Construction (diagnosis-batch21 §5 fix 3, MP en43): an organisation's name right before a capitalised office title and
 * a person's name ("EU Energy Commissioner Kadri Simson") is the office's, not an actor of its own: the person acts.
 * And the agents of a passive reciprocal act with no subject of its own ("signed by A, B and C") are its parties, each
 * pair; someone "in the presence of" whom it was signed is none. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('organisation + office title + name is the person', () => {
  it('"signed by EU Energy Commissioner X, Y and Z, in the presence of W": the three signatories, each pair', () => {
    const t = triples(extract('The deal was signed by EU Energy Commissioner Kadri Simson, Israeli Energy Minister Karine Elharrar and Egyptian Petroleum Minister Tarek El Molla, in the presence of European Commission President Ursula von der Leyen.', 'en', '2022-06-15'), 'agreed_with');
    expect(t).toEqual(['karine-elharrar agreed_with tarek-el-molla', 'kadri-simson agreed_with karine-elharrar', 'kadri-simson agreed_with tarek-el-molla'].sort());
  });
  it('"signed by A and B" (states)', () => {
    expect(triples(extract('The memorandum was signed by Sweden, Finland and Turkey in Madrid.', 'en'), 'agreed_with')).toEqual(['fin agreed_with tur', 'swe agreed_with fin', 'swe agreed_with tur'].sort());
  });
  it('an EU commissioner who meets someone', () => {
    const t = triples(extract('EU Energy Commissioner Kadri Simson met Egyptian Petroleum Minister Tarek El Molla in Cairo on Wednesday.', 'en'), 'met');
    expect(t).toEqual(['kadri-simson met tarek-el-molla']);
  });
  it('a known holder after an organisation and title is unchanged', () => {
    expect(triples(extract('NATO Secretary-General Jens Stoltenberg met Erdogan in Ankara.', 'en'), 'met')).toEqual(['jens-stoltenberg met recep-tayyip-erdogan']);
  });
});
