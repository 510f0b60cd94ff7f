/** Stage: split the article into sentences, tokenise them and find their date expressions. */
import { findDates } from './dates.ts';
import type { Doc, Sentence } from './doc.ts';
import { tokenise } from './normalise.ts';
import { mapped } from './packed.ts';
import { splitSentences } from './sentences.ts';

export function segment(doc: Doc): Doc {
  const { text, date } = doc.article;
  const sentences: Sentence[] = mapped(splitSentences(text), (sp, index) => {
    const tokens = tokenise(text, sp.start, sp.end);
    return {
      index,
      start: sp.start,
      end: sp.end,
      tokens,
      mentions: [],
      triggers: [],
      cues: [],
      // (the tokens' words rule out most date features without a scan of the sentence)
      dates: findDates(text, sp.start, sp.end, date, tokens),
      // (set by the triggers stage; present from the start so that every Sentence has one layout)
      names: undefined,
      titles: undefined,
    };
  });
  return { ...doc, sentences };
}
