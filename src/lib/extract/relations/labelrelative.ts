/**
 * A label relative clause with an apposition inside it (en43; English): "Turkey, which regards the YPG, the backbone of
 * the SDF, as an extension of the PKK, has repeatedly criticised Washington", "Turkey, which considers the SDF's main
 * component, the YPG, a terrorist group, has threatened …". `relativeSpans` closes ", which …," at its first comma; when
 * the clause's verb is a label verb (cues.csv `label_relative_en`: the label has an object and a complement, between which
 * an apposition's commas fall), the clause runs on to the first later comma followed by a verb (a relation verb trigger or
 * a speech cue, past auxiliaries and adverbs), so the main verb's subject is the antecedent, not the last name inside.
 */
import { BOUNDARY, type Ctx, hasCue } from './ctx.ts';
import { cueWords } from '../lexicon.ts';

const AUX = /^(has|have|had|is|are|was|were|will|would|long|also|still|repeatedly|previously|already|itself|not|never|[a-z]+ly)$/;

export function labelRelatives(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  const labels = cueWords(ctx.lex, 'label_relative_en');
  if (!labels.size) return;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k - 1]!.text !== ',' || !/^(which|who)$/.test(toks[k]!.norm) || !ctx.inRelative[k]) continue;
    let j = k + 1;
    while (j < toks.length && j - k <= 3 && AUX.test(toks[j]!.norm)) j++;
    if (!labels.has(toks[j]?.norm ?? '')) continue;
    let e = j;
    while (e < toks.length && toks[e]!.text !== ',' && !BOUNDARY.has(toks[e]!.text)) e++;
    if (toks[e]?.text !== ',') continue;
    // the first later comma that a verb follows (the main clause's), within the sentence and a short reach
    for (let c = e + 1; c < toks.length && c - e <= 30 && !BOUNDARY.has(toks[c]!.text); c++) {
      if (toks[c]!.text !== ',') continue;
      let v = c + 1;
      while (v < toks.length && v - c <= 4 && AUX.test(toks[v]!.norm) && !ctx.inMention[v]) v++;
      const verb = ctx.s.triggers.some((x) => x.tok0 === v && x.patterns.some((q) => q.pos === 'verb')) || !!hasCue(ctx, v, 'speech');
      if (!verb) continue;
      ctx.inRelative.fill(1, k, c + 1);
      break;
    }
  }
}
