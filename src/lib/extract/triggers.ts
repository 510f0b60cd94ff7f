/** Stage: relation triggers (verbs and nouns of the pattern files) and cue words of every sentence. */
import type { CueSpan, Doc, Trigger } from './doc.ts';
import type { Lexicon } from './lexicon.ts';
import { matchTokens } from './match.ts';

export function findTriggers(doc: Doc, lex: Lexicon): Doc {
  const sentences = doc.sentences.map((s) => {
    const triggers: Trigger[] = [];
    for (const m of matchTokens(s.tokens, lex.triggerTrie, { suffixes: true })) {
      // verbs take no prepositional proclitic (بحث is not ب + حث); nouns do (بانسحاب)
      const patterns = /[بلك]/.test(m.clitics) ? m.values.filter((p) => p.pos === 'noun') : m.values;
      if (!patterns.length) continue;
      triggers.push({ tok0: m.tok0, tok1: m.tok1, start: m.start, end: m.end, patterns, clitics: m.clitics, suffix: m.suffix });
    }
    const cues: CueSpan[] = matchTokens(s.tokens, lex.cueTrie).map((m) => ({
      tok0: m.tok0,
      tok1: m.tok1,
      start: m.start,
      end: m.end,
      cues: m.values,
      clitics: m.clitics,
    }));
    return { ...s, triggers, cues };
  });
  return { ...doc, sentences };
}
