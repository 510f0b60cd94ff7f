import { describe, expect, it } from 'vitest';
import { cueWords, type CueKind, WORD_CUE_KINDS } from '../../../src/lib/extract/lexicon.ts';
import { tokenise } from '../../../src/lib/extract/normalise.ts';
import { type Ctx, hasWordCue, wordCueKinds, wordCueTokens } from '../../../src/lib/extract/relations/ctx.ts';
import { lexicon } from './helpers.ts';

// The per-sentence index of the word-list cues (speed33) answers what `cueWords(lex, kind).has(token.norm)` answers
// token by token, so that a reader may ask it instead of walking the sentence.
describe('word-list cue index', () => {
  const lex = lexicon();
  const ctxOf = (text: string) => ({ lex, s: { tokens: tokenise(text) } }) as unknown as Ctx;
  const texts = [
    'Turkish forces captured the last IS stronghold of Baghouz, and the SDF, loyal to Washington, thanked Russia.',
    'وطردت القوات الحكومية تنظيم «داعش» من المدينة، واستعادت السيطرة عليها بعد طرد عناصر التنظيم منذ سنوات',
  ];

  it('lists, for every word-list kind, exactly the tokens whose norm is one of its forms, in order', () => {
    for (const text of texts) {
      const ctx = ctxOf(text);
      for (const kind of WORD_CUE_KINDS) {
        const words = cueWords(lex, kind);
        const expected = ctx.s.tokens.flatMap((t, k) => (words.has(t.norm) ? [k] : []));
        expect(wordCueTokens(ctx, kind)).toEqual(expected);
        expect(hasWordCue(ctx, kind)).toBe(expected.length > 0);
        const clitic = ctx.s.tokens.some((t) => words.has(t.norm) || (/^[وف]/.test(t.norm) && words.has(t.norm.slice(1))));
        expect(hasWordCue(ctx, kind, true)).toBe(clitic);
      }
    }
  });

  it('gives a word the kinds whose lists hold it', () => {
    const some = [...WORD_CUE_KINDS].find((k) => cueWords(lex, k).size > 0) as CueKind;
    const word = [...cueWords(lex, some)][0]!;
    expect(wordCueKinds(lex, word)).toContain(some);
    expect(wordCueKinds(lex, 'no-such-word-here')).toEqual([]);
  });

  it('is made again for another sentence given to the same context', () => {
    const ctx = ctxOf(texts[0]!);
    const kind = [...WORD_CUE_KINDS].find((k) => ctx.s.tokens.some((t) => cueWords(lex, k).has(t.norm)))!;
    expect(hasWordCue(ctx, kind)).toBe(true);
    ctx.s = { tokens: tokenise('nothing here') } as unknown as Ctx['s'];
    expect(hasWordCue(ctx, kind)).toBe(cueWords(lex, kind).has('nothing') || cueWords(lex, kind).has('here'));
  });
});
