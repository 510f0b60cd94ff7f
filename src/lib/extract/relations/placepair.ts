/**
 * The places a dual or plural pronoun stands for (branch slot55; suite tests/unit/extract/slot55-taken-pair.test.ts; gold
 * rule 19f): "Raqqa and Tabqa … since it took them from IS", `على الرقة والطبقة منذ انتزاعهما من «داعش»`, `منذ طرد
 * «داعش» منهما`. Used by takenclitic.ts (the taking word's clitic or "them") and presence.ts expulsionPlaces (`منهما`,
 * "out of them").
 */
import type { Mention } from '../doc.ts';
import { type Ctx, groupTo } from './ctx.ts';

/**
 * slot55: the places a dual or plural pronoun stands for — the list (two places or more, joined by and/و or a comma) that
 * ends with the last place named before token k in the sentence ("Raqqa and Tabqa … since it took them from IS",
 * `على الرقة والطبقة منذ انتزاعهما من «داعش»`); undefined when the last place stands alone.
 */
export function placePairBefore(ctx: Ctx, k: number): Mention[] | undefined {
  const ms = ctx.s.mentions;
  let i = -1;
  // (not a capital acting for its state: "backed by Washington")
  for (let j = ms.length - 1; j >= 0; j--) if (ms[j]!.tok1 <= k && ms[j]!.kind === 'place' && !ctx.lex.entities.get(ms[j]!.entity)?.stands_for) { i = j; break; }
  if (i < 0) return undefined;
  const g = groupTo(ms, i).filter((m) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for);
  return g.length >= 2 ? g : undefined;
}

