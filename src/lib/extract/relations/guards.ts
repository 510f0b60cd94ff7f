/** Relations: readings and guards of a trigger (negated, hypothetical, planned, demanded, prospective …). */
import { cueHas, type CueSpan, type Trigger } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { actor, BOUNDARY, commaAnd, type Ctx, cueBefore, cueIn, EN_MONTH, freeWords, type Group, hasBoundary, hasCue, hasWordCueAt, isPossessive, masculineVerb, nth, verbPattern } from './ctx.ts';
import { hostOf, PREPOSITION_EN } from './clauses.ts';
import { leftGroup, verbArgs } from './args.ts';
import { isQuote } from '../mentions.ts';
import { vowBefore } from './vowverb.ts';

/**
 * A presence noun right after a word of entrenching, strengthening or reducing it (cues.csv `entrench_word`: `تعزيز
 * وجودها العسكري`, "entrench its military presence"): the presence is presupposed, whatever plan or wish frames the act on
 * it (`تسعى إيران إلى تعزيز وجودها العسكري في سوريا`: a done presence); np32. Not yet under a negation (`لن تسمح لإيران
 * بترسيخ وجودها`: the suffix owner of `وجودها العسكري` is read as the allowing subject there).
 */
export function presupposedPresence(ctx: Ctx, T: Trigger): boolean {
  if (!T.patterns.some((q) => q.relation === 'deployed_in' && q.pos === 'noun')) return false;
  const words = cueWords(ctx.lex, 'entrench_word');
  const toks = ctx.s.tokens;
  // (English: past a possessive and an adjective, "entrench its military presence")
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 3; k--) {
    const t = toks[k]!;
    if (words.has(t.norm)) return true;
    if (ctx.lang === 'ar' || !/^(its|their|his|her|the|military|own)$/.test(t.norm)) return false;
  }
  return false;
}

export function isNegated(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang === 'ar' && exceptive(ctx, T)) return false;
  return cueBefore(ctx, T, 'negation', 3) || auxiliaryNegated(ctx, T) || unannounced(ctx, T) || foiled(ctx, T) || suspendedAct(ctx, T) || calledOff(ctx, T);
}

/**
 * "said it had foiled a drone attack on …", "thanked Turkey for thwarting what Israel says was an Iranian plot to attack …",
 * `أعلنت أنها أحبطت هجوماً على …`: an attack or threat governed by a `foil` verb (before it, within ten words, no clause
 * boundary between) did not happen, and the foiler is no attacker (slot32).
 */
/**
 * `أعلنت تعليق عملياتها ضد القوات الأمريكية`, "announced the suspension of its operations against US forces": an attack,
 * joint act or meeting noun governed by a suspension word right before it (`suspension` cue, at most "of its" between)
 * is not done (slot32).
 */
function suspendedAct(ctx: Ctx, T: Trigger): boolean {
  const sus = ctx.byKind.get('suspension');
  if (!sus || T.patterns[0]!.pos !== 'noun' || !T.patterns.some((p) => /^(attacked|coordinated_with|met)$/.test(p.relation))) return false;
  const toks = ctx.s.tokens;
  return sus.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 2 && toks.slice(c.tok1, T.tok0).every((t) => /^(of|its|their|the)$/.test(t.norm)));
}

/**
 * "Netanyahu had been due to visit Ankara in July, but the trip was postponed", `كان من المقرر أن يزور X أنقرة، لكن
 * الزيارة أُرجئت`: a planned meeting or visit (a `plan` or `schedule_word` cue within three words before) with a
 * `called_off` cue after it in its sentence did not happen (slot32).
 */
function calledOff(ctx: Ctx, T: Trigger): boolean {
  const off = ctx.byKind.get('called_off');
  if (!off || !T.patterns.some((p) => /^(met|visited|hosted)$/.test(p.relation))) return false;
  if (!off.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 20)) return false;
  if (cueBefore(ctx, T, 'plan', 3)) return true;
  const sched = cueWords(ctx.lex, 'schedule_word');
  for (let k = Math.max(0, T.tok0 - 4); k < T.tok0; k++) if (sched.has(ctx.s.tokens[k]!.norm)) return true;
  return false;
}

function foiled(ctx: Ctx, T: Trigger): boolean {
  const foils = ctx.byKind.get('foil');
  if (!foils || !T.patterns.some((p) => p.relation === 'attacked' || p.relation === 'threatened')) return false;
  for (const c of foils) if (c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 10 && !hasBoundary(ctx.s.tokens, c.tok1, T.tok0)) return true;
  return false;
}

/** Arabic auxiliaries a negation may stand before, their subject between them and the verb (`لم تعد X تحكم`). */
const NEG_AUX = /^(تعد|يعد|يعودوا|تعودا|يعودا|نعد|تكن|يكن|يكونوا|تكونا)$/;

/**
 * `ولم تعد القوات الروسية الخاصة تنتشر في …`, `لم يكن مقاتلو X ينتشرون`: a negation right before an auxiliary negates the
 * verb after the auxiliary's subject, however long the subject (no boundary between, the trigger within eight words).
 */
function auxiliaryNegated(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  for (const c of ctx.byKind.get('negation') ?? []) {
    if (c.tok1 >= T.tok0 || T.tok0 - c.tok1 > 8 || !NEG_AUX.test(toks[c.tok1]?.norm ?? '')) continue;
    if (!hasBoundary(toks, c.tok1, T.tok0)) return true;
  }
  return false;
}

/**
 * `لا تسيطر الحكومة إلا على …`, `لم تعد تحكم سوى جزء من …`: a negation with an exception after the verb (`إلا`, `سوى`, right
 * after it or past its subject) tells the act, limited: "controls only …".
 */
function exceptive(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // (`لن تنسحب تركيا إلا بعد …` is a condition, no act: not after a future negation)
  if ((ctx.byKind.get('negation') ?? []).some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 8 && /^[وف]?لن$/.test(toks[c.tok0]!.norm))) return false;
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 4; k++) {
    if (/^(الا|سوي)$/.test(toks[k]!.norm)) return true;
    if (BOUNDARY.has(toks[k]!.text)) return false;
  }
  return false;
}

/**
 * `ولم يُعلن حتى الآن عن موعد لزيارة X إلى Y`, `ولم يصدر عن الجانبين أي إعلان بشأن لقاء مرتقب`, "no date has been announced
 * for the visit": a meeting or visit whose date or announcement is denied (a negation, then a `date_word` cue, then the
 * noun, in one clause) has not happened. Not "في زيارة لم يُعلن عنها مسبقاً" (an unannounced visit happened: the noun
 * comes first).
 */
function unannounced(ctx: Ctx, T: Trigger): boolean {
  if (!/^(met|visited|hosted)$/.test(T.patterns[0]!.relation)) return false;
  const words = cueWords(ctx.lex, 'date_word');
  const toks = ctx.s.tokens;
  for (const c of ctx.byKind.get('negation') ?? []) {
    if (c.tok1 > T.tok0 || T.tok0 - c.tok1 > 10 || hasBoundary(toks, c.tok1, T.tok0) || cueIn(ctx, c.tok1, T.tok0, 'clause')) continue;
    for (let k = c.tok1; k < T.tok0; k++) if (words.has(toks[k]!.norm) && !toks.slice(c.tok1, k).some((t) => t.text === ',' || t.text === '،')) return true;
  }
  return false;
}

/**
 * "would have liked to meet", "could have met", "might have been received": a modal perfect states what did not happen
 * (or may have), never a reported fact (English; "would have talks" is a plan, no perfect).
 */
function modalPerfect(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1; k >= Math.max(1, T.tok0 - 5); k--) {
    if (ctx.inMention[k] || !toks[k]!.word) return false;
    if (toks[k]!.norm !== 'have' || !/^(would|could|might|should|may)$/.test(toks[k - 1]!.norm)) continue;
    const x = toks[k + 1]?.norm ?? '';
    return /(ed|en)$/.test(x) || x === 'met';
  }
  return false;
}

/**
 * `واتهمت X Y بالسعي إلى …، ودعت Z إلى …`, `وأكدت دمشق ضرورة …، ودعت تركيا إلى …`: an Arabic verb trigger right after
 * `، و` opens a clause of its own (it keeps the opening subject), outside an intent, need or refusal word of the clause
 * before; a modal or a condition proper (cues.csv `modal_scope_ar`: `يجب`, `يمكن`, `إذا`) still reaches it (pred38).
 */
function commaWaVerb(ctx: Ctx, c: CueSpan, T: Trigger): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb' || T.tok0 < 1 || c.tok1 > T.tok0) return false;
  const toks = ctx.s.tokens;
  if (toks[T.tok0 - 1]!.text !== '،' || !T.clitics.startsWith('و')) return false;
  const scope = cueWords(ctx.lex, 'modal_scope_ar');
  for (let k = c.tok0; k < c.tok1; k++) if (scope.has(toks[k]!.norm)) return false;
  return true;
}

export function isHypothetical(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang === 'en' && modalPerfect(ctx, T)) return true;
  // modal cues govern the rest of their clause: "could pave the way for talks … and a summit"
  // (the cheap tests first: kind and distance, then the clause)
  // (", and …" after a modal or a denial opens a new clause: "The PKK denied any role, and the US-backed SDF said …")
  // ("وأكد المقداد رفض دمشق أي تدخل، مطالباً بانسحاب …": a circumstantial participle after a comma is the speaker's own act,
  // outside the modal or denial of the clause before)
  const circumstantial = (a: number, b: number) => ctx.lang === 'ar' && ctx.s.tokens.slice(a, b + 1).some((t, j) => t.text === '،' && cueWords(ctx.lex, 'circumstantial_ar').has(ctx.s.tokens[a + j + 1]?.norm.replace(/^و/, '') ?? ''));
  const open = (c: CueSpan) => !hasBoundary(ctx.s.tokens, c.tok1, T.tok0) && !cueIn(ctx, c.tok1, T.tok0, 'clause') && !commaAnd(ctx.s.tokens, c.tok1, T.tok0) && !commaWhere(ctx, c.tok1, T.tok0) && !circumstantial(c.tok1, T.tok0) && !commaWaVerb(ctx, c, T);
  // (the month, "since May", `May 2023`, is no modal: a capital M inside the sentence; slot32)
  // (np34, diagnosis-batch29 #90: an English relative clause between commas states a fact about its antecedent, outside a
  // modal or fear before it: "fears that the war in Gaza, which began with the Hamas attack on Israel, could spread")
  const relFact = (c: CueSpan) => ctx.lang === 'en' && ctx.inRelative[T.tok0] && !ctx.inRelative[c.tok0] && ctx.s.tokens.slice(c.tok1, T.tok0).some((t, j) => t.text === ',' && /^(which|who)$/.test(ctx.s.tokens[c.tok1 + j + 1]?.norm ?? ''));
  // (ref36: an Arabic control participle right after a place, `في عامودا الخاضعة لسيطرتها`, states a fact about that
  // place, outside a modal or denial before it: `تنفي أنقرة هذه الاتهامات، وتتهم «قسد» … في الدرباسية الخاضعة لسيطرتها`)
  if (ctx.lang === 'ar' && placeFact(ctx, T)) return false;
  for (const c of ctx.byKind.get('hypothetical') ?? []) if (c.tok1 <= T.tok0 && !(c.tok0 > 0 && ctx.s.tokens[c.tok0]!.text === 'May') && T.tok0 - c.tok1 <= 25 && open(c) && !outsideModal(ctx, T, c) && !rejectedAttack(ctx, T, c) && !relFact(c) && !speechAfter(ctx, c, T) && !closedRelative(ctx, c, T) && !deniedThenVerb(ctx, c, T) && !deniedThenParticiple(ctx, c, T)) return true;
  const conditions = ctx.byKind.get('condition') ?? [];
  for (const c of conditions) if (c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 8 && open(c)) return true;
  // "would meet Erdogan only when…", "لن يلتقي … إلا عندما": a condition later in the clause
  // ("تطالب دمشق بالانسحاب شرطاً لأي تطبيع": what comes before "as a condition for" is the condition itself, stated)
  return conditions.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 12 && !hasBoundary(ctx.s.tokens, T.tok1, c.tok0) && !/^(شرطا|كشرط)$/.test(ctx.s.tokens[c.tok0]!.norm));
}

/**
 * slot36 (diagnosis-batch31 #67): `تنفي أنقرة هذه الاتهامات، وتتهم «قسد» بقطع …`, "Ankara denies the accusations and
 * accuses the SDF of …": a finite verb coordinated after a denial or refusal verb (cues.csv `denial_verb`) — English
 * "and" right before it, Arabic its own و — is a second act of the same subject, outside the denial; not inside the
 * denied content (a complementizer "that"/`أن` between: "denied that it struck X and killed Y"), nor a gerund.
 */
function deniedThenVerb(ctx: Ctx, c: CueSpan, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const denial = cueWords(ctx.lex, 'denial_verb');
  if (!toks.slice(c.tok0, c.tok1).some((t) => denial.has(t.norm) || (ctx.lang === 'ar' && denial.has(t.norm.replace(/^[وف]/, ''))))) return false;
  if (!T.patterns.some((q) => q.pos === 'verb') || T.tok0 - c.tok1 < 2) return false;
  for (let k = c.tok1; k < T.tok0; k++) if (/^(that|ان|بان|انه|انها)$/.test(toks[k]!.norm)) return false;
  if (ctx.lang === 'en') return nth(toks, T.tok0 - 1)?.norm === 'and' && !/ing$/.test(toks[T.tok0]!.norm);
  return /^و/.test(toks[T.tok0]!.norm) && !ctx.inMention[T.tok0];
}

/**
 * "Turkish officials have rejected such charges, blaming power cuts on the Kurdish-led administration", "Moscow has
 * refused to attend the talks since 2022, accusing Bern of …": an English participle right after a comma that follows a
 * denial or refusal verb (cues.csv `denial_verb`) is the subject's own act, outside the denial (the English twin of the
 * Arabic circumstantial after `،`); not inside the denied content (a "that" between: "denied that it struck X, killing Y").
 */
function deniedThenParticiple(ctx: Ctx, c: CueSpan, T: Trigger): boolean {
  if (ctx.lang !== 'en' || T.tok0 < 1 || ctx.s.tokens[T.tok0 - 1]!.text !== ',' || !/ing$/.test(ctx.s.tokens[T.tok0]!.norm)) return false;
  const toks = ctx.s.tokens;
  const denial = cueWords(ctx.lex, 'denial_verb');
  if (!toks.slice(c.tok0, c.tok1).some((t) => denial.has(t.norm))) return false;
  for (let k = c.tok1; k < T.tok0; k++) if (toks[k]!.norm === 'that') return false;
  return true;
}

/**
 * "تعبيراً عن رفض الأردن للحرب الإسرائيلية على غزة": a rejection told by its noun (a criticism trigger) of an attack named
 * with its own doer (a demonym or genitive right after it) criticises a fact: the attack is done, not hypothetical.
 */
function rejectedAttack(ctx: Ctx, T: Trigger, c: CueSpan): boolean {
  if (ctx.lang !== 'ar' || !T.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') || T.tok0 - c.tok1 > 3) return false;
  if (!ctx.s.triggers.some((x) => x.tok0 === c.tok0 && x.patterns.some((q) => q.relation === 'criticized' && q.pos === 'noun'))) return false;
  return ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 2 && (m.via === 'demonym' || m.tok0 === T.tok1) && actor(ctx.lex, m)?.kind === 'country');
}

/**
 * An agent noun in apposition to the name before its comma ("Iran, the main ally of Damascus,", `إيران، الحليف الأبرز
 * لدمشق،`, `روسيا، الداعم الرئيسي للحكومة`): it describes the name and is a fact, outside the threat, demand, plan or
 * effort of the verb the name is subject of (`وتوعدت إيران، الحليف الأبرز لدمشق، بالرد`, `وتسعى إيران، حليفة دمشق، إلى`).
 */
export function apposedAgent(ctx: Ctx, T: Trigger): boolean {
  if (!hasCue(ctx, T.tok0, 'agent_noun')) return false;
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  // (English articles and adjectives, a possessor: "the main", "a key", "Assad's main")
  while (k > 0 && T.tok0 - k <= 4 && toks[k]!.text !== ',' && toks[k]!.text !== '،' && (/^(the|a|an|main|key|closest|chief|staunchest|strongest|top|principal|biggest|major|military|political|regional|s|'|’)$/.test(toks[k]!.norm) || ctx.inMention[k])) k--;
  if (toks[k]?.text !== ',' && toks[k]?.text !== '،') return false;
  return ctx.s.mentions.some((m) => m.tok1 === k);
}

export function isPlanned(ctx: Ctx, T: Trigger, p: Pattern): boolean {
  if (p.mode === 'planned') return true;
  // (a threat is stated now: "Israel will not allow Iran to …", `لن تسمح`, "Turkey will respond" are threats made at the
  // statement, no plan; gold rules 8 and 17(c); bugs35)
  if (p.relation === 'threatened') return false;
  if (presupposedPresence(ctx, T)) return false;
  if (apposedAgent(ctx, T)) return false;
  if (ctx.lang === 'ar' && T.clitics.includes('س') && p.pos === 'verb') return true;
  // a bare "to" marks an infinitive only right before its verb ("to meet"), not "Speaking to reporters, he …"
  const a = Math.max(0, T.tok0 - 4);
  for (const c of ctx.byKind.get('plan') ?? [])
    // ("العملية المرتقبة، لكنها تنشر قوات": a plan word of the clause before another clause opener is not this act's)
    if (c.tok1 <= T.tok0 && c.tok1 >= a && (c.tok1 === T.tok0 || c.tok1 - c.tok0 > 1 || ctx.s.tokens[c.tok0]!.norm !== 'to') && !(ctx.lang === 'ar' && cueIn(ctx, c.tok1, T.tok0, 'clause'))) return true;
  return false;
}

/**
 * "ترغب روسيا بإعادة ترتيب الوضع بالتنسيق بين A و B", "Washington wants … in coordination between A and B":
 * a relation between others under someone's wish, plan or effort is no act of theirs (and none of
 * the wisher's). True when the relation is to be dropped.
 */
export function thirdPartyWish(ctx: Ctx, T: Trigger, pairs: Group): boolean {
  const ids = new Set(pairs.map((m) => m.entity));
  for (const c of ctx.s.cues) {
    if (c.tok1 > T.tok0 || T.tok0 - c.tok1 > 10 || !(cueHas(c, 'plan') || cueHas(c, 'urge'))) continue;
    if (hasBoundary(ctx.s.tokens, c.tok1, T.tok0) || cueIn(ctx, c.tok1, T.tok0, 'clause')) continue;
    const who = leftGroup(ctx, c.tok0, 4) ?? verbArgs(ctx, c, false).subj;
    if (who?.length && !who.some((m) => ids.has(m.entity))) return true;
  }
  return false;
}

/** Is T a control participle (a passive of presence) right after a place it describes (`عامودا الخاضعة لسيطرة`)? ref36. */
function placeFact(ctx: Ctx, T: Trigger): boolean {
  return T.patterns[0]!.relation === 'deployed_in' && T.patterns[0]!.voice === 'passive' && ctx.s.mentions.some((m) => m.tok1 === T.tok0 && m.kind === 'place');
}

/** The act an accusation names: "اتهم X باستهداف", "accused X of attacking", "blamed X for the bombing". */
export function accusedAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // "blamed the PKK and the Syrian Kurdish YPG militia for Sunday's bombing": two named accused fit in the window
  const x = ctx.s.triggers.find((u) => u !== T && u.tok1 <= T.tok0 && T.tok0 - u.tok1 <= 16 && u.patterns[0]!.relation === 'accused');
  if (!x || hasBoundary(toks, x.tok1, T.tok0) || cueIn(ctx, x.tok1, T.tok0, 'clause')) return false;
  // ("Damascus, which is accused of smuggling drugs, says it is cooperating with Jordan": an accusation inside a relative
  // clause closed by a comma before T is about the antecedent; T is the main clause's own act; bugs36)
  if (closedRelative(ctx, x, T)) return false;
  // ("بأنها امتداد لحزب العمال الذي يخوض تمرداً ضد …": the act of a relative clause right before it describes a name,
  // it is no part of the accusation)
  for (let k = Math.max(x.tok1, T.tok0 - 3); k < T.tok0; k++) if (/^(الذي|التي|الذين|which|who)$/.test(toks[k]!.norm)) return false;
  if (ctx.lang === 'ar') {
    // (`… من محطة في الدرباسية الخاضعة لسيطرتها`: a control participle right after a place describes that place, as a
    // relative does; no part of the accusation; ref36)
    if (placeFact(ctx, T)) return false;
    // ("اتهم X بدعم …، مطالباً إياها بسحب …": a participle after a comma is the accuser's own act)
    if (nth(toks, T.tok0 - 1)?.text === '،' && cueWords(ctx.lex, 'circumstantial_ar').has(toks[T.tok0]!.norm.replace(/^و/, ''))) return false;
    // ("اتهمت X تركيا بارتكاب …، ودعت Y إلى …": a finite verb joined by و after a comma is a clause of its own)
    if (nth(toks, T.tok0 - 1)?.text === '،' && T.clitics.startsWith('و') && T.patterns[0]!.pos === 'verb') return false;
    // (ref43: `وتتهم إسرائيل إيران بـ…، وتؤكد أنها لن تسمح لطهران …`: a speech verb joined by و after a comma opens a clause
    // of its own; what it says is no part of the accusation)
    for (let k = x.tok1; k + 1 < T.tok0; k++) if (toks[k]!.text === '،' && /^[وف]/.test(toks[k + 1]!.norm) && hasCue(ctx, k + 1, 'speech')) return false;
    if (T.clitics.includes('ب')) return true;
    // ("حمّلت أنقرة X مسؤولية تفجير إسطنبول": the act whose responsibility is laid on X)
    for (let k = x.tok1; k < T.tok0; k++) if ((toks[k]!.norm.startsWith('ب') || /^(ال)?مسووليه$/.test(toks[k]!.norm)) && !ctx.inMention[k]) return true;
    return false;
  }
  // ("accused X of stealing oil and urged Y to …": a finite verb coordinated with the accusation is an act of its own)
  if (!/ing$/.test(toks[T.tok0]!.norm) && hostOf(ctx, T)?.trigger === x) return false;
  // ("blamed Israel for the killing and vowed that it would pay": a vow after the accusation opens its own clause; en43)
  const vow = vowBefore(ctx, T.tok0);
  if (vow && vow.tok0 > x.tok1) return false;
  return toks.slice(x.tok1, T.tok0).some((t) => t.norm === 'of' || t.norm === 'for');
}

/**
 * "لأي عملية عسكرية", "any meeting": an act of any kind is no act; nor is "a new Turkish operation" that someone
 * opposes (the opposition is the relation, the operation has not happened).
 */
/** "as a condition for normalising ties", "a precondition for talks": an act a condition is set on (English), not done. */
export function conditionFor(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  return nth(toks, T.tok0 - 1)?.norm === 'for' && cueWords(ctx.lex, 'condition_noun_en').has(nth(toks, T.tok0 - 2)?.norm ?? '');
}

/**
 * "have made a Turkish withdrawal from Syrian territory a precondition for talks", "a withdrawal is a condition of any
 * deal": an act noun its clause goes on to call a condition is set as one, not done (English; the Arabic `شرطاً` is
 * guards' conditions).
 */
function conditionAfter(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en' || T.patterns[0]!.pos !== 'noun') return false;
  for (let k = T.tok1; k < Math.min(toks.length - 1, T.tok1 + 10); k++) {
    if (/^[,;:.]$/.test(toks[k]!.text) || /^(that|which|who|and|but|while)$/.test(toks[k]!.norm)) return false;
    if (/^(a|the|an|its|their|key|main)$/.test(toks[k]!.norm) && /^(precondition|condition|prerequisite)$/.test(toks[k + 1]!.norm)) return true;
  }
  return false;
}

/**
 * `وربط الأسد أي لقاء مع أردوغان بانسحاب القوات التركية`, "tied any meeting to a withdrawal of Turkish troops": an act
 * noun behind the condition verb's preposition (ب, "to", "on"), within twelve words after a `condition_verb` cue with no
 * boundary between, is set as a condition, not done; bugs33.
 */
function conditionedBy(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.pos !== 'noun') return false;
  const toks = ctx.s.tokens;
  const ar = ctx.lang === 'ar';
  if (ar ? !/ب/.test(T.clitics) : !/^(to|on|upon)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '') && !/^(to|on|upon)$/.test(nth(toks, T.tok0 - 2)?.norm ?? '')) return false;
  const cv = cueWords(ctx.lex, 'condition_verb');
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 12); k--) {
    if (BOUNDARY.has(toks[k]!.text)) return false;
    if (!ctx.inMention[k] && cv.has(toks[k]!.norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

export function prospectiveAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && ctx.inMention[k] && toks[k]!.word && !toks[k]!.arabic) k--; // "any Turkish operation"
  const w = nth(toks, k)?.norm ?? '';
  if (/^(any|[وفل]?اي)$/.test(w)) return true;
  // ("any new Turkish military operation": adjectives of the act between)
  let j = k;
  while (j > 0 && ctx.lang === 'en' && (ctx.inMention[j] || /^(new|fresh|further|military|ground|land|air|cross-border|large-scale|full-scale|major|wider|possible|-)$/.test(toks[j]!.norm))) j--;
  if (j < k && toks[j]!.norm === 'any') return true;
  if (conditionFor(ctx, T) || conditionAfter(ctx, T) || conditionedBy(ctx, T)) return true;
  if (ctx.lang !== 'en' || !/^(new|fresh|further)$/.test(w) || !/^(a|an)$/.test(nth(toks, k - 1)?.norm ?? '')) return false;
  // (opposing, not condemning: "condemned a new Israeli strike" is about a strike that happened)
  return ctx.s.triggers.some((x) => x.tok1 <= k && freeWords(ctx, x.tok1, k) <= 3 && /oppos|reject/.test(ctx.doc.article.text.slice(x.start, x.end).toLowerCase()));
}

/** Arabic verbs a danger is described with: what "constitutes" a threat threatens no one. */
const CONSTITUTE_AR = /^[وف]?(يمثل|تمثل|يشكل|تشكل|يمثلان|يشكلان|باتت|بات|اصبح|اصبحت)$/;

/**
 * A relation noun that names no act of anyone. English: a danger ("the PKK posed a threat to Iraq", "constitutes a
 * threat to"), the topic of a plan to be drawn up ("a roadmap for talks with Damascus"), or a third party's part in a
 * process between others ("sought a role in the rapprochement between Turkey and Syria"). Arabic: a danger ("يمثل
 * تهديداً لتركيا", "تشكل تهديداً") likewise.
 */
export function notAnActNoun(ctx: Ctx, T: Trigger, rel: string): boolean {
  if (requiredAct(ctx, T)) return true;
  if (ctx.lang === 'ar') return (rel === 'threatened' && CONSTITUTE_AR.test(nth(ctx.s.tokens, T.tok0 - 1)?.norm ?? '')) || (rel === 'visited' && roundNotTour(ctx, T));
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k > 0 && !ctx.inMention[k] && cueWords(ctx.lex, 'threat_modifier').has(toks[k]!.norm)) k--;
  const w = nth(toks, k)?.norm ?? '';
  if (cueWords(ctx.lex, 'pose_verb').has(w)) return rel === 'threatened';
  if (w !== 'for' && w !== 'in') return false;
  const head = nth(toks, k - 1)?.norm ?? '';
  if (w === 'in') return /^(role|part|roles)$/.test(head);
  // (a groundwork noun of two words ends right before "for": "a road map for restoring ties")
  return !!hasCue(ctx, k - 1, 'groundwork') || !!ctx.byKind.get('groundwork')?.some((c) => c.tok1 === k) || cueWords(ctx.lex, 'plan_noun').has(head);
}

/**
 * Arabic `جولة` is a round as well as a tour: held (`عقد المبعوثان جولتهما الأولى في موسكو`, `عقدت اللجنة جولتها الثامنة
 * في جنيف`; cues.csv `meeting_hold_verb` right before, `قد` between) or of another act (`بعدة جولات من الغارات`, `جولة من
 * المحادثات`: من and a trigger of another relation right after) it is no visit (solo50).
 */
function roundNotTour(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  if (nth(toks, k)?.norm === 'قد') k--;
  if (k >= 0 && hasWordCueAt(ctx, k, 'meeting_hold_verb', 'conj')) return true;
  if (nth(toks, T.tok1)?.norm !== 'من') return false;
  return ctx.s.triggers.some((x) => x.tok0 === T.tok1 + 1 && x.patterns.every((q) => q.relation !== 'visited'));
}

/** Verbs that name what a thing needs, not what anyone did (`يتطلب انسحاب`, `يستدعي تنسيقاً`, "requires the withdrawal"). */
const REQUIRE = /^[وف]?(يتطلب|تتطلب|يستدعي|تستدعي|يقتضي|تقتضي|يستلزم|تستلزم|يستوجب|تستوجب|requires|require|required|requiring|necessitates|necessitate|necessitated)$/;

/**
 * A relation noun that is the object of a verb of need is a required act, not a done one: "any rapprochement
 * requires the withdrawal of Turkish forces", `أي تقارب يتطلب «انسحاب القوات التركية»`, `الإرهاب يستدعي تنسيقاً
 * أوثق بين دمشق وبغداد` (quotes, articles and adjectives of degree between).
 */
function requiredAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k > 0 && (!toks[k]!.word || /^(the|a|an|full|complete|closer|greater|more|further)$/.test(toks[k]!.norm))) k--;
  return REQUIRE.test(nth(toks, k)?.norm ?? '');
}

/**
 * A verb that names a demanded act, not a done one: after an urging verb of its clause, either
 * a verbal noun after a preposition (Arabic "دعا أنقرة إلى سحب قواتها", "طالب بسحب") or an English
 * infinitive or subjunctive ("called on Turkey to withdraw", "demanded that Turkey withdraw").
 */
export function demandedAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // (a later "and that" clause of the same demand reaches further: "demanded that aid … and that Turkish forces withdraw")
  const andThat = (u: Trigger) => ctx.lang === 'en' && toks.slice(u.tok1, T.tok0).some((t, j, all) => t.norm === 'that' && all[j - 1]?.norm === 'and');
  const x = ctx.s.triggers.find((u) => u !== T && u.tok1 <= T.tok0 && (T.tok0 - u.tok1 <= 12 || (T.tok0 - u.tok1 <= 20 && andThat(u))) && u.patterns[0]!.relation === 'urged');
  if (!x || hasBoundary(toks, x.tok1, T.tok0) || cueIn(ctx, x.tok1, T.tok0, 'clause')) return false;
  const before = nth(toks, T.tok0 - 1)?.norm;
  if (ctx.lang === 'ar') return before === 'الي' || /[بل]/.test(T.clitics);
  if (before === 'to') return true;
  // (the urging verb's own "that": "insisted that US troops withdraw")
  const that = toks.slice(x.tok0, T.tok0).some((t) => t.norm === 'that');
  // ("demanded Russia withdraw its forces": a subjunctive right after the object names, with no "that")
  let named = x.tok1 < T.tok0;
  for (let k = x.tok1; k < T.tok0; k++) if (!ctx.inMention[k] && !/^(and|,)$/.test(toks[k]!.norm)) named = false;
  return (that || named) && !/(ed|s)$/.test(toks[T.tok0]!.norm);
}

/**
 * "في مقابلة نُشرت اليوم" (was published, not deployed), "تُنسَّق": an Arabic verb written with a damma on one of
 * its first letters is passive; without an agent phrase it names no actor.
 */
export function markedPassive(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb') return false;
  const span = ctx.doc.article.text.slice(T.start, T.end);
  if (!span.includes('\u064f')) return false; // no damma: the usual case
  const raw = span.replace(/^[وف](?!\u064f)/, '').replace(/[\u064b-\u064e\u0650-\u0652\u0640]/g, '');
  if (!/^[^\s]{1,3}\u064f/.test(raw)) return false;
  // (a damma on an imperfect prefix is also active: يُرسل "sends"; a perfect ends نُشرت, قُتل)
  if (/^[يتنأ]\u064f/.test(raw) && !/ت$/.test(raw.split(/\s/)[0]!)) return false;
  for (let k = T.tok1; k < Math.min(ctx.s.tokens.length, T.tok1 + 10); k++) if (hasCue(ctx, k, 'agent')) return false;
  return true;
}

// (DETERMINERS: the `event_determiner` word cue of data/lexicon/cues.csv, branch words31)

/** Arabic: T stands right after a verb of saying (`speech` cue, a proclitic allowed) and the named subject after it, if any (`أكد حسين دعم`). */
function saidObject(ctx: Ctx, T: Trigger): boolean {
  let k = T.tok0;
  const subj = ctx.s.mentions.find((m) => m.tok1 === k);
  if (subj) k = subj.tok0;
  if (ctx.byKind.get('speech')?.some((c) => c.tok1 === k)) return true;
  // (or of renewing, `وجدد`, `كرر`: cues.csv `renew_verb`)
  const w = nth(ctx.s.tokens, k - 1);
  return !!w && w.arabic && !ctx.inMention[k - 1] && cueWords(ctx.lex, 'renew_verb').has(w.norm.replace(/^[وف](?=.{3})/, ''));
}

/** The reading of a trigger: a noun after a determiner or possessive ("Assad's first visit"), else the first pattern. */
export function relationOf(ctx: Ctx, T: Trigger): Pattern {
  // (`…، مطالبةً مجلس الأمن بإلزام واشنطن بـ…`: a feminine circumstantial participle spelled as the masdar, right after the
  // comma that closes a clause with a verb, is the verb reading: the main clause's subject demands, the name after it is
  // demanded of; solo50)
  if (ctx.lang === 'ar' && T.patterns[0]!.pos === 'noun' && T.tok1 === T.tok0 + 1 && /^[,،]$/.test(ctx.s.tokens[T.tok0 - 1]?.text ?? '') && cueWords(ctx.lex, 'circumstantial_ar').has(ctx.s.tokens[T.tok0]!.norm.replace(/^و/, '')) && ctx.s.triggers.some((x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb')) {
    const verb = verbPattern(ctx, T.patterns[0]!.relation);
    if (verb) return verb;
  }
  // Arabic "دعم أنقرة للإرهاب": a masculine verb form before a country is the noun (Ankara's support)
  if (ctx.lang === 'ar' && T.patterns.length > 1 && T.patterns[0]!.pos === 'verb' && !T.clitics.includes('س')) {
    const noun = T.patterns.find((p) => p.pos === 'noun');
    const next = ctx.s.mentions.find((m) => m.tok0 === T.tok1);
    if (noun && next && !next.clitics && actor(ctx.lex, next)?.kind === 'country' && next.kind !== 'person' && masculineVerb(ctx, T) && !ctx.byKind.get('masculine')?.some((c) => c.tok0 === next.tok0)) return noun;
    // ("أكد حسين دعم العراق لوحدة سوريا", "وجدد الوزير دعم الأردن لـ": right after a verb of saying and its named
    // subject, a verb form before a masculine country is that verb's object, the country's support; np36, README 17d)
    if (noun && next && !next.clitics && actor(ctx.lex, next)?.kind === 'country' && next.kind !== 'person' && masculineVerb(ctx, T) && saidObject(ctx, T)) return noun;
    // "بوقف دعمها", "لوقف دعم": after a verbal noun governed by a preposition, the word is a noun (its genitive)
    const prev = nth(ctx.s.tokens, T.tok0 - 1);
    if (noun && prev?.arabic && !ctx.inMention[T.tok0 - 1] && /^[وف]?[بل].{3,}$/.test(prev.norm) && !ctx.s.triggers.some((x) => x.tok1 === T.tok0)) return noun;
    // "أن توقف دعمها": right after an imperfect verb, a word with a suffix pronoun is that verb's object (a noun)
    if (noun && T.suffix && prev?.arabic && !ctx.inMention[T.tok0 - 1] && /^[يت].{3,}$/.test(prev.norm)) return noun;
    // ("جراء قصف لقوات النظام على", "في قصف مدفعي على": right after a preposition, the word is a noun, np28)
    if (noun && !T.clitics && prev?.arabic && !ctx.inMention[T.tok0 - 1] && /^[وف]?(في|جراء|اثر|عقب|بعد|خلال|منذ|وسط|بسبب)$/.test(prev.norm)) return noun;
  }
  if (ctx.lang === 'en' && T.patterns.length > 1) {
    const noun = T.patterns.find((p) => p.pos === 'noun');
    const prev = nth(ctx.s.tokens, T.tok0 - 1);
    if (noun && prev && (cueWords(ctx.lex, 'event_determiner').has(prev.norm) || /['’]s?$/.test(prev.text) || /^(known|official|state|working)$/.test(prev.norm))) return noun;
    // ("used for attacks on Turkey", "amid strikes on X": a verb form right after a preposition is a noun, a gerund excepted)
    if (noun && prev && PREPOSITION_EN.test(prev.norm) && !/ing$/.test(ctx.s.tokens[T.tok0]!.norm)) return noun;
    // ("the minister's second visit", "its third such strike": an ordinal after a determiner or a possessive makes a noun)
    const det = nth(ctx.s.tokens, T.tok0 - 2);
    if (noun && prev && det && /^(first|second|third|fourth|fifth|latest|last|previous|such)$/.test(prev.norm) && (cueWords(ctx.lex, 'event_determiner').has(det.norm) || /['’]s?$/.test(det.text))) return noun;
    // ("a series of attacks against X by Y", "dozens of strikes": a verb form right after "of" is a noun, a gerund excepted)
    if (noun && prev?.norm === 'of' && !/ing$/.test(ctx.s.tokens[T.tok0]!.norm)) return noun;
    // "the 5 May attack": a date right before makes it the noun
    if (noun && prev && (EN_MONTH.test(prev.norm) || ctx.s.dates.some((d) => d.end === prev.end))) return noun;
    // "American support for the SDF": a demonym right before makes it the noun
    if (noun && ctx.s.mentions.some((m) => m.tok1 === T.tok0 && m.via === 'demonym')) return noun;
  }
  return T.patterns[0]!;
}

/** "a new meeting of the four ministers could be held", "talks … might take place": the noun's own clause is hypothetical. */
export function modalEvent(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (const c of ctx.byKind.get('hypothetical') ?? []) {
    if (c.tok0 < T.tok1 || c.tok0 - T.tok1 > 12 || hasBoundary(toks, T.tok1, c.tok0)) continue;
    if (ctx.s.triggers.some((x) => x.tok0 >= T.tok1 && x.tok0 < c.tok0 && x.patterns[0]!.pos === 'verb')) continue;
    const next = `${toks[c.tok1]?.norm ?? ''} ${toks[c.tok1 + 1]?.norm ?? ''}`;
    if (/^(be held|be convened|take place|go ahead|be organised|be organized|happen )/.test(next + ' ')) return true;
    // "a meeting with X was possible", "talks are likely": the event is the subject of a modal predicate
    // ("the accusations were rejected/denied": a passive of denial answers an act that was done)
    if (/^(was|is|are|were|be|remains|remained|seemed|seems|looked|looks)$/.test(nth(toks, c.tok0 - 1)?.norm ?? '') && !/^(denied|refused|rejected)$/.test(toks[c.tok0]!.norm)) return true;
  }
  return false;
}

/** An English relative clause (", which/who …,") holding verb x closes before noun T: T is no object of x. */
function closedRelative(ctx: Ctx, x: { tok0: number; tok1: number }, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  const close = toks.findIndex((t, k) => k >= x.tok1 && k < T.tok0 && t.text === ',');
  if (close < 0) return false;
  let j = x.tok0 - 1;
  while (j > 0 && x.tok0 - j <= 4 && toks[j]!.text !== ',') j--;
  return toks[j]?.text === ',' && /^(which|who|whose)$/.test(toks[j + 1]?.norm ?? '');
}

export function sameRelationVerbBefore(ctx: Ctx, T: Trigger, rel: string): boolean {
  // ("The attacks followed Hamas's assault on Israel": an English noun with a possessor of its own is its own act, and a
  // verb form right after a determiner is a noun)
  if (ctx.lang === 'en' && ctx.s.mentions.some((m) => m.tok1 <= T.tok0 && T.tok0 - m.tok1 <= 2 && isPossessive(ctx, m) && !ctx.s.tokens.slice(m.tok1, T.tok0).some((t) => !t.word || !/^[a-z-]+$/.test(t.text)))) return false;
  for (const x of ctx.s.triggers)
    if (x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 8 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === rel && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0) && !cueIn(ctx, x.tok1, T.tok0, 'clause') && !(ctx.lang === 'en' && /^(the|a|an)$/.test(ctx.s.tokens[x.tok0 - 1]?.norm ?? '')) && !closedRelative(ctx, x, T) && !coordinatedLightVerb(ctx, x, T))
      return true;
  return false;
}

/**
 * sameRelationVerbBefore: "Jordan has killed dozens of smugglers and has carried out air strikes inside Syria": "and",
 * auxiliaries and a light verb of its own (cues.csv `relative_doer`, `light_act_verb`, `wage_verb`, ending at most
 * three plain words before the noun) make the noun the act of a coordinated verb phrase, no object of verb x (English;
 * bugs36).
 */
function coordinatedLightVerb(ctx: Ctx, x: Trigger, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  let c: { tok0: number; tok1: number } | undefined;
  for (const kind of ['relative_doer', 'light_act_verb', 'wage_verb'] as const) c ??= ctx.byKind.get(kind)?.find((y) => y.tok0 >= x.tok1 && y.tok1 <= T.tok0 && T.tok0 - y.tok1 <= 3);
  if (!c) return false;
  let k = c.tok0 - 1;
  while (k > x.tok1 && /^(has|have|had|also|then|later)$/.test(toks[k]!.norm)) k--;
  return toks[k]?.norm === 'and' && k > x.tok1;
}

export function demonymBefore(ctx: Ctx, T: Trigger): boolean {
  for (const m of ctx.s.mentions) if (m.tok1 === T.tok0 && m.via === 'demonym') return true;
  // ("Iranian and Hezbollah targets": a name coordinated with a demonym before the same head is a modifier too)
  const m = ctx.s.mentions.find((x) => x.tok1 === T.tok0);
  const d = m && ctx.s.mentions.find((x) => x.tok1 === m.tok0 - 1 && x.via === 'demonym');
  return !!d && /^(and|,)$/.test(ctx.s.tokens[m!.tok0 - 1]!.norm);
}

/**
 * "هاجم أردوغان إسرائيل في خطاب أمام البرلمان", "attacked Washington in a televised speech": an attack verb whose own
 * clause names a speech, an interview or a post (`verbal` cues) attacks with words: a criticism, not an act of force.
 */
export function verbalAttack(ctx: Ctx, T: Trigger, p: Pattern): Pattern {
  if (p.relation !== 'attacked' || p.pos !== 'verb') return p;
  const toks = ctx.s.tokens;
  // (the speech of another verb does not count: "jets attacked X, Erdogan said in a speech")
  const between = (a: number, b: number) => !hasBoundary(toks, a, b) && !cueIn(ctx, a, b, 'speech') && !ctx.s.triggers.some((x) => x.tok0 >= a && x.tok1 <= b);
  const spoken = ctx.byKind.get('verbal')?.some((c) => (c.tok0 >= T.tok1 ? c.tok0 - T.tok1 <= 12 && between(T.tok1, c.tok0) : T.tok0 - c.tok1 <= 6 && between(c.tok1, T.tok0)));
  return spoken ? (verbPattern(ctx, 'criticized') ?? p) : p;
}

/**
 * "warned Erdogan that a new offensive would harm the region", "warned Turkey against an incursion": a warning about
 * someone else's act urges its addressee; "warned that it would respond" (the warner's own act) stays a threat.
 */
export function warning(ctx: Ctx, T: Trigger, p: Pattern): Pattern {
  if (p.relation !== 'threatened' || ctx.lang !== 'en' || !/^warn/.test(ctx.s.tokens[T.tok0]!.norm)) return p;
  const toks = ctx.s.tokens;
  for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 10); k++) {
    const w = toks[k]!.norm;
    if (BOUNDARY.has(toks[k]!.text)) return p;
    if (w !== 'against' && w !== 'that') continue;
    if (k === T.tok1 || !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= k)) return p; // "warned that …": no addressee
    if (w === 'that' && /^(it|he|she|they|we|its|his|their)$/.test(toks[k + 1]?.norm ?? '')) return p;
    // ("Erdogan warned the YPG that Turkey would strike": the warner's own side acts)
    const next = ctx.s.mentions.find((m) => m.tok0 > k && m.tok0 - k <= 2);
    const own = (m: { entity: string }) => [m.entity, ctx.lex.entities.get(m.entity)?.country];
    const nx = next && actor(ctx.lex, next)?.entity;
    if (w === 'that' && nx && ctx.s.mentions.some((m) => m.tok1 <= T.tok0 && own(actor(ctx.lex, m) ?? m).includes(nx))) return p;
    // ("He warned Iran that Washington would …": a warner named by a pronoun or carried from the sentence before)
    if (w === 'that' && nx && !ctx.s.mentions.some((m) => m.tok1 <= T.tok0 && actor(ctx.lex, m)) && verbArgs(ctx, T, true).subj?.some((m) => own(m).includes(nx))) return p;
    return verbPattern(ctx, 'urged', 'en') ?? p;
  }
  return p;
}

/**
 * "must be decided by Syrians and accused the US", "rejected … and condemned Israel's strikes": a verb in the past
 * tense after "and" (the trigger or the verb governing it) is outside the modal or denial cue c.
 */
export function outsideModal(ctx: Ctx, T: Trigger, c: CueSpan): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  for (let k = c.tok1; k < T.tok0; k++) {
    if (toks[k]!.norm !== 'and') continue;
    let j = k + 1;
    while (j < T.tok0 && /^(also|then|later)$/.test(toks[j]!.norm)) j++;
    if (/ed$/.test(toks[j]?.norm ?? '') && (j === T.tok0 ? T.patterns[0]!.pos === 'verb' : ctx.s.triggers.some((x) => x.tok0 === j && x.patterns[0]!.pos === 'verb'))) return true;
  }
  return false;
}

/**
 * slot35 (diagnosis-batch30 #49): a speech verb coordinated after a denial or modal, with no subject of its own, is a new
 * assertion of the same subject: "Damascus denies any involvement and says it is cooperating with Jordan", `نفت دمشق أي
 * تورط وقالت إنها تتعاون مع الأردن` (also `، وأكدت`). The cue's scope ends there. A `speech` cue in (c, T) whose token is
 * coordinated: English "and" (+ also|then|later) right before it; Arabic the `و` clitic (or a lone `و`).
 */
function speechAfter(ctx: Ctx, c: CueSpan, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (const sp of ctx.byKind.get('speech') ?? []) {
    if (sp.tok0 < c.tok1 || sp.tok0 >= T.tok0) continue;
    if (ctx.lang === 'en') {
      let j = sp.tok0 - 1;
      while (j > c.tok1 && /^(also|then|later)$/.test(toks[j]!.norm)) j--;
      if (toks[j]?.norm === 'and' && j >= c.tok1 && /^(said|says|stated|added|told|announced|confirmed|noted)$/.test(toks[sp.tok0]!.norm)) return true;
    } else if (sp.clitics.startsWith('و') || toks[sp.tok0]!.text.startsWith('و') || toks[sp.tok0 - 1]?.text === 'و') return true;
  }
  return false;
}

/** ", where …" in [a, b) (English): a relative clause of place states its own facts ("must leave X, where they back Y"). */
export function commaWhere(ctx: Ctx, a: number, b: number): boolean {
  if (ctx.lang !== 'en') return false;
  for (let k = a + 1; k < b; k++) if (ctx.s.tokens[k]!.norm === 'where' && ctx.s.tokens[k - 1]!.text === ',') return true;
  return false;
}

/**
 * A threat verb whose own subject is a thing, not an actor (diagnosis-batch30 FP 65; pred35): `إن هذه الضربات تهدد
 * بتوسيع دائرة الصراع`, "the strikes threaten to widen the conflict", `التصعيد الإسرائيلي يهدد بجر المنطقة`: a definite
 * noun that no mention covers stands right before the verb (Arabic: a word with the article, or one after a demonstrative,
 * its adjective between; English: a noun after the/these/this/such/those), so the verb states a risk, no one's threat.
 */
export function inanimateThreat(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // (the noun, or the noun and one adjective after it)
  for (let k = T.tok0 - 1, n = 0; k >= 0 && n < 2; k--, n++) {
    const t = toks[k]!;
    if (ctx.inMention[k] || !/^\p{L}/u.test(t.text)) return false;
    const prev = toks[k - 1];
    if (ctx.lang === 'ar') {
      if (/^ال/.test(t.norm) && /^(هذه|هذا|تلك|ذلك|هذان|هاتان|ان)$/.test(prev?.norm ?? '')) return true;
    } else if (/^(the|these|this|such|those)$/.test(prev?.norm ?? '') && /s$/.test(t.norm) && n === 0) return true;
  }
  return false;
}

/**
 * `أشار المقداد إلى أن تراجع منسوب نهر الفرات يهدد مياه الشرب` (branch pred36, diagnosis-batch31 FP 11): an Arabic
 * threat verb after `أن`/`إن` whose subject is a noun phrase of things (two to five words, its head no mention, no actor
 * named in it: a place such as a river may be) states a risk, no one's threat.
 */
export function thingSubjectThreat(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1, n = 0; k >= 0 && n <= 5; k--, n++) {
    const t = toks[k]!;
    if (/^[وف]?ان$/.test(t.norm) && !t.text.includes('ّ')) return n >= 2 && !ctx.inMention[k + 1] && /^\p{L}/u.test(toks[k + 1]!.text);
    if (!/^\p{L}/u.test(t.text)) return false;
    const m = ctx.inMention[k] ? ctx.s.mentions.find((x) => x.tok0 <= k && k < x.tok1) : undefined;
    if (m && m.kind !== 'place') return false;
  }
  return false;
}

/**
 * Goods, aid and people moved, sent or received (cues.csv `goods_word`; branch pred36, diagnosis-batch31 FP 54, 55, 62,
 * 100, 101): (a) a verb of arrival, entry, presence or departure whose subject is such a word (`وكانت آخر قافلة مساعدات
 * أممية قد دخلت المخيم`, `وصل بعضها إلى …`, "the convoy entered the camp") names no actor's move; (b) a target named
 * after "from"/`من` right after such a word (`فرق إنقاذ من الدفاع المدني العراقي`, `الفارين من لبنان`, "refugees from
 * Lebanon") is where the goods or people come from, no envoy, guest or host.
 */
export function goodsSubject(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const is = (k: number) => goodsWordAt(ctx, k);
  // before the verb, past auxiliaries and adjectives, in its clause
  for (let k = T.tok0 - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = toks[k]!;
    if (!/^\p{L}/u.test(t.text) || (ctx.inMention[k] && ctx.s.mentions.some((m) => m.tok0 <= k && k < m.tok1 && m.kind !== 'place' && m.via !== 'demonym'))) break;
    if (is(k)) return !ownedGoods(ctx, k);
  }
  // (Arabic VSO: the subject right after the verb)
  return ctx.lang === 'ar' && is(T.tok1) && !ownedGoods(ctx, T.tok1);
}

/** "HTS convoys", `قافلة عسكرية تركية`: a convoy an actor owns, or a military one, is the actor's move, no goods. */
function ownedGoods(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'goods_word');
  const actorAt = (j: number) => ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1 && m.kind !== 'place');
  if (ctx.lang === 'en') return k > 0 && (actorAt(k - 1) || /^military$/.test(toks[k - 1]!.norm));
  const next = (toks[k + 1]?.norm ?? '').replace(/^ال/, '');
  if (words.has(next)) return false;
  return [k + 1, k + 2].some((j) => j < toks.length && (actorAt(j) || /^(ال)?عسكري(ه)?$/.test(toks[j]!.norm)));
}

/** Is token k a goods word (cues.csv `goods_word`), past a و/ف proclitic and the article (goodsSubject, goodsOrigin)? */
function goodsWordAt(ctx: Ctx, k: number): boolean {
  const words = cueWords(ctx.lex, 'goods_word');
  const t = ctx.s.tokens[k]?.norm ?? '';
  const n = t.replace(/^[وف](?=..)/, '');
  return [t, n, t.replace(/^ال/, ''), n.replace(/^ال/, '')].some((x) => words.has(x));
}

export function goodsOrigin(ctx: Ctx, tok0: number): boolean {
  const toks = ctx.s.tokens;
  let k = tok0 - 1;
  while (k >= 0 && isQuote(toks[k])) k--;
  if (!/^(from|من)$/.test(toks[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (goodsWordAt(ctx, j)) return true;
    if (!/^\p{L}/u.test(toks[j]!.text) || ctx.inMention[j]) return false;
  }
  return false;
}

/**
 * "has fought in Syria on the side of Assad's forces": an English perfect fight verb (pred35's `has fought` row) with a
 * preposition other than "against" right after it fights somewhere or for something, no foe named as its object.
 */
export function foughtWhere(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en' || T.tok1 - T.tok0 < 2 || !/^fought$/.test(ctx.s.tokens[T.tok1 - 1]!.norm)) return false;
  return /^(in|on|for|at|inside|across|over|with|under|from|to|as|since)$/.test(nth(ctx.s.tokens, T.tok1)?.norm ?? '');
}
