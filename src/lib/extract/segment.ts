/** Stage: split the article into sentences, tokenise them and find their date expressions. */
import { findDates } from './dates.ts';
import type { Doc, Sentence } from './doc.ts';
import { tokenise } from './normalise.ts';
import { mapped } from './packed.ts';
import { splitSentences } from './sentences.ts';

export function segment(doc: Doc): Doc {
  const { text, date } = doc.article;
  const sentences: Sentence[] = mapped(splitSentences(text), (sp, index) => ({
    index,
    start: sp.start,
    end: sp.end,
    tokens: tokenise(text, sp.start, sp.end),
    mentions: [],
    triggers: [],
    cues: [],
    dates: findDates(text, sp.start, sp.end, date),
    // (set by the triggers stage; present from the start so that every Sentence has one layout)
    names: undefined,
    titles: undefined,
  }));
  return { ...doc, sentences };
}
