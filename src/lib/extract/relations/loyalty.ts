/**
 * slot31 (diagnosis-batch27 §6 fix 5): loyalty participles inside a list (cues.csv `loyal_participle`). `قصفت القوات
 * التركية وفصائل «الجيش الوطني السوري» الموالية لها`, `فصائل «الجيش الوطني» الموالية لأنقرة`, "the National Defence
 * Forces, loyal to Damascus": the patron (the name after ل/"to", or for the pronoun `لها`/`له`/`لهم` the list member
 * named before the holder) supported the holder named right before the participle; a standing state, at publication.
 */
import { type Mention } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { actor, hasWordCue, type Ctx, cueTrigger, hasBoundary, stateBody, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';

const PRONOUN_AR = /^(لها|له|لهم|لهما)$/;

export function loyalTo(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const words = cueWords(ctx.lex, 'loyal_participle');
  if (!hasWordCue(ctx, 'loyal_participle')) return;
  let p: ReturnType<typeof verbPattern> | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    // the holder: a named state or armed group right before the participle (past its closing quote, its comma in English)
    const e = /^(»|"|\)|,)$/.test(toks[k - 1]!.text) ? k - 1 : k;
    const holder = s.mentions.find((m) => m.tok1 === e || m.tok1 === k);
    const h = holder ? actor(ctx.lex, holder) : undefined;
    // (not a demonym: `وفصائل سورية موالية لها` names no holder)
    // (a state only by one of its bodies, `القوات الحكومية الموالية لـ`: `فصائل سورية موالية لها` are no Syria)
    if (!holder || !h || holder.via === 'demonym' || (h.kind !== 'armed_group' && !(h.kind === 'country' && stateBody(ctx, holder)))) continue;
    let patron: Mention | undefined;
    if (ctx.lang === 'ar') {
      const t = toks[k + 1]?.norm ?? '';
      if (PRONOUN_AR.test(t)) {
        // (the list member named before the holder: `القوات التركية وفصائل X الموالية لها`)
        let prev: Mention | undefined;
        for (const m of s.mentions) if (m.tok1 <= holder.tok0 && holder.tok0 - m.tok1 <= 4 && actor(ctx.lex, m)) prev = m;
        patron = prev && !hasBoundary(toks, prev.tok1, holder.tok0) ? prev : undefined;
      } else patron = s.mentions.find((m) => m.tok0 === k + 1 && /ل/.test(m.clitics));
    } else if (toks[k + 1]?.norm === 'to') patron = s.mentions.find((m) => m.tok0 === k + 2 || (m.tok0 === k + 3 && toks[k + 2]?.norm === 'the'));
    const a = patron ? actor(ctx.lex, patron) : undefined;
    if (!patron || !a || a.entity === h.entity || (a.kind !== 'country' && a.kind !== 'armed_group' && a.kind !== 'person')) continue;
    p ??= verbPattern(ctx, 'supported');
    if (!p) return;
    if (ctx.out.slice(before).some((r) => r.relation === 'supported' && r.source === a.entity && r.target === h.entity)) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p), 'supported', patron, holder, {}, false);
    atPublication(ctx, n);
  }
}

/** `وأخرى`, `وآخرون`: "and others" standing for a second noun of the kind just named. */
const OTHERS_AR = /^و(اخري|اخرى|اخرين|اخرون|اخريات)$/;
// The participles that name the others' owner after them (`تابعة لـ`, `موالية لـ`).
// (OWNER_AR: the `owner_participle_ar` word cue of data/lexicon/cues.csv, branch words31)

/**
 * slot31 (diagnosis-batch27 §6 fix 5): `تنتشر قوات روسية وأخرى تابعة للجيش السوري في نقاط …`: "and others belonging to
 * Y" after a subject is a second subject Y of the same relation: each record the sentence has with that subject as its
 * source is also Y's.
 */
export function otherOwners(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'ar') return;
  const { s, out } = ctx;
  const toks = s.tokens;
  const n = out.length;
  for (let i = before; i < n; i++) {
    const r = out[i]!;
    if (r.evidence.start !== s.start) continue;
    const src = s.mentions.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
    if (!src) continue;
    // (`قوات روسية، منذ عام 2019، وأخرى تابعة لـ…`: past a date adjunct between commas; slot32)
    const end = pastDateAdjunct(ctx, src.tok1);
    // (`قوات روسية وأخرى حكومية`, `وأخرى تركية`: "and other, government/Turkish ones": the adjective names the second owner; pred33)
    if (OTHERS_AR.test(toks[end]?.norm ?? '') && !cueWords(ctx.lex, 'owner_participle_ar').has(toks[end + 1]?.norm ?? '')) {
      const b = othersAdjective(ctx, src, end + 1);
      if (!b || b.entity === r.source || b.entity === r.target) continue;
      if (out.some((x) => x.evidence.start === s.start && x.relation === r.relation && x.source === b.entity && x.target === r.target)) continue;
      out.push({ ...r, source: b.entity, evidence: { ...r.evidence, sourceSpan: [toks[end + 1]!.start - s.start, toks[end + 1]!.end - s.start] } });
      continue;
    }
    if (!OTHERS_AR.test(toks[end]?.norm ?? '') || !cueWords(ctx.lex, 'owner_participle_ar').has(toks[end + 1]?.norm ?? '')) continue;
    // (`وأخرى تابعة لـ«الجيش الوطني»`: past a preposition and a quote of their own too; slot32)
    const y = s.mentions.find((m) => (m.tok0 === end + 2 && /ل/.test(m.clitics)) || (m.tok0 > end + 2 && m.tok0 <= end + 4 && othersOwner(ctx, m)));
    const a = y ? actor(ctx.lex, y) : undefined;
    if (!y || !a || a.entity === r.source || a.entity === r.target || (a.kind !== 'country' && a.kind !== 'armed_group')) continue;
    if (out.some((x) => x.evidence.start === s.start && x.relation === r.relation && x.source === a.entity && x.target === r.target)) continue;
    out.push({ ...r, source: a.entity, evidence: { ...r.evidence, sourceSpan: [y.start - s.start, y.end - s.start] } });
  }
}

/** Normalised Arabic aliases of the lexicon's states, per lexicon ("القوات الحكوميه" → syr): read by othersAdjective. */
const stateAliases = new WeakMap<Lexicon, Map<string, string>>();

/**
 * `قوات روسية وأخرى حكومية`, `قوات أمريكية وأخرى تركية`: the state the adjective right after `وأخرى` (token k) names with
 * the head noun of the first member (`قوات`): a demonym mention there, else the state whose Arabic alias or descriptor is the head with
 * the article and that adjective (`القوات الحكومية`). Undefined when there is none (branch pred33).
 */
function othersAdjective(ctx: Ctx, src: Mention, k: number): { entity: string } | undefined {
  const toks = ctx.s.tokens;
  const t = toks[k];
  if (!t?.arabic || !/ي[ةه]$/.test(t.norm)) return undefined;
  const dm = ctx.s.mentions.find((m) => m.tok0 === k && m.tok1 === k + 1);
  if (dm) {
    const a = actor(ctx.lex, dm);
    return a?.kind === 'country' ? { entity: a.entity } : undefined;
  }
  if (src.via !== 'demonym' && src.tok1 - src.tok0 < 2) return undefined;
  const head = toks[src.tok0]!.norm.replace(/^[وف]/, '').replace(/^ال/, '');
  let map = stateAliases.get(ctx.lex);
  if (!map) {
    map = new Map();
    for (const e of ctx.lex.entities.values()) if (e.kind === 'country') {
      for (const a of [...e.aliases_ar, ...e.descriptors_ar]) if (!map.has(normalise(a))) map.set(normalise(a), e.id);
      for (const d of e.demonyms_ar) map.set(normalise(d).replace(/^ال/, ''), e.id);
    }
    stateAliases.set(ctx.lex, map);
  }
  const adj = t.norm.replace(/^ال/, '');
  const id = map.get(adj) ?? map.get(`ال${head} ال${adj}`);
  return id ? { entity: id } : undefined;
}

/** The name m is Y of `وأخرى تابعة لـY` / `وأخرى موالية لـY` ("and others loyal to Y"; Arabic; slot32). */
export function othersOwner(ctx: Ctx, m: Mention): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  // (`لـ«الجيش الوطني»`: the preposition and a quote as tokens of their own)
  while (k > 0 && !toks[k]!.word && !/[ل]/.test(toks[k]!.norm)) k--;
  if (!/ل/.test(m.clitics)) {
    if (!/^لـ?$/.test(toks[k]?.norm ?? '')) return false;
    k--;
  }
  return cueWords(ctx.lex, 'owner_participle_ar').has(toks[k]?.norm ?? '') && OTHERS_AR.test(toks[k - 1]?.norm ?? '');
}

/** Past a date adjunct between commas right at k (`، منذ عام 2019،`), the token after its closing comma; else k (slot32). */
function pastDateAdjunct(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  if (toks[k]?.text !== '،' && toks[k]?.text !== ',') return k;
  let j = k + 1;
  while (j < toks.length && j - k <= 7 && toks[j]!.text !== '،' && toks[j]!.text !== ',') j++;
  if (j >= toks.length || (toks[j]!.text !== '،' && toks[j]!.text !== ',') || j === k + 1) return k;
  // (a time adjunct: a number or a time word inside, no name)
  const span = toks.slice(k + 1, j);
  const time = span.some((t) => /^\p{N}+$/u.test(t.norm) || /^(منذ|امس|اليوم|الماضي|الماضيه|since|yesterday|last)$/.test(t.norm));
  return time && !ctx.inMention.slice(k + 1, j).some(Boolean) ? j + 1 : k;
}
