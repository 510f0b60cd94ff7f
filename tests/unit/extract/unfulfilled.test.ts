/**
 * Construction (diagnosis-batch21 §5 fix 3; batches 18 and 21): an act someone "has yet to" do, or "avoided" doing, has
 * not happened (`negation` cues). Paraphrase suite of our own; the same acts told as done stay.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const all = (text: string) => triples(extract(text, 'en'));

describe('"has yet to", "avoided": the act did not happen', () => {
  it('the done act of the first clause stays', () => {
    expect(all("Ankara ratified Finland's accession in March, while Hungary has yet to approve Sweden's bid.").filter((t) => t.startsWith('hun'))).toEqual([]);
    expect(all("Ankara ratified Finland's accession in March, while Hungary has yet to approve Sweden's bid.")).toContain('tur supported fin');
  });
  const none = [
    "Hungary has yet to approve Sweden's bid.",
    'Turkey, along with Hungary, has yet to ratify the bids that Sweden and Finland submitted in May.',
    'Israel has so far avoided sanctioning Russia.',
    'Israel has avoided sanctioning Russia, in part because it relies on a deconfliction mechanism with Moscow.',
    'The two presidents have yet to meet.',
    'Erdogan is yet to visit Damascus.',
  ];
  for (const text of none)
    it(text, () => {
      expect(all(text).filter((t) => / (supported|sanctioned|met|visited) /.test(t))).toEqual([]);
    });
  it('the same acts told as done', () => {
    expect(all("Hungary approved Sweden's bid on Monday.")).toContain('hun supported swe');
    expect(all('Israel sanctioned Russia on Monday.')).toContain('isr sanctioned rus');
    expect(all('Erdogan visited Damascus on Monday.')).toContain('recep-tayyip-erdogan visited damascus');
  });
});
