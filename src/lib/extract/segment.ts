/** Stage: split the article into sentences, tokenise them and find their date expressions. */
import { blanked, masks } from './chunk.ts';
import { findDates, type Prior } from './dates.ts';
import type { Doc, Sentence } from './doc.ts';
import { tokenise } from './normalise.ts';
import { mapped } from './packed.ts';
import { splitSentences } from './sentences.ts';

export function segment(doc: Doc): Doc {
  const { text, date, lang } = doc.article;
  // (the last date told so far: "later that month", `من ذلك العام` take its month or year)
  const prior: Prior = {};
  const sentences: Sentence[] = mapped(splitSentences(text), (sp, index) => {
    let tokens = tokenise(text, sp.start, sp.end);
    // (the tokens' words rule out most date features without a scan of the sentence)
    const dates = findDates(text, sp.start, sp.end, date, tokens, prior);
    // Inserted material (chunk.ts: hedges, a date between commas, "and N other states, including", a kind noun
    // inside an event noun) is no token: the frames read the sentence without it; offsets stay the article's.
    const ms = masks(text, sp.start, sp.end, lang, dates);
    if (ms.length) tokens = tokenise(blanked(text, ms), sp.start, sp.end);
    return {
      index,
      start: sp.start,
      end: sp.end,
      tokens,
      mentions: [],
      triggers: [],
      cues: [],
      dates,
      // (set by the triggers stage; present from the start so that every Sentence has one layout)
      names: undefined,
      titles: undefined,
      offices: undefined,
    };
  });
  return { ...doc, sentences };
}
