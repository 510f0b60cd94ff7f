/**
 * An armed group's members acting "in" a place are its presence there, not an attack on the place (branch ref34,
 * diagnosis-batch29 §6 fix 1 and §9; gold rule 13, "its cells still carry out attacks in the Syrian desert"): when the
 * doer of an attack is read through a noun of the group's members (cues.csv `partitive`, not an organ: "its cells",
 * "the group's militants", `خلايا التنظيم`, `عناصر «داعش»`) and the only thing the attack reaches is a place or country
 * after "in"/"across"/"inside"/"throughout" / `في`/`بـ`/`داخل`, the record becomes `deployed_in` that place at publication
 * (a standing presence, gold rule 6). An attack "on"/"against"/`على` a place and an attack on an actor stay as they are.
 */
import type { RelationRecord } from '../../types.ts';
import { type Mention, relationRecord } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, membersAfter, prepOf } from './ctx.ts';

const IN_PREPS = new Set(['in', 'across', 'inside', 'throughout', 'في', 'ب', 'داخل']);

/** Is m, by the members' noun right before it (Arabic) or after its possessive (English), an armed group's members? */
function membersOf(ctx: Ctx, m: Mention): boolean {
  if (ctx.lex.entities.get(m.entity)?.kind !== 'armed_group') return false;
  if (ctx.lang === 'en') return membersAfter(ctx, m) >= 0;
  // (`خلايا التنظيم`, `عناصر «داعش»`, `مسلحي حزب العمال`: the members' noun right before the name, past its quote)
  let k = m.tok0 - 1;
  const toks = ctx.s.tokens;
  while (k >= 0 && !toks[k]!.word && /^[«"“]$/.test(toks[k]!.text)) k--;
  const c = k >= 0 ? ctx.cueAt.get(k) : undefined;
  // (not a word for the group itself, `فصائل «الجيش الوطني السوري»`: cues.csv `group_noun`)
  return !!c && c.tok1 === k + 1 && c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ') && !cueWords(ctx.lex, 'group_noun').has(toks[k]!.norm.replace(/^[وف](?=...)/, ''));
}

/**
 * Does an attack trigger end right before the place t, its "in" among at most three words between ("attacks in the
 * Syrian desert", "هجمات متكررة في ريف …")? Not an object between: "shelled villages in P" is an attack on villages.
 */
function actRightBefore(ctx: Ctx, t: Mention): boolean {
  const toks = ctx.s.tokens;
  for (const T of ctx.s.triggers) {
    if (T.tok1 > t.tok0 || T.patterns[0]!.relation !== 'attacked') continue;
    let words = 0;
    for (let k = T.tok1; k < t.tok0; k++) if (toks[k]!.word) words++;
    if (words <= 3 && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= t.tok0)) return true;
  }
  return false;
}

/** The records of the sentence from `before`: a members' attack "in" a place is the group's presence there. */
export function membersPresence(ctx: Ctx, before: number): void {
  // (guard: a members' noun in the sentence)
  if (!ctx.byKind.has('partitive')) return;
  const { s, out } = ctx;
  const at = (span: [number, number]) => s.mentions.find((x) => x.start - s.start === span[0]);
  for (let i = before; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation !== 'attacked') continue;
    const t = at(r.evidence.targetSpan);
    if (!t || (t.kind !== 'place' && t.kind !== 'country')) continue;
    const p = prepOf(ctx, t);
    if (!p || !IN_PREPS.has(p) || !actRightBefore(ctx, t)) continue;
    const src = at(r.evidence.sourceSpan);
    if (!src || !membersOf(ctx, src)) continue;
    // (the attack reaches an actor too: "attacks in the desert against government troops" keeps that act; only the
    // place record turns)
    const moved: RelationRecord = relationRecord(r.source, 'deployed_in', r.target, ctx.doc.article.date, 'published', r.evidence, r.attrs);
    if (out.some((x, j) => j !== i && x.source === r.source && x.relation === 'deployed_in' && x.target === r.target)) out.splice(i--, 1);
    else {
      out[i] = moved;
      ctx.stative.add(moved);
    }
  }
}
