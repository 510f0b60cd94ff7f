/**
 * Relations: a shallow clause structure of an Arabic sentence, computed once per sentence and read by the argument
 * finder (which clause a name belongs to, and what a clause's empty subject or resumptive pronoun refers to).
 *
 * - relative clauses: "X، التي/الذي/الذين …،" (or "X التي …" with no comma) qualify the mention X right before them
 *   (their antecedent). The antecedent is the clause's OBJECT when the clause's first verb carries a resumptive
 *   suffix pronoun ("سويسرا، التي تتهمها موسكو": Moscow accuses Switzerland), else its SUBJECT ("روسيا، التي تدخلت
 *   عسكرياً في سوريا": Russia intervened).
 * - participial clauses: "X، المدعومة من Y،" (a participle with the article right after a comma) qualify X.
 * - complements: "قال/أكد/أعلن … إن/أن …": what is said, to the end of the sentence; its verbs keep their own subject.
 *
 * Pure and cheap: one pass over the tokens, gated on a relative pronoun, a comma + ال-participle or a complementizer.
 */
import { cueWords } from '../lexicon.ts';
import { type Mention, mentionOf, mentionOn, type Sentence, type Trigger } from '../doc.ts';
import { emit } from './emit.ts';
import { FRAMEWORK, isQuote } from '../mentions.ts';
import { delegationMembers } from './frames.ts';
import { isPlanned } from './guards.ts';
import { actor, AR_RELATIVE, BOUNDARY, type Ctx, cueTrigger, firstMentionAfter, freeWords, type Group, groupFrom, hasWordCue, masculineVerb, meetingHost, nth, PLACE_RELATIONS, placeHeadEndingAt, prepOf, QAD, tokenMarks, TOK_VERB, verbPattern } from './ctx.ts';
import { locatedPlaceHead } from './clauses.ts';
import { isIncludedOpener } from './lists.ts';

export type ClauseKind = 'relative' | 'participle' | 'complement';

export interface Clause {
  kind: ClauseKind;
  /** First token of the clause (the relative pronoun, the participle, the complementizer). */
  tok0: number;
  /** One past its last token (the closing comma excluded). */
  tok1: number;
  /** The mention the clause qualifies (relative and participial clauses). */
  head?: Mention;
  /** Relative clauses: the antecedent's role in its clause. */
  role?: 'subject' | 'object';
}

/** A preposition with a resumptive pronoun right after a relative clause's verb: "التي دان فيها", "الذي التقى خلاله". */
const IN_WHICH = /^(فيها|فيه|خلالها|خلاله)$/;
/** An imperfect or perfect verb with a suffix pronoun (تتهمها، تصنفه، يعتبرهم، دعمتها): the resumptive pronoun. */
const RESUMPTIVE = /^([تيا]\S{2,}|\S{3,}(ت|وا|ا))(ها|ه|هم|هما)$/;
/** A passive participle with the article (المدعومة، المدعوم، المتحالفة، الموالية is no participle of a relation). */
const PARTICIPLE = /^ال(م\S{3,})$/;
const COMPLEMENTIZER = /^(ان|بان|انه|انها|انهم|بانه|بانها)$/;

function isComma(text: string | undefined): boolean {
  return text === '،' || text === ',';
}

/** The mention ending right before token k (a closing quote or bracket may sit between). */
function mentionEndingAt(s: Sentence, k: number): Mention | undefined {
  let e = k;
  while (e > 0 && (isQuote(s.tokens[e - 1]) || s.tokens[e - 1]!.text === ')')) e--;
  for (const m of s.mentions) if (m.tok1 === e || m.tok1 === k) return m;
  return undefined;
}

/** Where a clause opened at k ends: the next comma or sentence boundary (not inside quotes). */
function clauseEnd(s: Sentence, k: number): number {
  let e = k;
  while (e < s.tokens.length && !isComma(s.tokens[e]!.text) && !BOUNDARY.has(s.tokens[e]!.text)) e++;
  return e;
}

const cache = new WeakMap<Sentence, Clause[]>();

/** The clauses of an Arabic sentence (relative, participial, complement), in text order. */
export function arabicClauses(s: Sentence): Clause[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const out: Clause[] = [];
  const toks = s.tokens;
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k]!.norm;
    // (every clause opener starts with ال, or is a complementizer with ان: a cheap gate before the patterns)
    if (!toks[k]!.arabic || (w.charCodeAt(0) !== 0x627 && !w.includes('ان'))) continue;
    if (AR_RELATIVE.has(w)) {
      const comma = isComma(toks[k - 1]!.text);
      const head = mentionEndingAt(s, comma ? k - 1 : k);
      if (!head) continue;
      const v = toks[k + 1];
      const trig = s.triggers.find((x) => x.tok0 === k + 1);
      // (a place antecedent of a place relation whose verb form carries the pronoun, `مخيم الهول، الذي تديره الإدارة
      // الذاتية`, `البلدة، التي تسيطر عليها`: the place is the object, never the subject; ref38)
      const placeObj = !!trig && head.kind === 'place' && !!v && RESUMPTIVE.test(v.norm) && PLACE_RELATIONS.has(trig.patterns[0]!.relation);
      const role = trig ? (trig.suffix || placeObj ? 'object' : 'subject') : v && RESUMPTIVE.test(v.norm) ? 'object' : 'subject';
      out.push({ kind: 'relative', tok0: k, tok1: clauseEnd(s, k + 1), head, role });
    } else if (isComma(toks[k - 1]!.text) && PARTICIPLE.test(w)) {
      const head = mentionEndingAt(s, k - 1);
      if (head) out.push({ kind: 'participle', tok0: k, tok1: clauseEnd(s, k + 1), head });
    } else if (w.length <= 6 && COMPLEMENTIZER.test(w.replace(/^[وف]/, '')) && !out.some((c) => c.kind === 'complement')) {
      // (a complementizer has at most five letters past its و/ف: longer words skip the copy and the regex)
      out.push({ kind: 'complement', tok0: k, tok1: toks.length });
    }
  }
  cache.set(s, out);
  return out;
}

/** The innermost relative or participial clause containing token k, if any. */
export function clauseOf(s: Sentence, k: number): Clause | undefined {
  let best: Clause | undefined;
  for (const c of arabicClauses(s)) if (c.kind !== 'complement' && c.tok0 <= k && k < c.tok1 && (!best || c.tok0 > best.tok0)) best = c;
  return best;
}

/**
 * The arguments a relative clause gives the verb that opens it ("X، التي VERB …"): with a resumptive pronoun on the
 * verb the antecedent is its object and the subject is the actor right after the verb, inside the clause
 * ("سويسرا، التي تتهمها موسكو بـ…": Moscow → Switzerland); without one the antecedent is its subject ("روسيا، التي
 * تنشر قوات في …"), the object is found as usual.
 */
export function relativeArgs(ctx: Ctx, T: Trigger): { subj: Group; obj: Group | undefined } | undefined {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb') return undefined;
  let c: Clause | undefined;
  for (const x of arabicClauses(ctx.s)) if (x.kind === 'relative' && x.tok0 === T.tok0 - 1) c = x;
  // (`المخيم، الذي تديره الإدارة الذاتية وتحرسه «قسد»`: a second verb joined by و inside an object relative, with its own
  // resumptive pronoun, takes the same antecedent as its object; ref38)
  // (or right after the clause's closing comma: `المخيم، الذي يضم عشرات الآلاف …، وتحرسه «قسد»`)
  let coord = false;
  if (!c && /^و/.test(ctx.s.tokens[T.tok0]!.norm) && RESUMPTIVE.test(ctx.s.tokens[T.tok0]!.norm.slice(1))) {
    for (const x of arabicClauses(ctx.s)) if (x.kind === 'relative' && x.tok0 < T.tok0 - 1 && (T.tok0 < x.tok1 || (T.tok0 === x.tok1 + 1 && isComma(ctx.s.tokens[x.tok1]?.text))) && (x.role === 'object' || x.head?.kind === 'place')) c = x;
    coord = !!c;
  }
  // ("منطقة عفرين التي تسيطر عليها X": a place antecedent is the object of a place relation)
  const placeObj = (c?.role === 'object' || coord) && c?.head?.kind === 'place' && PLACE_RELATIONS.has(T.patterns[0]!.relation);
  // (`في مخيم الهول شرق الحسكة، الذي تديره «قسد»`: the place a compass word locates, not the compass's place; slot36)
  const located = placeObj && c?.head ? locatedPlaceHead(ctx, c.head) : undefined;
  const head = located ?? (c?.head && (actor(ctx.lex, c.head) || placeObj) ? c.head : undefined);
  if (!c || !head) return unnamedAntecedent(ctx, T);
  const ms = ctx.s.mentions;
  // "محادثات أستانا، التي دان فيها البيان المشترك لروسيا وتركيا وإيران …": a preposition with the resumptive pronoun
  // right after the verb makes the antecedent an adverbial (in which, during which): the subject follows, and the
  // owners of a statement noun (البيان المشترك لـ…) are its speakers
  if (IN_WHICH.test(ctx.s.tokens[T.tok1]?.norm ?? '')) {
    const i = firstMentionAfter(ms, T.tok1 + 1);
    const m = ms[i];
    const subj = m && m.tok1 <= c.tok1 && freeWords(ctx, T.tok1 + 1, m.tok0) <= 3 ? groupFrom(ms, i).filter((x) => x.tok1 <= c.tok1 && actor(ctx.lex, x)) : [];
    return { subj, obj: undefined };
  }
  if (c.role === 'subject' && !coord) return { subj: [head], obj: undefined };
  // (a coordinated verb past the clause's comma reaches to its own comma)
  const end = coord && T.tok0 > c.tok1 ? clauseEnd(ctx.s, T.tok1) : c.tok1;
  for (let i = firstMentionAfter(ms, T.tok1); i >= 0 && i < ms.length && ms[i]!.tok1 <= end; i++) {
    const m = ms[i]!;
    if (freeWords(ctx, T.tok1, m.tok0) > 2) break;
    if (prepOf(ctx, m) || !actor(ctx.lex, m)) continue;
    const subj = groupFrom(ms, i).filter((x) => x.tok1 <= end && actor(ctx.lex, x) && x.entity !== head.entity);
    return { subj, obj: [head] };
  }
  // (no actor named as the subject, "التي تتهمها الحكومة العسكرية": the antecedent is the object, so no one is the doer;
  // a feminine verb with a relation of support, "فصائل «X» التي تدعمها", has the nearest state before as its subject)
  return { subj: impliedState(ctx, T, head.tok0) ?? [], obj: [head] };
}

/**
 * The elided subject of a feminine verb of support in a relative clause or of "مدعومة منها": the nearest state
 * (a country or its capital, not a demonym) named before the antecedent, which starts at token `before`.
 */
export function impliedState(ctx: Ctx, T: Trigger, before: number): Group | undefined {
  const w = ctx.s.tokens[T.tok0]!.norm;
  if (T.patterns[0]!.relation !== 'supported' || !(/^[وف]?ت/.test(w) || /منها$/.test(ctx.s.tokens[T.tok1]?.norm ?? '') || T.tok1 - T.tok0 === 1)) return undefined;
  const state = (m: Mention) => m.via !== 'demonym' && actor(ctx.lex, m)?.kind === 'country';
  // within its clause, the nearest ("مواقع لإيران والجماعات التي تدعمها"; not the place of a presence, "في سوريا"); past a
  // comma, the sentence's opening subject ("وتقدم إيران دعماً …، وتنتشر في سوريا فصائل مدعومة منها")
  let k = before;
  while (k > 0 && !isComma(ctx.s.tokens[k - 1]!.text) && !BOUNDARY.has(ctx.s.tokens[k - 1]!.text)) k--;
  const near = [...ctx.s.mentions].reverse().find((m) => m.tok0 >= k && m.tok1 <= before && state(m) && prepOf(ctx, m) !== 'في');
  const m = near ?? ctx.s.mentions.find((x) => x.tok1 <= before && state(x) && !prepOf(ctx, x));
  return m ? [mentionOn(actor(ctx.lex, m)!, m)] : undefined;
}

/**
 * "والجماعات التي تدعمها، ومنها «X»": a relative clause (with its resumptive pronoun) on an unnamed plural stands for
 * the members named after it: they are the verb's object, the subject the state implied (impliedState).
 */
function unnamedAntecedent(ctx: Ctx, T: Trigger): { subj: Group; obj: Group | undefined } | undefined {
  const toks = ctx.s.tokens;
  if (!AR_RELATIVE.has(nth(toks, T.tok0 - 1)?.norm ?? '') || !RESUMPTIVE.test(toks[T.tok0]!.norm)) return undefined;
  const host = T.patterns[0]!.relation === 'hosted' ? hostedMeeting(ctx, T) : undefined;
  if (host) return host;
  const members = includedMembers(ctx, T.tok0 - 2, T.tok1);
  if (!members) return undefined;
  return { subj: impliedState(ctx, T, T.tok0 - 2) ?? [], obj: members };
}

/** "«قسد»، المدعومة من واشنطن،": the mention a participial clause opened by trigger T qualifies. */
export function participleHead(ctx: Ctx, T: Trigger): Mention | undefined {
  if (ctx.lang !== 'ar') return undefined;
  for (const c of arabicClauses(ctx.s)) if (c.kind === 'participle' && c.tok0 === T.tok0 && c.head && actor(ctx.lex, c.head)) return c.head;
  // ("لقوات سوريا الديمقراطية (قسد) المدعومة من واشنطن": with no comma, the name right before the definite participle —
  // past a quote or the bracket of an abbreviation, even inside a genitive; not a demonym, which is its noun's adjective)
  if (!PARTICIPLE.test(ctx.s.tokens[T.tok0]!.norm)) return undefined;
  const m = mentionEndingAt(ctx.s, T.tok0);
  return m && m.via !== 'demonym' && actor(ctx.lex, m) ? m : undefined;
}

/**
 * "تستضيف جدة اجتماعاً …": a verb whose subject slot (the name right after it, with no preposition) is a place that
 * acts for no state has that place as subject, so no actor (no subject carried from before).
 */
export function placeSubject(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb' || T.suffix) return false;
  const ms = ctx.s.mentions;
  const m = ms[firstMentionAfter(ms, T.tok1)];
  return !!m && m.kind === 'place' && m.tok0 === T.tok1 && !m.clitics && !prepOf(ctx, m) && !actor(ctx.lex, m);
}

/**
 * "«قسد»، المدعومة من واشنطن، قد انتزعت … في آذار 2019", "روسيا، التي تدخلت … عام 2015 دعماً لـ…": a date and a trigger
 * on either side of a relative or participial clause's edge do not go together (each clause has its own date).
 */
export function otherClauseDate(ctx: Ctx, T: Trigger, d: { start: number }): boolean {
  if (ctx.lang !== 'ar') return false;
  const cls = arabicClauses(ctx.s);
  if (!cls.length) return false;
  const k = ctx.s.tokens.findIndex((t) => t.start >= d.start);
  return k >= 0 && clauseOf(ctx.s, k) !== clauseOf(ctx.s, T.tok0);
}

const DELEGATION = /^[وف]?(وفد|وفدا|الوفد)$/;

/**
 * "وصل إلى بغداد وفد تركي رفيع ضم الوزير X والوزير Y": a delegation in a verb's subject slot whose members are named
 * (ضمّ، يضم) is those members; a name between the verb and the delegation ("إلى بغداد") is the verb's object.
 * Undefined when the subject slot holds no such delegation.
 */
export function delegationSubject(ctx: Ctx, T: Trigger, subj: Group): { subj: Group; obj: Group | undefined; objFrom: number } | undefined {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb') return undefined;
  const toks = ctx.s.tokens;
  let k = T.tok1;
  while (k < toks.length && k - T.tok1 <= 6 && !DELEGATION.test(toks[k]!.norm)) {
    if (BOUNDARY.has(toks[k]!.text) || isComma(toks[k]!.text)) return undefined;
    k++;
  }
  if (!DELEGATION.test(toks[k]?.norm ?? '') || ctx.inMention[k]) return undefined;
  const members = delegationMembers(ctx, k + 1);
  // (the subject found was the delegation's demonym, or nothing)
  if (!members || subj.some((m) => m.tok0 < k || m.tok0 >= members[0]!.tok0)) return undefined;
  const ms = ctx.s.mentions;
  // "… ضم وزير الخارجية X ووزير الدفاع Y ورئيس الاستخبارات Z": each member after "و" + a title
  for (let j = ms.indexOf(members[members.length - 1]!) + 1; j < ms.length; j++) {
    const m = ms[j]!;
    const from = members[members.length - 1]!.tok1;
    const gap = toks.slice(from, m.tok0);
    if (m.kind !== 'person' || !gap.length || gap.length > 5 || !gap[0]!.norm.startsWith('و') || gap.some((t) => isComma(t.text) || BOUNDARY.has(t.text))) break;
    members.push(m);
  }
  const i = firstMentionAfter(ms, T.tok1);
  const before = i >= 0 && ms[i]!.tok1 <= k ? ms[i] : undefined;
  return { subj: members, obj: before ? [before] : undefined, objFrom: before ? T.tok1 : members[members.length - 1]!.tok1 };
}

/**
 * "وترأس فيدان ونظيره العراقي فؤاد حسين جولة المباحثات": a name joined by "و" + a counterpart word (and its demonym)
 * to the name before is coordinated with it (both are the subject).
 */
export function withCounterpart(ctx: Ctx, g: Group): Group {
  if (ctx.lang !== 'ar') return g;
  const ms = ctx.s.mentions;
  const i = ms.indexOf(g[0]!);
  const c = ctx.byKind.get('counterpart')?.find((x) => x.tok1 <= g[0]!.tok0 && g[0]!.tok0 - x.tok1 <= 1 && ctx.s.tokens[x.tok0]!.norm.startsWith('و'));
  const prev = i > 0 ? ms[i - 1] : undefined;
  if (!c || !prev || prev.tok1 !== c.tok0 || !actor(ctx.lex, prev) || prepOf(ctx, prev)) return g;
  return [prev, ...g];
}

/** Adjectives of affiliation that take their own complement: "موالية لـ", "التابعة لـ", "المقربة من". */
/**
 * The Arabic affiliation participles (`موالية`, `التابعة`, `المقربة`, …) with their article and endings, and `more` stems
 * (proxy.ts adds the backed participle `مدعوم`). A function declaration, so that proxy.ts can call it while the modules
 * of this import cycle are still being evaluated.
 */
export function affiliationPattern(more: string[] = []): RegExp {
  return new RegExp(`^(ال)?(${['موال', 'تابع', 'مقرب', 'محسوب', 'مرتبط', ...more].join('|')})(يه|يين|ين|ون|ي|ه)?$`);
}
const AFFILIATION = affiliationPattern();

/**
 * "يتهم الأردن جماعات موالية لإيران و«حزب الله» بـ…": the name inside an affiliation phrase qualifying an unnamed noun
 * is no argument of the verb (Iran is not accused; the groups and Hezbollah, coordinated with them, are).
 */
export function withoutAffiliated(ctx: Ctx, g: Group, relation?: string): Group {
  if (ctx.lang !== 'ar') return g;
  const toks = ctx.s.tokens;
  const first = g[0]!;
  const before = nth(toks, first.tok0 - 1);
  // (slot44: or, for an accusation, a ب clitic, `تتهم عمّان جماعات مرتبطة بإيران و«حزب الله»`; a struck thing "said to be
  // linked to Israel" keeps its owner)
  let adj = /ل/.test(first.clitics) || (relation === 'accused' && /ب/.test(first.clitics)) ? before : before && /^(ل|من)$/.test(before.norm) ? nth(toks, first.tok0 - 2) : undefined;
  // (a name or demonym on the patron's own noun, past its adjective: `مرتبطة بأجهزة أمنية سورية`)
  if (!adj || !AFFILIATION.test(adj.norm))
    // (not past an act noun: `التابعة للائتلاف المعارض القصف الروسي`, the demonym is the shelling's; slot35)
    for (let k = first.tok0 - 1; k >= 1 && k >= first.tok0 - 3 && !ctx.inMention[k] && toks[k]!.arabic && !ctx.s.triggers.some((x) => x.tok0 === k); k--)
      // (slot44: not past the object's own preposition nor a pronoun complement, `وتسيطر القوات التركية والفصائل الموالية
      // لها على تل أبيض ورأس العين`: the affiliation is the subject's)
      if (/^(علي|في|من|الي|عن|له|لها|لهم|لهما|به|بها|بهم)$/.test(toks[k]!.norm)) break;
      else if (/^[بل]../.test(toks[k]!.norm) && AFFILIATION.test(toks[k - 1]!.norm)) {
        adj = toks[k - 1];
        break;
      }
  if (!adj || ctx.inMention[toks.indexOf(adj)] || !AFFILIATION.test(adj.norm)) return g;
  // ("مواقع تابعة لإيران و«حزب الله»", "أهداف يقول إنها تابعة لـX": a struck site's owners are named, not an unnamed group's patron)
  let h = toks.indexOf(adj) - 1;
  if (/^(انها|انه)$/.test(nth(toks, h)?.norm ?? '')) h -= 2;
  if (placeHeadEndingAt(ctx, h)) return g;
  // (`مجموعات مرتبطة بإيران وبأجهزة أمنية سورية`: past the patron, a demonym or a name behind a preposition of its own is
  // still inside the participle's phrase; only a bare name joined by و, `موالية لإيران و«حزب الله»`, is read as a member;
  // diagnosis-batch23 §4 #137)
  return g.slice(1).filter((m) => m.via !== 'demonym' && !/[بل]/.test(m.clitics) && (/^و/.test(m.clitics) || /^و$/.test(toks[isQuote(toks[m.tok0 - 1]) ? m.tok0 - 2 : m.tok0 - 1]?.norm ?? '')));
}

/**
 * "وتحتفظ القوات التركية بقواعد هناك، وهو ما تعدّه بغداد انتهاكاً لسيادتها": a judgement of the clause before (`judgement`
 * cues: "وهو/وهي ما" + a judging verb with its resumptive pronoun + the judge + a negative verdict) criticises the doer
 * of that clause: the source of the sentence's first relation before it, else its first actor with no preposition.
 */
export function judgedClause(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const { s } = ctx;
  const toks = s.tokens;
  const cues = ctx.byKind.get('judgement') ?? [];
  for (const c of cues) {
    if (!c.cues.some((x) => x.value === 'judge') || nth(toks, c.tok0 - 1)?.norm !== 'ما' || !/^[وف]?(هو|هي)$/.test(nth(toks, c.tok0 - 2)?.norm ?? '')) continue;
    const ms = s.mentions;
    const i = firstMentionAfter(ms, c.tok1);
    const judge = ms[i];
    if (!judge || judge.tok0 !== c.tok1 || !actor(ctx.lex, judge)) continue;
    const verdict = cues.find((x) => x.tok0 >= judge.tok1 && x.tok0 - judge.tok1 <= 1 && x.cues.some((y) => y.value === 'negative'));
    if (!verdict) continue;
    const first = ctx.out.find((r) => r.evidence.start === s.start && r.evidence.sourceSpan[1] + s.start <= toks[c.tok0 - 2]!.start);
    let doer: Mention | undefined;
    if (first) doer = ms.find((m) => m.start - s.start === first.evidence.sourceSpan[0]);
    doer ??= ms.find((m) => m.tok1 < c.tok0 - 2 && !prepOf(ctx, m) && actor(ctx.lex, m));
    const pattern = verbPattern(ctx, 'criticized');
    if (!doer || !pattern) continue;
    const T = cueTrigger(verdict, pattern);
    emit(ctx, T, 'criticized', judge, first ? mentionOf(doer, first.source, ctx.lex.entities.get(first.source)!.kind) : doer, {}, false);
  }
}

/**
 * "… في غارة استهدفت منزله، بحسب المرصد السوري": the source of an attribution later in the sentence (`according` cue right
 * before it) reports the clause; it is never the subject carried to a verb before it.
 */
export function laterSource(ctx: Ctx, T: { tok0: number }, ref: Mention): boolean {
  if (ref.tok0 <= T.tok0 || !ctx.s.mentions.some((m) => m.tok0 === ref.tok0 && m.entity === ref.entity)) return false;
  return reportedBy(ctx, ref);
}

/** A mention right after an `according` cue (بحسب X، وفق X، "according to X", one word between at most): a report's source. */
function reportedBy(ctx: Ctx, m: Mention): boolean {
  return !!ctx.byKind.get('according')?.some((c) => c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 1) || reportedByWhat(ctx, m);
}

/**
 * `بحسب ما أفاد «X»`, `وفق ما ذكرت X`: the `according` cue, `ما`, a speech verb, then the name (one quote
 * mark between at most); "according to what (the) X said": the cue, "what", then the name. The monitor of such an attribution is never the subject carried to a verb
 * before it (slot54: `دخلت قافلة … إلى ريف الحسكة، بحسب ما أفاد «المرصد»` is no presence of the monitor).
 */
function reportedByWhat(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  const according = ctx.byKind.get('according');
  if (!according) return false;
  // ("according to what the Observatory said": English puts the name before its speech verb)
  if (ctx.lang === 'en' && according.some((a) => toks[a.tok1]?.norm === 'what' && a.tok1 < m.tok0 && m.tok0 - a.tok1 <= 2)) return true;
  return !!ctx.byKind.get('speech')?.some(
    (c) =>
      c.tok1 <= m.tok0 &&
      m.tok0 - c.tok1 <= 1 &&
      (toks[c.tok0 - 1]?.norm === 'ما' || toks[c.tok0 - 1]?.norm === 'what') &&
      according.some((a) => a.tok1 === c.tok0 - 1),
  );
}

/**
 * "وتفقّد شويغو المناورات، بحسب وزارة الدفاع الروسية. ثم انتقل إلى دمشق": the source an Arabic sentence is reported
 * by (بحسب، وفق، نقلاً عن X) tells who reports, not who acts: it is no subject carried to the next sentence.
 */
export function reportSource(ctx: Ctx, m: Mention): boolean {
  return ctx.lang === 'ar' && reportedBy(ctx, m);
}

/**
 * "أكدت الدول الثلاث دعمها لاستعادة العلاقات بين تركيا وسوريا", "أيّد استعادة العلاقات": a reconciliation noun governed by
 * a word of support (a `supported` trigger right before it) is the process supported, not an act of the two (gold rule 7).
 */
export function governedBySupport(ctx: Ctx, T: Trigger): boolean {
  return ctx.s.triggers.some((x) => x !== T && x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 1 && x.patterns.some((q) => q.relation === 'supported'));
}

/**
 * "وكانت الرياض قد أغلقت سفارتها …، ودعمت خلال سنوات الحرب فصائل …": a verb joined by "، و" with no subject of its own
 * (no name right after it) shares the subject of the sentence's opening clause: its first actor with no preposition,
 * named within the first four words, agreeing in gender (a country or city is feminine, unless a `masculine` name).
 */
export function coordinatedSubject(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb' || T.suffix) return undefined;
  const toks = ctx.s.tokens;
  if (!/^و/.test(T.clitics) || !isComma(nth(toks, T.tok0 - 1)?.text)) return undefined;
  const ms = ctx.s.mentions;
  const next = ms[firstMentionAfter(ms, T.tok1)];
  // (a bare demonym there qualifies the noun after the verb, "وتنتقد الدعم الأميركي": no subject)
  if (next && freeWords(ctx, T.tok1, next.tok0) <= 1 && !prepOf(ctx, next) && !(next.via === 'demonym' && next.tok1 - next.tok0 === 1 && next.tok0 > T.tok1)) return undefined;
  const opening = ms.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m));
  // (a state organ named by its demonym, "وتشنّ القوات التركية …، وتحتفظ بقواعد هناك", agrees as its head noun does)
  const organ = opening?.via === 'demonym' && opening.tok1 - opening.tok0 >= 2 ? toks[opening.tok0]!.norm.replace(/^[وف]/, '') : undefined;
  if (!opening || opening.tok0 > 3 || (opening.via === 'demonym' && !organ?.startsWith('ال'))) return undefined;
  const a = actor(ctx.lex, opening)!;
  const masc = masculineVerb(ctx, T);
  const feminineName = organ ? /(ات|ه)$/.test(organ) : (a.kind === 'country' || opening.kind === 'place') && !ctx.byKind.get('masculine')?.some((c) => c.tok0 === opening.tok0);
  if (masc === feminineName && a.kind !== 'person' && opening.kind !== 'organization' && opening.kind !== 'armed_group') return undefined;
  return [mentionOn(opening, T, opening.via)];
}

/** The giver of a support adjunct at trigger T ("بدعم من X", "بدعم جوي وبري من X", "بدعم جوي روسي"), with its end. */
function adjunctGiver(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // (English: "with the help of X", "with support from X": the name right after, past its article)
  if (ctx.lang === 'en' && toks[T.tok0]?.norm === 'with' && /^(of|from)$/.test(toks[T.tok1 - 1]?.norm ?? '') && T.patterns.some((q) => q.relation === 'supported' && q.pos === 'noun')) {
    const m = ms.find((x) => x.tok0 === T.tok1 || (x.tok0 === T.tok1 + 1 && toks[T.tok1]!.norm === 'the'));
    // ("with the help of Iranian-backed militias": a compound's first part gives nothing)
    return m && actor(ctx.lex, m) && !(toks[m.tok1]?.text === '-') ? m : undefined;
  }
  if (ctx.lang !== 'ar' || !/ب/.test(T.clitics) || !T.patterns.some((q) => q.relation === 'supported' && q.pos === 'noun')) return undefined;
  let k = T.tok1;
  // (adjectives: "جوي وبري", "عسكري")
  while (k < toks.length && k - T.tok1 < 4 && !ctx.inMention[k] && toks[k]!.word && toks[k]!.norm !== 'من' && /^و?[^\s]+ي$/.test(toks[k]!.norm)) k++;
  const m = ms[firstMentionAfter(ms, k)];
  if (!m || !actor(ctx.lex, m)) return undefined;
  if (m.tok0 === k && m.via === 'demonym') return m;
  return toks[k]?.norm === 'من' && m.tok0 === k + 1 ? m : undefined;
}

/**
 * "سيطرت «قسد» على المدينة بدعم من واشنطن", "جرت عملياتها بدعم جوي وبري من التحالف", "بدعم جوي روسي": a support
 * adjunct: its giver supported the subject of the clause (the nearest verb's subject before it, else the clause's first
 * actor with no preposition).
 */
export function supportAdjunct(ctx: Ctx, T: Trigger, subjectOf: (V: Trigger) => Group | undefined): { givers: Group; target: Group } | undefined {
  const givers = adjunctGivers(ctx, T);
  const giver = givers?.[0];
  if (!giver) return undefined;
  const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb');
  let target = V ? subjectOf(V) : undefined;
  if (!target?.length) {
    const m = ctx.s.mentions.find((x) => x.tok1 <= T.tok0 && !prepOf(ctx, x) && actor(ctx.lex, x));
    target = m ? [m] : undefined;
  }
  const g = new Set(givers.map((m) => actor(ctx.lex, m)!.entity));
  target = target?.filter((m) => !g.has(actor(ctx.lex, m)?.entity ?? ''));
  return target?.length ? { givers, target } : undefined;
}

/**
 * adjunctGiver and the members of its list (`بدعم روسي وإيراني`, `بدعم من روسيا وإيران`: every giver gets the slot, and the
 * second demonym is no object of the clause's verb; diagnosis-batch26 §6 fix 4).
 */
function adjunctGivers(ctx: Ctx, T: Trigger): Group | undefined {
  const giver = adjunctGiver(ctx, T);
  if (!giver) return undefined;
  const i = ctx.s.mentions.indexOf(giver);
  return i < 0 ? [giver] : groupFrom(ctx.s.mentions, i).filter((m) => m.kind !== 'place' && !!actor(ctx.lex, m));
}

/** Is mention m the giver of a support adjunct ("بدعم من X")? It is then no argument of the clause's verb. */
export function supportGiver(ctx: Ctx, m: Mention): boolean {
  for (const T of ctx.s.triggers) if (T.tok1 <= m.tok0 && m.tok0 - T.tok1 <= 5 && adjunctGivers(ctx, T)?.some((g) => g.tok0 === m.tok0)) return true;
  return false;
}

/**
 * "اجتماعاً تشاورياً لوزراء خارجية دول مجلس التعاون ومصر والأردن", "قمة لقادة روسيا وتركيا وإيران": a meeting noun whose
 * لـ-genitive (after its adjectives; a role's words between) is a list of two or more actors is the meeting of each pair.
 */
export function meetingOfList(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  let k = T.tok1;
  while (k < toks.length && k - T.tok1 < 2 && !ctx.inMention[k] && /^[^\s]+(ي|يا|ياً|يه|يه)$/.test(toks[k]!.norm) && !/^ل/.test(toks[k]!.norm)) k++;
  const w = toks[k];
  // (a genitive of people, "لوزراء", "لقادة", "لممثلي": not a purpose, "لبحث العلاقات بين A و B", "لدعم سوريا")
  if (!w || ctx.inMention[k] || !/^ل(وزراء|قاده|ممثلي|زعماء|رؤساء|مسوولي|وفود|مبعوثي)/.test(w.norm)) return undefined;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, k + 1);
  const first = ms[i];
  if (!first || freeWords(ctx, k + 1, first.tok0) > 2 || hasBoundaryBetween(ctx, k, first.tok0)) return undefined;
  const g: Mention[] = [];
  for (const m of groupFrom(ms, i)) {
    const a = actor(ctx.lex, m);
    if (a && !g.some((x) => x.entity === a.entity)) g.push(m);
  }
  return g.length >= 2 ? g : undefined;
}

function hasBoundaryBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (BOUNDARY.has(ctx.s.tokens[k]!.text) || isComma(ctx.s.tokens[k]!.text)) return true;
  return false;
}

/**
 * "ومن المقرر أن تستضيف جدة غداً اجتماعاً لـ…": a noun that is the object of a planned verb is planned too, and dated like
 * any plan, by the day it was stated (the publication date: gold rule 8), not by the day planned.
 */
export function plannedObject(ctx: Ctx, T: Trigger): boolean {
  const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 6 && x.patterns[0]!.pos === 'verb');
  return !!V && !hasBoundaryBetween(ctx, V.tok1, T.tok0) && isPlanned(ctx, V, V.patterns[0]!);
}

const ATTRIBUTE = /^[وف]?(نسب|نسبت|ينسب|تنسب|عزا|عزت|يعزو|تعزو)$/;
// (TOOK_LIFE: the `took_life_verb` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "ونسبت المصادر الغارة التي أودت بحياة X إلى سلاح الجو الأردني": an act attributed (نسب، عزا … إلى) to an actor was done
 * by that actor; its target is the one its relative clause says it killed or struck. Undefined when T is no such act.
 */
export function attributedAct(ctx: Ctx, T: Trigger): { doer: Mention; target: Mention } | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  // (the verb, then its subject: "ونسبت المصادر الغارة", "ونسبت وسائل إعلام إيرانية الغارة")
  let v = T.tok0 - 1;
  while (v >= 0 && T.tok0 - v <= 5 && !ATTRIBUTE.test(toks[v]!.norm)) v--;
  if (v < 0 || T.tok0 - v > 5) return undefined;
  let k = T.tok1;
  while (k < toks.length && k - T.tok1 <= 12 && toks[k]!.norm !== 'الي' && !BOUNDARY.has(toks[k]!.text) && !isComma(toks[k]!.text)) k++;
  const ms = ctx.s.mentions;
  const doer = ms.find((m) => m.tok0 > k && m.tok0 - k <= 3 && actor(ctx.lex, m));
  if (toks[k]?.norm !== 'الي' || !doer) return undefined;
  // the target: the name a relative clause on the act says it killed or struck ("التي أودت بحياة X")
  let target: Mention | undefined;
  if (AR_RELATIVE.has(toks[T.tok1]?.norm ?? '') && cueWords(ctx.lex, 'took_life_verb').has(toks[T.tok1 + 1]?.norm ?? '')) target = ms.find((m) => m.tok0 > T.tok1 + 1 && m.tok1 <= k && actor(ctx.lex, m));
  return target ? { doer, target } : undefined;
}

/**
 * "وتفقّد شويغو … بحسب وزارة الدفاع. ثم انتقل إلى دمشق، حيث استقبله الأسد": a masculine object pronoun on a verb (ه)
 * with no person named before it in its sentence is the latest person of the sentences before (a report's source,
 * a country, is no "him").
 */
export function earlierPerson(ctx: Ctx, exclude: Set<string>): Mention | undefined {
  for (let i = ctx.history.length - 1; i >= 0 && i >= ctx.history.length - 3; i--) {
    const ms = ctx.history[i]!;
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (m.kind === 'person' && !exclude.has(m.entity) && actor(ctx.lex, m)) return m;
    }
  }
  return undefined;
}

/** Unnamed plural heads a list of members may follow: "فصائل …، بينها X", "جماعات مسلحة، منها X". */
const UNNAMED_PLURAL = /^[وف]?(ال)?(فصايل|جماعات|مجموعات|ميليشيات|ميلشيات|تنظيمات|حركات|عناصر|مسلحين)$/;
/** "فصائل مسلحة عراقية": the token of an unnamed plural before its indefinite adjectives (at most two) ending at `k`. */
export function unnamedHead(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  for (let j = k; j > 0 && k - j < 2 && !ctx.inMention[j] && !UNNAMED_PLURAL.test(toks[j]!.norm) && /(ه|يه)$/.test(toks[j]!.norm); j--)
    if (UNNAMED_PLURAL.test(toks[j - 1]!.norm)) return j - 1;
  return k;
}

/**
 * "ويتهم الأردن فصائل مدعومة من إيران، بينها «حزب الله»، بـ…": an unnamed plural (factions, groups) whose named members
 * follow "، بينها/منها X" in its own phrase stands for them: the relation on the plural is on X. The unnamed head's
 * token is k (or, for a participle qualifying it, k is the participle's end and the head is right before the
 * participle); the members, or undefined.
 */
export function includedMembers(ctx: Ctx, head: number, from: number): Group | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || !UNNAMED_PLURAL.test(toks[head]?.norm ?? '') || ctx.s.mentions.some((m) => m.tok0 <= head && head < m.tok1)) return undefined;
  const opener = cueWords(ctx.lex, 'included_opener');
  for (let k = from; k < toks.length && k - from <= 8 && !BOUNDARY.has(toks[k]!.text); k++) {
    if (!isIncludedOpener(toks, k, opener) || !isComma(toks[k - 1]?.text)) continue;
    const i = firstMentionAfter(ctx.s.mentions, k + 1);
    const m = ctx.s.mentions[i];
    if (!m || freeWords(ctx, k + 1, m.tok0) > 0 || !actor(ctx.lex, m)) return undefined;
    return groupFrom(ctx.s.mentions, i);
  }
  return undefined;
}

const SUBJECTED = /^[وف]?(تتعرض|يتعرض|تعرضت|تعرض|تعرضا|تعرضوا|يتعرضون|تتعرضان|يتعرضان)$/;

/**
 * The subjected verb (`تتعرض`, `تعرّضت`) of an act noun carrying the لـ clitic: the token up to `reach` words before the
 * noun (no comma or boundary between), or -1. Shared by subjectedTo (reach 6) and nominal.ts subjectedFar (reach 12).
 */
export function subjectedVerbAt(ctx: Ctx, T: Trigger, reach: number): number {
  if (T.clitics.replace(/^[وف]/, '') !== 'ل') return -1;
  const toks = ctx.s.tokens;
  let v = T.tok0 - 1;
  while (v >= 0 && T.tok0 - v <= reach && !SUBJECTED.test(toks[v]!.norm) && !BOUNDARY.has(toks[v]!.text) && !isComma(toks[v]!.text)) v--;
  return v < 0 || !SUBJECTED.test(toks[v]!.norm) ? -1 : v;
}

/**
 * "وتتعرض مواقع في سوريا لغارات إسرائيلية", "تعرّضت قاعدة التنف لهجوم": what is subjected (تعرّض لـ) to an act noun is
 * its target (named between the verb and the noun, a place "في X" of the positions too, else before the verb); the
 * noun's own doer stays its source. The target group, or undefined.
 */
export function subjectedTo(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const v = subjectedVerbAt(ctx, T, 12);
  if (v < 0) return undefined;
  // (solo58: farther than seven words only past a control participle on what is subjected, `وتعرضت بلدة الخيام الخاضعة
  // لسيطرة «قسد» لقصف تركي`, whose holder is not the one hit: the names before that participle)
  const control = ctx.s.triggers.find((x) => x.tok0 > v && x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'deployed_in' && x.patterns[0]!.voice === 'passive');
  if (T.tok0 - v > 7 && !control) return undefined;
  const stop = control ? control.tok0 : T.tok0;
  // (a place too: "وتتعرض إدلب لغارات روسية", "وتتعرض المنطقة لغارات": the place struck)
  const struck = (m: Mention) => !!actor(ctx.lex, m) || m.kind === 'place';
  const inside = ctx.s.mentions.filter((m) => m.tok0 > v && m.tok1 <= stop && struck(m));
  if (inside.length) return inside;
  const before = ctx.s.mentions.filter((m) => m.tok1 === v && struck(m) && !prepOf(ctx, m));
  return before.length ? before : undefined;
}

/**
 * "أجرى أردوغان اتصالاً هاتفياً ببوتين … وأفاد الكرملين بأن الرئيسين بحثا أيضاً …": a discussion verb (بحث، ناقش، تناول)
 * whose parties the article last joined by a phone call tells what was said in that call, not a meeting.
 */
export function callTalk(ctx: Ctx, T: Trigger, a: Group, b: Group | undefined): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb' || !ctx.cueAt.get(T.tok0)?.cues.some((c) => c.kind === 'topic')) return false;
  const ids = new Set([...a, ...(b ?? [])].map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  if (ids.size < 2) return false;
  // (the last contact of the two: a call, or a meeting, reception or visit)
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (ids.has(r.source) && ids.has(r.target) && CONTACTS.has(r.relation)) return r.relation === 'phoned';
  }
  return false;
}
const CONTACTS = new Set(['phoned', 'met', 'hosted', 'visited']);

/**
 * "هجوم استهدف مقر الشركة …، وتبنّاه حزب العمال الكردستاني", "التفجيرين اللذين استهدفا مدينة كرمان، وتبنّاهما «داعش»": the
 * party that claims (تبنّى) an attack told before it in its sentence is the attack's doer (gold rule 10). The
 * claimant, or undefined.
 */
export function claimant(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'claim_verb', 'conj')) return undefined;
  // (cues.csv `claim_verb`, also after و: `وتبنّاه`)
  const claim = cueWords(ctx.lex, 'claim_verb');
  const toks = ctx.s.tokens;
  for (let k = T.tok1; k < toks.length && !BOUNDARY.has(toks[k]!.text); k++) {
    const w = toks[k]!.norm;
    if (!claim.has(w) && !(w.startsWith('و') && claim.has(w.slice(1)))) continue;
    const i = firstMentionAfter(ctx.s.mentions, k + 1);
    const m = ctx.s.mentions[i];
    if (!m || freeWords(ctx, k + 1, m.tok0) > 1 || !actor(ctx.lex, m)) return undefined;
    return [m];
  }
  return undefined;
}

/**
 * "وتلتقي أنقرة وطهران في إطار مسار أستانا مع موسكو": a meeting verb in the present, with no date in its sentence, set in
 * a standing framework (في إطار) tells a standing arrangement, not a meeting held.
 */
export function habitualMeeting(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb' || T.clitics.includes('س') || ctx.s.dates.length) return false;
  if (!/^[يت]/.test(ctx.s.tokens[T.tok0]!.norm.replace(/^[وف]/, ''))) return false;
  for (let k = T.tok1; k < ctx.s.tokens.length && k - T.tok1 <= 6; k++) if (FRAMEWORK.test(ctx.s.tokens[k]!.norm)) return true;
  return false;
}

/** "وبحث الوزيران، بحسب وكالة الأناضول، التصعيد …": a noun right after "، بحسب X،" that follows a topic verb is its topic. */
export function reportedTopic(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  if (!isComma(toks[T.tok0 - 1]?.text)) return false;
  let k = T.tok0 - 2;
  while (k > 0 && !isComma(toks[k]!.text) && !BOUNDARY.has(toks[k]!.text) && T.tok0 - k <= 8) k--;
  const src = ctx.byKind.get('according')?.find((c) => c.tok0 === k + 1);
  return !!src && isComma(toks[k]?.text) && !!ctx.byKind.get('topic')?.some((c) => c.tok1 <= k && k - c.tok1 <= 3);
}

/**
 * "واتفق البلدان …، خلال زيارة أجراها وزير الخارجية الأردني أيمن الصفدي إلى دمشق، على …": "the two countries" of a
 * sentence that tells a visit after them are the visitor's state and the state visited. The two, or undefined.
 */
export function visitStates(ctx: Ctx, c: { tok0: number; tok1: number; start: number; end: number }): Group | undefined {
  const V = ctx.s.triggers.find((x) => x.tok0 >= c.tok1 && x.tok0 - c.tok1 <= 8 && x.patterns[0]!.relation === 'visited' && x.patterns[0]!.pos === 'noun');
  if (!V) return undefined;
  let who: Mention | undefined;
  let where: string | undefined;
  for (const m of ctx.s.mentions) {
    if (m.tok0 < V.tok1 || m.tok0 - V.tok1 > 12) continue;
    const e = ctx.lex.entities.get(m.entity);
    if (!who && m.kind === 'person' && e?.country) who = m;
    else if (who && !where && prepOf(ctx, m) === 'الي') where = m.kind === 'country' ? m.entity : e?.stands_for;
  }
  const home = who && ctx.lex.entities.get(who.entity)?.country;
  if (!who || !home || !where || home === where) return undefined;
  const at = (id: string) => mentionOf(mentionOn(who!, c), id, 'country');
  return [at(home), at(where)];
}

/** Words of lifting or easing (رفع، ترفع، تخفيف، إلغاء) with their clitics. */
const LIFT = /^[وفبل]?(رفع|ترفع|يرفع|رفعت|ترفعا|يرفعا|تخفيف|الغاء)$/;

/**
 * "دعا X الولايات المتحدة إلى رفع العقوبات التي تفرضها على سوريا", "لن ترفع العقوبات المفروضة على دمشق": sanctions whose
 * lifting is asked, refused or discussed are in force; the one who would lift them imposes them (the demonym on the
 * noun, else the addressee of the demand, else the subject of the lifting verb), on the one after على. Undefined when T
 * is no such noun; the lifting itself is no act.
 */
export function liftedSanctions(ctx: Ctx, T: Trigger, args: { demonym: Group | undefined; addressee: () => Group | undefined; lifter: () => Group | undefined }): { imposer: Group; target: Group } | undefined {
  // ("برفع «الإجراءات القسرية» المفروضة على X": a quoted name of the measures)
  let b = T.tok0 - 1;
  while (b > 0 && isQuote(ctx.s.tokens[b])) b--;
  if (ctx.lang !== 'ar' || !LIFT.test(nth(ctx.s.tokens, b)?.norm ?? '')) return undefined;
  const ms = ctx.s.mentions;
  let target: Group | undefined;
  for (let i = firstMentionAfter(ms, T.tok1); i >= 0 && i < ms.length; i++) {
    const m = ms[i]!;
    if (freeWords(ctx, T.tok1, m.tok0) > 5 || ctx.s.tokens.slice(T.tok1, m.tok0).some((t) => BOUNDARY.has(t.text))) break;
    if (prepOf(ctx, m) === 'علي') {
      target = groupFrom(ms, i);
      break;
    }
  }
  if (!target) return undefined;
  const imposer = (args.demonym ?? args.addressee() ?? args.lifter())?.filter((m) => !target!.some((x) => actor(ctx.lex, x)?.entity === actor(ctx.lex, m)?.entity));
  return imposer?.length ? { imposer, target } : undefined;
}

/**
 * "شارك الأسد في القمة العربية الإسلامية التي استضافتها الرياض": a hosting verb in a relative clause on a meeting noun
 * (its resumptive pronoun) has the host after it and, as its guests, the subject of the verb of taking part before the
 * noun. Undefined when the antecedent is no meeting noun governed by such a verb.
 */
function hostedMeeting(ctx: Ctx, T: Trigger): { subj: Group; obj: Group | undefined } | undefined {
  const ms = ctx.s.mentions;
  const M = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 - 1 && T.tok0 - 1 - x.tok1 <= 4 && x.patterns.some((q) => q.relation === 'met' && q.pos === 'noun'));
  if (!M || ctx.s.tokens.slice(M.tok1, T.tok0).some((t) => isComma(t.text) || BOUNDARY.has(t.text))) return undefined;
  const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= M.tok0 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === 'met');
  const host = V && meetingHost(ctx, T);
  if (!host) return undefined;
  let guests = ms.filter((m) => m.tok0 >= V.tok1 && m.tok1 <= M.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m));
  // (slot40: `وكان الرئيس بشار الأسد قد شارك في القمة التي استضافتها الرياض`: the subject between كان and قد)
  if (!guests.length) guests = kanaQadSubject(ctx, V.tok0);
  return guests.length ? { subj: [host], obj: guests } : undefined;
}

/**
 * slot40: Arabic `وكان X قد V`, `وكانت X وY قد V`: the actors named between a form of كان and the قد right before the verb
 * at `v` (no comma, boundary or other verb between), its subject told across the auxiliary; else none. With `capitals`, a
 * place whose actor is its state (a capital) is such a subject too.
 */
export function kanaQadSubject(ctx: Ctx, v: number, capitals = false): Mention[] {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || !QAD.test(toks[v - 1]?.norm ?? '')) return [];
  let k = v - 2;
  while (k >= 0 && v - k <= 14 && !/^[وف]?(كان|كانت|كانا|كانوا)$/.test(toks[k]!.norm)) {
    if (isComma(toks[k]!.text) || BOUNDARY.has(toks[k]!.text) || (tokenMarks(ctx, k) & TOK_VERB) !== 0) return [];
    k--;
  }
  if (k < 0 || v - k > 14) return [];
  // (slot53, `capitals`: a place that acts for its state, `وكانت أنقرة قد أطلقت`, counts; its actor is the state)
  return ctx.s.mentions.filter((m) => m.tok0 > k && m.tok1 <= v - 1 && !prepOf(ctx, m) && !!actor(ctx.lex, m) && (m.kind !== 'place' || (capitals && actor(ctx.lex, m)!.kind !== 'place')));
}
