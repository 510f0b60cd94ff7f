/**
 * A suspended membership is a sanction (gold rule 11): "the Arab League suspended Syria's membership in 2011",
 * `علّقت الجامعة العربية عضوية سوريا`, `منذ تعليق عضويتها في جامعة الدول العربية عام 2011`, "Syria's membership of the
 * Arab League remains suspended", "Syria's membership, suspended in November 2011", `ولا تزال عضوية سوريا … معلّقة`:
 * the organisation `sanctioned` the member, dated as the text dates the suspension (a date right after the phrase), a
 * suspension told as a state ("remains suspended", the participle `معلّقة`) or undated at publication (rule 6). Words:
 * cues.csv `suspension` and `membership`.
 */
import { type CueSpan, type Mention, mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { asStates, emit } from './emit.ts';
import { mentionAtSpan } from './presence.ts';

/** Words that end a suspension phrase's reach (a clause boundary). */
const STOP = /^[,،.;:؛]$/;

function organisationIn(ctx: Ctx, a: number, b: number): Mention | undefined {
  return ctx.s.mentions.find((m) => m.tok0 >= a && m.tok0 < b && actor(ctx.lex, m)?.kind === 'organization');
}

/**
 * The organisation of the member's story when the sentence names none ("Syria's membership was suspended", `وكانت
 * الجامعة قد علّقت عضوية سوريا`): the organisation of the article's last restored or suspended membership of that member
 * (a reconciled_with or sanctioned record between them before this sentence), else the last organisation the article
 * named that no report was attributed to (a news agency is no organisation of members).
 */
function organisationBefore(ctx: Ctx, member: string, before: number): Mention | undefined {
  const sources = new Set<string>();
  for (let i = before - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.attrs?.attributedTo) sources.add(r.attrs.attributedTo);
    if (r.relation !== 'reconciled_with' && r.relation !== 'sanctioned') continue;
    const other = r.source === member ? r.target : r.target === member ? r.source : undefined;
    const e = other ? ctx.lex.entities.get(other) : undefined;
    if (e?.kind === 'organization') return mention(0, 0, -1, -1, e.id, e.kind, 'anaphor', false, '');
  }
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const ms = ctx.history[i]!;
    for (let j = ms.length - 1; j >= 0; j--) {
      const a = actor(ctx.lex, ms[j]!);
      if (a?.kind === 'organization' && !sources.has(a.entity)) return a;
    }
  }
  return undefined;
}

function isCountry(ctx: Ctx, m: Mention | undefined): Mention | undefined {
  const a = m ? actor(ctx.lex, m) : undefined;
  return a?.kind === 'country' ? a : undefined;
}

/** The member whose membership the cue M names: its genitive (`عضوية سوريا`), possessor ("Syria's membership"), "of X". */
function memberOf(ctx: Ctx, M: CueSpan): Mention | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  if (ctx.lang === 'ar') {
    const g = isCountry(ctx, s.mentions.find((m) => m.tok0 === M.tok1));
    if (g) return g;
    // (`عضويتها`: the last country named before it, with no preposition of its own: `بمشاركة دمشق منذ تعليق عضويتها`)
    if (/(ها|ه)$/.test(toks[M.tok1 - 1]!.norm)) {
      for (let i = s.mentions.length - 1; i >= 0; i--) {
        const m = s.mentions[i]!;
        if (m.tok1 > M.tok0) continue;
        const c = isCountry(ctx, m);
        if (c) return mention(M.tok0, M.tok1, M.start, M.end, c.entity, c.kind, 'anaphor', false, '');
      }
    }
    return undefined;
  }
  const p = s.mentions.find((m) => m.tok1 === M.tok0 && isPossessive(ctx, m));
  if (p) return isCountry(ctx, p);
  // ("Syria joined the convention in 2013 under a US-Russian deal, and its rights in the OPCW were suspended": "its" is
  // the last country named before it with no preposition of its own (a subject or object, not "under a US-Russian deal"); lex24)
  if (toks[M.tok0 - 1]?.norm === 'its') {
    for (let i = s.mentions.length - 1; i >= 0; i--) {
      const m = s.mentions[i]!;
      if (m.tok1 > M.tok0 || m.via === 'demonym' || prepOf(ctx, m) || /^(a|an|the)$/.test(toks[m.tok0 - 1]?.norm ?? '')) continue;
      const c = isCountry(ctx, m);
      if (c) return mention(M.tok0 - 1, M.tok1, toks[M.tok0 - 1]!.start, M.end, c.entity, c.kind, 'anaphor', false, '');
    }
  }
  if (toks[M.tok1]?.norm === 'of') return isCountry(ctx, s.mentions.find((m) => m.tok0 === M.tok1 + 1 || (m.tok0 === M.tok1 + 2 && toks[M.tok1 + 1]!.norm === 'the')));
  return undefined;
}

/** ", which was suspended", ", which had been suspended": an English relative of passive voice between a membership at a and the suspension at b. */
function relativeBefore(ctx: Ctx, a: number, b: number): boolean {
  const w = ctx.s.tokens.slice(a, b).map((t) => t.norm).join(' ');
  return ctx.lang === 'en' && /^, which (was|were|had been|has been)$/.test(w);
}

/**
 * English, a suspension with no membership word: the country suspended as the verb's object ("the bloc, which suspended
 * Damascus in November 2011", "voted to suspend Russia from the Human Rights Council": the suspender is the clause's
 * organisation, found by the caller) or as the subject of its passive ("Syria itself was suspended from the Arab League
 * in 2011": the organisation after "by", else the one it was suspended from). undefined for other suspensions ("suspended
 * joint operations", "flights remained suspended").
 */
function suspendedCountry(ctx: Ctx, S: CueSpan): { who: Mention; org?: Mention } | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const w = toks[S.tok0]!.norm;
  if (S.tok1 - S.tok0 !== 1 || !/^suspend(ed|s|ing)?$/.test(w)) return undefined;
  const obj = isCountry(ctx, s.mentions.find((m) => m.tok0 === S.tok1));
  if (obj) return { who: obj };
  let k = S.tok0 - 1;
  if (/^(was|were)$/.test(toks[k]?.norm ?? '')) k--;
  else if (toks[k]?.norm === 'been' && /^(had|has|have)$/.test(toks[k - 1]?.norm ?? '')) k -= 2;
  else return undefined;
  if (toks[k]?.norm === 'itself') k--;
  const subj = isCountry(ctx, s.mentions.find((m) => m.tok1 === k + 1 && !prepOf(ctx, m)));
  if (!subj) return undefined;
  const after = toks[S.tok1]?.norm;
  const org = after === 'by' || after === 'from' ? organisationIn(ctx, S.tok1 + 1, S.tok1 + 3) : undefined;
  return { who: subj, org: org ? actor(ctx.lex, org) : undefined };
}

export function suspendedMembership(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const pattern = verbPattern(ctx, 'sanctioned');
  const susp = ctx.byKind.get('suspension');
  if (!pattern || !susp) return;
  const members = ctx.byKind.get('membership') ?? [];
  // (a suspension told as a state, not as the act, cues.csv `suspension_state`: "remains/is still suspended", "has been suspended since")
  const stateBefore = cueWords(ctx.lex, 'suspension_state');
  // (an Arabic suspension cue that is itself a state, cues.csv `suspended`: `معلّقة`, `المعلّقة`)
  const suspended = cueWords(ctx.lex, 'suspended');
  // (an end word before a suspension, cues.csv `suspension_end`, with a proclitic و ب ل or none: a call to end it presupposes it, "إنهاء تعليق عضوية سوريا", "ending its suspension")
  const endWords = cueWords(ctx.lex, 'suspension_end');
  const isEnd = (w: string) => endWords.has(w) || (/^[وبل]/.test(w) && endWords.has(w.slice(1)));
  // (words between a suspension and its date, cues.csv `suspension_date`: "suspended Syria's membership in November 2011", `عضوية سوريا عام 2011`)
  const toDate = cueWords(ctx.lex, 'suspension_date');
  for (const S of susp) {
    // (a threat, a plan, a wish to suspend is no suspension: "called for suspending X's membership"; an end of one is)
    if (!isEnd(toks[S.tok0 - 1]?.norm ?? '')) {
      const guard = s.triggers.some((x) => x.tok1 <= S.tok0 && S.tok0 - x.tok1 <= 4 && /^(urged|threatened)$/.test(x.patterns[0]!.relation));
      const cue = s.cues.some((c) => c.tok1 <= S.tok0 && S.tok0 - c.tok1 <= 3 && c.cues.some((x) => /^(plan|hypothetical|urge|condition)$/.test(x.kind)));
      if (guard || cue) continue;
    }
    // the membership: after the suspension (`علّقت الجامعة عضوية سوريا`, "suspended Syria's membership"), or before it
    // in its clause (`عضوية سوريا في الجامعة معلّقة`, "Syria's membership, suspended in …": one comma right before it)
    let M = members.find((m) => m.tok0 >= S.tok1 && m.tok0 - S.tok1 <= 5 && !toks.slice(S.tok1, m.tok0).some((t) => STOP.test(t.text)));
    if (!M)
      M = members.find((m) => {
        if (m.tok1 > S.tok0 || S.tok0 - m.tok1 > 7) return false;
        const gap = toks.slice(m.tok1, S.tok0).filter((t) => STOP.test(t.text));
        return gap.length === 0 || (gap.length === 1 && (STOP.test(toks[S.tok0 - 1]!.text) || relativeBefore(ctx, m.tok1, S.tok0)));
      });
    let who = M ? memberOf(ctx, M) : undefined;
    let org: Mention | undefined;
    if (!M && ctx.lang === 'en' && /^(suspension)$/.test(toks[S.tok0]!.norm)) {
      // "Syria's suspension from the Arab League"; "readmitted to the Arab League … after a 12-year suspension": the one
      // readmitted (a reconciled_with of the sentence with an organisation)
      who = isCountry(ctx, s.mentions.find((m) => m.tok1 === S.tok0 && isPossessive(ctx, m)));
      if (who && toks[S.tok1]?.norm === 'from') org = organisationIn(ctx, S.tok1, S.tok1 + 3);
      if (!who) {
        const kind = (id: string) => ctx.lex.entities.get(id)?.kind;
        const r = ctx.out.slice(before).find((x) => x.relation === 'reconciled_with' && [x.source, x.target].some((y) => kind(y) === 'organization') && [x.source, x.target].some((y) => kind(y) === 'country'));
        if (r) {
          const c = kind(r.source) === 'country' ? 'source' : 'target';
          const o = c === 'source' ? 'target' : 'source';
          who = mentionAtSpan(ctx, r.evidence[c === 'source' ? 'sourceSpan' : 'targetSpan'], r[c]);
          org = mentionAtSpan(ctx, r.evidence[o === 'source' ? 'sourceSpan' : 'targetSpan'], r[o]);
        }
      }
    }
    // (English, no membership word: "suspended Damascus", "Syria was suspended from the Arab League"; solo49)
    if (!M && !who && ctx.lang === 'en') {
      const d = suspendedCountry(ctx, S);
      if (d) [who, org] = [d.who, d.org];
    }
    if (!who) continue;
    // the organisation: named in the clause (before or after), else the last one the article named
    if (!org) {
      const lo = Math.min(S.tok0, M?.tok0 ?? S.tok0);
      let a = lo;
      while (a > 0 && !STOP.test(toks[a - 1]!.text)) a--;
      let b = Math.max(S.tok1, M?.tok1 ?? S.tok1);
      while (b < toks.length && !STOP.test(toks[b]!.text)) b++;
      org = organisationIn(ctx, a, b) ?? organisationIn(ctx, 0, toks.length) ?? organisationBefore(ctx, who.entity, before);
      if (org) org = actor(ctx.lex, org);
    }
    if (!org || org.entity === who.entity) continue;
    // the date: right after the phrase (past its member, its organisation and prepositions), unless a state
    // ("had been suspended in November 2011" is the act told in the pluperfect, not a state; solo49)
    const pluperfect = toks[S.tok0 - 1]?.norm === 'been' && toks[S.tok0 - 2]?.norm === 'had';
    const state = !pluperfect && (suspended.has(toks[S.tok0]!.norm) || stateBefore.has(toks[S.tok0 - 1]?.norm ?? '') || (toks[S.tok0 - 1]?.norm === 'been' && stateBefore.has(toks[S.tok0 - 2]?.norm ?? '')));
    let date: string | undefined;
    if (!state) {
      const from = Math.max(S.tok1, M?.tok1 ?? 0);
      for (const d of s.dates) {
        if (d.start < toks[from - 1]!.end) continue;
        let ok = true;
        for (let k = from; k < toks.length && toks[k]!.start < d.start && ok; k++) if (!toDate.has(toks[k]!.norm) && !ctx.inMention[k] && !/^[/«»"]$/.test(toks[k]!.text)) ok = false;
        if (ok) date = d.date;
        break;
      }
      // (a year after "since" the date stage leaves to the act's duration: `بعد تعليق عضويتها منذ عام 2011`)
      for (let k = from; !date && k < toks.length && k - from <= 4; k++) {
        if (/^(19|20)\d\d$/.test(toks[k]!.norm)) date = toks[k]!.norm;
        else if (!toDate.has(toks[k]!.norm)) break;
      }
    }
    const n = ctx.out.length;
    const at = s.mentions.some((m) => m.start === org!.start) ? org : mention(S.tok0, S.tok1, S.start, S.end, org.entity, org.kind, 'anaphor', false, '');
    emit(ctx, cueTrigger(S, pattern), 'sanctioned', at, who, {}, false);
    asStates(ctx, n, date);
  }
}

