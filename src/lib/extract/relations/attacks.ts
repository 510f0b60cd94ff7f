/**
 * Relations: frames of the attacked relation, each reached only from an attack trigger (index.ts) and gated on a word
 * next to it. Mutual attacks (mutualFire): "A and B traded fire", "A exchanged fire with B", "يتبادل A القصف مع B",
 * "تبادلت A وB القصف", "القصف المتبادل بين A وB": each party attacked the other (two triples per pair). An attack that
 * reached X (reachedBy: "وطالت الغارات X"). A suffixed Arabic attack word before على (possessedAttack: "كثّفت X قصفها على Y").
 */
import { type Mention, mention, type Trigger } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { isQuote } from '../mentions.ts';
import { compoundPart, demonymEntity, leftGroup, objectGroup, verbArgs } from './args.ts';
import { attackerOf } from './discourse.ts';
import { actor, AGAINST, betweenAt, BOUNDARY, type Ctx, firstMentionAfter, freeWords, type Group, groupFrom, groupTo, hasBoundary, hasCue, lastMentionBefore, nth, prepOf, hasWordCue } from './ctx.ts';
import { arabicDemonyms } from './nominal.ts';
import { atPublication, emit, emitAll } from './emit.ts';

// (EN_TRADE: the `trade_verb` word cue of data/lexicon/cues.csv, branch words31)
// (AR_TRADE: the `trade_verb` word cue of data/lexicon/cues.csv, branch words31)
const AR_MUTUAL = /^(ال)?متبادل[هةا]?$/;
const WITH = new Set(['with', 'مع', 'ومع']);

/** The token of the trading verb before the attack word (past a few modifiers, or an Arabic subject between). */
function tradeBefore(ctx: Ctx, T: Trigger): number {
  const toks = ctx.s.tokens;
  const trade = cueWords(ctx.lex, 'trade_verb');
  const is = (k: number) => trade.has(nth(toks, k)?.norm ?? '');
  // (up to three modifier tokens between: "traded artillery fire", "have traded near-daily fire")
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 4); k--) {
    if (is(k)) return k;
    if (ctx.inMention[k] || !/^[\p{L}-]+$/u.test(toks[k]!.text)) break;
  }
  // Arabic VSO: the subject stands between ("تبادلت القوات التركية و«قسد» القصف")
  let k = T.tok0 - 1;
  // (also past a kind noun, a bracketed short form and a participle with its agent inside the subject list: `تبادلت فصائل
  // «الجيش الوطني السوري» المدعومة من تركيا و«قسد» القصف`; slot31)
  const inList = (j: number) => ctx.inMention[j] || isQuote(toks[j]) || toks[j]!.norm === 'و' || /^[()]$/.test(toks[j]!.text) || (j < T.tok0 - 1 && (hasCue(ctx, j, 'partitive') || (toks[j]!.norm === 'من' && !!hasParticiple(ctx, j - 1)) || hasParticiple(ctx, j)));
  if (ctx.lang === 'ar') while (k > 0 && T.tok0 - k <= 22 && inList(k)) k--;
  return k < T.tok0 - 1 && is(k) ? k : -1;
}

/** A definite Arabic participle trigger at token k (`المدعومة من`, `الموالية`): a modifier inside a subject list (slot31). */
function hasParticiple(ctx: Ctx, k: number): boolean {
  const w = ctx.s.tokens[k]?.norm ?? '';
  if (cueWords(ctx.lex, 'loyal_participle').has(w)) return true;
  return w.startsWith('ال') && ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1 && x.patterns[0]!.pos === 'verb');
}

/** The group right after a word `word` accepts (by token index) within a few words after `from` ("… with Israel across the border"). */
function groupAfter(ctx: Ctx, from: number, word: (k: number) => boolean): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 6); k++) {
    if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',' || toks[k]!.text === '،' || ctx.inMention[k]) return undefined;
    if (!word(k)) continue;
    const i = firstMentionAfter(ctx.s.mentions, k + 1);
    const m = ctx.s.mentions[i];
    if (!m || freeWords(ctx, k + 1, m.tok0) > 1 || hasBoundary(toks, k + 1, m.tok0)) return undefined;
    return groupFrom(ctx.s.mentions, i);
  }
  return undefined;
}

/** "ويقاتل X …، فيما يتبادل القصف مع Y": a verb opening a "فيما/بينما" clause with no subject of its own shares the sentence's first one (alone: "X إلى جانب Z" is no joint subject). */
function mainSubject(ctx: Ctx, verb: number): Group | undefined {
  if (!/^(فيما|بينما)$/.test(nth(ctx.s.tokens, verb - 1)?.norm ?? '')) return undefined;
  const i = ctx.s.mentions.findIndex((m) => m.tok1 <= verb && !prepOf(ctx, m) && actor(ctx.lex, m));
  return i >= 0 ? [ctx.s.mentions[i]!] : undefined;
}

/**
 * The parties of a clash noun's "between" list (np31): `اندلعت اشتباكات، مساء أمس الإثنين، بين حركة «رجال الكرامة»
 * وعناصر من فرع الأمن العسكري`, "Clashes broke out on Monday between the SDF and government forces": the noun (cues.csv
 * `clash_noun`) is a mutual act of the pair after بين/"between", past a verb of breaking out and a time adjunct (no
 * other name, trigger or sentence boundary between); a second member given as "fighters/members of X" (`وعناصر من X`)
 * is X. Undefined when T is no clash noun or no pair of two follows; empty when a party is a compound's first part.
 */
function clashBetween(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  const clash = cueWords(ctx.lex, 'clash_noun');
  // (any word of the trigger: "heavy clashes", `اشتباكات عنيفة`; a proclitic read off: `واشتباكات`)
  let isClash = false;
  for (let k = T.tok0; k < T.tok1 && !isClash; k++) isClash = clash.has(toks[k]!.norm) || clash.has(toks[k]!.norm.replace(/^[وفب]/, ''));
  if (!isClash) return undefined;
  const ms = ctx.s.mentions;
  for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 10); k++) {
    if (ctx.inMention[k] || /^[.;؛:]$/.test(toks[k]!.text)) return undefined;
    if (k > T.tok1 && ctx.s.triggers.some((x) => x.tok0 === k)) return undefined;
    if (!betweenAt(ctx, k)) continue;
    const i = firstMentionAfter(ms, k + 1);
    const m = ms[i];
    if (!m || freeWords(ctx, k + 1, m.tok0) > 1 || hasBoundary(toks, k + 1, m.tok0)) return undefined;
    const g = groupFrom(ms, i);
    if (g.length === 1) {
      // ("بين حركة X وعناصر من Y", "between X and members of Y": a partitive head and من/of before the second)
      const n = ms[i + 1];
      const gap: number[] = [];
      if (n) for (let j = m.tok1; j < n.tok0; j++) if (!isQuote(toks[j])) gap.push(j);
      const w = (j: number) => toks[j]!.norm;
      const joined =
        gap.length >= 2 &&
        gap.length <= 4 &&
        (w(gap[0]!) === 'and' || w(gap[0]!).startsWith('و')) &&
        /^(من|of)$/.test(w(gap[gap.length - 1]!)) &&
        gap.slice(0, -1).every((j, x) => (x === 0 && w(j) === 'and') || w(j) === 'the' || !!hasCue(ctx, j, 'partitive') || !!hasCue(ctx, j, 'military'));
      if (joined) g.push(n!);
    }
    // ("Turkish-backed factions": a compound's first part is no party; the clash is still read, with no triple)
    if (g.some((x) => compoundPart(ctx, x))) return [];
    return g.length >= 2 ? g : undefined;
  }
  return undefined;
}

/**
 * `تشهد خطوط التماس بين «قسد» و«الجيش الوطني» قصفاً متبادلاً`: the pair of "between" in the subject before a mutual
 * attack noun (the front between them sees mutual shelling; solo51). Arabic; no comma or boundary between.
 */
function betweenBefore(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 16; k--) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || t.text === '،' || t.text === ',') return undefined;
    if (ctx.inMention[k] || !betweenAt(ctx, k)) continue;
    const g = groupAfter(ctx, k, (j) => j === k);
    return g && g.length >= 2 && g[g.length - 1]!.tok1 <= T.tok0 ? g : undefined;
  }
  return undefined;
}

/** The parties of a mutual attack at T (and the token of its trading verb, -1 when none), or undefined when T is not told as mutual. */
function mutualParties(ctx: Ctx, T: Trigger): { parties: Group; trade: number } | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // ("اشتباكات، أمس، بين A وB", "clashes broke out between A and B": a clash noun's pair, np31)
  const pair = clashBetween(ctx, T);
  if (pair) return { parties: pair, trade: -1 };
  // "القصف المتبادل بين A وB", "exchanges of fire between A and B"
  let after = T.tok1;
  // ("mutual accusations between A and B": the English adjective before the noun)
  const mutualAdj = ctx.lang === 'ar' ? AR_MUTUAL.test(nth(toks, after)?.norm ?? '') : /^(mutual|reciprocal)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '');
  if (mutualAdj && ctx.lang === 'ar') after++;
  const trade = tradeBefore(ctx, T);
  if (trade < 0 && !mutualAdj) return undefined;
  const between = groupAfter(ctx, after, (k) => betweenAt(ctx, k)) ?? (mutualAdj ? betweenBefore(ctx, T) : undefined);
  if (between) return { parties: between, trade };
  let subj: Group | undefined;
  if (trade >= 0) {
    // VSO: "تبادلت القوات التركية و«قسد» القصف"
    const inside = ms.filter((m) => m.tok0 > trade && m.tok1 <= T.tok0);
    if (ctx.lang === 'ar' && inside.length) subj = groupFrom(ms, ms.indexOf(inside[0]!));
    // (a participle's agent is no party; a list member after it is: `فصائل X المدعومة من تركيا و«قسد»`, slot31)
    if (ctx.lang === 'ar' && subj && subj.length < 2) {
      const own = inside.filter((m) => !prepOf(ctx, m) && actor(ctx.lex, m));
      if (own.length >= 2) subj = own;
    }
    else subj = ctx.lang === 'en' ? leftGroup(ctx, trade, 3) : mainSubject(ctx, trade) ?? verbArgs(ctx, { tok0: trade, tok1: trade + 1, start: toks[trade]!.start, end: toks[trade]!.end }, true).subj;
  }
  const other = groupAfter(ctx, after, (k) => WITH.has(toks[k]!.norm)) ?? [];
  const all = [...(subj ?? []), ...other];
  return all.length >= 2 ? { parties: all, trade } : undefined;
}

/**
 * A mutual attack: every party attacked every other one. undefined when T is not told as mutual (the ordinary frame
 * reads it); true when it is (whatever was emitted: a mutual act is never read one-sided).
 */
export function mutualFire(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const mutual = mutualParties(ctx, T);
  if (!mutual) return undefined;
  const g = mutual.parties.filter((m) => actor(ctx.lex, m));
  // (the parties of a mutual attack do not back each other in the same sentence: the participle's agent list ran into
  // the next party, `فصائل X المدعومة من تركيا و«قسد»`; slot31)
  const ids = new Set(g.map((m) => actor(ctx.lex, m)?.entity));
  for (let i = ctx.out.length - 1; i >= 0 && p.relation === 'attacked'; i--) {
    const r = ctx.out[i]!;
    if (r.evidence.start !== ctx.s.start) break;
    if (r.relation === 'supported' && ids.has(r.source) && ids.has(r.target)) ctx.out.splice(i, 1);
  }
  const start = ctx.out.length;
  for (const a of g) for (const b of g) if (a !== b) emit(ctx, T, p.relation, a, b, attrs, false);
  // an exchange still going on ("have traded fire since 8 October", "this week", "يتبادل … منذ") is a state at the
  // time of writing: dated at publication, not from the day it began
  if (ongoing(ctx, mutual.trade)) atPublication(ctx, start);
  ctx.groups.push(g);
  return true;
}

const ONGOING = /\b(since|this week|near-daily|daily)\b|منذ|هذا الأسبوع|الأسبوع الجاري|يومي/i;

/** Is the exchange whose trading verb is at `trade` (-1: none) told as still going on? */
function ongoing(ctx: Ctx, trade: number): boolean {
  const toks = ctx.s.tokens;
  const w = nth(toks, trade)?.norm ?? '';
  if (/^[وف]?[يت]تبادل/.test(w) || /^(trade|trades|trading)$/.test(w) || /^(has|have)$/.test(nth(toks, trade - 1)?.norm ?? '') || /^(has|have)$/.test(nth(toks, trade - 2)?.norm ?? '')) return true;
  return ONGOING.test(ctx.doc.article.text.slice(ctx.s.start, ctx.s.end));
}

const AR_REACH = /^[وف]?(طال|طالت|يطال|تطال|طاول|طاولت|يطاول)$/;
const AR_SOME = /^[وف]?بعض(ها|هم)?$/;
// (AR_ATTACK_NOUNS: the `attack_noun_ar` word cue of data/lexicon/cues.csv, branch words31)

/** "الضربات" with no doer of its own: the attacks told last in the article (the doer of the last attacked relation). */
function lastAttacker(ctx: Ctx, noun: Trigger): Mention | undefined {
  if (!ctx.s.tokens[noun.tok0]!.norm.startsWith('ال')) return undefined;
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'attacked') continue;
    const e = ctx.lex.entities.get(r.source);
    return e && mention(noun.tok0, noun.tok1, noun.start, noun.end, e.id, e.kind, 'anaphor', false, '');
  }
  return undefined;
}

/**
 * "وطالت الغارات الإسرائيلية مطار X", "الضربات طالت مستودعات …": the attack reached X, done by the noun's own doer (its
 * nisba, else the last attacker told). The verb (طال) is an attack only with an attack noun as its subject ("طال
 * انتظار", "طالت العقوبات" are none: true, no triple); "غارات …، طال بعضها X" (some of them) is read by verbArgs.
 */
export function reachedBy(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || !AR_REACH.test(toks[T.tok0]!.norm)) return undefined;
  if (AR_SOME.test(nth(toks, T.tok1)?.norm ?? '')) return undefined;
  const attackNoun = (x: Trigger) => x !== T && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun');
  // (VSO: the noun right after the verb is no trigger of its own any more, sentence.ts withoutSubjectNouns)
  const k = T.tok1 + (isQuote(toks[T.tok1]) ? 1 : 0);
  const after = cueWords(ctx.lex, 'attack_noun_ar').has(nth(toks, k)?.norm ?? '') ? { ...T, tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end } : undefined;
  const noun = after ?? ctx.s.triggers.find((x) => attackNoun(x) && x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 3 && !hasBoundary(toks, x.tok1, T.tok0));
  if (!noun) return true;
  const nisba = ctx.s.mentions.find((m) => m.via === 'demonym' && m.tok0 >= noun.tok1 && m.tok0 - noun.tok1 <= 1);
  const doer = (nisba && actor(ctx.lex, nisba)) ?? attackerOf(ctx, ctx.discourse, noun, []) ?? lastAttacker(ctx, noun);
  if (!doer) return true;
  const from = after ? Math.max(T.tok1, noun.tok1, nisba?.tok1 ?? 0) : T.tok1;
  const obj = objectGroup(ctx, from, p, new Set([doer.entity]));
  return obj?.length ? emitAll(ctx, T, p, [doer], obj, attrs) : true;
}

const AR_POSSESSED_ATTACK = /^[وف]?(قصف|استهداف|هجوم|هجمات|غارات|ضربات)(ها|هم|هما|ه)$/;

/**
 * "كثّفت القوات الحكومية والطائرات الروسية قصفها على مناطق في إدلب": an attack word with a pronoun suffix and "على"
 * after it is the verbal noun ("their shelling of"), not the verb with an object ("bombed it"); its doers are the
 * actors right before it (the governing verb's subject), its target what follows "على". undefined otherwise.
 */
export function possessedAttack(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || !/^(علي|على|ضد)$/.test(nth(toks, T.tok1)?.norm ?? '') || !AR_POSSESSED_ATTACK.test(toks[T.tok0]!.norm)) return undefined;
  const ms = ctx.s.mentions;
  const i = lastMentionBefore(ms, T.tok0);
  const m = ms[i];
  if (!m || freeWords(ctx, m.tok1, T.tok0) > 0 || prepOf(ctx, m)) return undefined;
  const g = groupTo(ms, i);
  // ("القوات الحكومية والطائرات الروسية": a demonym's noun joined by و to the name before)
  for (let j = ms.indexOf(g[0]!); j > 0 && g[0]!.via === 'demonym' && g[0]!.tok0 - ms[j - 1]!.tok1 === 1 && /^و../.test(toks[g[0]!.tok0 - 1]!.norm) && !prepOf(ctx, ms[j - 1]!); j--) g.unshift(ms[j - 1]!);
  const doers = g.filter((x) => actor(ctx.lex, x));
  const obj = objectGroup(ctx, T.tok1, p, new Set(doers.map((x) => x.entity)));
  return doers.length && obj?.length ? emitAll(ctx, T, p, doers, obj, attrs) : undefined;
}

const INSURGENCY = /^[وبل]?(insurgency|تمرد|تمردا|التمرد)$/;
const AGAINST_IT = /^(ضدها|ضده)$/;

/**
 * An insurgency is an attack (gold rule 10): "the PKK, which has waged an insurgency against the Turkish state since
 * 1984", `لحزب العمال الكردستاني الذي يخوض تمرداً ضد الدولة التركية`, `، وهو يخوض تمرداً مسلحاً ضد …`, `الذي يخوض
 * تمرداً ضدها` (the state named before): the insurgent is the nearest group or organisation before the noun with no
 * other actor between (a relative's antecedent keeps its preposition), the state the one after against/ضد; waged
 * "since" a date it is a state at publication (rule 6). undefined when the noun is no insurgency or a side is missing.
 */
export function insurgency(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (!INSURGENCY.test(toks[T.tok0]!.norm)) return undefined;
  const i = lastMentionBefore(ms, T.tok0);
  const m = ms[i];
  const doer = m && T.tok0 - m.tok1 <= 8 ? actor(ctx.lex, m) : undefined;
  if (!m || !doer || !/^(armed_group|organization)$/.test(doer.kind)) return undefined;
  // ("ويخوض الحزب، الذي تصنفه … الاتحاد الأوروبي منظمة إرهابية، تمرداً": a name inside a relative clause the noun is
  // outside of is no insurgent; the reading of the verb's own subject stands)
  if (ctx.inRelative[m.tok0] && !ctx.inRelative[T.tok0]) return undefined;
  if (/^[,،]$/.test(toks[T.tok0 - 1]?.text ?? '')) return undefined;
  const rel = toks.slice(m.tok1, T.tok0).some((t) => /^(which|who|that|الذي|التي|وهو|وهي|هو|هي)$/.test(t.norm));
  if (prepOf(ctx, m) && !rel) return undefined;
  // the state: after against/ضد (past an adjective: "armed"), or `ضدها`: the first state named in the sentence
  let target: Mention | undefined;
  let end = T.tok1;
  for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 3) && !target; k++) {
    if (AGAINST_IT.test(toks[k]!.norm)) {
      const s0 = ms.find((x) => x.tok1 <= m.tok0 && actor(ctx.lex, x)?.kind === 'country' && !prepOf(ctx, x));
      if (s0) target = mention(k, k + 1, toks[k]!.start, toks[k]!.end, actor(ctx.lex, s0)!.entity, 'country', 'anaphor', false, '');
      end = k + 1;
    } else if (AGAINST.test(toks[k]!.norm)) {
      const x = ms.find((y) => y.tok0 > k && y.tok0 - k <= 3);
      const a = x ? actor(ctx.lex, x) : undefined;
      if (x && a?.kind === 'country') {
        target = a;
        end = x.tok1;
      }
    }
  }
  if (!target || target.entity === doer.entity) return undefined;
  const n = ctx.out.length;
  const ok = emitAll(ctx, T, p, [doer], [target], attrs);
  if (toks.slice(end, end + 2).some((t) => /^(since|منذ)$/.test(t.norm))) atPublication(ctx, n);
  return ok;
}

/**
 * Victims named before the attack that killed them (Arabic; np36, batches 28–30's drone strikes): `قُتل عنصران من «قسد»
 * وأصيب ثالث بجروح، مساء أمس، جراء استهداف طائرة مسيّرة تركية سيارة عسكرية`, `قُتل عنصران من «قسد» بغارة لطائرة مسيّرة
 * تركية`: a killing verb (cues.csv `killed_word`), then within three words a group after a members' noun and من
 * (`partitive`) or as its genitive (`من عناصر «حزب الله»`), then, within sixteen words and one sentence, an attack noun after a cause word (`جراء`, `إثر`, `بسبب`,
 * `عقب`, `في`) or with the proclitic ب, whose doer is the demonym of the vehicle or force right after it (past its
 * `state_head` words, `لطائرة مسيّرة تركية`): the doer attacked the group, as in English "Two SDF fighters were killed in a
 * Turkish drone strike" (frames.ts killing).
 */
export function victimsBeforeAttack(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const killed = cueWords(ctx.lex, 'killed_word');
  const pattern = s.triggers.find((x) => x.patterns.some((q) => q.relation === 'attacked'))?.patterns.find((q) => q.relation === 'attacked');
  if (!pattern) return;
  for (let k = 0; k + 3 < toks.length; k++) {
    if (!killed.has(toks[k]!.norm)) continue;
    // the victims: members of a group right after the verb
    const i = firstMentionAfter(ms, k + 1);
    const m = i >= 0 ? ms[i] : undefined;
    if (!m || m.tok0 - k > 5 || ctx.lex.entities.get(actor(ctx.lex, m)?.entity ?? '')?.kind !== 'armed_group') continue;
    let b = m.tok0 - 1;
    while (b > k && isQuote(toks[b])) b--;
    // (`عنصران من «قسد»`, or the members' noun as the name's genitive, `ثلاثة من عناصر «حزب الله»`)
    if (!(toks[b]?.norm === 'من' && hasCue(ctx, b - 1, 'partitive')) && !hasCue(ctx, b, 'partitive')) continue;
    // the attack noun after a cause word or with ب
    const A = s.triggers.find((x) => x.tok0 > m.tok1 && x.tok0 - m.tok1 <= 16 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') && (/^(جراء|اثر|بسبب|عقب|في)$/.test(toks[x.tok0 - 1]?.norm ?? '') || /ب/.test(x.clitics)));
    if (!A || hasBoundary(toks, m.tok1, A.tok0)) continue;
    // its doer: a demonym after it, past state_head words and the ل of a genitive (`لطائرة مسيّرة تركية`)
    let j = A.tok1;
    while (j < toks.length && j - A.tok1 < 3 && hasCue(ctx, j, 'state_head') && !ctx.inMention[j]) j++;
    // (the adjective may also read as the country's name, `تركية`)
    const d = ms.find((x) => x.tok0 === j && (x.via === 'demonym' || x.via === 'name') && x.kind === 'country' && x.tok1 === j + 1);
    const a = d ? actor(ctx.lex, d) : undefined;
    if (!d || !a || a.kind !== 'country' || j === A.tok1) continue;
    const T = { ...A, patterns: [pattern] } as Trigger;
    emit(ctx, T, 'attacked', d, m, {}, false);
  }
}

/**
 * An attack on a state's diplomatic mission is an attack on that state (np36, diagnosis-batch31 #87; batch 13): "An
 * Israeli strike on Iran's consulate in Damascus", "struck the Iranian embassy", `غارة إسرائيلية قد دمّرت مبنى القنصلية
 * الإيرانية في دمشق`: a mission word (cues.csv `mission_building`) within five words after an attack trigger of the
 * sentence, owned by a possessive name right before it or a demonym right after (Arabic) or before it (English), gives the
 * sentence's one attacker (its `attacked` records so far) an attack on the owner.
 */
export function missionAttack(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'mission_building', true)) return;
  const { s } = ctx;
  const toks = s.tokens;
  const own = ctx.out.slice(before).filter((r) => r.relation === 'attacked' && r.evidence.start === s.start);
  const doers = new Set(own.map((r) => r.source));
  if (doers.size !== 1) return;
  const doer = [...doers][0]!;
  const words = cueWords(ctx.lex, 'mission_building');
  const attacks = s.triggers.filter((x) => x.patterns.some((q) => q.relation === 'attacked'));
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    if (!words.has(w) && !(ctx.lang === 'ar' && /^[وفب]/.test(w) && words.has(w.slice(1)))) continue;
    const T = [...attacks].reverse().find((x) => x.tok1 <= k && k - x.tok1 <= 5 && !hasBoundary(toks, x.tok1, k));
    if (!T) continue;
    let owner: string | undefined;
    const poss = s.mentions.find((m) => m.tok1 === k && m.kind === 'country');
    if (poss && ctx.lang === 'en' && /['’]s?$/.test(toks[k - 1]!.text)) owner = poss.entity;
    if (!owner && ctx.lang === 'ar') owner = arabicDemonyms(ctx).get(nth(toks, k + 1)?.norm.replace(/^ال/, '') ?? '');
    if (!owner && ctx.lang === 'en') owner = demonymEntity(ctx.lex, nth(toks, k - 1)?.norm ?? '');
    if (!owner || owner === doer) continue;
    const src = s.mentions.find((m) => m.start - s.start === own[0]!.evidence.sourceSpan[0]) ?? s.mentions.find((m) => actor(ctx.lex, m)?.entity === doer);
    const e = ctx.lex.entities.get(owner);
    if (!src || !e) continue;
    const t = toks[k]!;
    emit(ctx, T, 'attacked', src, mention(k, k + 1, t.start, t.end, e.id, e.kind, 'demonym', false, ''), {}, false);
  }
}
