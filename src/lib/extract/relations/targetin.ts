/**
 * An armed group attacked "in P" was in P (gold rule 13's noun phrase read on a bare group, pres41; English only):
 * "Turkish forces have repeatedly struck the YPG, which Ankara regards as the PKK's Syrian wing, in northern Syria",
 * "has repeatedly struck Kurdish-led forces in the northeast" → `ypg deployed_in northern-syria` at the publication date
 * (the presence is a state; the date of the act is not its date). Read off the sentence's own `attacked` records: the
 * target's mention, then past a closing quote, a list's next member ("the PKK and its Syrian affiliate, the YPG,") and
 * one parenthetical set off by commas (an apposition, a relative clause), "in" and a place or a state named right after
 * (past "the"). Only "in" (not "near": a spot hit near P is rule 19c's victims, no presence).
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, cueTrigger, isPossessive, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';

const IN = /^(in|inside)$/;
const COMMA = /^,$/;

function placeAfter(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let j = m.tok1;
  if (/^(»|\))$/.test(toks[j]?.text ?? '')) j++;
  // (a list's next member: "and its Syrian affiliate, the YPG")
  if (toks[j]?.norm === 'and') {
    const nx = ms.find((x) => x.tok0 > j && x.tok0 - j <= 4 && x.kind !== 'place');
    if (!nx) return undefined;
    j = nx.tok1;
    if (/^(»|\))$/.test(toks[j]?.text ?? '')) j++;
  }
  // (one parenthetical between commas: an apposition or a relative clause)
  if (COMMA.test(toks[j]?.text ?? '')) {
    let e = j + 1;
    while (e < toks.length && e - j <= 12 && !COMMA.test(toks[e]!.text) && !/^[.;:]$/.test(toks[e]!.text)) e++;
    if (!COMMA.test(toks[e]?.text ?? '')) return undefined;
    j = e + 1;
  }
  if (!IN.test(toks[j]?.norm ?? '')) return undefined;
  const k = toks[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  const p = ms.find((x) => x.tok0 === j + 1 || x.tok0 === k);
  if (!p || isPossessive(ctx, p)) return undefined;
  if (p.kind === 'place' || actor(ctx.lex, p)?.kind === 'country') return p;
  return undefined;
}

/** The word governing the group at m (past "the", a list's earlier members): "against"/"of" is an operation or a holding's owner. */
function governor(ctx: Ctx, m: Mention): string {
  const toks = ctx.s.tokens;
  let j = m.tok0 - 1;
  for (let n = 0; n < 4 && j >= 0; n++) {
    if (toks[j]!.norm === 'the') j--;
    if (toks[j]?.norm !== 'and' && toks[j]?.text !== ',') break;
    const prev = ctx.s.mentions.filter((x) => x.tok1 <= j).pop();
    if (!prev || j - prev.tok1 > 1) break;
    j = prev.tok0 - 1;
  }
  return toks[j]?.norm ?? '';
}

export function attackedGroupIn(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en') return;
  const recs = ctx.out.slice(before).filter((r) => r.relation === 'attacked' && r.evidence.start === ctx.s.start);
  if (!recs.length) return;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const toks = ctx.s.tokens;
  for (const r of recs) {
    const [a, b] = r.evidence.targetSpan;
    const m = ctx.s.mentions.find((x) => x.start - ctx.s.start === a && x.end - ctx.s.start === b);
    if (!m || m.kind === 'place' || actor(ctx.lex, m)?.kind !== 'armed_group') continue;
    if (/^(against|of|at)$/.test(governor(ctx, m))) continue;
    const p = placeAfter(ctx, m);
    if (!p) continue;
    const where = p.kind === 'place' ? p : actor(ctx.lex, p)!;
    if (toldHere(ctx, 'deployed_in', r.target, where.entity)) continue;
    const i = p.tok0 - 1;
    const v = cueTrigger({ tok0: i, tok1: i + 1, start: toks[i]!.start, end: toks[i]!.end }, pattern);
    const n = ctx.out.length;
    if (emit(ctx, v, 'deployed_in', m, p, {}, true)) atPublication(ctx, n);
  }
}
