/**
 * "X and its ally Y" as a second member (branch slot43; diagnosis-batch39 §6 slot43 rank 4, `قوات النظام وحليفتها
 * روسيا` as an object list): an ally noun with its owner's pronoun between two actors (English "and its/their (main)
 * ally Y", cues.csv `ally_noun_en` and `ally_adjective`; Arabic `وحليفته`/`وحليفتها`/`وحلفاؤه` …, cues.csv
 * `ally_conj_ar`) joins Y to X's slot: an act whose target is X reaches Y too ("accused government forces and their ally
 * Russia of …", `واتهم الدفاع المدني النظام وحليفته روسيا بتصعيد`), and an act whose source is Y, when X stands first in
 * the clause, is X's too ("Iran and its ally Hezbollah have backed Assad"). The alliance itself (Y supported X) is
 * the ally noun's own reading. Only acts of one side on another (accused, criticized, urged, attacked, threatened,
 * supported, sanctioned); never a relation between X and Y. The first member also shares its ally's presence and joint
 * action, `deployed_in` and `coordinated_with` (slot55: "Iran and its ally Hezbollah have deployed fighters in Syria").
 */
import type { RelationRecord } from '../../types.ts';
import { type Mention, type Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const ACTS = new Set(['accused', 'criticized', 'urged', 'attacked', 'threatened', 'supported', 'sanctioned']);
/** slot55: the first member's share of its ally's presence and joint action ("Iran and its ally Hezbollah have deployed
 * fighters in Syria", "… have fought alongside Syrian government forces"): the source-side copy only. */
const FIRST_ACTS = new Set([...ACTS, 'deployed_in', 'coordinated_with']);

/**
 * The ally after mention m ("and its ally Y", `وحليفته Y`): Y's mention, or undefined. The English ally noun is a
 * cues.csv `ally_noun_en` word, the cue index.ts's guard asks for (mend44: no regex of its own).
 */
function allyAfter(ctx: Ctx, m: Mention, adj: ReadonlySet<string>): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = m.tok1;
  if (ctx.lang === 'en') {
    if (toks[k]?.norm !== 'and' || !/^(its|their)$/.test(toks[k + 1]?.norm ?? '')) return undefined;
    k += 2;
    for (let n = 0; n < 2 && adj.has(toks[k]?.norm ?? ''); n++) k++;
    if (!cueWords(ctx.lex, 'ally_noun_en').has(toks[k]?.norm ?? '')) return undefined;
    k++;
  } else {
    if (!cueWords(ctx.lex, 'ally_conj_ar').has(toks[k]?.norm ?? '')) return undefined;
    k++;
  }
  if (toks[k]?.text === '«') k++;
  const y = ctx.s.mentions.find((x) => x.tok0 === k);
  const a = y ? actor(ctx.lex, y) : undefined;
  return y && a && /^(country|armed_group)$/.test(ctx.lex.entities.get(a.entity)?.kind ?? '') ? y : undefined;
}

/** Emit `relation` from src to tgt at trigger T, dated as record r (the act it copies). */
function emitAs(ctx: Ctx, r: RelationRecord, T: Trigger, src: Mention, tgt: Mention): void {
  const { out } = ctx;
  const k = out.length;
  emit(ctx, T, r.relation, src, tgt, r.attrs ?? {}, false);
  for (let j = k; j < out.length; j++) out[j] = { ...out[j]!, date: r.date, dateSource: r.dateSource };
}

export function allyConjuncts(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const adj = cueWords(ctx.lex, 'ally_adjective');
  const toks = s.tokens;
  const at = (span: [number, number]) => s.mentions.find((x) => x.start - s.start === span[0]);
  const n = out.length;
  for (let i = before; i < n; i++) {
    const r = out[i]!;
    if (!FIRST_ACTS.has(r.relation)) continue;
    const p = verbPattern(ctx, r.relation);
    if (!p) continue;
    const t = at(r.evidence.targetSpan);
    const src = at(r.evidence.sourceSpan);
    // (the target's ally: the act reaches it too)
    const y = t && ACTS.has(r.relation) ? allyAfter(ctx, t, adj) : undefined;
    if (y && src && actor(ctx.lex, y)!.entity !== r.source) {
      const T = cueTrigger({ tok0: y.tok0, tok1: y.tok1, start: toks[y.tok0]!.start, end: toks[y.tok1 - 1]!.end }, p);
      if (!toldHere(ctx, r.relation, r.source, actor(ctx.lex, y)!.entity)) emitAs(ctx, r, T, src, y);
    }
    // (the source is the ally of the clause's first member: "Iran and its ally Hezbollah have backed …")
    if (!src || !t) continue;
    // (the clause's first member only)
    const x = s.mentions[0];
    if (!x || x.tok1 > src.tok0 || allyAfter(ctx, x, adj) !== src) continue;
    const xa = actor(ctx.lex, x);
    if (!xa || xa.entity === r.target) continue;
    if (toldHere(ctx, r.relation, xa.entity, r.target)) continue;
    const T = cueTrigger({ tok0: x.tok0, tok1: x.tok1, start: toks[x.tok0]!.start, end: toks[x.tok1 - 1]!.end }, p);
    emitAs(ctx, r, T, x, t);
  }
}
