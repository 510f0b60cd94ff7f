/**
 * A person "due in" a place ("The crown prince was due in Ankara on Wednesday for talks with Erdogan", "Erdogan is due in
 * Tehran on Tuesday for a summit"): a planned visit (gold rule 3's plans; solo49). English, the auxiliary right before
 * "due in", the person's name or descriptor right before the auxiliary, the place right after "in". Only a person: the
 * old pattern row "was due in" read "whose 22nd round is due in the Kazakh capital" as a visit of the format
 * (patterns.en.csv, lex28). Not negated.
 */
import { actor, type Ctx, cueTrigger } from './ctx.ts';
import { emit } from './emit.ts';
import { isNegated } from './guards.ts';

export function dueIn(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  const pattern = ctx.lex.patterns.find((p) => p.relation === 'visited' && p.lang === 'en' && p.pos === 'verb' && p.mode === 'planned');
  if (!pattern) return;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.norm !== 'due' || toks[k + 1]!.norm !== 'in' || !/^(is|was|are|were)$/.test(toks[k - 1]!.norm)) continue;
    const where = ctx.s.mentions.find((m) => m.tok0 === k + 2 && m.kind === 'place');
    const who = ctx.s.mentions.find((m) => m.tok1 === k - 1);
    if (!where || !who || actor(ctx.lex, who)?.kind !== 'person') continue;
    const T = cueTrigger({ tok0: k, tok1: k + 2, start: toks[k]!.start, end: toks[k + 1]!.end }, pattern);
    if (isNegated(ctx, T)) continue;
    emit(ctx, T, 'visited', who, where, { mode: 'planned' }, true);
  }
}
