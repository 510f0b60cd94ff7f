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
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, leadingActor } from './ctx.ts';

/**
 * The leader of the campaign whose relative the expulsion verb at k is ("The SDF … led the campaign that drove Islamic State
 * from its last enclave at Baghouz in March 2019", "the SDF, which spearheaded the ground campaign that drove …"): an
 * offensive noun (cues.csv `offensive_noun`) right before "that"/"which" (`التي`/`الذي`), the object of a leading verb (cues.csv `campaign_lead_verb`)
 * at most three words before it; the leader the antecedent of a "which"/"who" right before that verb, else the sentence's
 * opening actor before it.
 */
function campaignLeader(ctx: Ctx, k: number): Mention | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  if (!/^(that|which|التي|الذي)$/.test(toks[k - 1]?.norm ?? '')) return undefined;
  // (the campaign noun, cues.csv `offensive_noun`: read off the token, since an ownerless "campaign" is no trigger)
  const n = k - 2;
  const bare = toks[n]?.norm.replace(/^ال/, '') ?? '';
  if (!cueWords(ctx.lex, 'offensive_noun').has(toks[n]?.norm ?? '') && !cueWords(ctx.lex, 'offensive_noun').has(bare)) return undefined;
  const lead = cueWords(ctx.lex, 'campaign_lead_verb');
  let v = -1;
  for (let j = n - 1; j >= 0 && n - j <= 3; j--) if (lead.has(toks[j]!.norm)) { v = j; break; }
  if (v < 0) return undefined;
  let m: Mention | undefined;
  if (/^(which|who)$/.test(toks[v - 1]?.norm ?? '')) {
    const end = toks[v - 2]?.text === ',' ? v - 2 : v - 1;
    m = s.mentions.find((x) => x.tok1 === end);
  } else m = leadingActor(ctx, v, true);
  const a = m && actor(ctx.lex, m);
  return a && /^(country|armed_group)$/.test(a.kind) ? m : undefined;
}

/**
 * The mentions standing for the doers of the sentence's `attacked` records on the expelled mention `om` (the expulsion
 * verb at k), else the leader of the campaign the verb is the relative of.
 */
export function expulsionCaptors(ctx: Ctx, om: Mention, k: number): Mention[] {
  const { s } = ctx;
  const at = om.start - s.start;
  const found: Mention[] = [];
  for (const r of ctx.out) {
    if (r.evidence.start !== s.start || r.relation !== 'attacked' || r.evidence.targetSpan[0] !== at) continue;
    const m = s.mentions.find((x) => x.start - s.start === r.evidence.sourceSpan[0] && actor(ctx.lex, x)?.entity === r.source);
    if (m && !found.some((f) => actor(ctx.lex, f)?.entity === r.source)) found.push(m);
  }
  if (!found.length) {
    const l = campaignLeader(ctx, k);
    if (l && actor(ctx.lex, l)?.entity !== actor(ctx.lex, om)?.entity) found.push(l);
  }
  return found;
}
