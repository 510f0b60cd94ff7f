/**
 * Facilities used by named actors in named places (branch slot53; suite tests/unit/extract/slot53-used-by.test.ts; gold
 * rule 19c (e), "each foe in each place" of diagnosis-batch51 §6 slot52 rank 6): "infrastructure used by the PKK and the
 * YPG in Iraq and Syria", "a base used by US troops in Syria" — a `use_verb` participle, "by", a list of actors (states
 * and armed groups, named), "in" and a list of places: each actor is present in each place, except that an actor whose
 * lexicon home country is one of the places is present there only (the PKK in Iraq and Syria, the YPG in Syria).
 * English; the publication date (a standing presence). Unnamed users ("used by Iran-backed groups") give none.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, groupFrom, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';

export function usedByPresence(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  const use = cueWords(ctx.lex, 'use_verb');
  const dv = verbPattern(ctx, 'deployed_in');
  if (!dv) return;
  const ms = ctx.s.mentions;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k]!.norm !== 'used' || !use.has('used') || toks[k + 1]!.norm !== 'by') continue;
    const i = ms.findIndex((m) => m.tok0 === k + 2 || (m.tok0 === k + 3 && toks[k + 2]!.norm === 'the'));
    if (i < 0) continue;
    const users = groupFrom(ms, i).filter((m) => {
      const a = actor(ctx.lex, m);
      return !!a && (a.kind === 'armed_group' || a.kind === 'country');
    });
    if (!users.length) continue;
    const end = groupFrom(ms, i).pop()!.tok1;
    if (toks[end]?.norm !== 'in') continue;
    const pi = ms.findIndex((m) => m.tok0 === end + 1 || (m.tok0 === end + 2 && toks[end + 1]!.norm === 'the'));
    if (pi < 0) continue;
    const places = groupFrom(ms, pi).filter((m) => m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country');
    if (!places.length) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 2, start: toks[k]!.start, end: toks[k + 1]!.end }, dv);
    for (const u of users) {
      const a = actor(ctx.lex, u)!;
      const home = ctx.lex.entities.get(a.entity)?.country;
      const own = places.filter((p: Mention) => p.entity === home);
      const n = ctx.out.length;
      for (const p of own.length ? own : places) if (p.entity !== a.entity) emit(ctx, T, 'deployed_in', u, p, {}, true);
      // (a standing presence: the publication date, whatever day the sentence tells the use was stated)
      atPublication(ctx, n);
    }
  }
}
