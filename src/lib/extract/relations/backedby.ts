/**
 * A group backed by a patron in an apposition (np33, diagnosis-batch28 §6 fix 1c): "Maghaweir al-Thawra, a Syrian rebel
 * group backed by Washington", "the Houthis, a militia supported by Iran": a `supported` verb trigger right before "by"
 * whose subject slot is a group noun (cues.csv `group_noun`) opening an apposition (", a/an/the" and adjectives or
 * demonyms) to a name: the one after "by" (and its list) supported that name. English.
 */
import { actor, type Ctx, groupFrom, groupTo } from './ctx.ts';
import { cueWords } from '../lexicon.ts';
import { emit, emitAll } from './emit.ts';
import type { Mention, Trigger } from '../doc.ts';
import type { Pattern } from '../lexicon.ts';

export function appositionBacked(ctx: Ctx, T: Trigger): boolean {
  const { s } = ctx;
  const toks = s.tokens;
  const p = T.patterns[0]!;
  if (ctx.lang !== 'en' || p.relation !== 'supported' || p.pos !== 'verb' || toks[T.tok1]?.norm !== 'by') return false;
  if (!cueWords(ctx.lex, 'group_noun').has(toks[T.tok0 - 1]?.norm ?? '')) return false;
  // back over the apposition's modifiers (words or demonyms, no other name) to ", a"
  let k = T.tok0 - 2;
  while (k > 0 && k >= T.tok0 - 6 && !/^(a|an|the)$/.test(toks[k]!.norm) && toks[k]!.word) {
    const m = s.mentions.find((x) => x.tok0 <= k && k < x.tok1);
    if (m && m.via !== 'demonym') return false;
    k--;
  }
  if (!/^(a|an|the)$/.test(toks[k]?.norm ?? '') || toks[k - 1]?.text !== ',') return false;
  const held = s.mentions.find((m) => m.tok1 === k - 1 || (m.tok1 === k - 2 && toks[k - 2]!.text === ')'));
  const who = held ? actor(ctx.lex, held) : undefined;
  const bi = s.mentions.findIndex((m) => m.tok0 === T.tok1 + 1);
  if (!held || !who || !/^(armed_group|organization|person)$/.test(who.kind) || bi < 0) return false;
  let emitted = false;
  for (const b of groupFrom(s.mentions, bi)) {
    const a = actor(ctx.lex, b);
    if (a && a.entity !== who.entity) emitted = emit(ctx, T, 'supported', b, held, {}, false) || emitted;
  }
  return emitted;
}

/**
 * "Hezbollah and other Iran-backed groups", "the Houthis and other Iranian-backed militias" (np35, diagnosis-batch30
 * #47): a hyphen compound "Y-backed" after "and other" names no group after it, but says the names before "and other"
 * are such groups: Y (the mention before the hyphen) supported each. English.
 */
export function otherBacked(ctx: Ctx, T: Trigger, backer: Mention, p: Pattern): boolean {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (ctx.lang !== 'en' || toks[backer.tok0 - 1]?.norm !== 'other' || toks[backer.tok0 - 2]?.norm !== 'and') return false;
  const i = ms.findIndex((m) => m.tok1 === backer.tok0 - 2);
  if (i < 0 || !actor(ctx.lex, backer)) return false;
  const b = actor(ctx.lex, backer)!;
  const held = groupTo(ms, i).filter((m) => {
    const a = actor(ctx.lex, m);
    return !!a && a.kind !== 'place' && a.kind !== 'country' && a.entity !== b.entity;
  });
  return held.length > 0 && emitAll(ctx, T, p, [backer], held, {});
}
