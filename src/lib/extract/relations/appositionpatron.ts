/**
 * An apposition whose contact clause names the patron by a pronoun (branch pred38; diagnosis-batch33 #103; pool b23,
 * b32): "…, alongside the Syrian National Army, a coalition of factions it arms and pays", "an opposition force it funds
 * and trains", "a local faction they train": a support verb (patterns `supported`) right after "it"/"they", inside an
 * apposition opened by ", a"/", an" right after a named actor X, within six words: the sentence's opening subject (its
 * first actor not behind a preposition, no possessive) supported X. English.
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, leadingActor } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

export function appositionPatron(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns[0]!;
    if (p.relation !== 'supported' || p.pos !== 'verb' || T.tok0 < 4 || !/^(it|they)$/.test(toks[T.tok0 - 1]!.norm)) continue;
    // ", a/an" within six words before the pronoun, right after a named actor
    let c = -1;
    for (let j = T.tok0 - 2; j >= 1 && T.tok0 - j <= 7; j--) {
      if (!toks[j]!.word && toks[j]!.text !== '-') break;
      if (/^(a|an)$/.test(toks[j]!.norm) && toks[j - 1]!.text === ',') { c = j - 1; break; }
    }
    if (c < 0) continue;
    const x: Mention | undefined = s.mentions.find((m) => m.tok1 === c);
    const b = x ? actor(ctx.lex, x) : undefined;
    if (!x || !b || b.kind === 'place') continue;
    const subj = leadingActor(ctx, c);
    const a = subj ? actor(ctx.lex, subj) : undefined;
    if (!subj || !a || a.entity === b.entity || subj === x) continue;
    if (!toldHere(ctx, 'supported', a.entity, b.entity)) emit(ctx, T, 'supported', subj, x, {}, false);
  }
}
