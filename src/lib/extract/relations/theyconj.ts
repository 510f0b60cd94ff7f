/**
 * "they" after forces joined to others (branch slot47; suite tests/unit/extract/slot47-they-conjuncts.test.ts): anaphora.ts
 * reads an English "they" as the troops named before it ("American troops must leave X, where they back Y"); when those
 * troops open a list of sides ("Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove
 * Islamic State out of the town"; "Turkish troops and allied Syrian National Army factions have held Jarablus since they
 * drove …"; "Syrian government forces and Russian troops … when they"), "they" is every member of the list (gold rule
 * 19f's captors, rule 10's attackers). The list: the mentions joined to the troops' on either side by "and" (right after
 * a mention or its forces head, the next within two words, no verb nor break between), before "they", every one a side
 * (SIDE_KINDS), no place, no demonym but one on a forces head ("Turkish forces and their Syrian allies … they seized"
 * stays the troops').
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, hasBreak, SIDE_KINDS } from './ctx.ts';

/** The head of forces right after a demonym (anaphora.ts pluralActorBefore's heads). */
const TROOPS = /^(troops|forces|soldiers|fighters|units)$/;

/** Is mention b joined to mention a right before it: "and" right after a (or after its forces head), b within two words after it, no verb nor break between? */
function joined(ctx: Ctx, a: Mention, b: Mention): boolean {
  const toks = ctx.s.tokens;
  if (b.conj && b.tok0 === a.tok1 + 1) return true;
  let j = a.tok1;
  if (TROOPS.test(toks[j]?.norm ?? '')) j++;
  if (toks[j]?.norm !== 'and') return false;
  return b.tok0 > j && b.tok0 - j <= 3 && !hasBreak(toks, j, b.tok0) && !ctx.s.triggers.some((t) => t.tok0 > j && t.tok0 < b.tok0);
}

export function troopsConjuncts(ctx: Ctx, troops: Mention, k: number): Mention[] | undefined {
  const ms = ctx.s.mentions;
  const i = ms.findIndex((m) => m.tok0 === troops.tok0 && m.tok1 === troops.tok1);
  if (i < 0) return undefined;
  let a = i;
  while (a > 0 && joined(ctx, ms[a - 1]!, ms[a]!)) a--;
  let b = i;
  while (b + 1 < ms.length && ms[b + 1]!.tok1 <= k && joined(ctx, ms[b]!, ms[b + 1]!)) b++;
  if (a === b) return undefined;
  const out: Mention[] = [];
  for (let x = a; x <= b; x++) {
    const m = ms[x]!;
    const e = actor(ctx.lex, m);
    // (a demonym member is no name of its own unless on a forces head: "Turkish forces and their Syrian allies" are not Syria's)
    if (!e || m.kind === 'place' || !SIDE_KINDS.has(e.kind) || (m.via === 'demonym' && !TROOPS.test(ctx.s.tokens[m.tok1]?.norm ?? ''))) return undefined;
    if (!out.some((y) => y.entity === e.entity)) out.push(e);
  }
  return out.length >= 2 ? out : undefined;
}
