/**
 * Coordinated holders before coordinated places: "positions of the PKK and the YPG in northern Syria and northern
 * Iraq", `مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا`, "operations against the PKK and
 * the YPG in Iraq and Syria". The readers pair every holder with every place; gold rule 13 pairs each holder with the
 * places it can be read with: a group whose lexicon `country` (entities.csv) is the country of some of those places
 * goes with those places only (the YPG, `syr`, with the Syrian ones), while a group whose country is none of them (the
 * PKK, `tur`) goes with them all. Only where another holder of the sentence shares the dropped places (a cross product),
 * so that a group told in a place abroad on its own keeps it.
 */
import type { RelationRecord } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Ctx } from './ctx.ts';

function countryOf(lex: Lexicon, id: string): string | undefined {
  const e = lex.entities.get(id);
  return e?.kind === 'country' ? e.id : e?.country;
}

/** The sentence's `deployed_in` records from `before` that pair a group with a place outside its country, dropped where they come from a cross product. */
export function withoutForeignCoHolderPlaces(ctx: Ctx, before: number): void {
  const out = ctx.out;
  const bySource = new Map<string, RelationRecord[]>();
  for (let i = before; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== ctx.s.start) continue;
    const list = bySource.get(r.source);
    if (list) list.push(r);
    else bySource.set(r.source, [r]);
  }
  if (bySource.size < 2) return;
  const drop = new Set<RelationRecord>();
  for (const [source, records] of bySource) {
    if (records.length < 2) continue;
    const e = ctx.lex.entities.get(source);
    const home = e && e.kind === 'armed_group' ? e.country : undefined;
    if (!home) continue;
    const countries = records.map((r) => countryOf(ctx.lex, r.target));
    if (!countries.includes(home)) continue;
    records.forEach((r, i) => {
      const c = countries[i];
      if (!c || c === home) return;
      // (a co-holder with the same place and one of the home places: the places were listed for both)
      const shared = [...bySource].some(([other, rs]) => other !== source && rs.some((x) => x.target === r.target) && rs.some((x) => countryOf(ctx.lex, x.target) === home));
      if (shared) drop.add(r);
    });
  }
  if (!drop.size) return;
  for (let i = out.length - 1; i >= before; i--) {
    if (!drop.has(out[i]!)) continue;
    ctx.stative.delete(out[i]!);
    out.splice(i, 1);
  }
}
