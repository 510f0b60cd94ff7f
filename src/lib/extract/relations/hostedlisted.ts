/**
 * Troops hosted when the state and its troops noun are one mention (branch slot48; gold rule 13; pool b44
 * tal-rifaat-turkish-shelling-october): "The area is held by Kurdish-led forces and also hosts Syrian government troops and
 * Russian military police". hostedtroops.ts reads a demonym or a name before a bare troops noun ("hosts American troops");
 * here the troops noun (cues.csv `hosted_troops`, or a military head) lies inside a mention of a state ("government
 * troops" = syr, "Russian military police" = rus), an optional demonym word before it. Every member of the list joined to
 * it is a state hosted too. The host: the verb's subject (a place or a state), else the place the sentence's own opening
 * presence record reads ("The area is held by X and also hosts": the area, as the record of "held by" resolved it).
 * English.
 */
import type { Mention, Trigger } from '../doc.ts';
import { mention } from '../doc.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, type Ctx, groupFrom, hasWordCue, hasWordCueAt, prepOf } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

/** The states hosted: a country mention holding a troops noun within four words after H (one demonym word may precede), and the members joined to it. */
function hostedStates(ctx: Ctx, H: Trigger): Mention[] {
  const ms = ctx.s.mentions;
  const toks = ctx.s.tokens;
  const i = ms.findIndex((m) => m.tok0 >= H.tok1 && m.tok0 - H.tok1 <= 2);
  if (i < 0) return [];
  const m = ms[i]!;
  // (nothing but one word between the verb and the mention: "hosts Syrian government troops")
  for (let k = H.tok1; k < m.tok0; k++) if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',') return [];
  const isTroops = (x: Mention) => {
    if (actor(ctx.lex, x)?.kind !== 'country' || x.kind === 'place') return false;
    for (let k = x.tok0; k < x.tok1; k++) if (hasWordCueAt(ctx, k, 'hosted_troops')) return true;
    // ("military police": a phrase cue of the military kind inside the mention)
    return !!ctx.byKind.get('military')?.some((c) => c.tok0 >= x.tok0 && c.tok1 <= x.tok1);
  };
  if (!isTroops(m)) return [];
  return groupFrom(ms, i).filter(isTroops);
}

/** The host of H: its subject (a place or a state), else the target of the sentence's presence record told from its opening words. */
function hostOf(ctx: Ctx, H: Trigger, before: number): Mention[] {
  const subj = verbArgs(ctx, H, true).subj?.filter((m) => m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country');
  if (subj?.length) return subj;
  // ("Manbij also hosts": the sentence's opening place, before the verb, behind no preposition)
  const first = ctx.s.mentions[0];
  if (first && first.tok0 <= 1 && first.tok1 <= H.tok0 && H.tok0 - first.tok1 <= 1 && first.kind === 'place' && !prepOf(ctx, first)) return [first];
  for (let j = before; j < ctx.out.length; j++) {
    const r = ctx.out[j]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== ctx.s.start || r.evidence.targetSpan[0] > 4) continue;
    const e = ctx.lex.entities.get(r.target);
    if (!e || e.kind !== 'place') continue;
    const t0 = ctx.s.tokens.findIndex((t) => t.start - ctx.s.start >= r.evidence.targetSpan[0]);
    const t = ctx.s.tokens[Math.max(0, t0)]!;
    return [mention(Math.max(0, t0), Math.max(0, t0) + 1, t.start, t.end, e.id, e.kind, 'anaphor', false, '')];
  }
  return [];
}

export function hostedListedTroops(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en' || !(hasWordCue(ctx, 'hosted_troops') || ctx.byKind.has('military'))) return;
  for (const H of ctx.s.triggers) {
    if (!H.patterns.some((q) => q.relation === 'hosted' && q.pos === 'verb')) continue;
    const states = hostedStates(ctx, H);
    if (!states.length) continue;
    const hosts = hostOf(ctx, H, before);
    for (const s of states) {
      const owner = actor(ctx.lex, s)!.entity;
      // (the guest reading of the same verb goes)
      for (let j = ctx.out.length - 1; j >= before; j--) {
        const r = ctx.out[j]!;
        if (r.relation === 'hosted' && r.target === owner && r.evidence.start === ctx.s.start) ctx.out.splice(j, 1);
      }
      for (const h of hosts) {
        const place = h.kind === 'place' ? h : actor(ctx.lex, h);
        if (place && place.entity !== owner && !toldHere(ctx, 'deployed_in', owner, place.entity)) emit(ctx, H, 'deployed_in', s, place, {}, true);
      }
    }
  }
}
