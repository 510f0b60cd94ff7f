/**
 * Meetings, visits, calls and envoys (the relation audit of met/hosted/visited/phoned/sent_envoy, branch `met16`):
 * frames read from the whole sentence, each gated on a cue kind of `cues.csv`.
 */
import { type Mention, mentionOf, mentionOn, type Sentence, sentenceWith, type Trigger } from '../doc.ts';
import { actor, AR_PREP_TOKENS, BOUNDARY, type Ctx, cueTrigger, firstMentionAfter, freeWords, groupFrom, hasBoundary, hasCue, meetingHost, nth, onlyTitles, prepOf, verbPattern } from './ctx.ts';
import { cueWords } from '../lexicon.ts';
import { leftGroup, nounArgs, verbArgs } from './args.ts';
import { emit } from './emit.ts';
import { withCounterpart } from './structure.ts';
import { isHypothetical, isNegated, isPlanned } from './guards.ts';
import { mapped } from '../packed.ts';

/** Verbs of carrying or handing over a message (normalised, proclitic و/ف removed): the carrier is their subject. */
const CARRY = new Set([
  ...['نقل', 'نقلت', 'ينقل', 'تنقل', 'سلم', 'سلمت', 'يسلم', 'حمل', 'حملت', 'يحمل', 'تحمل', 'حاملا', 'حامله', 'اوصل', 'اوصلت', 'يوصل'],
  ...['delivered', 'delivers', 'deliver', 'delivering', 'carried', 'carries', 'carry', 'carrying', 'conveyed', 'conveys', 'conveying', 'handed', 'hands', 'handing', 'bearing', 'brought', 'brings', 'passed'],
]);
const RELATIVE = new Set(['الذي', 'التي', 'who']);
const FROM = new Set(['من', 'from']);

/** Token `k`'s word without a proclitic و/ف (Arabic). */
function bare(ctx: Ctx, k: number): string {
  const w = nth(ctx.s.tokens, k)?.norm ?? '';
  return ctx.lang === 'ar' && /^[وف]/.test(w) && !CARRY.has(w) ? w.slice(1) : w;
}

/**
 * "ونقل X إلى الأسد رسالة من الرئيس Y", "وسلّم X الرئيس الجزائري رسالة من Y", "X، الذي نقل إليه رسالة من Y", "X delivered
 * a message from Y", "X, who carried a letter from Y": the one who carries another's message (a `message` cue after a
 * carrying verb, its sender after من/from) is that sender's envoy: Y sent_envoy X. A message received (`تلقى رسالة`,
 * "received a letter from") has no carrier named, and is nothing here.
 */
export function messageEnvoys(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const pattern = verbPattern(ctx, 'sent_envoy');
  if (!pattern) return;
  for (const c of ctx.byKind.get('message') ?? []) {
    // the sender: the mention right after من/from, past at most one adjective of the message ("رسالة خطية من") and a title
    let f = c.tok1;
    if (!FROM.has(toks[f]?.norm ?? '') && !s.mentions.some((m) => m.tok0 === f)) f++;
    if (!FROM.has(toks[f]?.norm ?? '')) continue;
    const sender = s.mentions.find((m) => m.tok0 > f && m.tok0 - f <= 4 && (m.tok0 === f + 1 || onlyTitles(ctx, f + 1, m.tok0)));
    // the carrying verb: at most six words before the message, in its clause, names not counted (a long name and the
    // recipient's title between: `ونقل أمير عبد اللهيان إلى ولي العهد السعودي رسالة`, pred32)
    let v = -1;
    for (let k = c.tok0 - 1; k >= 0 && c.tok0 - k <= 12 && freeWords(ctx, k + 1, c.tok0) <= 5 && v < 0; k--) if (CARRY.has(bare(ctx, k)) && !ctx.inMention[k]) v = k;
    if (!sender || v < 0 || hasBoundary(toks, v, c.tok0)) continue;
    const T = cueTrigger({ tok0: v, tok1: v + 1, start: toks[v]!.start, end: toks[v]!.end }, pattern);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    let carrier: Mention | undefined;
    // (a relative clause: its antecedent, before the pronoun and its comma)
    if (RELATIVE.has(bare(ctx, v - 1))) {
      const end = toks[v - 2]?.text === '،' || toks[v - 2]?.text === ',' ? v - 2 : v - 1;
      carrier = s.mentions.find((m) => m.tok1 === end);
    } else {
      // (an unknown name right after the verb is its subject: "ونقل الأعرجي إلى الأسد رسالة" is no one's here, not a
      // subject carried from before, nor the one the message is carried to)
      const w = toks[v + 1];
      if (ctx.lang === 'ar' && w?.word && !ctx.inMention[v + 1] && !AR_PREP_TOKENS.has(w.norm) && !/^(اليه|اليها|اليهم|له|لها)$/.test(w.norm)) continue;
      carrier = verbArgs(ctx, T, true).subj?.[0];
      if (carrier && carrier.tok0 > v && prepOf(ctx, carrier)) continue;
    }
    const a = carrier && actor(ctx.lex, carrier);
    const b = actor(ctx.lex, sender);
    if (!a || !b || a.kind !== 'person' || a.entity === b.entity || carrier!.tok0 >= c.tok0) continue;
    emit(ctx, T, 'sent_envoy', sender, carrier!, isPlanned(ctx, T, pattern) ? { mode: 'planned' } : {}, false);
  }
}

const ROUND = /^[وفبل]?(ال)?جول(ه|ات|ت)/;
/**
 * "جولة جديدة من المحادثات في أستانا", `جولتها الثامنة عشرة من المحادثات`: a round (`جولة`) with a meeting noun within
 * three words after it is a round of talks, no tour: its visit trigger is dropped before the frames (Arabic).
 */
export function withoutRounds(s: Sentence): Sentence {
  const round = (T: Trigger) =>
    T.patterns.every((p) => p.relation === 'visited' && p.pos === 'noun') &&
    ROUND.test(s.tokens[T.tok0]!.norm) &&
    s.triggers.some((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 3 && x.patterns[0]!.relation === 'met' && !hasBoundary(s.tokens, T.tok1, x.tok0));
  return s.triggers.some(round) ? sentenceWith(s, s.mentions, s.triggers.filter((T) => !round(T)), s.cues) : s;
}

const GATHER_AR = /^(جمع|يجمع|تجمع|ضم|يضم|تضم)(ت)?(ه|ها|هما|هم)?$/;
/**
 * slot40: a host relative opening at token k right after a meeting noun (Arabic: a hosting verb carrying the meeting's
 * pronoun, `استضافته`, then the host; English "hosted by" and the host), then, within ten tokens past a date or place
 * and with no comma, boundary or other name between, a gathering verb joined by و/"and"/"that" (`وجمع`, `وضم`, "and
 * brought together", "that included"): the hosting trigger, the host and the gathering verb's span.
 */
function hostRelativeAt(ctx: Ctx, k: number): { H: Trigger; host: Mention; v: number; end: number } | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const H = s.triggers.find((x) => x.tok0 === k && x.patterns.some((q) => q.relation === 'hosted' && q.pos === 'verb'));
  const host = H && meetingHost(ctx, H);
  if (!host) return undefined;
  const inDate = (i: number) => s.dates.some((d) => d.start <= toks[i]!.start && toks[i]!.end <= d.end);
  for (let i = host.tok1; i < toks.length && i - host.tok1 <= 10; i++) {
    const t = toks[i]!;
    if (t.text === '،' || t.text === ',' || BOUNDARY.has(t.text)) return undefined;
    if (ctx.lang === 'ar' && /^و/.test(t.norm) && GATHER_AR.test(t.norm.slice(1))) return { H, host, v: i, end: i + 1 };
    if (ctx.lang === 'en' && /^(and|that|which)$/.test(t.norm)) {
      if (/^(brought|bringing)$/.test(toks[i + 1]?.norm ?? '') && toks[i + 2]?.norm === 'together') return { H, host, v: i + 1, end: i + 3 };
      if (cueWords(ctx.lex, 'include_verb').has(toks[i + 1]?.norm ?? '')) return { H, host, v: i + 1, end: i + 2 };
      return undefined;
    }
    // (a place of the meeting may stand between: `في موسكو`, "in Moscow"; no other name)
    if (ctx.inMention[i] && !inDate(i) && !s.mentions.some((m) => m.tok0 <= i && i < m.tok1 && m.kind === 'place')) return undefined;
  }
  return undefined;
}

/**
 * "قمة طهران التي جمعت A بالرئيسين B وC", "لقاء جمعه بـX", "a summit that brought together A, B and C": a meeting noun
 * whose verb of gathering (`جمع`, "brought together") follows it (past التي/الذي, that/which) is the meeting of every
 * actor named after that verb in its clause (up to a comma or the sentence's end), and of the one its suffix pronoun
 * stands for (`جمعه`: the last person named before it). Every pair met.
 */
export function gatheredMeetings(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'met' && q.pos === 'noun');
    if (!p) continue;
    // (past the place of the meeting, "قمة طهران التي", and the relative pronoun)
    let k = T.tok1;
    // ("محادثات في موسكو ضمت …", "talks in Moscow that included …": the place may take its preposition)
    if (/^(في|in)$/.test(toks[k]?.norm ?? '') && s.mentions.some((m) => m.tok0 === k + 1 && m.kind === 'place')) k++;
    const place = s.mentions.find((m) => m.tok0 === k && m.kind === 'place');
    if (place) k = place.tok1;
    else if (toks[k - 1]?.norm === 'في' || toks[k - 1]?.norm === 'in') k--;
    if (/^(التي|الذي|that|which)$/.test(toks[k]?.norm ?? '')) k++;
    let v = -1;
    let end = k;
    if (ctx.lang === 'ar' && GATHER_AR.test(bare(ctx, k))) [v, end] = [k, k + 1];
    else if (ctx.lang === 'en' && /^(brought|bringing|brings|bring)$/.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'together') [v, end] = [k, k + 2];
    // ("talks that included A and B", "a meeting involving A, B and C": the members follow)
    else if (ctx.lang === 'en' && cueWords(ctx.lex, 'include_verb').has(toks[k]?.norm ?? '')) [v, end] = [k, k + 1];
    // (slot40: past a host relative, `اجتماع استضافته موسكو في العاشر من أيار/مايو وجمع وزراء خارجية …`, "a meeting hosted
    // by Moscow on May 10 that brought together …": the gathering verb after it, the host receives the members)
    const hosted = v < 0 ? hostRelativeAt(ctx, k) : undefined;
    if (hosted) [v, end] = [hosted.v, hosted.end];
    if (v < 0 || isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const parts: Mention[] = [];
    const add = (m: Mention | undefined) => {
      // (a place is where, not who: "في موسكو")
      const a = m && m.kind !== 'place' && actor(ctx.lex, m);
      if (a && !parts.some((x) => actor(ctx.lex, x)!.entity === a.entity)) parts.push(m!);
    };
    // (the suffix pronoun: the last person named before the verb)
    if (ctx.lang === 'ar' && /(ه|ها|هما|هم)$/.test(bare(ctx, v)) && !/^(جمع|يجمع|تجمع)$/.test(bare(ctx, v))) add([...s.mentions].reverse().find((m) => m.tok1 <= T.tok0 && m.kind === 'person'));
    // (members follow one another: between two, a date, a title, "and", or a comma followed by the next name)
    let from = end;
    // (a date right after the verb is passed over: "ضمت مطلع نيسان/أبريل الجاري نواب وزراء …")
    const inDate = (j: number) => s.dates.some((d) => d.start <= toks[j]!.start && toks[j]!.end <= d.end);
    while (from < toks.length && (inDate(from) || (/^(مطلع|اوايل|اواخر|منتصف|الجاري|الماضي|on|last|early|late)$/.test(toks[from]!.norm) && s.dates.some((d) => Math.abs(d.start - toks[from]!.end) <= 2 || Math.abs(toks[from]!.start - d.end) <= 2)))) from++;
    // (and a role group's words: "the deputy foreign ministers of A, B and C")
    const role = ctx.byKind.get('role_group')?.find((c) => c.tok0 >= from && c.tok0 - from <= 1);
    if (role) from = role.tok1;
    for (const m of s.mentions) {
      if (m.tok0 < from) continue;
      const gap = toks.slice(from, m.tok0);
      if (hasBoundary(toks, from, m.tok0) || gap.some((t) => t.text === '،') || freeWords(ctx, from, m.tok0) > 4) break;
      if (gap.some((t) => t.text === ',') && !gap.every((t) => t.text === ',' || /^(and|the)$/.test(t.norm))) break;
      add(m);
      from = m.tok1;
    }
    if (parts.length < 2) continue;
    const attrs: Record<string, string> = isPlanned(ctx, T, p) ? { mode: 'planned' } : {};
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) emit(ctx, T, 'met', parts[i]!, parts[j]!, attrs, false);
    // (the host receives each member but its own: emit drops a state hosting its own minister)
    if (hosted) for (const m of parts) emit(ctx, hosted.H, 'hosted', hosted.host, m, attrs, false);
  }
}

/**
 * Arabic visit nouns with their visitor told apart from the noun: `زيارة (مرتقبة) للرئيس X إلى Y`, `أول زيارة لـX إلى
 * Y` (the visitor introduced by لـ, the place by إلى right after it), and `زيارته الإمارات` (a suffix pronoun as the
 * visitor, the place a bare object right after the noun). X visited Y; a plan word right after the noun (`مرتقبة`)
 * makes it planned.
 */
export function visitNouns(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'visited' && q.pos === 'noun');
    if (!p || !/^[وفبل]?(ال)?زيار/.test(toks[T.tok0]!.norm) || isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const ms = s.mentions;
    let visitor: Mention | undefined;
    let place: Mention | undefined;
    if (T.suffix) {
      place = ms.find((m) => m.tok0 === T.tok1 && !m.clitics && (m.kind === 'place' || m.kind === 'country'));
      visitor = place && nounArgs(ctx, T).subj?.[0];
    } else if (!toks[T.tok0]!.norm.replace(/^[وفبل]/, '').startsWith('ال')) {
      // the visitor: the first actor after the noun, its لـ on the name or on the title before it, past adjectives
      const v = ms.find((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 4);
      const lam = v && (/ل/.test(v.clitics) || toks.slice(T.tok1, v.tok0).some((t) => /^لل/.test(t.norm)));
      const gap = v ? toks.slice(T.tok1, v.tok0) : [];
      if (v && lam && gap.every((t) => t.word && !AR_PREP_TOKENS.has(t.norm)) && actor(ctx.lex, v)) {
        place = ms.find((m) => m.tok0 >= v.tok1 && m.tok0 - v.tok1 <= 1 && prepOf(ctx, m) === 'الي' && (m.kind === 'place' || m.kind === 'country'));
        if (place) visitor = v;
      }
    }
    if (!visitor || !place) continue;
    const planned = isPlanned(ctx, T, p) || ctx.byKind.get('plan')?.some((c) => c.tok0 === T.tok1);
    emit(ctx, T, 'visited', visitor, place, planned ? { mode: 'planned' } : {}, true);
  }
}

/**
 * "X met Y in Damascus on Monday, in a visit aimed at …", `استقبل X Y في دمشق، في زيارة تأتي …`: a visit noun in an
 * adjunct after a comma, with no place of its own, is the visit of the meeting's or reception's party who is not at
 * home (a guest received; of the two who met, the one whose country is not the place's) to the place that clause names
 * with في/in.
 */
export function visitAdjunct(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'visited' && q.pos === 'noun');
    if (!p || T.suffix) continue;
    let k = T.tok0 - 1;
    if (/^(a|an)$/.test(toks[k]?.norm ?? '')) k--;
    if (!/^(in|on|في)$/.test(toks[k]?.norm ?? '') || !/^[,،]$/.test(toks[k - 1]?.text ?? '')) continue;
    if (s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 2 && /^(to|الي)$/.test(prepOf(ctx, m) ?? ''))) continue;
    const place = [...s.mentions].reverse().find((m) => m.tok1 < k && (m.kind === 'place' || m.kind === 'country') && /^(in|في)$/.test(prepOf(ctx, m) ?? ''));
    if (!place) continue;
    const here = ctx.lex.entities.get(place.entity);
    const home = here?.kind === 'country' ? here.id : here?.country;
    const parties = new Set<string>();
    for (const r of ctx.out.slice(from)) {
      if (r.relation === 'hosted') parties.add(r.target);
      else if (r.relation === 'met') [r.source, r.target].forEach((x) => parties.add(x));
    }
    const away = [...parties].filter((x) => {
      const e = ctx.lex.entities.get(x);
      return e && x !== home && (e.kind === 'country' || e.country !== home);
    });
    const v = away.length === 1 ? s.mentions.find((m) => m.tok1 <= k && actor(ctx.lex, m)?.entity === away[0]) : undefined;
    if (v) emit(ctx, T, 'visited', v, place, {}, true);
  }
}

/**
 * `ودعا X Y، في اتصال هاتفي، إلى …`, `بحث A ونظيره B في اتصال هاتفي …`, "X told Y in a phone call that …": a call noun
 * in an adjunct (في/خلال/in/during) with no party of its own is the call of the clause it stands in: its subject
 * called the one its verb acted on, or, with a pair as subject and no object, the first of the pair called the second
 * (text order). Talks of the same pair told by that clause were the call, no meeting.
 */
export function callAdjunct(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'phoned' && q.pos === 'noun');
    if (!p) continue;
    let k = T.tok0 - 1;
    if (/^(a|an|the)$/.test(toks[k]?.norm ?? '')) k--;
    if (!/^(in|during|في|خلال)$/.test(toks[k]?.norm.replace(/^و/, '') ?? '')) continue;
    const party = s.mentions.find((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 5 && /^(with|to|مع|ب)$/.test(prepOf(ctx, m) ?? '') && !hasBoundary(toks, T.tok1, m.tok0));
    if (party) {
      // ("discussed … in a phone call with his Iraqi counterpart Fuad Hussein": the call noun's party, the clause's
      // subject its caller, when the noun gave none; pred36)
      if (!ctx.out.slice(from).some((r) => r.relation === 'phoned' && r.evidence.start === s.start) && actor(ctx.lex, party)) {
        const V = [...s.triggers].reverse().find((x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === 'met' && !hasBoundary(toks, x.tok1, k));
        const a = V && !isNegated(ctx, V) && !isHypothetical(ctx, V) ? verbArgs(ctx, V, false) : undefined;
        const subj = a && !a.passive ? a.subj?.filter((m) => actor(ctx.lex, m) && m.tok1 <= V!.tok0 + 8) : undefined;
        if (subj?.length === 1 && actor(ctx.lex, subj[0]!)!.entity !== actor(ctx.lex, party)!.entity) emit(ctx, T, 'phoned', subj[0]!, party, isPlanned(ctx, V!, V!.patterns[0]!) ? { mode: 'planned' } : {}, false);
      }
      callWithParty(ctx, from);
      continue;
    }
    const V = [...s.triggers].reverse().find((x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb' && !hasBoundary(toks, x.tok1, k));
    if (!V || isNegated(ctx, V) || isHypothetical(ctx, V)) continue;
    const a = verbArgs(ctx, V, false);
    let subj = a.passive ? undefined : a.subj?.filter((m) => actor(ctx.lex, m));
    // ("A ونظيره التركي B": the counterpart joined to the subject)
    const next = subj?.length === 1 ? s.mentions.find((m) => m.tok0 >= subj![0]!.tok1) : undefined;
    if (next && withCounterpart(ctx, [next])[0] === subj![0]) subj = [subj![0]!, next];
    if (!subj?.length || subj.length > 2) continue;
    let callee: Mention | undefined;
    if (subj.length === 2) callee = subj[1];
    else {
      const id = actor(ctx.lex, subj[0]!)!.entity;
      const r = ctx.out.slice(from).find((x) => x.source === id && x.relation !== 'phoned' && x.evidence.targetSpan[0] < T.start - s.start);
      callee = r ? s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0]) : undefined;
    }
    if (!callee || !actor(ctx.lex, callee)) {
      // (`بحث X في اتصال هاتفي، أمس السبت، مع نظيره Y`: the call already read with its party after the adjunct's date;
      // the talks of that pair were the call; solo50)
      callWithParty(ctx, from);
      continue;
    }
    const caller = actor(ctx.lex, subj[0]!)!.entity;
    const callee2 = actor(ctx.lex, callee)!.entity;
    // (the talks were the call)
    dropTalks(ctx, from, (a, b) => new Set([a, b, caller, callee2]).size === 2);
    emit(ctx, T, 'phoned', subj[0]!, callee, isPlanned(ctx, V, V.patterns[0]!) ? { mode: 'planned' } : {}, false);
  }
}

/**
 * `بحث X، في اتصال هاتفي مع نظيره Y، …`, "X discussed with Y in a phone call with …" (README 19a; branch pred36,
 * diagnosis-batch31 FP 99): a call adjunct that names its own party makes the call the clause's talks: a `met` of the
 * same pair as a `phoned` of the sentence is dropped.
 */
function callWithParty(ctx: Ctx, from: number): void {
  const calls = ctx.out.slice(from).filter((r) => r.relation === 'phoned' && r.evidence.start === ctx.s.start);
  if (!calls.length) return;
  dropTalks(ctx, from, (a, b) => calls.some((c) => new Set([c.source, c.target, a, b]).size === 2));
}

/** Drops the sentence's `met` records (from `from` on) of a pair `isCall` takes for a call's: the talks were the call. */
function dropTalks(ctx: Ctx, from: number, isCall: (source: string, target: string) => boolean): void {
  for (let i = ctx.out.length - 1; i >= from; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'met' || r.evidence.start !== ctx.s.start || !isCall(r.source, r.target)) continue;
    ctx.stative.delete(r);
    ctx.out.splice(i, 1);
  }
}

/**
 * "Assad received an invitation from King Salman", "received a letter from Putin": what is received is a message
 * (a `message` cue within three words after the verb, before any actor), no guest. True when the hosting verb T
 * receives a thing.
 */
export function receivedThing(ctx: Ctx, T: Trigger): boolean {
  const c = ctx.byKind.get('message')?.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 3);
  return !!c && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 < c.tok0);
}

/** Arabic adjectives of a meeting noun (`الثلاثي`, `الموسع`) that may stand between it and its joiner. */
const AR_ADJECTIVE = /^ال.+(ي|يه|ية|ع)$/;

/**
 * `وذكرت الرئاسة السورية أن اللقاء تناول العلاقات الثنائية`, "The meeting discussed bilateral ties" (ref33,
 * diagnosis-batch28 #118): a definite meeting noun (cues.csv `meeting_anaphor`; English after "the") with no name or
 * genitive of its own, as the subject of a topic verb right after it (cues.csv `topic`, "also" between), is the last
 * two-party event told: its two parties met. Undefined when the construction is not there.
 */
export function topicMeeting(ctx: Ctx, T: Trigger, attrs: Record<string, string>): boolean | undefined {
  const ev = ctx.lastEvent;
  if (!ev || T.tok1 - T.tok0 !== 1) return undefined;
  const toks = ctx.s.tokens;
  const w = toks[T.tok0]!.norm;
  if (!cueWords(ctx.lex, 'meeting_anaphor').has(w)) return undefined;
  if (ctx.lang === 'en' ? nth(toks, T.tok0 - 1)?.norm !== 'the' : !/^(ال|لل)/.test(w.replace(/^[وف]/, ''))) return undefined;
  let k = T.tok1;
  if (/^(also|كما)$/.test(toks[k]?.norm ?? '')) k++;
  if (ctx.inMention[k] || !hasCue(ctx, k, 'topic')) return undefined;
  const [a, b] = ev;
  if (!a || !b || a.entity === b.entity) return undefined;
  return emit(ctx, T, 'met', mentionOn(a, T), mentionOn(b, T), attrs, false) || undefined;
}

/**
 * A newcomer to the meeting just told: "Cavusoglu also took part in the meeting", "attended the talks", `وشارك في
 * الاجتماع الثلاثي X`, `وحضر الاجتماع X`, "The talks also included X". A participation verb (a `met` verb) or a definite
 * meeting noun (cues.csv `meeting_anaphor`) with no name or genitive of its own refers to the last two-party event, and
 * the joiner met each of its parties (not when the joiner is one of them). Undefined when the construction is not there.
 */
export function joinedMeeting(ctx: Ctx, T: Trigger, attrs: Record<string, string>): boolean | undefined {
  const ev = ctx.lastEvent;
  if (!ev) return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const words = cueWords(ctx.lex, 'meeting_anaphor');
  const p = T.patterns[0]!;
  let joiner: Mention[] | undefined;
  if (p.pos === 'verb') {
    // the meeting word: inside the trigger (`شارك في الاجتماع`) or right after it, past "in", "the", `في`
    let at = -1;
    for (let k = T.tok0; k < Math.min(toks.length, T.tok1 + 3); k++) {
      if (k >= T.tok1 && ctx.inMention[k]) break;
      if (words.has(toks[k]!.norm)) {
        at = k;
        break;
      }
      if (k >= T.tok1 && !/^(in|the|في)$/.test(toks[k]!.norm)) break;
    }
    // (Arabic VSO with the subject first: `وشارك X في المحادثات`)
    const vso = at < 0 && ctx.lang === 'ar' ? firstMentionAfter(ms, T.tok1) : -1;
    if (vso >= 0 && ms[vso]!.tok0 === T.tok1) {
      const g = groupFrom(ms, vso);
      const k = g[g.length - 1]!.tok1;
      if (toks[k]?.norm === 'في' && words.has(toks[k + 1]?.norm ?? '') && !ctx.inMention[k + 2] && !prepOf(ctx, g[0]!)) {
        at = k + 1;
        joiner = g;
      }
    }
    if (at < 0) return undefined;
    if (joiner) {
      // (found with the meeting word)
    } else if (ctx.lang === 'en') {
      // ("the meeting", not "a meeting in Geneva" nor "the meeting of the Arab League")
      if (toks[at - 1]?.norm !== 'the' || /^(of|between|with|on|hosted|that|which)$/.test(nth(toks, at + 1)?.norm ?? '') || ctx.inMention[at + 1]) return undefined;
      joiner = leftGroup(ctx, T.tok0, 4);
    } else {
      let k = at + 1;
      while (k < toks.length && !ctx.inMention[k] && AR_ADJECTIVE.test(toks[k]!.norm)) k++;
      // (slot40: a relative on the meeting word, `في القمة … التي استضافتها الرياض`, tells a meeting of its own, no
      // anaphor of the last event; its host is no joiner: attendhost.ts)
      const i = firstMentionAfter(ms, k);
      const m = i >= 0 ? ms[i]! : undefined;
      if (toks.slice(k, m ? m.tok0 : Math.min(toks.length, k + 6)).some((t) => /^(التي|الذي)$/.test(t.norm))) return undefined;
      // (VSO: the joiner after the meeting phrase, titles between; SVO: the subject before the verb)
      if (m && freeWords(ctx, k, m.tok0) <= 4 && !hasBoundary(toks, k, m.tok0) && !prepOf(ctx, m) && actor(ctx.lex, m)) joiner = groupFrom(ms, i);
      else if (!m || m.tok0 > k) joiner = leftGroup(ctx, T.tok0, 4);
      // (a genitive or a name of its own right after the meeting word is another meeting: `الاجتماع الوزاري العربي` passes, `اجتماع وزراء …` is no anaphor)
    }
  } else if (ctx.lang === 'en' && words.has(toks[T.tok0]!.norm) && nth(toks, T.tok0 - 1)?.norm === 'the') {
    // "The talks also included X"
    let k = T.tok1;
    if (toks[k]?.norm === 'also') k++;
    if (!/^(included|includes)$/.test(toks[k]?.norm ?? '')) return undefined;
    const i = firstMentionAfter(ms, k + 1);
    const m = i >= 0 ? ms[i]! : undefined;
    if (m && freeWords(ctx, k + 1, m.tok0) <= 4 && !hasBoundary(toks, k + 1, m.tok0)) joiner = groupFrom(ms, i);
  }
  const js = mapped(joiner ?? [], (m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m);
  if (!js.length || js.some((m) => ev.some((x) => x.entity === m.entity))) return undefined;
  let emitted = false;
  // (a compatriot of one party joins the other side's talks: "the talks also included the Saudi foreign minister" meets
  // the Iranian guest, not his own crown prince)
  const country = (m: Mention) => (m.kind === 'country' ? m.entity : ctx.lex.entities.get(m.entity)?.country);
  for (const a of js)
    for (const b of ev) if (!country(a) || country(a) !== country(b)) emitted = emit(ctx, T, 'met', a, mentionOn(b, T), attrs, false) || emitted;
  return emitted || undefined;
}

/**
 * "At a meeting in Amman on May 1, X agreed with his Jordanian, Saudi and Iraqi counterparts …", "A and B agreed during
 * talks in Moscow …", `اتفق A وB خلال لقائهما في عمّان على …`: a meeting noun in an adjunct (at/in/during, في/خلال/أثناء)
 * with no party of its own (no with/between/of, مع/بين after it) is the meeting of the parties of the joint act its
 * sentence tells (`agreed_with`, `coordinated_with`): every pair of them met (gold rule 3).
 */
export function meetingAdjunct(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const rounds = cueWords(ctx.lex, 'round_noun');
  const ordinals = cueWords(ctx.lex, 'round_ordinal');
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'met' || T.patterns[0]!.pos !== 'noun') continue;
    let k = T.tok0 - 1;
    // (np36, diagnosis-batch31 #73, batch 27: past a round of the talks, "during the fifth round of talks", `خلال الجولة
    // السابعة عشرة من محادثات أستانا`, or up to two modifiers, "at an Arab ministerial meeting")
    const roundOf = /^(of|من)$/.test(toks[k]?.norm ?? '');
    if (roundOf) {
      let r = k - 1;
      while (r > k - 4 && r >= 0 && !rounds.has(toks[r]!.norm) && toks[r]!.word && !ctx.inMention[r]) r--;
      if (r >= 0 && rounds.has(toks[r]!.norm)) k = r - 1;
    } else if (ctx.lang === 'en') for (let n = 0; n < 2 && /^([a-z]+al|arab|regional|ministerial|emergency|extraordinary|joint|trilateral|bilateral)$/.test(toks[k]?.norm ?? ''); n++) k--;
    // ("the fifth round (of talks)", "the latest round")
    if (ctx.lang === 'en') while (k > 0 && (ordinals.has(toks[k]!.norm) || /^[a-z]+th$/.test(toks[k]!.norm))) k--;
    if (/^(a|an|the|their)$/.test(toks[k]?.norm ?? '')) k--;
    if (!/^(at|in|during|في|خلال|اثناء)$/.test(toks[k]?.norm.replace(/^و(?=.)/, '') ?? '')) continue;
    if (s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 4 && /^(with|between|of|مع|بين|ب)$/.test(prepOf(ctx, m) ?? ''))) continue;
    // (the joint act is the clause's verb, no document named in a report: "said at a news conference … the Adana
    // agreement signed between Damascus and Ankara")
    const V = s.triggers.find((x) => x.patterns[0]!.pos === 'verb' && /^(agreed_with|coordinated_with)$/.test(x.patterns[0]!.relation));
    if (!V || isNegated(ctx, V) || isHypothetical(ctx, V)) continue;
    const [a, b] = V.tok0 < T.tok0 ? [V.tok1, T.tok0] : [T.tok1, V.tok0];
    if (ctx.byKind.get('speech')?.some((c) => c.tok0 >= a && c.tok1 <= b)) continue;
    const group: Mention[] = [];
    const at = (sp: [number, number], id: string): void => {
      if (group.some((x) => x.entity === id)) return;
      const m = s.mentions.find((x) => x.start - s.start === sp[0]);
      const e = ctx.lex.entities.get(id);
      if (m && e) group.push(m.entity === id ? m : mentionOf(m, id, e.kind, 'descriptor'));
    };
    for (const r of ctx.out.slice(from)) {
      if (r.evidence.start !== s.start || (r.relation !== 'agreed_with' && r.relation !== 'coordinated_with') || r.attrs?.mode) continue;
      at(r.evidence.sourceSpan, r.source);
      at(r.evidence.targetSpan, r.target);
    }
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) emit(ctx, T, 'met', group[i]!, group[j]!, {}, false);
  }
}
