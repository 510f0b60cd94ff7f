/**
 * Relations: an expectation put on another actor's act urges it (branch ref43, diagnosis-batch39 §6 ref43 rank 3).
 *
 * "Safadi told Mekdad that Amman expected Damascus to take concrete steps …", "Hussein told Mekdad that Baghdad wanted
 * Damascus to coordinate releases …", "Cavusoglu said Turkey expected the administration to push Congress …": a cues.csv
 * `expect_verb` word with an actor right after it and "to" + a word right after that actor urges that actor. The one
 * urging: the actor right before the verb — the speaker himself when that actor is the speaker's own state (the minister
 * says what his capital wants: the gold's source is the speaker). English; not negated ("did not want the conflict to
 * spread" names no actor after the verb anyway).
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

export function expectations(ctx: Ctx, speaker: Mention | undefined): void {
  if (ctx.lang !== 'en') return;
  const words = cueWords(ctx.lex, 'expect_verb');
  if (!words.size) return;
  const { s, lex } = ctx;
  const toks = s.tokens;
  const p = verbPattern(ctx, 'urged');
  if (!p) return;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    const y = s.mentions.find((m) => m.tok0 === k + 1);
    const x = s.mentions.find((m) => m.tok1 === k);
    if (!x || !y || toks[y.tok1]?.norm !== 'to' || !toks[y.tok1 + 1]?.word || /^(the|a|an)$/.test(toks[y.tok1 + 1]!.norm)) continue;
    if (toks[k - 1]?.norm === 'not' || /n't$/.test(toks[k - 1]?.norm ?? '')) continue;
    const xa = actor(lex, x);
    const ya = actor(lex, y);
    if (!xa || !ya || xa.entity === ya.entity) continue;
    // (the speaker's own state: "Safadi told Mekdad that Amman expected …" is Safadi's)
    const sp = speaker && actor(lex, speaker);
    const own = sp && sp.kind === 'person' && lex.entities.get(sp.entity)?.country === xa.entity && sp.tok1 <= x.tok0;
    const src = own ? speaker! : x;
    const srcId = own ? sp!.entity : xa.entity;
    if (toldHere(ctx, 'urged', srcId, ya.entity) || toldHere(ctx, 'urged', xa.entity, ya.entity)) continue;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p), 'urged', src, y, {}, false);
  }
}
