/**
 * Relations: an agreement named by its document, whose parties follow a participle or a relative clause
 * ("a ceasefire agreed by A and B", "the agreement signed between A and B", `اتفاق أضنة الموقّع بين A و B`,
 * `الاتفاق الذي توصلت إليه مع روسيا`: the clause's subject and the one after مع).
 */
import type { Trigger } from '../doc.ts';
import { cueWords, type Pattern, stateOf } from '../lexicon.ts';
import { actor, AR_RELATIVE, betweenAt, BOUNDARY, type Ctx, cueTrigger, firstMentionAfter, type Group, groupFrom, hasBoundary, hasCue, nth, onlyTitles, prepOf, verbPattern } from './ctx.ts';
import { mentionAtSpan } from './presence.ts';
import { verbArgs } from './args.ts';
import { asStates, atPublication, emit, emitAll, pairsOf, redateSince } from './emit.ts';

// Participles that name the parties of a document after "by"/"between" (a mediator "brokers" alone: one agent is no pair).
// (EN_PARTICIPLE: the `agreement_participle` word cue of data/lexicon/cues.csv, branch words31)
// (AR_PARTICIPLE: the `agreement_participle` word cue of data/lexicon/cues.csv, branch words31)
/** Words that may stand between the document and its participle: auxiliaries ("was agreed by"). */
const EN_AUX = new Set(['was', 'were', 'been', 'is', 'had', 'has', 'being']);
/** Arabic relative pronouns. */

/** Two or more distinct actors named from token `k` on (the group that begins there). */
function partiesAt(ctx: Ctx, k: number): Group | undefined {
  const i = firstMentionAfter(ctx.s.mentions, k);
  // (a title may come first: "agreed by President Recep Tayyip Erdogan and President Vladimir Putin", diagnosis-batch26 #11)
  if (i < 0 || (ctx.s.mentions[i]!.tok0 !== k && !onlyTitles(ctx, k, ctx.s.mentions[i]!.tok0))) return undefined;
  const g = groupFrom(ctx.s.mentions, i).filter((m) => actor(ctx.lex, m));
  return new Set(g.map((m) => actor(ctx.lex, m)!.entity)).size >= 2 ? g : undefined;
}

/**
 * Does an agreement document (`accord` cue: agreement, deal, ceasefire, اتفاق …) end at token `k`, or, with `reach`
 * words of its name between (`اتفاق وقف إطلاق النار`), begin at most that far before it, no actor named between?
 */
function accordAt(ctx: Ctx, k: number, reach = 0): boolean {
  for (let j = k; j >= 0 && k - j <= 3 + reach; j--) {
    if (ctx.s.mentions.some((m) => m.tok0 === j && actor(ctx.lex, m))) return false;
    const c = hasCue(ctx, j, 'accord');
    if (c) return c.tok1 === k + 1 || (reach > 0 && c.tok1 <= k + 1);
  }
  return false;
}

/**
 * An agreement trigger whose parties this frame reads: `true` when read (emitted or knowingly nothing),
 * `undefined` when the ordinary frames apply.
 */
export function agreementParties(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  const w = (k: number) => nth(toks, k)?.norm ?? '';
  if (ctx.lang === 'en' && p.pos === 'verb' && w(T.tok1 - 1) === 'by' && cueWords(ctx.lex, 'agreement_participle').has(w(T.tok1 - 2))) {
    // "a ceasefire agreed by Moscow and Ankara", "the deal was brokered by A and B": the agents are the parties
    let k = T.tok0 - 1;
    while (k > T.tok0 - 3 && (EN_AUX.has(w(k)) || toks[k]?.text === ',')) k--;
    // (past a relative clause on the document: "The ceasefire, which held for months, was agreed by A and B")
    if (ctx.inRelative[k]) {
      while (k > 0 && ctx.inRelative[k]) k--;
      if (toks[k]?.text === ',') k--;
    }
    // (these forms are rows of this frame alone: after no agreement noun they name no agreement, "reached by road")
    if (!accordAt(ctx, k)) return true;
    const g = partiesAt(ctx, T.tok1);
    return g ? dated(ctx, k, g, () => pairsOf(ctx, T, p, g, attrs)) : true;
  }
  if (p.pos === 'noun' && hasCue(ctx, T.tok0, 'accord')) {
    // (np34: `تفاهمات روسية تركية`, `اتفاق روسي تركي`: two demonyms right after the noun are its parties, not the clause's
    // subject; mentions.ts stateDemonyms keeps such a pair)
    if (ctx.lang === 'ar') {
      const adj = (m: Group[number] | undefined) => !!m && (m.via === 'demonym' || m.via === 'name') && m.kind === 'country' && m.tok1 - m.tok0 === 1 && /(ي|يه|ية)$/.test(toks[m.tok0]!.norm);
      const i = ctx.s.mentions.findIndex((m) => m.tok0 === T.tok1 && adj(m));
      const g = i >= 0 && ctx.s.mentions[i + 1]?.tok0 === ctx.s.mentions[i]!.tok1 && adj(ctx.s.mentions[i + 1]) ? ctx.s.mentions.slice(i, i + 2) : undefined;
      // (an agreement on restoring ties, `الاتفاق السعودي الإيراني على استئناف العلاقات`, is that reconciliation only,
      // gold rule 11)
      const rp = g && toks[g[1]!.tok1]?.norm === 'علي' && ctx.s.triggers.some((x) => x.tok0 === g[1]!.tok1 + 1 && (ctx.cueAt.get(x.tok1 - 1)?.cues.some((c) => c.kind === 'ties') ?? false)) ? verbPattern(ctx, 'reconciled_with') : undefined;
      if (g && g[0]!.entity !== g[1]!.entity) return dated(ctx, T.tok0, g, () => pairsOf(ctx, T, rp ?? p, g, attrs));
    }
    // "the agreement signed between A and B", "اتفاق أضنة الموقّع بين دمشق وأنقرة" (past a name or genitive of the document)
    for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 5); k++) {
      if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',' || toks[k]!.text === '،') return undefined;
      const part = cueWords(ctx.lex, 'agreement_participle').has(w(k));
      if (!part) continue;
      if (!betweenAt(ctx, k + 1)) return undefined;
      const g = partiesAt(ctx, k + 2);
      return g ? dated(ctx, T.tok0, g, () => pairsOf(ctx, T, p, g, attrs)) : undefined;
    }
    return undefined;
  }
  if (ctx.lang === 'ar' && p.pos === 'verb' && AR_RELATIVE.has(w(T.tok0 - 1)) && accordAt(ctx, T.tok0 - 2, 3)) {
    // "بموجب الاتفاق الذي توصلت إليه مع روسيا": no subject inside the clause, a party after مع; the other party is
    // the subject of the clause the document belongs to
    if (!T.suffix && !/(ه|ها)$/.test(w(T.tok1 - 1))) return undefined;
    if (w(T.tok1) !== 'مع') return undefined;
    const obj = partiesAt(ctx, T.tok1 + 1) ?? single(ctx, T.tok1 + 1);
    if (!obj) return undefined;
    const v = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 - 2 && x.patterns[0]!.pos === 'verb');
    if (!v) return undefined;
    const a = verbArgs(ctx, v, false);
    let subj = a.passive ? undefined : a.subj?.filter((m) => actor(ctx.lex, m));
    // (`متهمة أنقرة بانتهاك التفاهمات التي أبرمتها مع واشنطن`: a document violated is the violator's, the one accused or
    // judged right before the violation word, not the speaker's; slot33, #49, FP 57)
    const viol = ctx.byKind.get('judgement')?.find((c) => c.tok0 >= v.tok1 && c.tok1 <= T.tok0 - 1);
    const violator = viol ? ctx.s.mentions.find((m) => m.tok0 >= v.tok1 && m.tok1 <= viol.tok0 && !prepOf(ctx, m) && !!actor(ctx.lex, m) && !a.subj?.some((x) => x.entity === m.entity)) : undefined;
    if (violator) subj = [violator];
    if (!subj?.length) return undefined;
    return emitAll(ctx, T, p, subj, obj, attrs);
  }
  return undefined;
}

/**
 * Emit, then date what was emitted by a date inside the document's description, from a word before its head
 * ("a 2020 ceasefire") to a few words past its parties ("… بين دمشق وأنقرة عام 1998", "by A and B in March 2020").
 */
function dated(ctx: Ctx, head: number, parties: Group, run: () => boolean): boolean {
  const n = ctx.out.length;
  const r = run();
  const toks = ctx.s.tokens;
  let e = parties[parties.length - 1]!.tok1;
  for (let k = e; k < Math.min(toks.length, e + 6) && !BOUNDARY.has(toks[k]!.text) && toks[k]!.text !== ',' && toks[k]!.text !== '،'; k++) e = k + 1;
  const from = toks[Math.max(0, head - 1)]!.start;
  const to = toks[e - 1]!.end;
  const d = ctx.s.dates.find((x) => x.start >= from && x.end <= to && !(x.start >= toks[parties[0]!.tok0]!.start && x.end <= toks[parties[parties.length - 1]!.tok1 - 1]!.end));
  // ("a 2020 ceasefire": a year right before the head)
  const year = /^(19|20)\d\d$/.test(nth(toks, head - 1)?.norm ?? '') ? toks[head - 1]!.norm : undefined;
  const date = d?.date ?? year;
  if (date) redateSince(ctx, n, date);
  return r;
}

/** The one actor named right at token `k`. */
function single(ctx: Ctx, k: number): Group | undefined {
  const m = ctx.s.mentions.find((x) => x.tok0 === k);
  return m && actor(ctx.lex, m) ? [m] : undefined;
}

// (RETURN_NOUNS: the `return_noun` word cue of data/lexicon/cues.csv, branch words31)
/**
 * "Syria's return to the Arab League": a return restores membership only with its organisation right after it ("to",
 * "into", "in"); "a safe return for refugees" after a list of groups pairs no one.
 */
export function noMembership(ctx: Ctx, T: Trigger, p: Pattern): boolean {
  // (Arabic: the return nouns of patterns.ar.csv that take an organisation, `عودة`/`استعادة`, take it only through their
  // preposition, `عودة سوريا إلى الجامعة`, `استعادة مقعدها في الجامعة`; with no في/إلى in the next five words before a
  // break it is no one's return to a body: `ربط عودة اللاجئين بخطوات` gives no restored ties over the meeting's members;
  // solo56)
  if (ctx.lang === 'ar') {
    if (p.pos !== 'noun' || !p.targetKinds.includes('organization') || p.preps.includes('')) return false;
    const toks = ctx.s.tokens;
    for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 6); k++) {
      const t = toks[k]!.text;
      if (t === ',' || t === '،' || BOUNDARY.has(t)) return true;
      if (p.preps.includes(toks[k]!.norm)) return false;
    }
    return true;
  }
  if (ctx.lang !== 'en' || p.pos !== 'noun' || !cueWords(ctx.lex, 'return_noun').has(ctx.s.tokens[T.tok0]!.norm)) return false;
  return !/^(to|into|in)$/.test(nth(ctx.s.tokens, T.tok1)?.norm ?? '');
}

// (READMIT: the `readmit_verb` word cue of data/lexicon/cues.csv, branch words31)
/**
 * An organisation taking a member back: "(ORG) agreed to readmit X to ORG", "ORG voted to restore X's membership" — the
 * organisation and X, whoever voted. These bare forms are rows of this frame alone: anything else ("restore order") is
 * no relation.
 */
export function memberReadmitted(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  if (ctx.lang !== 'en' || p.pos !== 'verb' || T.tok1 - T.tok0 !== 1) return undefined;
  const toks = ctx.s.tokens;
  const w = toks[T.tok0]!.norm;
  // ("Arab states readmitted Syria to the Arab League": the past form too, when the organisation follows; else the
  // ordinary reading, "the League readmitted Syria")
  const past = w === 'readmitted';
  // ("the rapprochement that brought Syria back into the Arab League", "welcomed Syria back to the League": the
  // organisation and the member, whoever brought it; pred33)
  if (p.requires === 'back_into') {
    const ms0 = ctx.s.mentions;
    const x0 = ms0.find((m) => m.tok0 === T.tok1 && actor(ctx.lex, m));
    if (!x0 || nth(toks, x0.tok1)?.norm !== 'back' || !/^(to|into)$/.test(nth(toks, x0.tok1 + 1)?.norm ?? '')) return true;
    const o = ms0.find((m) => m.tok0 > x0.tok1 + 1 && m.tok0 - x0.tok1 <= 4 && m.kind === 'organization');
    return o ? emitAll(ctx, T, p, [o], [x0], attrs) : true;
  }
  if (!cueWords(ctx.lex, 'readmit_verb').has(w) && !/^restor(e|es|ed|ing)$/.test(w) && !past) return undefined;
  const ms = ctx.s.mentions;
  const x = ms.find((m) => m.tok0 === T.tok1 && actor(ctx.lex, m));
  if (past && (!x || !/^(to|into)$/.test(nth(toks, x.tok1)?.norm ?? '') || !ms.some((m) => m.tok0 > x.tok1 && m.tok0 - x.tok1 <= 2 && m.kind === 'organization'))) return undefined;
  if (!x) return true;
  let org: Group | undefined;
  if (cueWords(ctx.lex, 'readmit_verb').has(w) || past) {
    // "readmit Syria to the Arab League"
    if (!/^(to|into)$/.test(nth(toks, x.tok1)?.norm ?? '')) return true;
    const o = ms.find((m) => m.tok0 > x.tok1 && m.tok0 - x.tok1 <= 2 && m.kind === 'organization');
    org = o ? [o] : undefined;
  } else {
    // "voted to restore Syria's membership": the organisation is the subject
    if (nth(toks, x.tok1)?.norm !== "'s" && !/'s$/.test(toks[x.tok1 - 1]!.text)) return true;
    if (!/^membership$/.test(nth(toks, x.tok1)?.norm === "'s" ? (nth(toks, x.tok1 + 1)?.norm ?? '') : (nth(toks, x.tok1)?.norm ?? ''))) return true;
    const s = verbArgs(ctx, T, true).subj?.filter((m) => m.kind === 'organization');
    org = s?.length ? s : undefined;
  }
  if (!org) return true;
  // ("voted (on Sunday) to readmit", "agreed/decided to": the decision is the act, done)
  let decided = false;
  if (nth(toks, T.tok0 - 1)?.norm === 'to') for (let k = T.tok0 - 2; k >= Math.max(0, T.tok0 - 5) && !decided && toks[k]!.word; k--) decided = /^(voted|agreed|decided)$/.test(toks[k]!.norm);
  return emitAll(ctx, T, p, org, [x], decided ? {} : attrs);
}

/** "under", `بموجب`: what the clause's act was done by. */
const UNDER = /^(under|بموجب|وبموجب|وفق|ووفق)$/;
/** Words between "under" and its agreement noun ("under a deal", "under new understandings"). */
const UNDER_GAP = /^(a|an|the|new|previous|earlier|existing|bilateral)$/;

/**
 * An act done under an agreement with a party (gold rule 11): "Turkish forces are deployed in Idlib under understandings
 * with Russia", `وتنتشر قوات تركية في ريف إدلب بموجب تفاهمات مع روسيا`: the doer of the clause's relation (told before
 * "under" in the sentence) agreed_with the party after "with"/`مع`, at publication (a standing agreement), or in the year or
 * month the text gives that act.
 */
export function underAgreement(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  const p = verbPattern(ctx, 'agreed_with');
  if (!p) return;
  for (let k = 1; k + 3 < toks.length; k++) {
    // (`في إطار تفاهمات مع`: "in the framework of" is "under" too)
    if (!UNDER.test(toks[k]!.norm) && !(toks[k]!.norm === 'اطار' && /^و?في$/.test(toks[k - 1]!.norm))) continue;
    let j = k + 1;
    while (j < toks.length && j - k <= 3 && UNDER_GAP.test(toks[j]!.norm)) j++;
    // (np34: a date, a place's name or a kind word of accord between, English: "under a March 2020 ceasefire agreement
    // with Moscow", "under a 2019 deal with Ankara", "under the 2018 Sochi agreement with Russia"; the date is the
    // agreement's)
    let dated: string | undefined;
    if (ctx.lang === 'en')
      for (let n = 0; n < 6 && j < toks.length; n++) {
        const t = toks[j]!;
        const d = ctx.s.dates.find((x) => x.start <= t.start && t.start < x.end);
        if (d) {
          dated = d.date;
          while (j < toks.length && toks[j]!.start < d.end) j++;
          continue;
        }
        // (a bare year before the noun is no date span: "a 2019 deal")
        if (/^(19|20)\d\d$/.test(t.norm)) {
          dated = t.norm;
          j++;
          continue;
        }
        const m = ctx.s.mentions.find((x) => x.tok0 === j && x.kind === 'place');
        const a = hasCue(ctx, j, 'accord');
        if (m && hasCue(ctx, m.tok1, 'accord')) j = m.tok1;
        else if (a && a.tok1 > j && !/^(with)$/.test(toks[a.tok1]?.norm ?? '') && hasCue(ctx, a.tok1, 'accord')) j = a.tok1;
        else break;
      }
    const c = hasCue(ctx, j, 'accord');
    if (!c || !/^(with|مع)$/.test(toks[c.tok1]?.norm ?? '')) continue;
    const m = ctx.s.mentions.find((x) => x.tok0 === c.tok1 + 1);
    const party = m && actor(ctx.lex, m);
    if (!party) continue;
    // the doer of the last relation told before "under"
    const at = toks[k]!.start - ctx.s.start;
    const r = ctx.out.slice(before).filter((x) => x.evidence.sourceSpan[0] < at && x.relation !== 'agreed_with').pop();
    // (else the subject of the last verb before it: "روسيا تؤيد فتح المعبر في إطار تفاهمات مع أنقرة")
    const verb = r ? undefined : [...ctx.s.triggers].reverse().find((x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb');
    const doer = r ? mentionAtSpan(ctx, r.evidence.sourceSpan, r.source) : verb && verbArgs(ctx, verb, false).subj?.find((x) => x.tok1 <= verb.tok0 && actor(ctx.lex, x));
    if (!doer || doer.entity === party.entity || ctx.out.slice(before).some((x) => x.relation === 'agreed_with' && new Set([x.source, x.target, doer.entity, party.entity]).size === 2)) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: c.tok1, start: toks[k]!.start, end: toks[c.tok1 - 1]!.end }, p), 'agreed_with', doer, party, {}, false);
    // (the clause's act dated by a year or a month of the text, `نشرت قوات في منبج عام 2019 بموجب تفاهم مع أنقرة`, "deployed
    // in 2019 under a deal with Ankara": the agreement is of that year or month; a day is the act's only)
    if (dated) asStates(ctx, n, dated);
    else if (r && r.dateSource === 'text' && r.date.length < 10) asStates(ctx, n, r.date);
    else atPublication(ctx, n);
  }
}

/**
 * "ratified Finland's application to join NATO", "had approved Sweden's bid", `صادق البرلمان التركي على انضمام فنلندا`:
 * approving another state's accession supports that state (gold rule 12, CAMEO 054). The one who joins is the country
 * named between the verb and the accession word (`accession` cues: "bid", "application", "accession", `انضمام`), else
 * (Arabic) right after the accession noun; the approver is the verb's subject. Undefined when T's pattern does not
 * require an accession word; true (nothing) when no joining country is named.
 */
export function approvedAccession(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  if (p.requires !== 'accession') return undefined;
  const c = ctx.byKind.get('accession')?.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 5);
  if (!c) return true;
  const ms = ctx.s.mentions;
  const country = (m: Group[number]) => actor(ctx.lex, m)?.kind === 'country';
  let obj: Group = [];
  if (ctx.lang === 'ar') {
    // (`على انضمام فنلندا`: the joining state follows the accession noun)
    const i = firstMentionAfter(ms, c.tok1);
    if (i >= 0 && ms[i]!.tok0 === c.tok1) obj = groupFrom(ms, i).filter(country);
  } else obj = ms.filter((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && country(m));
  if (!obj.length) return true;
  const subj = verbArgs(ctx, T, true).subj?.filter((m) => !obj.includes(m) && m.tok1 <= c.tok0);
  if (!subj?.length) return true;
  return emitAll(ctx, T, p, subj, obj, attrs);
}

/**
 * Brokers and mediators are no parties (gold rules 7 and 15): the one who brokered, sponsored or mediated a deal
 * ("a China-brokered deal", "a truce brokered by Egypt", `بموجب اتفاق رعته الصين`, `برعاية روسية`, `بوساطة قطر`), and
 * the pair a mediator stands between ("its role as a mediator between Moscow and Kyiv", `دورها وسيطاً بين موسكو وكييف`).
 * The mentions to leave out of the sentence's arguments (cues.csv `broker_word`, `mediator_word`). English "brokered by A
 * and B" names the parties of the deal (agreementParties) and stays.
 */
export function brokerMentions(ctx: Ctx): Set<Group[number]> | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const brokers = cueWords(ctx.lex, 'broker_word');
  const mediators = cueWords(ctx.lex, 'mediator_word');
  const w = (k: number) => nth(toks, k)?.norm ?? '';
  let out: Set<Group[number]> | undefined;
  const add = (g: Group) => {
    out ??= new Set();
    for (const m of g) out.add(m);
  };
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (ctx.lang === 'en') {
      // "a China-brokered deal", "the US-mediated truce"
      if (toks[m.tok1]?.text === '-' && brokers.has(w(m.tok1 + 1))) add([m]);
      // "a truce brokered by Egypt between …" (one broker; two after "by" are the parties)
      else if (w(m.tok0 - 1) === 'by' && brokers.has(w(m.tok0 - 2)) && !ms[i + 1]?.conj && !m.conj) add([m]);
    } else if (brokers.has(w(m.tok0 - 1)) && !m.conj) add(groupFrom(ms, i));
    // "وسيطاً بين موسكو وكييف", "a mediator between A and B": the pair it stands between
    if (!m.conj && betweenAt(ctx, m.tok0 - 1) && mediators.has(w(m.tok0 - 2))) add(groupFrom(ms, i).slice(0, 2));
  }
  return out;
}

/**
 * "واستأنف البلدان علاقاتهما بموجب اتفاق …", "restored ties under a deal …": the agreement under which ties were
 * restored is that restoration, `reconciled_with` only (gold rule 11: not also `agreed_with`).
 */
export function restoredUnder(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k > 0 && UNDER_GAP.test(toks[k]!.norm)) k--;
  if (!UNDER.test(toks[k]?.norm ?? '') && !/^(in|ضمن)$/.test(toks[k]?.norm ?? '')) return false;
  // (past the restoration's object and date: `علاقاتهما الدبلوماسية في آذار/مارس 2023 بموجب اتفاق`)
  return ctx.s.triggers.some((x) => x.tok1 <= k && k - x.tok1 <= 14 && x.patterns[0]!.relation === 'reconciled_with' && !hasBoundary(toks, x.tok1, k));
}

/**
 * A rupture of relations (`rupture` cues: "rupture", "ties severed", `قطيعة`, `المقطوعة`) between a pair is the ties cut
 * both ways (gold rule 11: "ties cut between two named parties with no agent give both directions"): the pair after
 * "between"/`بين` at it or before it in the sentence (`العلاقات بين مصر وتركيا … قطيعة`), else the pair that restored
 * ties in the sentence ("raising relations to the level of ambassadors, ending a rupture that began in 2013", `واستأنفت
 * الرياض وطهران علاقاتهما …، بعد قطيعة استمرت سبع سنوات`). Dated by a date right after the cue ("that began in 2013",
 * `منذ عام 2016`), else at publication. "Years of rupture", `سنوات من القطيعة` characterise a span: no triple.
 */
export function ruptures(ctx: Ctx, before: number): void {
  const cues = ctx.byKind.get('rupture');
  const p = cues && verbPattern(ctx, 'sanctioned');
  if (!cues || !p) return;
  const toks = ctx.s.tokens;
  const w = (k: number) => nth(toks, k)?.norm ?? '';
  // (cues.csv `duration_word`: a length of time before "of"/`من`, "years of rupture", `سنوات من القطيعة`: a span
  // characterised, no cut told)
  const duration = cueWords(ctx.lex, 'duration_word');
  for (const c of cues) {
    if (/^(of|من)$/.test(w(c.tok0 - 1)) && duration.has(w(c.tok0 - 2))) continue;
    let pair: Group | undefined;
    if (betweenAt(ctx, c.tok1)) pair = partiesAt(ctx, c.tok1 + 1);
    for (let k = c.tok0 - 1; !pair && k >= 0; k--) if (betweenAt(ctx, k)) pair = partiesAt(ctx, k + 1);
    if (!pair) {
      const r = ctx.out.slice(before).filter((x) => x.relation === 'reconciled_with' && x.evidence.sourceSpan[0] < toks[c.tok0]!.start - ctx.s.start).pop();
      const a = r && mentionAtSpan(ctx, r.evidence.sourceSpan, r.source);
      const b = r && mentionAtSpan(ctx, r.evidence.targetSpan, r.target);
      if (a && b) pair = [a, b];
    }
    if (!pair || pair.length !== 2) continue;
    // the date: within a few words after the cue ("that began in 2013", `منذ عام 2016`), not past a comma
    let date: string | undefined;
    for (let k = c.tok1; k < toks.length && k - c.tok1 <= 5 && !date && !BOUNDARY.has(toks[k]!.text) && !/^[,،]$/.test(toks[k]!.text); k++) {
      const d = ctx.s.dates.find((x) => x.start === toks[k]!.start || (x.start <= toks[k]!.start && toks[k]!.end <= x.end));
      if (d) date = d.date;
      else if (/^(19|20)\d\d$/.test(toks[k]!.norm)) date = toks[k]!.norm;
    }
    const n = ctx.out.length;
    const T = cueTrigger(c, p);
    emit(ctx, T, 'sanctioned', pair[0]!, pair[1]!, {}, false);
    emit(ctx, T, 'sanctioned', pair[1]!, pair[0]!, {}, false);
    asStates(ctx, n, date);
  }
}

const MEETING_RELATIONS = new Set(['visited', 'met', 'hosted']);
/**
 * A visit or meeting that ended a rift (`rift` cues: tension, rupture, `التوتر`, `القطيعة`, `صفحة الخلاف`; `end_verb`
 * words before it: `أنهت`, `طوت`, "ended", "ending", past a length of time, `أنهت رسمياً أكثر من عقد من القطيعة`) is the
 * reconciliation of the two states it joined (`زيارة أردوغان إلى القاهرة …، التي أنهت … القطيعة`: Türkiye and Egypt
 * reconciled_with, dated as the visit). Nothing when the sentence already restores ties between a pair.
 */
export function endedRift(ctx: Ctx, before: number): void {
  const cues = ctx.byKind.get('rift');
  const p = cues && verbPattern(ctx, 'reconciled_with');
  if (!cues || !p || ctx.out.slice(before).some((x) => x.relation === 'reconciled_with')) return;
  const toks = ctx.s.tokens;
  const ends = cueWords(ctx.lex, 'end_verb');
  const duration = cueWords(ctx.lex, 'duration_word');
  // (cues.csv `rift_filler`: "of", `من`, "more than", `أكثر`, `رسمياً`, articles …; and numbers, hyphens)
  const filler = cueWords(ctx.lex, 'rift_filler');
  for (const c of cues) {
    let k = c.tok0 - 1;
    while (k >= 0 && c.tok0 - k <= 6 && !ends.has(toks[k]!.norm) && (duration.has(toks[k]!.norm) || filler.has(toks[k]!.norm) || /^(-|\d+)$/.test(toks[k]!.norm))) k--;
    if (k < 0 || !ends.has(toks[k]!.norm)) continue;
    const at = toks[k]!.start - ctx.s.start;
    const r = ctx.out.slice(before).filter((x) => MEETING_RELATIONS.has(x.relation) && x.evidence.sourceSpan[0] < at).pop();
    const a = r && stateOf(ctx.lex, r.source);
    const b = r && stateOf(ctx.lex, r.target);
    if (!r || !a || !b || a === b) continue;
    const src = mentionAtSpan(ctx, r.evidence.sourceSpan, a);
    const tgt = mentionAtSpan(ctx, r.evidence.targetSpan, b);
    if (!src || !tgt) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger(c, p), 'reconciled_with', src, tgt, {}, false);
    redateSince(ctx, n, r.date, r.dateSource);
  }
}
