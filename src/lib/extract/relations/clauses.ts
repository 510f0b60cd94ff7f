/**
 * Relations: a shallow clause structure of an English sentence, read from punctuation, relative pronouns,
 * conjunctions and the verbs the sentence already has (relation triggers and speech cues). It answers the
 * questions the argument finder asks of a verb before it looks for the nearest name:
 * - a verb right after "which"/"who"/"that" (adverbs and auxiliaries between) opens a relative clause: its subject
 *   is the antecedent (", which has long pressed X", "the party that controls X" in apposition to a name);
 * - a participle after a comma ("…, blaming X for …") or after "and"/"but" a verb phrase with no subject of its own
 *   ("… and accused X", "…, but warned X") hangs on the nearest finite verb before it (a relation verb or a verb of
 *   speech), outside relative clauses and appositions: the verb that gives its subject (the host);
 * - an apposition between commas after a name (", himself a Kurd from X,", ", spokesman for X,") followed by the
 *   name's verb is passed over like a relative clause (`markAppositions` fills `ctx.inRelative`).
 * Structure only: which mention or verb; the subjects themselves are found by args.ts.
 */
import type { CueSpan, Mention, Sentence, Trigger } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { BOUNDARY, type Ctx, cueIndex, nth, RELATIVE } from './ctx.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';

/** What the clause analysis reads of a sentence's context (a relations Ctx, or `clauseContext` for tools and tests). */
export type ClauseCtx = Pick<Ctx, 'lang' | 's' | 'inMention' | 'inRelative' | 'byKind' | 'cueAt'> & { lex?: Lexicon };

/** Prepositions that open a relative clause before "which"/"whom" (", in which …,", ", under which …,"): grammar words. */
const REL_PREP: ReadonlySet<string> = new Set(['in', 'of', 'under', 'by', 'with', 'for', 'through', 'during', 'from', 'to', 'on', 'at', 'among', 'against', 'within', 'after', 'before', 'since', 'over', 'into']);

/** ", which …,", ", whose countries …,", "، الذين …،": 1 on the tokens of a relative clause between commas (either language). */
export function relativeSpans(s: Sentence): Uint8Array {
  const inRelative = new Uint8Array(s.tokens.length);
  for (let k = 1; k < s.tokens.length; k++) {
    const comma = s.tokens[k - 1]!.text;
    if (comma !== ',' && comma !== '،') continue;
    // (", in which …,", ", by whom …,": a preposition before which/whom opens the clause too; bugs42b)
    const rel = RELATIVE.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'whose' || (REL_PREP.has(s.tokens[k]!.norm) && /^(which|whom)$/.test(s.tokens[k + 1]?.norm ?? ''));
    if (!rel) continue;
    let e = k;
    // (a comma inside a list the clause names goes on: ", who met his Jordanian, Saudi and Iraqi counterparts,")
    const listed = (j: number) => s.mentions.some((m) => m.tok1 === j) && s.mentions.some((m) => m.tok0 === j + 1 && m.conj);
    while (e < s.tokens.length && (s.tokens[e]!.text !== comma || listed(e)) && !BOUNDARY.has(s.tokens[e]!.text)) e++;
    if (s.tokens[e]?.text === comma) inRelative.fill(1, k, e + 1);
  }
  return inRelative;
}

/** The clause context of a sentence on its own (relative clauses and appositions marked), for tools and tests. */
export function clauseContext(s: Sentence, lang: 'ar' | 'en', lex?: Lexicon): ClauseCtx {
  const { cueAt, byKind } = cueIndex(s);
  const inMention = new Uint8Array(s.tokens.length);
  for (const m of s.mentions) inMention.fill(1, m.tok0, m.tok1);
  const ctx: ClauseCtx = { lang, s, inMention, inRelative: relativeSpans(s), byKind, cueAt, lex };
  markAppositions(ctx);
  return ctx;
}

/** Auxiliaries and adverbs that may stand between a subject (or a relative pronoun) and its verb. */
const ADVERBIAL = /^(has|have|had|is|are|was|were|been|will|would|also|long|still|already|repeatedly|previously|recently|since|then|later|now|often|again|reportedly|allegedly|itself|[a-z]+ly)$/;

/** A determiner before a verb form makes it a noun ("condemned the strike"). */
const DETERMINER = /^(the|a|an|its|their|his|her|this|that|any|no)$/;

/** Prepositions that take a noun phrase: a verb form right after one is a noun ("used for attacks on X", "amid strikes"). */
export const PREPOSITION_EN = /^(for|after|before|amid|despite|against|with|without|following|over|from|by|about|during|since|like)$/;

/** Is token k an auxiliary or adverb of a verb phrase (see ADVERBIAL; "only" and "early" are no adverbs of a verb here)? */
function adverbial(ctx: ClauseCtx, k: number): boolean {
  const t = ctx.s.tokens[k]!;
  if (ctx.inMention[k]) return false;
  // ("has for months pressed", "have for years backed": a duration inside the verb phrase, cues.csv `duration_word`;
  // none without a lexicon)
  const duration = ctx.lex ? cueWords(ctx.lex, 'duration_word') : undefined;
  if (duration && (t.norm === 'for' ? duration.has(nth(ctx.s.tokens, k + 1)?.norm ?? '') : duration.has(t.norm) && nth(ctx.s.tokens, k - 1)?.norm === 'for')) return true;
  return ADVERBIAL.test(t.norm) && !/^(only|early|daily|weekly|family|italy|july)$/.test(t.norm);
}

/** The first token of the verb phrase ending at `tok`: back over auxiliaries, adverbs and quotes. */
export function phraseStart(ctx: ClauseCtx, tok: number): number {
  let k = tok;
  while (k > 0 && (adverbial(ctx, k - 1) || isQuote(ctx.s.tokens[k - 1]))) k--;
  return k;
}

/** The mention index ending right before token `k` (a closing parenthesis allowed: "the Patriotic Union of Kurdistan (PUK)"). */
function mentionEndingAt(ctx: ClauseCtx, k: number): number {
  const ms = ctx.s.mentions;
  const toks = ctx.s.tokens;
  let short = -1;
  for (let end = k, n = 0; end > 0 && n < 2; n++) {
    const i = ms.findIndex((m) => m.tok1 === end);
    if (i >= 0) return i;
    // ("X (Y)": the name before a parenthesised short form, or the short form: "the Syrian Democratic Forces (SDF),
    // which captured …" when only the short form is a mention; slot31)
    if (toks[end - 1]!.text !== ')') break;
    // (a name mention may run up to the closing bracket: "Syrian Democratic Forces (SDF" is one mention)
    short = ms.findIndex((m) => m.tok1 === end - 1);
    let open = end - 2;
    while (open >= 0 && toks[open]!.text !== '(') open--;
    if (open < 0) break;
    end = open;
  }
  return short;
}

/**
 * The relative clause whose verb is at `tok`: the pronoun's token and the antecedent (a mention index, -1 when the
 * antecedent names no one: "the operation, which targeted …"). Undefined when the verb opens no relative clause.
 * "X, which …", "X (Y), which …", "the two men who …", and a relative on an apposition ("X, the party that …",
 * "X, a group which …": the apposition's name).
 */
// English nouns of a state's or group's arms and troops, which act for the owner named right before them.
// (ARMS_EN: the `arms_noun` word cue of data/lexicon/cues.csv, branch words31; none without a lexicon)
export function relativeAt(ctx: ClauseCtx, tok: number): { pron: number; ante: number } | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const k = phraseStart(ctx, tok) - 1;
  const w = nth(toks, k)?.norm ?? '';
  if (!/^(which|who|that)$/.test(w)) return undefined;
  // "X, which …", "X who …"
  // ("Russian warplanes, which back the Syrian army, …": an owner's arms or troops before the comma act for the owner,
  // its demonym or name; diagnosis-batch26 §6 fix 3, #84)
  if (toks[k - 1]?.text === ',') {
    // ("the Syrian Democratic Forces (SDF), which captured …": past the name's own parenthesis; pred31)
    const ante0 = toks[k - 2]?.text === ')' && mentionEndingAt(ctx, k - 1) < 0 ? mentionEndingAt(ctx, k - 2) : mentionEndingAt(ctx, k - 1);
    // ("the al-Hol camp east of Hasakah, which is run by the SDF": the located place; slot36)
    const located = ante0 >= 0 ? locatedPlaceHead(ctx, ctx.s.mentions[ante0]!) : undefined;
    const ante = located ? ctx.s.mentions.indexOf(located) : ante0;
    if (ante >= 0 || !(ctx.lex && cueWords(ctx.lex, 'arms_noun').has(nth(toks, k - 2)?.norm ?? '')) || ctx.inMention[k - 2]) return { pron: k, ante };
    return { pron: k, ante: mentionEndingAt(ctx, k - 2) };
  }
  const direct = mentionEndingAt(ctx, k);
  // ("an April 1 strike on Iran's consulate in Damascus that killed …": a restrictive relative right after a place
  // behind a locative preposition is about the noun the place locates, not the place; slot36, diagnosis-batch31 FP 92)
  if (direct >= 0 && /^(in|at|near|inside)$/.test(nth(toks, ctx.s.mentions[direct]!.tok0 - 1)?.norm ?? '') && (ctx.s.mentions[direct]!.kind === 'place' || ctx.s.mentions[direct]!.kind === 'country')) return { pron: k, ante: -1 };
  if (direct >= 0) return { pron: k, ante: direct };
  // ("four YPG militants who attacked a Turkish base": members named by their group before the noun act for it)
  let m = k - 1;
  while (m > 0 && /^(militants|fighters|members|gunmen|operatives|troops|soldiers|forces|units|elements)$/.test(toks[m]!.norm) && m === k - 1) m--;
  if (m < k - 1 && !ctx.inMention[k - 1]) {
    const owner = mentionEndingAt(ctx, m + 1);
    if (owner >= 0) return { pron: k, ante: owner };
  }
  // ", the party that …", ", a group which …": a short noun phrase in apposition to the name before its comma
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = toks[j]!;
    if (ctx.inMention[j] || BOUNDARY.has(t.text)) break;
    if (t.text === ',') {
      if (!/^(the|a|an)$/.test(toks[j + 1]!.norm)) break;
      return { pron: k, ante: mentionEndingAt(ctx, j) };
    }
  }
  // ("the drone that struck …": an antecedent that names no one)
  return { pron: k, ante: -1 };
}

/**
 * slot36 (diagnosis-batch31 #10, FP 13): `في مخيم الهول شرق الحسكة، الذي تديره «قسد»`, "the al-Hol camp east of Hasakah,
 * which is run by the SDF": a place located by a compass word (cues.csv `compass`; English with "of", a second compass
 * word allowed, "north-east of") right after another place names where that place lies; a relative after it is about
 * the located place. The located place (a place that is no country), or undefined.
 */
export function locatedPlaceHead(ctx: ClauseCtx, ante: { tok0: number; kind: string; entity: string }): Mention | undefined {
  if (!ctx.lex || ante.kind !== 'place') return undefined;
  const toks = ctx.s.tokens;
  const compass = cueWords(ctx.lex, 'compass');
  let j = ante.tok0 - 1;
  if (ctx.lang === 'en') {
    if (nth(toks, j)?.norm !== 'of') return undefined;
    j--;
  }
  if (!compass.has(nth(toks, j)?.norm ?? '') || ctx.inMention[j]) return undefined;
  if (compass.has(nth(toks, j - 1)?.norm ?? '') && !ctx.inMention[j - 1]) j--;
  const head = ctx.s.mentions.find((m) => m.tok1 === j && m.kind === 'place');
  return head && head.entity !== ante.entity && ctx.lex.entities.get(head.entity)?.kind !== 'country' ? head : undefined;
}

/**
 * The first token of the relative clause or apposition that token k stands in: k walked back while the token before
 * it is in one too (antecedentOf, sentence.ts speakers).
 */
export function relativeOpen(ctx: Pick<ClauseCtx, 'inRelative'>, k: number): number {
  while (k > 0 && ctx.inRelative[k - 1]) k--;
  return k;
}

/**
 * "Russia, which keeps bases in Syria, and Iran …": for a list member at `tok` after "and" that follows the closing comma
 * of a relative clause or apposition, the mention the clause is about (the name before its opening comma), or -1.
 */
export function antecedentOf(ctx: ClauseCtx, tok: number): number {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en' || nth(toks, tok - 1)?.norm !== 'and' || nth(toks, tok - 2)?.text !== ',' || !ctx.inRelative[tok - 2]) return -1;
  const k = relativeOpen(ctx, tok - 2);
  return toks[k - 1]?.text === ',' ? mentionEndingAt(ctx, k - 1) : -1;
}

/** "welcomed Syria back", "brought them back": "back" right after a verb's object is a particle of that verb, no verb. */
function particle(ctx: ClauseCtx, x: { tok0: number }): boolean {
  return ctx.s.tokens[x.tok0]!.norm === 'back' && !!ctx.inMention[x.tok0 - 1];
}

/** A verb the host search may stop at: a relation verb or a verb of speech, with its first token. */
export type Host = { trigger: Trigger; cue?: undefined } | { trigger?: undefined; cue: CueSpan };

/**
 * The verb that a participle or a coordinated verb phrase at T hangs on (see the file comment): "X said …, blaming Y"
 * (said), "X condemned … and accused Y" (condemned), "X said …, but warned Y" (said). Undefined when T is no
 * participle after a comma, nor a verb after "and"/"but"; or when a name stands between the conjunction and T (a
 * clause of its own: "…, and Turkey struck …").
 */
export function hostOf(ctx: ClauseCtx, T: { tok0: number }): Host | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const v = toks[T.tok0]!;
  const k = phraseStart(ctx, T.tok0) - 1;
  const prev = nth(toks, k);
  if (!prev) return undefined;
  const participle = /ing$/.test(v.norm) && prev.text === ',' && k === T.tok0 - 1;
  const coordinated = /^(and|but)$/.test(prev.norm) && !ctx.inMention[k];
  if (!participle && !coordinated) return undefined;
  // the nearest finite verb before, outside relative clauses and appositions, in the same sentence (not a reported
  // resolve, "said Jordan would not allow …, and reiterated": the speech verb hosts; pred34)
  const h = nearestHost(ctx, k, true);
  if (!h) return undefined;
  const { best, at } = h;
  // ("X backed Y, while Z are his allies and have …": a clause of its own between the host and the conjunction)
  for (const c of ctx.byKind.get('clause') ?? []) if (c.tok0 > at && c.tok1 <= k) return undefined;
  return best;
}

/**
 * The nearest finite relation verb (a trigger with a verb row, outside relative clauses, not a gerund, not after "to"/"be",
 * a determiner or a preposition) or verb of speech before token k, with no boundary between it and k; with `strict`
 * (hostOf), not a reported resolve ("would not allow") and no particle. Shared by hostOf and gerundAdjunctHost.
 */
function nearestHost(ctx: ClauseCtx, k: number, strict: boolean): { best: Host; at: number } | undefined {
  const toks = ctx.s.tokens;
  let best: Host | undefined;
  let at = -1;
  for (const x of ctx.s.triggers)
    if (x.tok1 <= k && x.tok0 > at && x.patterns.some((q) => q.pos === 'verb') && !ctx.inRelative[x.tok0] && !/ing$/.test(toks[x.tok0]!.norm) && !/^(to|be)$/.test(nth(toks, x.tok0 - 1)?.norm ?? '') && !(strict && x.patterns.every((q) => q.relation === 'threatened') && /^(would|will)$/.test(nth(toks, x.tok0 - 1)?.norm ?? '') && /^(not|never)$/.test(toks[x.tok0]!.norm)) && !DETERMINER.test(nth(toks, x.tok0 - 1)?.norm ?? '') && !PREPOSITION_EN.test(nth(toks, x.tok0 - 1)?.norm ?? '') && !(strict && particle(ctx, x))) {
      best = { trigger: x };
      at = x.tok0;
    }
  for (const c of ctx.byKind.get('speech') ?? [])
    if (c.tok1 <= k && c.tok0 > at && !ctx.inRelative[c.tok0]) {
      best = { cue: c };
      at = c.tok0;
    }
  if (!best) return undefined;
  for (let j = at + 1; j < k; j++) if (BOUNDARY.has(toks[j]!.text)) return undefined;
  return { best, at };
}

/** Prepositions of time or manner that open a gerund adjunct ("since seizing", "after capturing"; not "by": a passive's agent). */
const GERUND_ADJUNCT = /^(since|after|before|upon|while|without)$/;

/**
 * slot36 (diagnosis-batch31 #36, 37, 95, 96): "Turkey has kept troops in Afrin since seizing the district from the YPG",
 * "The SDF declared the defeat of IS after capturing its last enclave": a gerund right after an adjunct preposition has
 * no subject of its own and shares the clause's. Undefined when T is no such gerund; null when it is one and no finite
 * verb stands before it (the caller then takes the clause's opening subject); else the host, as hostOf finds it: the
 * nearest finite relation verb or verb of speech before, outside relative clauses, with no boundary between.
 */
export function gerundAdjunctHost(ctx: ClauseCtx, T: { tok0: number }): Host | null | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const k = T.tok0 - 1;
  if (!/ing$/.test(toks[T.tok0]!.norm) || !GERUND_ADJUNCT.test(nth(toks, k)?.norm ?? '') || ctx.inMention[k]) return undefined;
  return nearestHost(ctx, k, false)?.best ?? null;
}

/**
 * ", himself a Kurd from Sulaymaniyah,", ", spokesman for Iran's Security Council,": a short phrase with no verb between
 * commas, right after a name and right before a verb (a relation verb or a verb of speech), describes the name; its
 * mentions are no subject of that verb. Marked in `ctx.inRelative` like a relative clause.
 */
export function markAppositions(ctx: ClauseCtx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  // ("The minister, who arrived from Beirut, where he had met X, also held talks with Y": a ", where …," clause between a
  // subject and its verb is passed over like a relative clause)
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.norm !== 'where' || toks[k - 1]!.text !== ',') continue;
    let e = k;
    while (e < toks.length && toks[e]!.text !== ',' && !BOUNDARY.has(toks[e]!.text)) e++;
    let v = e + 1;
    while (v < toks.length && adverbial(ctx, v)) v++;
    if (toks[e]?.text === ',' && (ctx.s.triggers.some((x) => x.tok0 === v && x.patterns.some((q) => q.pos === 'verb')) || !!ctx.cueAt.get(v)?.cues.some((q) => q.kind === 'speech'))) ctx.inRelative.fill(1, k, e + 1);
  }
  // ("The PKK, listed as a terrorist group by Turkey, the United States and the European Union, has waged …": a participle
  // of labelling after a name's comma (cues.csv `label_verb`), up to the comma before the name's verb, is passed over,
  // its list of labellers included; none of them is the verb's subject)
  const labels = ctx.lex ? cueWords(ctx.lex, 'label_verb') : undefined;
  if (labels?.size)
    for (const m of ctx.s.mentions) {
      const c = m.tok1;
      if (toks[c]?.text !== ',' || !labels.has(toks[c + 1]?.norm ?? '')) continue;
      for (let e = c + 2; e < toks.length && e - c <= 24 && !BOUNDARY.has(toks[e]!.text); e++) {
        if (toks[e]!.text !== ',') continue;
        let v = e + 1;
        while (v < toks.length && adverbial(ctx, v)) v++;
        // (the name's verb, or a light verb and its relation noun: "has waged an insurgency")
        if (ctx.s.triggers.some((x) => x.tok0 >= v && x.tok0 - v <= 2 && !ctx.inMention[v] && (x.tok0 === v || x.patterns.some((q) => q.pos === 'noun'))) || !!ctx.cueAt.get(v)?.cues.some((q) => q.kind === 'speech')) {
          ctx.inRelative.fill(1, c + 1, e + 1);
          break;
        }
      }
    }
  for (const m of ctx.s.mentions) {
    const c = m.tok1;
    // (", along with Russia,": a conjunction adds a member to the name, it describes nothing)
    // (", Turkey's foreign minister,": a descriptor of the person named before is that person, no subject of its own)
    const described = m.kind === 'person' && ctx.s.mentions.some((x) => x.tok0 === c + 1 && x.via === 'descriptor' && x.kind === 'person');
    // (", Assad's main backer,", ", Hezbollah's patron,": a possessor opens a description of the name, no subject either)
    const possessor = ctx.s.mentions.some((x) => x.tok0 === c + 1 && (/['’]s$/.test(toks[x.tok1 - 1]!.text) || /^['’]$/.test(toks[x.tok1]?.text ?? '')));
    if (toks[c]?.text !== ',' || (ctx.inMention[c + 1] && !described && !possessor) || !toks[c + 1]?.word || ctx.inRelative[c + 1] || ctx.byKind.get('conj')?.some((x) => x.tok0 === c + 1)) continue;
    // (", a former al-Qaeda affiliate led by Abu Mohammed al-Jolani,": an indefinite noun phrase may be longer and hold a
    // participle with its agent, "led by", "founded by"; its names are no subject of the verb after it either;
    // diagnosis-batch23 §4 #23)
    const indefinite = /^(a|an)$/.test(toks[c + 1]!.norm);
    let e = c + 1;
    while (e < toks.length && toks[e]!.text !== ',' && !BOUNDARY.has(toks[e]!.text) && e - c <= (indefinite ? 22 : 9)) e++;
    if (toks[e]?.text !== ',' || e === c + 1) continue;
    // (no verb and no list inside: ", Turkey and Iran," is a list; "and" only after a name's own words)
    let verb = false;
    for (let j = c + 1; j < e && !verb; j++) verb = ctx.s.triggers.some((x) => x.tok0 === j && x.patterns[0]!.pos === 'verb') || !!ctx.cueAt.get(j)?.cues.some((q) => q.kind === 'speech') || /^(and|or|which|who|that|where|when)$/.test(toks[j]!.norm) || (/ed$/.test(toks[j]!.norm) && !(indefinite && ((toks[j + 1]?.norm === 'by' && !ctx.inMention[j]) || ctx.inMention[j])));
    if (verb) continue;
    // (the name's verb right after the closing comma)
    const after = e + 1;
    let v = after;
    while (v < toks.length && adverbial(ctx, v)) v++;
    const isVerb = ctx.s.triggers.some((x) => x.tok0 === v && x.patterns.some((q) => q.pos === 'verb')) || !!ctx.cueAt.get(v)?.cues.some((q) => q.kind === 'speech');
    if (isVerb) ctx.inRelative.fill(1, c + 1, e + 1);
  }
}

/**
 * "signed a memorandum of understanding to cooperate on …", "an agreement to coordinate": an infinitive right after an
 * agreement noun (a few words of its own between) is what was agreed, not an act of its own.
 */
export function agreementContent(ctx: ClauseCtx, T: { tok0: number }): boolean {
  if (ctx.lang !== 'en' || nth(ctx.s.tokens, T.tok0 - 1)?.norm !== 'to') return false;
  return ctx.s.triggers.some((x) => x.tok1 <= T.tok0 - 1 && T.tok0 - 1 - x.tok1 <= 3 && x.patterns.some((q) => q.relation === 'agreed_with' && q.pos === 'noun') && !ctx.s.triggers.some((y) => y.tok0 >= x.tok1 && y.tok1 <= T.tok0 - 1));
}

/**
 * "between Assad and the UN's relief chief, Martin Griffiths": after a list member, "and" + a short description that
 * names no one (a possessor inside it allowed) + a comma + a name: that name is the next member (the description is in
 * apposition to it). The mention's index, or -1.
 */
export function describedMember(ctx: ClauseCtx, last: { tok1: number }): number {
  if (ctx.lang !== 'en') return -1;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (toks[last.tok1]?.norm !== 'and' || !/^(the|a|an|its|his|her|their)$/.test(toks[last.tok1 + 1]?.norm ?? '')) return -1;
  for (let k = last.tok1 + 2; k < toks.length && k - last.tok1 <= 7; k++) {
    if (BOUNDARY.has(toks[k]!.text)) return -1;
    if (toks[k]!.text !== ',') continue;
    const i = ms.findIndex((m) => m.tok0 === k + 1);
    // (the description: no name of its own but a possessor, "the UN's")
    const named = ms.some((m) => m.tok0 > last.tok1 && m.tok1 <= k && !/['’]s$/.test(toks[m.tok1 - 1]!.text));
    return i >= 0 && !named && ms[i]!.kind === 'person' ? i : -1;
  }
  return -1;
}

/**
 * "Lavrov, speaking after talks with Fidan in Ankara, said …", "X said after talks with Y that …": a meeting noun in a
 * temporal adjunct ("after/before/following/during talks with Y") belongs to the clause's subject. The mention index of
 * that subject: the name before an apposition the noun is in, else the sentence's first name before the noun that no
 * preposition introduces (the caller checks it is an actor); -1 when the noun is no such adjunct.
 */
export function adjunctOwner(ctx: ClauseCtx, T: { tok0: number; tok1: number }, isArgument: (i: number) => boolean): number {
  const toks = ctx.s.tokens;
  const en = ctx.lang === 'en';
  // (Arabic too: `بعد محادثات مع X`, `عقب لقائه مع`; np28)
  const before = en && /^(a|an|the)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '') ? T.tok0 - 2 : T.tok0 - 1;
  if (!(en ? /^(after|before|following|during)$/ : /^[وف]?(بعد|عقب|اثر|قبل)$/).test(nth(toks, before)?.norm ?? '')) return -1;
  // (a place and a date may stand before "with": "after talks in Beirut on Friday with X", `بعد محادثات في بيروت مع`)
  const ms = ctx.s.mentions;
  let k = T.tok1;
  for (let n = 0; n < 6 && k < toks.length && toks[k]!.norm !== (en ? 'with' : 'مع'); n++, k++) {
    const t = toks[k]!;
    const place = ms.some((m) => m.tok0 <= k && k < m.tok1 && m.kind === 'place');
    const date = ctx.s.dates.some((d) => d.start <= t.start && t.end <= d.end);
    const prep = (en ? /^(in|at|on|the)$/ : /^(في)$/).test(t.norm) && (ms.some((m) => m.tok0 === k + 1 && m.kind === 'place') || ctx.s.dates.some((d) => d.start === toks[k + 1]?.start) || (t.norm === 'the' && ms.some((m) => m.tok0 === k + 1)));
    if (!place && !date && !prep) return -1;
  }
  if (toks[k]?.norm !== (en ? 'with' : 'مع')) return -1;
  if (ctx.inRelative[T.tok0]) {
    const k = relativeOpen(ctx, T.tok0);
    return toks[k - 1]?.text === ',' ? mentionEndingAt(ctx, k - 1) : -1;
  }
  return ms.findIndex((m) => m.tok1 <= T.tok0 && isArgument(ms.indexOf(m)));
}
