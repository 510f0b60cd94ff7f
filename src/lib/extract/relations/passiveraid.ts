/**
 * A passive killing in an operation (branch bugs43): `قُتل القيادي في تنظيم داعش أبو حمزة الحمصي في عملية إنزال
 * أمريكية`, `قتل قيادي في «داعش» بعملية إنزال جوي أمريكية`: the operation's owner, the demonym after the raid noun,
 * attacked the one killed (the person named, else the armed group). The killing verb carries no subject before it (the
 * unvocalised `قتل` is read as the passive only with no actor before it); English "X was killed in a US raid" is read by
 * the passive frames already.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBoundary, hasWordCue, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

export function passiveRaidKills(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'raid_op_noun', true) || !hasWordCue(ctx, 'killed_word', true)) return;
  const attacked = verbPattern(ctx, 'attacked');
  if (!attacked) return;
  const { s } = ctx;
  const toks = s.tokens;
  const killed = cueWords(ctx.lex, 'killed_word');
  const raid = cueWords(ctx.lex, 'raid_op_noun');
  const bare = (k: number): string => (toks[k]?.norm ?? '').replace(/^[وفب]/, '');
  // the killing verb, with no actor named before it in its sentence
  let v = -1;
  for (let k = 0; k < toks.length && v < 0; k++) if (!ctx.inMention[k] && (killed.has(toks[k]!.norm) || killed.has(bare(k)))) v = k;
  if (v < 0 || s.mentions.some((m) => m.tok1 <= v && actor(ctx.lex, m))) return;
  for (let r = v + 2; r < toks.length && r - v <= 16; r++) {
    if (hasBoundary(toks, r, r + 1)) break;
    if (ctx.inMention[r] || !(raid.has(toks[r]!.norm) || raid.has(bare(r)))) continue;
    // "في عملية إنزال", "بعملية إنزال": the operation noun with its preposition
    let p = r - 1;
    if (bare(p) === 'عمليه') p--;
    const opener = toks[p + 1]!.norm;
    if (!(toks[p]?.norm === 'في' || (p + 1 < r && /^و?ب/.test(opener)))) continue;
    // the owner: a demonym of a state within five words after the raid noun
    const owner = s.mentions.find((m) => m.tok0 > r && m.tok0 - r <= 5 && m.via === 'demonym' && actor(ctx.lex, m)?.kind === 'country' && !hasBoundary(toks, r, m.tok0));
    if (!owner) return;
    // the one killed: a person named between the verb and the operation, else an armed group
    const between = s.mentions.filter((m) => m.tok0 > v && m.tok1 <= p + 1 && actor(ctx.lex, m));
    const victim: Mention | undefined = between.find((m) => m.kind === 'person') ?? between.find((m) => m.kind === 'armed_group');
    if (!victim) return;
    const T = cueTrigger({ tok0: v, tok1: v + 1, start: toks[v]!.start, end: toks[v]!.end }, attacked);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) return;
    emit(ctx, T, 'attacked', owner, victim, {}, false);
    return;
  }
}
