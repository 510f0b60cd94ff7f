/**
 * The captor of a dated expulsion (gold rule 19f's captor, branch slot51; diagnosis-batch48 §6 slot49 rank 3): "Turkish
 * troops drove Islamic State out of al-Bab in February 2017", "The council drove the Islamic State group out of Manbij in
 * August 2016", `وكانت «قسد» قد طردت تنظيم «داعش» من مدينة الرقة في تشرين الأول/أكتوبر 2017`: the one whose attack on the
 * expelled the sentence's verb frame already read (its `attacked` record on the expelled mention) holds the place it
 * drove the group out of from that date, as a captor of rule 19f ("where it captured, seized or retook the place, its own
 * presence from that date"). presence.ts expulsionPlaces finds the expelled, the place and the date; this finds the
 * captor. No record, no captor: an agentless masdar (`منذ طرد «داعش» منها`) or a passive ("was driven from") gives none.
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx } from './ctx.ts';

/** The mentions standing for the doers of the sentence's `attacked` records on the expelled mention `om`. */
export function expulsionCaptors(ctx: Ctx, om: Mention): Mention[] {
  const { s } = ctx;
  const at = om.start - s.start;
  const found: Mention[] = [];
  for (const r of ctx.out) {
    if (r.evidence.start !== s.start || r.relation !== 'attacked' || r.evidence.targetSpan[0] !== at) continue;
    const m = s.mentions.find((x) => x.start - s.start === r.evidence.sourceSpan[0] && actor(ctx.lex, x)?.entity === r.source);
    if (m && !found.some((f) => actor(ctx.lex, f)?.entity === r.source)) found.push(m);
  }
  return found;
}
