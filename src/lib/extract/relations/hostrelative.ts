/**
 * slot31 (diagnosis-batch27 §6 fix 4): relatives on the host place of a visit. `التقى X … الوزير Y في دمشق، التي وصل
 * إليها أمس الأحد`, "met Y in Damascus, where he arrived on Sunday", "Baghdad, which he reached on Monday": a visit verb
 * opening a relative clause on a place (Arabic with its resumptive pronoun, `إليها`, `فيه`; English with a subject
 * pronoun) visits that place; its visitor is the relative's own subject when it names one, else the subject of the
 * main clause's verb before the place.
 */
import type { Mention, Trigger } from '../doc.ts';
import { verbArgs } from './args.ts';
import { actor, type Ctx, cueTrigger, hasBreak, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

const RESUMPTIVE_AR = /^(الي|إلي|في)(ها|ه)$/;

export function hostRelativeVisit(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const words: Trigger[] = s.triggers.filter((T) => T.patterns[0]!.relation === 'visited' && T.patterns[0]!.pos === 'verb');
  // (English "where he arrived": an arrival word, cues.csv `arrival`, is a visit there)
  const vp = ctx.lang === 'en' ? verbPattern(ctx, 'visited') : undefined;
  if (vp) for (const c of ctx.byKind.get('arrival') ?? []) if (!words.some((T) => T.tok0 === c.tok0)) words.push(cueTrigger(c, vp));
  for (const T of words) {
    let r = T.tok0 - 1;
    if (ctx.lang === 'en') {
      if (!/^(he|she|they)$/.test(toks[r]?.norm ?? '')) continue;
      r--;
      if (!/^(where|which)$/.test(toks[r]?.norm ?? '')) continue;
    } else if (!/^(الذي|التي)$/.test(toks[r]?.norm ?? '') || !(RESUMPTIVE_AR.test(toks[T.tok1]?.norm ?? '') || /\S{3}(ها|ه)$/.test(toks[T.tok1 - 1]!.norm))) continue;
    const end = toks[r - 1]?.text === ',' || toks[r - 1]?.text === '،' ? r - 1 : r;
    const where = s.mentions.find((m) => m.tok1 === end && (m.kind === 'place' || m.kind === 'country'));
    if (!where) continue;
    // the relative's own subject (`التي وصل إليها الوزير`), else the main clause's
    const own = ctx.lang === 'ar' ? s.mentions.find((m) => m.tok0 === T.tok1 + 1 && actor(ctx.lex, m)) : undefined;
    let who: Mention | undefined = own;
    if (!who) {
      const V = [...s.triggers].reverse().find((x) => x.tok1 <= where.tok0 && x.patterns[0]!.pos === 'verb');
      who = V ? verbArgs(ctx, V, true).subj?.[0] : undefined;
    }
    const a = who ? actor(ctx.lex, who) : undefined;
    if (!who || !a || (a.kind !== 'person' && a.kind !== 'country' && a.kind !== 'organization')) continue;
    if (ctx.out.slice(before).some((x) => x.relation === 'visited' && x.source === a.entity && x.target === where.entity)) continue;
    emit(ctx, T, 'visited', who, where, {}, true);
  }
}

/** Relations told "with" a party (the relative's preposition, `مع`). */
const WITH_RELATIONS = new Set(['met', 'reconciled_with', 'agreed_with', 'coordinated_with']);

/**
 * slot31: a relative on the other party of a relation told "with" it: "aid to Turkey, with which it restored full
 * diplomatic ties last year", "Iraq, with whom Damascus agreed …", `تركيا، التي أعادت معها العلاقات`, `التي اتفقت
 * معها دمشق`: the antecedent is the party; the one who acts is the relative's own subject when it names one, else the
 * subject of the main clause's verb before the antecedent.
 */
export function withRelative(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns[0]!;
    if (p.pos !== 'verb' || !WITH_RELATIONS.has(p.relation)) continue;
    let r: number;
    let own: Mention | undefined;
    if (ctx.lang === 'en') {
      // ", with which it restored", ", with whom the minister agreed"
      let k = T.tok0 - 1;
      own = s.mentions.find((m) => m.tok1 === T.tok0 && actor(ctx.lex, m));
      if (own) k = own.tok0 - 1;
      else if (/^(it|he|she|they)$/.test(toks[k]?.norm ?? '')) k--;
      else continue;
      if (!/^(which|whom)$/.test(toks[k]?.norm ?? '') || toks[k - 1]?.norm !== 'with') continue;
      r = k - 1;
    } else {
      if (!/^(الذي|التي)$/.test(toks[T.tok0 - 1]?.norm ?? '')) continue;
      let j = T.tok1;
      own = s.mentions.find((m) => m.tok0 === j && actor(ctx.lex, m));
      if (own) j = own.tok1;
      if (!/^مع(ها|ه)$/.test(toks[j]?.norm ?? '') && !/^مع(ها|ه)$/.test(toks[T.tok1]?.norm ?? '')) continue;
      if (!own) own = s.mentions.find((m) => m.tok0 === T.tok1 + 1 && actor(ctx.lex, m));
      r = T.tok0 - 1;
    }
    const end = toks[r - 1]?.text === ',' || toks[r - 1]?.text === '،' ? r - 1 : r;
    const party = s.mentions.find((m) => m.tok1 === end && actor(ctx.lex, m));
    if (!party) continue;
    let who = own;
    if (!who) {
      const V = [...s.triggers].reverse().find((x) => x.tok1 <= party.tok0 && x.patterns[0]!.pos === 'verb');
      who = V ? verbArgs(ctx, V, true).subj?.[0] : undefined;
    }
    const a = who ? actor(ctx.lex, who) : undefined;
    const b = actor(ctx.lex, party);
    if (!who || !a || !b || a.entity === b.entity) continue;
    if (ctx.out.slice(before).some((x) => x.relation === p.relation && x.source === a.entity && x.target === b.entity)) continue;
    emit(ctx, T, p.relation, who, party, {}, false);
  }
}

/**
 * slot31 (diagnosis-batch27 §6 fix 5): a visited-capitals list is no pair. `يزور بيدرسون طهران وأنقرة … لإجراء مشاورات`,
 * "will visit Tehran and Ankara for consultations": the places one visitor visits in the sentence do not meet each other
 * (the meeting noun's reciprocal pair was the visit's object list); their `met` records of the sentence are dropped.
 */
export function visitedNoPair(ctx: Ctx, before: number): void {
  const out = ctx.out;
  const by = new Map<string, Set<string>>();
  for (let i = before; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation !== 'visited' || r.evidence.start !== ctx.s.start) continue;
    const st = ctx.lex.entities.get(r.target)?.stands_for ?? r.target;
    by.set(r.source, (by.get(r.source) ?? new Set()).add(st).add(r.target));
  }
  if (![...by.values()].some((x) => x.size >= 2)) return;
  for (let i = out.length - 1; i >= before; i--) {
    const r = out[i]!;
    if (r.relation !== 'met' || r.evidence.start !== ctx.s.start) continue;
    if ([...by.values()].some((x) => x.has(r.source) && x.has(r.target))) out.splice(i, 1);
  }
}

/** "mainly in", "mostly in", `معظمهم في`: a second, narrower place for the same presence. */
const MAINLY_EN = /^(mainly|mostly|largely|primarily|chiefly|predominantly)$/;
const MOST_AR = /^(معظمهم|معظمها|معظمه|غالبيتهم|غالبيتها|أغلبهم|اغلبهم|أغلبها|اغلبها)$/;

/**
 * slot31 (diagnosis-batch27 §6 fix 4): a second place for the same subject. "keeps around 900 troops in Syria, mainly in
 * SDF-held areas of the northeast", `تنشر واشنطن نحو 900 جندي في سوريا، معظمهم في مناطق سيطرة «قسد» في الحسكة`: the
 * presence told with its first place holds in the narrower place after the comma too (past a control phrase's holder).
 */
export function secondPlace(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const toks = s.tokens;
  const n = out.length;
  for (let i = before; i < n; i++) {
    const r = out[i]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== s.start) continue;
    const at = s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0]);
    if (!at || !/^[,،]$/.test(toks[at.tok1]?.text ?? '')) continue;
    let k = at.tok1 + 1;
    if (ctx.lang === 'en' ? MAINLY_EN.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'in' : MOST_AR.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'في') k += 2;
    else if (ctx.lang === 'en' && /^(most|many)$/.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'of' && toks[k + 2]?.norm === 'them' && toks[k + 3]?.norm === 'in') k += 4;
    else continue;
    let place: Mention | undefined;
    for (const m of s.mentions) {
      if (m.tok0 < k) continue;
      if (m.tok0 - k > 6 || hasBreak(toks, k, m.tok0)) break;
      if (m.kind === 'place' && m.via !== 'anaphor') {
        place = m;
        break;
      }
    }
    if (!place || place.entity === r.target || out.some((x) => x.evidence.start === s.start && x.relation === 'deployed_in' && x.source === r.source && x.target === place!.entity)) continue;
    out.push({ ...r, target: place.entity, evidence: { ...r.evidence, targetSpan: [place.start - s.start, place.end - s.start] } });
  }
}

/**
 * slot31 (diagnosis-batch27 §6 fix 4): an agreed future act is no relation of its own. `واتفق الصباغ وحسين على تعزيز
 * التنسيق الأمني`, "agreed to strengthen security coordination": a relation noun within three words after the agreement
 * verb's `على`/"to"/"on" is what the parties agreed to do; the sentence's records of that relation are the agreement
 * (agreed_with), once per pair. Coordination only: agreed meetings and support ("agreed to hold talks") are annotated
 * as relations of their own in the gold (the wider rule lost 5 pooled rows).
 */
export function agreedFutureAct(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const toks = s.tokens;
  for (const A of s.triggers) {
    if (A.patterns[0]!.relation !== 'agreed_with' || A.patterns[0]!.pos !== 'verb') continue;
    let k = A.tok1;
    while (k < toks.length && k - A.tok1 <= 10 && !/^(علي|to|on)$/.test(toks[k]!.norm) && !/^[.;]$/.test(toks[k]!.text)) k++;
    if (!/^(علي|to|on)$/.test(toks[k]?.norm ?? '')) continue;
    const T2 = s.triggers.find((x) => x.tok0 > k && x.tok0 - k <= 3 && x.patterns[0]!.relation !== 'agreed_with' && !s.mentions.some((m) => m.tok0 > k && m.tok1 <= x.tok0));
    if (!T2) continue;
    const rel = T2.patterns[0]!.relation;
    // (a noun only: "agreed to coordinate with Jordan" is still an act)
    if (rel !== 'coordinated_with' || T2.patterns[0]!.pos !== 'noun') continue;
    for (let i = out.length - 1; i >= before; i--) {
      const r = out[i]!;
      if (r.relation !== rel || r.evidence.start !== s.start) continue;
      const has = out.some((x) => x.evidence.start === s.start && x.relation === 'agreed_with' && ((x.source === r.source && x.target === r.target) || (x.source === r.target && x.target === r.source)));
      if (has) out.splice(i, 1);
      else out[i] = { ...r, relation: 'agreed_with' };
    }
  }
}

/**
 * slot31 (diagnosis-batch27 §6 fix 4): a purpose clause is no relation. "threatened a ground operation to push the group
 * away from the border": an urging verb right after "to" that follows an attack noun is the act's purpose; the urging
 * record on the object named right after it is dropped (the attack noun keeps its own reading).
 */
export function purposeNoUrging(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en') return;
  const { s, out } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'urged' || T.patterns[0]!.pos !== 'verb' || toks[T.tok0 - 1]?.norm !== 'to') continue;
    if (!s.triggers.some((x) => x.tok1 === T.tok0 - 1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'))) continue;
    const obj = s.mentions.find((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 1);
    if (!obj) continue;
    for (let i = out.length - 1; i >= before; i--) {
      const r = out[i]!;
      if (r.relation === 'urged' && r.evidence.start === s.start && r.evidence.targetSpan[0] === obj.start - s.start) out.splice(i, 1);
    }
  }
}
