/**
 * How far an object search reaches (diagnosis of batch 20, fix 4): an object never crosses ", and" + a new subject with
 * its own verb; a meeting its organisers put on names no one who met. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('", and" + a name with its own verb opens a new clause', () => {
  it('the name is no object of the verb or noun before', () => {
    expect(rels('Washington has sent two destroyers to the region, and President Joe Biden visited Israel on Tuesday.', 'en')).toEqual(['joe-biden visited isr']);
    expect(rels('Ankara has blamed Kurdish militants, and the PKK, an outlawed group, has claimed several of the attacks.', 'en')).not.toContain('tur accused pkk');
  });
  it('a list after ", and" with no verb of its own is still the object', () => {
    expect(rels('Erdogan met Putin in Sochi, and later Raisi.', 'en')).toContain('recep-tayyip-erdogan met vladimir-putin');
  });
});

describe('a meeting its organisers put on tells who organised it', () => {
  it('"co-organised the meeting with X": no met', () => {
    expect(rels('Macron, who co-organised the two-day meeting with Iraq, arrived on Monday.', 'en')).toEqual([]);
  });
  it('a meeting held with X is still a meeting', () => {
    expect(rels('Putin held a meeting with Erdogan in Sochi.', 'en')).toEqual(['vladimir-putin met recep-tayyip-erdogan']);
  });
});
