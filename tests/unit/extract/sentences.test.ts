import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/extract/sentences.ts';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on stops and line breaks', () => {
    expect(split('التقى الأسد لافرنتييف. وأضاف أن روسيا تدعم سوريا؟\nسطر جديد')).toEqual([
      'التقى الأسد لافرنتييف.',
      'وأضاف أن روسيا تدعم سوريا؟',
      'سطر جديد',
    ]);
  });
  it('keeps abbreviations and initials inside a sentence', () => {
    expect(split('The U.S. envoy met Mr. Pedersen in Geneva. He left.')).toEqual(['The U.S. envoy met Mr. Pedersen in Geneva.', 'He left.']);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(split('He said: “We will meet.” Then he left.')).toEqual(['He said: “We will meet.”', 'Then he left.']);
  });
});
