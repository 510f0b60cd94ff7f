import { describe, expect, it } from 'vitest';
import { lastWordBeforeSpace, lastWordStart, trimmedEnd } from '../../../src/lib/extract/chunk.ts';
import { triggerKinds, TK_DEPLOYED_PASSIVE, TK_DEPLOYED_VERB0, TK_SANCTIONED0, TK_SANCTIONED_NOUN, wordBits, W_AGAINST, W_ALA_AR, W_AR_WHICH, W_AREAS_AR, W_DRILL_AR, W_WITH_RELATIVE, W_PLACE_PRONOUN, W_THANK } from '../../../src/lib/extract/relations/ctx.ts';
import type { Trigger } from '../../../src/lib/extract/doc.ts';
import type { Pattern } from '../../../src/lib/extract/lexicon.ts';
import { lexicon } from './helpers.ts';

// speed48: the rewrites that must answer exactly as what they replace (chunk.ts masks' date leads, the call-site guards' bits)

const EN_IN_LEAD = /(?<=^|\s)(?:on|in|last|early|late|earlier|later|this|the)\s*$/i;
const AR_IN_LEAD = /(?<=^|\s)(?:في|يوم|مطلع|أواخر|اواخر|أوائل|اوائل|منتصف|أواسط|اواسط|مساء|صباح|فجر|ليل|ليلة|ظهر|عصر|نهاية|بداية)\s*$/;
const EN_W = /^(?:on|in|last|early|late|earlier|later|this|the)$/i;
const AR_W = /^(?:في|يوم|مطلع|أواخر|اواخر|أوائل|اوائل|منتصف|أواسط|اواسط|مساء|صباح|فجر|ليل|ليلة|ظهر|عصر|نهاية|بداية)$/;

describe('masks: the date lead and the word before it, read from the end (speed48)', () => {
  const pieces = ['on', 'ON', 'In', 'the', 'later', 'xlater', 'في', 'ليلة', 'وفي', ' ', '  ', '\u00a0', '\n', 'a', 'b.', '»', 'earlier', 'İn', '\t', ',', 'يوم'];
  // (a seeded generator: the same strings every run)
  let seed = 48;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  it('answers as the regexes it replaced, on 20,000 strings of lead words, spaces and others', () => {
    let checked = 0;
    for (let n = 0; n < 20000; n++) {
      let t = '';
      for (let i = 1 + rnd(7); i > 0; i--) t += pieces[rnd(pieces.length)];
      const s = Math.min(rnd(3), t.length);
      const e = Math.max(s, t.length - rnd(2));
      for (const [R, W] of [[EN_IN_LEAD, EN_W], [AR_IN_LEAD, AR_W]] as const) {
        let a1 = e;
        let a2 = e;
        for (let i = 0; i < 3; i++) {
          const m = R.exec(t.slice(s, a1));
          if (!m) break;
          a1 -= m[0].length;
        }
        for (let i = 0; i < 3; i++) {
          const b0 = lastWordStart(t, s, a2);
          if (b0 < 0 || !W.test(t.slice(b0, trimmedEnd(t, s, a2)))) break;
          a2 = b0;
        }
        expect([t, a2]).toEqual([t, a1]);
      }
      const p1 = /(\S+)\s+$/u.exec(t.slice(s, e));
      expect([t, lastWordBeforeSpace(t, s, e)]).toEqual([t, p1 ? [p1[0], p1[1]] : null]);
      checked++;
    }
    expect(checked).toBe(20000);
  });
});

describe("the call-site guards' bits (speed48)", () => {
  it('word bits', () => {
    const lex = lexicon();
    expect(wordBits(lex, 'against') & W_AGAINST).toBeTruthy();
    expect(wordBits(lex, 'ضد') & W_AGAINST).toBeTruthy();
    expect(wordBits(lex, 'thanked') & W_THANK).toBeTruthy();
    expect(wordBits(lex, 'ومناطق') & W_AREAS_AR).toBeTruthy();
    expect(wordBits(lex, 'عليها') & W_PLACE_PRONOUN).toBeTruthy();
    expect(wordBits(lex, 'والتدريبات') & W_DRILL_AR).toBeTruthy();
    expect(wordBits(lex, 'مناورات') & W_DRILL_AR).toBeTruthy();
    expect(wordBits(lex, 'whom') & W_WITH_RELATIVE).toBeTruthy();
    expect(wordBits(lex, 'معها') & W_WITH_RELATIVE).toBeTruthy();
    expect(wordBits(lex, 'التي') & W_AR_WHICH).toBeTruthy();
    expect(wordBits(lex, 'علي') & W_ALA_AR).toBeTruthy();
    expect(wordBits(lex, 'its') & (W_PLACE_PRONOUN | W_AGAINST | W_THANK)).toBe(0);
  });
  it('trigger kinds', () => {
    const p = (relation: string, pos: 'verb' | 'noun', voice: 'active' | 'passive' = 'active') => ({ relation, pos, voice }) as unknown as Pattern;
    const T = (...patterns: Pattern[]) => ({ tok0: 0, tok1: 1, start: 0, end: 1, patterns, clitics: '', suffix: false }) as Trigger;
    expect(triggerKinds([])).toBe(0);
    expect(triggerKinds([T(p('sanctioned', 'noun'))]) & (TK_SANCTIONED0 | TK_SANCTIONED_NOUN)).toBe(TK_SANCTIONED0 | TK_SANCTIONED_NOUN);
    // (a later pattern counts for the "any" bits, not for the first-pattern ones)
    expect(triggerKinds([T(p('attacked', 'verb'), p('sanctioned', 'noun'))]) & (TK_SANCTIONED0 | TK_SANCTIONED_NOUN)).toBe(TK_SANCTIONED_NOUN);
    expect(triggerKinds([T(p('deployed_in', 'verb', 'passive'))]) & (TK_DEPLOYED_VERB0 | TK_DEPLOYED_PASSIVE)).toBe(TK_DEPLOYED_VERB0 | TK_DEPLOYED_PASSIVE);
    expect(triggerKinds([T(p('deployed_in', 'noun'))]) & (TK_DEPLOYED_VERB0 | TK_DEPLOYED_PASSIVE)).toBe(0);
  });
});
