/** Relations: THE DATE CHOICE of a trigger (the nearest date expression of its sentence, else publication) and its tense. */
import { otherClauseDate } from './structure.ts';
import { cueHas, type Doc, redated, type Trigger } from '../doc.ts';
import { cueWords, hasCueWord, type Lexicon } from '../lexicon.ts';
import { withoutOwnerlessActs } from './sentence.ts';
import type { RelationRecord } from '../../types.ts';
import { findDates } from '../dates.ts';
import { normalise } from '../normalise.ts';
import { mapped } from '../packed.ts';
import { hostOf } from './clauses.ts';
import { ongoingSeries, ongoingTopic } from './ongoingdate.ts';
import { demonymEntity } from './args.ts';
import { AR_RELATIVE, type Ctx, EN_MONTH, hasBoundary, nth, RELATIVE, triggerWord, wordIn } from './ctx.ts';

const PRESENT_AUX = new Set(['has', 'have', 'is', 'are']);
// (HABIT_ADVERB: the `present_habit_adverb` word cue of data/lexicon/cues.csv, branch words31)

/** A plural subject pronoun or a relative right before an English verb (normalised). */
const PLURAL_SUBJECT_EN = /^(they|we|which|who)$/;
/** English present and present perfect ("accuses", "has urged") speak of now (as the Arabic imperfect does, isPresent): only a date right next to them counts. */
function presentTense(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const t = ctx.s.tokens[T.tok0]!.norm;
  // ("was visiting", "were visiting": a past tense, not a verb in -s)
  if (t === 'was' || t === 'were') return false;
  // ("has for months pressed": over a duration in the verb phrase)
  const a = nth(ctx.s.tokens, T.tok0 - 2)?.norm === 'for' && /^(days|weeks|months|years|decades)$/.test(ctx.s.tokens[T.tok0 - 1]!.norm) ? T.tok0 - 4 : T.tok0 - 2;
  if (wordIn(ctx.s.tokens, Math.max(0, a), T.tok0, PRESENT_AUX)) return true;
  // "where Turkish forces regularly strike …": a habit, told in the present
  if (cueWords(ctx.lex, 'present_habit_adverb').has(ctx.s.tokens[T.tok0 - 1]?.norm ?? '') && !/ed$/.test(t)) return true;
  // ("carried out strikes in Sweida in January", "launched raids …": the plural after a past light verb is its object noun,
  // not a present tense; branch dates33)
  if (pastLightVerbBefore(ctx, T)) return false;
  // ("where they work alongside the SDF against IS remnants", "Russian jets, which back the government": a bare verb after a
  // plural subject pronoun or a relative is a present; not a past in -ed nor an irregular past, cues.csv `past_irregular_en`;
  // dates36)
  // (and after a plural head noun of people, cues.csv `plural_subject_en`: "Israeli officials accuse Iran of …", "Jordanian
  // officials accuse …", "American forces operate …": a standing stance or state; dates44)
  if (T.patterns[0]!.pos === 'verb' && (PLURAL_SUBJECT_EN.test(ctx.s.tokens[T.tok0 - 1]?.norm ?? '') || (cueWords(ctx.lex, 'plural_subject_en').has(ctx.s.tokens[T.tok0 - 1]?.norm ?? '') && !/^(must|should|will|would|can|could|may|might|shall)$/.test(t))) && !/ed$/.test(t) && !cueWords(ctx.lex, 'past_irregular_en').has(t)) return true;
  return /[^s]s$/.test(t) && !/(ss|us|is)$/.test(t) && T.patterns[0]!.pos === 'verb';
}

/**
 * Does a past light verb (cues.csv `light_act_verb`: "carried", "conducted", "launched", …; "carried out") stand right
 * before the trigger, with at most one word between ("launched new strikes")? Then the trigger is its object noun.
 */
function pastLightVerbBefore(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const light = cueWords(ctx.lex, 'light_act_verb');
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 3); k--) {
    const w = toks[k]!.norm;
    if (light.has(w)) return /ed$|^(made|held|waged)$/.test(w) && !PRESENT_AUX.has(toks[k - 1]?.norm ?? '');
    if (w !== 'out' && (!toks[k]!.word || PRESENT_AUX.has(w) || /^(will|would|to|can|could|may|might|must|should)$/.test(w))) return false;
  }
  return false;
}

/** Is there a relative pronoun between character offsets a and b of the sentence? */
function relativeBetween(ctx: Ctx, a: number, b: number): boolean {
  if (!ctx.relatives) {
    ctx.relatives = [];
    for (const t of ctx.s.tokens) if (RELATIVE.has(t.norm)) ctx.relatives.push(t.start);
  }
  return ctx.relatives.some((x) => x >= a && x < b);
}

/**
 * Background dates: control ("الخاضعة لسيطرة X") is a state; English "Turkey, which backed the opposition … in
 * 2011, keeps troops" (the date is inside a relative clause the trigger is not in); "… in October 2019 and still
 * keeps troops there" (a state said to last).
 */
function backgroundDate(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  // "الخاضعة لسيطرة X": control is a state (publication date), whatever the clause's date
  // (pres38: not a place taken, "Palmyra was captured by IS in 2015": the taking is an event, dated as the text dates it;
  // cues.csv `capture_verb`, `capture_passive_en`)
  if (T.patterns[0]!.relation === 'deployed_in' && T.patterns[0]!.voice === 'passive') {
    const w = T.patterns[0]!.form.split(' ')[0]!;
    return !cueWords(ctx.lex, 'capture_verb').has(w) && !cueWords(ctx.lex, 'capture_passive_en').has(w);
  }
  // (the act's own noun's relative clause, or the operation's it was done in, dates it; branch dates33)
  if (eventRelativeDate(ctx, T, d)) return false;
  // (a support adjunct set off by commas right after the act's date: `أطلقت أواخر الشهر الماضي، بدعم من التحالف، حملة`)
  if (d.end <= T.start && /^\s*[,،]\s*ب?$/.test(ctx.doc.article.text.slice(d.end, T.start)) && supportAdjunctYear(ctx, T, d)) return false;
  if (otherClauseDate(ctx, T, d)) return true;
  // (`أمام «قسد» المدعومة من الولايات المتحدة`: a passive participle of support, like "the US-backed SDF", is a standing
  // fact, not the act of the clause's date before it; ref31)
  if (ctx.lang === 'ar' && T.patterns[0]!.relation === 'supported' && T.patterns[0]!.voice === 'passive' && /^(ال)?م/.test(T.patterns[0]!.form)) return true;
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  const k = toks.findIndex((t) => t.start >= d.start);
  if (k >= 0 && ctx.inRelative[k] && !ctx.inRelative[T.tok0]) return true;
  // "after last month's earthquake", "for Sunday's bombing": a possessive date dates its noun, not the verb
  if (/^['’]s\b/.test(ctx.doc.article.text.slice(d.end, d.end + 3)) && !(T.patterns[0]!.pos === 'noun' && T.start - d.end <= 4)) return true;
  // "the October 2019 joint statement", "Hamas's October 7 attack": a date between a determiner or possessive and its
  // noun dates that noun's event, not an act elsewhere in the sentence
  // (nor a verb of the same relation telling that noun's event after it: "under a March 2020 ceasefire deal it reached with
  // Russia", "… deal reached by Moscow and Ankara"; branch dates33)
  if (attributive(ctx.doc.article.text, d) && !(T.start >= d.end && T.start - d.end <= 25 && T.patterns[0]!.pos === 'noun') && !sameEventAfter(ctx, T, d) && !inDatedEvent(ctx, T, d)) return true;
  // "the Istanbul bombing of 13 November, which it blames on …": the date is the antecedent's
  if (d.end <= T.start && relativeBetween(ctx, d.end, T.start) && presentTense(ctx, T)) return true;
  // "the US-backed SDF": a standing fact
  if (toks[T.tok0 - 1]?.text === '-' && T.patterns[0]!.relation === 'supported') return true;
  return d.end <= T.start && (toks[T.tok0 - 1]?.norm === 'still' || toks[T.tok0]!.norm === 'still');
}

/**
 * "Israel captured the Golan Heights from Syria in the 1967 war", "was retaken during a 2020 offensive": a verb's act told as
 * done IN or DURING an event whose noun a year (or month) qualifies takes that event's date — the noun is the act's time
 * frame, not another event (dates55; the attributive reading stays for "the 1974 agreement" with no "in"/"during").
 */
function inDatedEvent(ctx: Ctx, T: Trigger, d: { start: number }): boolean {
  if (T.patterns[0]!.pos !== 'verb' || T.end > d.start || d.start - T.end > 120) return false;
  return /(?:^|\s)(?:in|during)\s+(?:the|an?)\s+$/i.test(ctx.doc.article.text.slice(Math.max(0, d.start - 12), d.start));
}

/** Prepositions before an operation noun the act is told as done in (normalised). */
const IN_OPERATION = /^(in|during|[وف]?(في|خلال|ضمن))$/;
/**
 * A date in the relative clause of the event the act is part of (branch dates33, diagnosis-batch28 §2): the act’s own
 * noun ("تفاهم سوتشي الذي توصلت إليه مع تركيا في تشرين الأول/أكتوبر 2019", "the agreement that Moscow reached with Ankara
 * in 2019": T the noun, its relative pronoun within three tokens, a name between), or an operation the act was done in
 * (cues.csv `operation_noun` after "in"/`في`: `سيطرت على تل أبيض ورأس العين في عملية «نبع السلام» التي أُطلقت في تشرين
 * الأول/أكتوبر 2019`, "took Afrin in an operation that began in January 2018"). No sentence end or comma between.
 */
function eventRelativeDate(ctx: Ctx, T: Trigger, d: { start: number }): boolean {
  if (d.start < T.end || d.start - T.end > 160) return false;
  const toks = ctx.s.tokens;
  let r = -1;
  for (let k = T.tok1; k < toks.length && toks[k]!.end <= d.start; k++) {
    if (/^[.;؛,،:]$/.test(toks[k]!.text)) return false;
    if (r < 0 && RELATIVE.has(toks[k]!.norm)) r = k;
  }
  if (r < 0 || /[.;؛,،]/.test(ctx.doc.article.text.slice(T.end, d.start))) return false;
  const noun = T.patterns[0]!.pos === 'noun' || ctx.s.cues.some((c) => c.tok0 <= T.tok0 && T.tok0 <= c.tok1 && cueHas(c, 'accord'));
  if (noun && r - T.tok1 <= 3) return true;
  if (T.patterns[0]!.pos !== 'verb') return false;
  const op = cueWords(ctx.lex, 'operation_noun');
  for (let h = r - 1; h >= Math.max(T.tok1, r - 6); h--) if (op.has(toks[h]!.norm) && IN_OPERATION.test(toks[h - 1]?.norm ?? '') || (op.has(toks[h]!.norm) && /^an?$/.test(toks[h - 1]?.norm ?? '') && IN_OPERATION.test(toks[h - 2]?.norm ?? ''))) return true;
  return false;
}

/** Is T, after date d, of the relation of a noun trigger right after d (within 25 characters): the noun's own event? */
function sameEventAfter(ctx: Ctx, T: Trigger, d: { end: number }): boolean {
  if (T.start < d.end || T.start - d.end > 60) return false;
  const rel = T.patterns[0]!.relation;
  return ctx.s.triggers.some((x) => x !== T && x.patterns[0]!.pos === 'noun' && x.start >= d.end && x.start - d.end <= 25 && x.patterns[0]!.relation === rel && x.end <= T.start);
}

/** A noun trigger right after ", after"/`، إثر`/`، عقب`/`، بعد` (at most two words to the noun) that follows date d. */
function afterEventNoun(ctx: Ctx, T: Trigger, d: { end: number }): boolean {
  if (T.patterns[0]!.pos !== 'noun' || T.start - d.end > 60) return false;
  const between = normalise(ctx.doc.article.text.slice(d.end, T.start));
  return /[,،]\s*(?:after|following|[وف]?(?:بعد|عقب|اثر))\s+(?:\S+\s+){0,2}$/.test(between);
}

/** Words after a date that are no noun it could qualify. */
const NOT_NOUN = /^(?:and|or|to|in|on|at|of|with|by|for|from|when|which|that|who|was|were|is|are|had|has|have|after|before|as|but)$/;
/** Is the date span between "the"/"'s" and a noun ("the October 2019 joint statement", "Hamas's October 7 attack")? */
function attributive(text: string, d: { start: number; end: number }): boolean {
  // (and "a"/"an": "under an October 2019 agreement between …", branch dates33)
  if (!/(?:^|\s)(?:the|an?)\s+$|['’]s\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start))) return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(d.end, d.end + 16));
  return !!next && !NOT_NOUN.test(next[1]!);
}

const DAYS_AFTER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, يوم: 1, يومين: 2 };
/** Counts of weeks and months (normalised): "three months after", `بعد ثلاثة أشهر من`. */
const COUNTED: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };
/** The Arabic units that count themselves: a month, two months, a week, two weeks. */
const AR_SELF: Record<string, [number, 'w' | 'm']> = { شهر: [1, 'm'], شهرين: [2, 'm'], اسبوع: [1, 'w'], اسبوعين: [2, 'w'] };
/**
 * ", three months after Russia invaded Ukraine", `، بعد ثلاثة أشهر من الغزو`, ", two weeks after …" right after the date
 * (normalised): an exact count of weeks or months (not "about", "more than", "two or three").
 */
const WEEKS_MONTHS_AFTER = /^\s*[,،]?\s*(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(weeks?|months?)\s+(?:after|following)|(?:اي\s+)?بعد\s+(?:(ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(اشهر|اسابيع)|(شهر|شهرين|اسبوع|اسبوعين))\s+(?:من|علي))\s/;

/**
 * "struck … on Thursday, a day after Ankara declared …", "بعد يوم من", `غداة`: the act after the phrase is that many days
 * earlier; "in May 2022, three months after Russia invaded Ukraine": that many months (a month's precision) or weeks. An
 * act counted back is past: a day with no year that falls after publication is of the year before ("began on October 8,
 * a day after the Hamas attack" in an August paper).
 */
function shiftedBack(ctx: Ctx, d: { start: number; end: number; date: string }, T: Trigger): string {
  if (d.end > T.start || d.date.length < 7) return d.date;
  const between = normalise(ctx.doc.article.text.slice(d.end, T.start));
  const w = WEEKS_MONTHS_AFTER.exec(between);
  if (w) {
    const n = COUNTED[w[1] ?? w[3] ?? ''] ?? AR_SELF[w[5]!]![0];
    const unit = w[2] ? (w[2].startsWith('w') ? 'w' : 'm') : w[4] ? (w[4] === 'اسابيع' ? 'w' : 'm') : AR_SELF[w[5]!]![1];
    if (unit === 'm') return monthsBefore(d.date, n);
    return d.date.length === 10 ? pastYear(ctx, d, daysBefore(d.date, 7 * n)) : d.date;
  }
  if (d.date.length !== 10) return d.date;
  const m = /\b(a|one|two|three) days? after\b|بعد (يوم|يومين) من|(غداه|\bthe day after\b)/.exec(between);
  // ("recognised the regions on Feb. 21, three days before it launched its invasion", `قبل يومين من`: counted forward)
  const f = /^\s*[,،]\s*(?:(a|one|two|three|four|five|six|seven) days?\s+before|(?:اي\s+)?قبل\s+(?:(يوم|يومين)|(ثلاثه|اربعه|خمسه|سته|سبعه)\s+ايام)\s+من)\s/.exec(between);
  if (f) return daysBefore(d.date, -(DAYS_AFTER[f[1] ?? f[2] ?? ''] ?? COUNTED[f[1] ?? f[3]!]!));
  if (!m) return d.date;
  return pastYear(ctx, d, daysBefore(d.date, m[3] ? 1 : DAYS_AFTER[m[1] ?? m[2]!]!));
}

/** A day counted back from a date with no year of its own, after publication: the same day a year before. */
function pastYear(ctx: Ctx, d: { start: number; end: number }, day: string): string {
  if (day <= ctx.doc.article.date || /\d{4}/.test(ctx.doc.article.text.slice(d.start, d.end))) return day;
  return `${+day.slice(0, 4) - 1}${day.slice(4)}`;
}

/** Is the trigger a verb coordinated by "and" (`و` on the verb) after the date, in the same clause (no comma between)? */
function andVerb(ctx: Ctx, T: Trigger, d: { end: number }): boolean {
  if (T.patterns[0]!.pos !== 'verb') return false;
  const between = ctx.doc.article.text.slice(d.end, T.start);
  if (/[,،;؛]/.test(between)) return false;
  if (ctx.lang === 'en') return /\band\s+(?:also\s+|then\s+|later\s+)?$/.test(between);
  // (the trigger may start after the و its token has: " و")
  return /^\s*و$/.test(between) || (/^\s*$/.test(between) && ctx.s.tokens[T.tok0]!.norm.startsWith('و'));
}

/** An aid noun (`aid` cue: "aid package", `حزمة مساعدات`) after a date that follows a verb of declaring in its clause (`أعلنت`, "announced"). */
function announcedAid(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  if (d.end > T.start) return false;
  const cues = ctx.s.cues;
  if (!cues.some((c) => c.tok0 <= T.tok0 && T.tok0 <= c.tok1 && cueHas(c, 'aid'))) return false;
  // (English "announced", "pledged", "unveiled" carry only a speech cue)
  const declares = (c: (typeof cues)[number]) => cueHas(c, 'declare') || /^(?:announced|pledged|unveiled)$/.test(ctx.s.tokens[c.tok0]?.norm ?? '');
  return cues.some((c) => c.end <= d.start && declares(c) && !/[.;؛]/.test(ctx.doc.article.text.slice(c.end, d.start)));
}

/** ", and …", "، و…", "، إذ …": a new clause joined to the one before; "أنه …", "that …": a clause reported. */
const AND_CLAUSE = /[,،]\s*(?:and\s|و|[إا]ذ\s)|(?:^|\s)(?:أن|أنه|أنها|أنهم|إن|إنه|إنها|إنهم|that)\s/;

/** Date of a trigger: the nearest date expression in its sentence, else publication. */
/** A year after the act, in its own clause: no comma, no other relation word, no relative or clause word between, and near. */
function ownClauseYear(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  if (d.start < T.end || d.start - T.end > 60 || isPresent(ctx, T)) return false;
  const between = ctx.doc.article.text.slice(T.end, d.start);
  if (/[,،;:()«»"]/.test(between) || /\b(which|that|who|when|after|since|before|while)\b|(?:^|\s)[وف]?(الذي|التي|الذين|بعد|منذ|قبل|حين|عندما|حيث)(?=\s)/.test(between)) return false;
  return !ctx.s.triggers.some((x) => x !== T && x.start >= T.end && x.end <= d.start) && !(ctx.byKind.get('clause') ?? []).some((c) => c.start >= T.end && c.end <= d.start);
}

/**
 * `بدعم روسي`, `بدعم من X`: a support noun as the manner adjunct of its clause's act takes that clause's year before it
 * (`أطلقت عمليات تسوية في درعا عام 2018 بعد استعادة السيطرة على المحافظة بدعم روسي`, `منذ صيف 2018، حين استعادتها
 * القوات الحكومية بدعم روسي`; diagnosis-batch26 §2): no sentence end, and a comma only before a "when" clause.
 */
function supportAdjunctYear(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.relation !== 'supported' || T.patterns[0]!.pos !== 'noun' || d.end > T.start || T.start - d.end > 90) return false;
  if (!/^[وف]?بدعم$/.test(ctx.s.tokens[T.tok0]!.norm)) return false;
  const between = ctx.doc.article.text.slice(d.end, T.start);
  // (also set off by commas right after the date: `أطلقت أواخر الشهر الماضي، بدعم من التحالف الدولي، حملة`; branch dates33)
  if (/^\s*[,،]\s*ب?$/.test(between)) return true;
  return !/[.;؛:()«»"]/.test(between) && !/[,،](?!\s*(حين|عندما))/.test(between);
}

/**
 * `وكانت «قسد» قد شنّت، بدعم من القوات الأمريكية، حملة أمنية واسعة في المخيم خلال آذار/مارس الماضي`: a support adjunct
 * (`بدعم`) set off by commas right after a past verb (not an imperfect, `وتنفذ قوات النظام، بدعم جوي روسي، حملات`) is
 * the manner of that verb's act, and takes the date that closes the act's clause after it: no other comma, full stop,
 * relative or clause word, nor "since"/`منذ` between the closing comma and the date (dates45).
 */
function supportAdjunctAfterVerb(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.relation !== 'supported' || T.patterns[0]!.pos !== 'noun' || d.start < T.end || d.start - T.end > 160) return false;
  const toks = ctx.s.tokens;
  if (!/^[وف]?بدعم$/.test(toks[T.tok0]!.norm) || !/^[,،]$/.test(toks[T.tok0 - 1]?.text ?? '')) return false;
  // (the verb right before the comma, or before its subject: `وأطلقت القوات الحكومية، بدعم …`)
  let v = T.tok0 - 2;
  while (v > 0 && ctx.inMention[v]) v--;
  const verb = toks[v];
  if (!verb?.word || ctx.inMention[v]) return false;
  // (a past verb: a perfect, or any form after the pluperfect's قد; never an imperfect in ي/ت/ن)
  const past = toks[v - 1]?.norm === 'قد' || !/^[وف]?[يتن]/.test(verb.norm);
  if (!past) return false;
  const text = ctx.doc.article.text;
  const close = text.slice(T.end, d.start).search(/[,،]/);
  if (close < 0) return false;
  const rest = text.slice(T.end + close + 1, d.start);
  if (/[,،.;؛:()«»"]/.test(rest) || /(?:^|\s)[وف]?(?:الذي|التي|الذين|منذ|بعد|قبل|حين|عندما|حيث)(?=\s)/.test(rest)) return false;
  return !/[.;؛:()"]/.test(text.slice(T.end, T.end + close));
}

/**
 * Is there, between trigger T and date d after it, a participle that opens a reduced relative on an event noun (cues.csv
 * `event_participle`: "signed", "reached", `الموقّع`, `المبرم`), that noun (an `accord` cue or a noun trigger) after T
 * and at most four tokens before the participle? Then the date is that event's ("the ceasefire signed in March 2020").
 */
function eventParticipleBetween(ctx: Ctx, T: Trigger, d: { start: number }): boolean {
  const words = cueWords(ctx.lex, 'event_participle');
  if (!words.size) return false;
  const toks = ctx.s.tokens;
  for (let k = T.tok1 + 1; k < toks.length && toks[k]!.end <= d.start; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    const noun = (j: number) => j >= T.tok1 && (ctx.s.cues.some((c) => c.tok0 === j && cueHas(c, 'accord')) || ctx.s.triggers.some((x) => x !== T && x.tok0 === j && x.patterns[0]!.pos === 'noun'));
    for (let j = k - 1; j >= Math.max(T.tok1, k - 4); j--) if (noun(j)) return true;
  }
  return false;
}

/** "during", `خلال` (normalised) before a demonstrative event noun. */
const DURING_WORD = /^(during|[وف]?خلال)$/;
/** Demonstratives before an event noun ("after that agreement", `بعد ذلك الاتفاق`). */
const THAT_EVENT = /^(that|this|ذلك|تلك|هذا|هذه)$/;

/**
 * `ونشرت روسيا شرطتها العسكرية … بعد ذلك الاتفاق`, "… after that agreement" (ref31, diagnosis-batch27 §2): a sentence with
 * no date of its own whose act follows a demonstrative event noun (cues.csv `past_event_prep` + that/this + an `accord`
 * cue or a noun trigger) takes the date the sentence that told that noun gave (one of the two before: the same word),
 * the act's best-known time. Undefined otherwise.
 */
function afterThatEvent(ctx: Ctx): string | undefined {
  const { s, doc } = ctx;
  if (s.dates.length || s.index === 0) return undefined;
  const preps = cueWords(ctx.lex, 'past_event_prep');
  const toks = s.tokens;
  for (let k = 0; k + 2 < toks.length; k++) {
    // (and "during that visit", `خلال تلك الزيارة`: the act is part of the event told before; dates44)
    const during = DURING_WORD.test(toks[k]!.norm);
    if ((!preps.has(toks[k]!.norm) && !during) || /^[وف]?منذ$|^since$/.test(toks[k]!.norm) || !THAT_EVENT.test(toks[k + 1]!.norm)) continue;
    const n = k + 2;
    // (after a demonstrative the word is a noun, whatever the pattern's part of speech: "that visit")
    const noun = s.triggers.find((x) => x.tok0 === n && (during || x.patterns[0]!.pos === 'noun'));
    const isEvent = s.cues.some((c) => c.tok0 === n && cueHas(c, 'accord')) || !!noun;
    if (!isEvent) continue;
    const word = toks[n]!.norm.replace(/^ال/, '');
    for (let h = s.index - 1; h >= Math.max(0, s.index - 2); h--) {
      const sent = doc.sentences[h]!;
      // (the same word, or, after "during", a trigger of the noun's relation: "visited Damascus in July … during that visit")
      const told = sent.tokens.some((t) => t.norm.replace(/^[وفبل]?(ال)?/, '') === word || t.norm === word) || (during && !!noun && sent.triggers.some((x) => x.patterns[0]!.relation === noun.patterns[0]!.relation));
      if (!sent.dates.length || !told) continue;
      for (let j = sent.dates.length - 1; j >= 0; j--) if (sent.dates[j]!.date.slice(0, 10) <= doc.article.date && /^\d{4}/.test(sent.dates[j]!.date)) return sent.dates[j]!.date;
    }
  }
  return undefined;
}

/**
 * News told in the English present perfect or progressive and reported on a day at the sentence's end ("Syria has formally
 * cut diplomatic relations with Ukraine, the foreign ministry said on Wednesday", "The United States is sending F-22
 * fighters to the Middle East, the Pentagon said on Wednesday"): the act is the day's news, dated with the report's day
 * (a speech cue after a comma, the day within three words after it). Not a state of support, not an ongoing presence in
 * the perfect ("has kept troops"), not "since" (rule 6). dates36.
 */
function newsDay(ctx: Ctx, T: Trigger): string | undefined {
  if (ctx.lang !== 'en' || T.patterns[0]!.pos !== 'verb' || T.patterns[0]!.relation === 'supported') return undefined;
  const toks = ctx.s.tokens;
  const w = toks[T.tok0]!.norm;
  let a = T.tok0 - 1;
  if (a >= 0 && /ly$/.test(toks[a]!.norm)) a--;
  const aux = toks[a]?.norm ?? '';
  const perfect = (aux === 'has' || aux === 'have') && (/ed$/.test(w) || cueWords(ctx.lex, 'past_irregular_en').has(w));
  const progressive = (aux === 'is' || aux === 'are') && /ing$/.test(w);
  if (!perfect && !progressive) return undefined;
  if (perfect && T.patterns[0]!.relation === 'deployed_in') return undefined;
  if (toks.some((t) => t.norm === 'since')) return undefined;
  for (const c of ctx.s.cues) {
    if (c.tok0 <= T.tok1 || !cueHas(c, 'speech')) continue;
    // (the reporter after a comma: ", the foreign ministry … said on Wednesday")
    let comma = false;
    for (let k = c.tok0 - 1; k >= T.tok1 && !comma; k--) if (toks[k]!.text === ',') comma = true;
    if (!comma) continue;
    const d = ctx.s.dates.find((x) => x.start >= c.end && x.date.length === 10 && x.date <= ctx.doc.article.date && toks.findIndex((t) => t.start >= x.start) - c.tok1 <= 2);
    if (d) return d.date;
  }
  return undefined;
}
/** English possessive determiners (normalised). */
const POSSESSIVE_EN = /^(its|his|her|their|our)$/;
export function dateFor(ctx: Ctx, T: Trigger): { date: string; dateSource: 'text' | 'published' } {
  // "the December meeting", "since the October talks": a month naming the noun's own event (even where
  // "since" keeps it from dating the clause)
  if (ctx.lang === 'en' && T.patterns[0]!.pos === 'noun' && ctx.s.tokens[T.tok0 - 2]?.norm === 'the' && EN_MONTH.test(ctx.s.tokens[T.tok0 - 1]?.norm ?? '')) {
    const d = findDates(`in ${ctx.s.tokens[T.tok0 - 1]!.norm}`, 0, 3 + ctx.s.tokens[T.tok0 - 1]!.norm.length, ctx.doc.article.date)[0];
    if (d) return { date: d.date, dateSource: 'text' };
  }
  // "the 1974 disengagement agreement", "the 2018 Sochi deal": a year as the noun's modifier names its own event's year
  // (diagnosis-batch25 §5)
  if (ctx.lang === 'en' && T.patterns[0]!.pos === 'noun') {
    const toks = ctx.s.tokens;
    for (let k = T.tok0 - 1; k >= Math.max(1, T.tok0 - 3); k--) {
      if (/^(1[89]|20)\d\d$/.test(toks[k]!.norm) && toks[k - 1]!.norm === 'the') return { date: toks[k]!.norm, dateSource: 'text' };
      // ("under a 2019 agreement between Moscow and Ankara", "an October 2019 deal": the indefinite article too, and a
      // month before the year; branch dates33)
      if (/^(1[89]|20)\d\d$/.test(toks[k]!.norm) && /^an?$/.test(toks[k - 1]!.norm)) return { date: toks[k]!.norm, dateSource: 'text' };
      // ("after its 2019 offensive against the YPG", "Turkey's 2019 incursion": a possessive before the year too; dates36)
      if (/^(1[89]|20)\d\d$/.test(toks[k]!.norm) && (POSSESSIVE_EN.test(toks[k - 1]!.norm) || /['’]s$/i.test(toks[k - 1]!.text))) return { date: toks[k]!.norm, dateSource: 'text' };
      if (/^(1[89]|20)\d\d$/.test(toks[k]!.norm) && k >= 2 && EN_MONTH.test(toks[k - 1]!.norm) && (/^(the|an?)$/.test(toks[k - 2]!.norm) || POSSESSIVE_EN.test(toks[k - 2]!.norm) || /['’]s$/i.test(toks[k - 2]!.text))) {
        const d = findDates(`in ${toks[k - 1]!.norm} ${toks[k]!.norm}`, 0, 4 + toks[k - 1]!.norm.length + toks[k]!.norm.length, ctx.doc.article.date)[0];
        if (d) return { date: d.date, dateSource: 'text' };
      }
      if (!toks[k]!.word || ctx.inMention[k] || /^(the|a|an|of|and|in|on)$/.test(toks[k]!.norm)) break;
    }
  }
  // (a war or escalation told as the topic of another dated act is ongoing: ongoingdate.ts, slot42)
  if (ongoingTopic(ctx, T) || ongoingSeries(ctx, T)) return { date: ctx.doc.article.date, dateSource: 'published' };
  const news = newsDay(ctx, T);
  if (news) return { date: news, dateSource: 'text' };
  let best: { date: string; d: number; span: { start: number; end: number; date: string } } | undefined;
  const near = isPresent(ctx, T) ? 20 : Infinity;
  const host = ctx.lang === 'en' && ctx.byKind.has('clause') ? hostOf(ctx, T) : undefined;
  const hostStart = host ? (host.trigger ?? host.cue).start : -1;
  for (const d of ctx.s.dates) {
    // ("Russia has kept forces in Syria since 2015, when it intervened": the start dates the "when" clause only)
    if (d.when && T.start < d.end) continue;
    // ("Damascus and its ally Russia said at the time that …": the time of the saying, not of a state told by a noun; dates44)
    if (T.patterns[0]!.pos === 'noun' && STATES.has(T.patterns[0]!.relation) && /^at the time$/i.test(ctx.doc.article.text.slice(d.start, d.end))) continue;
    const dist = d.end <= T.start ? T.start - d.end : d.start >= T.end ? d.start - T.end : 0;
    // "have struck … since Sunday": the day the acts began dates a present perfect too
    // (and "has claimed 153 attacks … in the first six months of this year": acts told in the present (perfect) over this
    // year, after them, are of this year; not a past act's content: `اتفقت … على عقد الجولة المقبلة … من العام الجاري`)
    const thisYear = near < Infinity && d.date === ctx.doc.article.date.slice(0, 4) && d.start >= T.end;
    if (dist > near && !thisYear && !/(?:since|منذ)\s+$/i.test(ctx.doc.article.text.slice(Math.max(0, d.start - 8), d.start))) continue;
    // ("… in Ankara on Thursday, as Ankara presses Baghdad …": a present tense takes no date across a comma)
    if (near < Infinity && /[,،]/.test(ctx.doc.article.text.slice(d.end <= T.start ? d.end : T.end, d.end <= T.start ? T.start : d.start))) continue;
    // a bare year far from the trigger belongs to a background clause ("the ties they broke off after the war began in 2011")
    // (not the year closing the act's own clause, with no comma, other relation word or clause word between:
    // `وأعادت الإمارات فتح سفارتها في دمشق أواخر عام 2018`; diagnosis-batch25 §5)
    // (not the year a "when" clause right after it dates: "since 2018, when government forces, backed by Russia, retook …";
    // branch dates33)
    const whenYear = d.end <= T.start && T.start - d.end <= 90 && WHEN_AFTER.test(ctx.doc.article.text.slice(d.end, T.start));
    if (d.date.length === 4 && dist > 25 && !thisYear && !whenYear && !ownClauseYear(ctx, T, d) && !supportAdjunctYear(ctx, T, d)) continue;
    // "… in October 2020, but Turkey still has …", "despite saying last June": another clause's date
    const [a, b] = d.end <= T.start ? [d.end, T.start] : [T.end, d.start];
    // (not a "but" that joins a verb phrase to its host before the date: "Speaking on Friday, X said …, but warned Y")
    if ((ctx.byKind.get('clause') ?? []).some((c) => c.start >= a && c.end <= b && !(hostStart >= 0 && hostStart < c.start && d.end <= c.start))) continue;
    // "… محافظة إدلب، التي يشملها اتفاق … في ٥ آذار ٢٠٢٠", "…, which was agreed in 2020": the relative clause's own date
    // (a noun's own relative clause dates it: "الاجتماع الذي عقده … في ٢٨ كانون الأول")
    if (d.start >= T.end && T.patterns[0]!.pos === 'verb' && relativeBetween(ctx, a, b) && !eventRelativeDate(ctx, T, d)) continue;
    // ("accused HTS of violating the ceasefire signed in Moscow in March 2020", `بخرق اتفاق وقف إطلاق النار الموقّع في موسكو في
    // آذار 2020`: a reduced relative on an event noun between the act and the date dates that noun's event, ref31)
    if (d.start >= T.end && eventParticipleBetween(ctx, T, d)) continue;
    if (backgroundDate(ctx, T, d)) continue;
    // ("Russia, a close ally of the Syrian government, voted … in July": a state told by a noun takes no date across a comma)
    // (but aid announced on a day is given that day: "أعلنت في بيروت، في الثاني من أيار، حزمة مساعدات للبنان")
    if (!d.when && T.patterns[0]!.pos === 'noun' && STATES.has(T.patterns[0]!.relation) && /[,،]/.test(ctx.doc.article.text.slice(d.end <= T.start ? d.end : T.end, d.end <= T.start ? T.start : d.start)) && !announcedAid(ctx, T, d) && !supportAdjunctYear(ctx, T, d) && !supportAdjunctAfterVerb(ctx, T, d)) continue;
    // "تتعرض … لغارات منذ اندلاع الحرب في تشرين الأول", "أول زيارة له منذ تعيينه … مطلع حزيران": a date after منذ and an
    // event noun dates that event (when the acts began), not the act before it
    if (ctx.lang === 'ar' && d.start >= T.end && sinceEvent(ctx.doc.article.text.slice(T.end, d.start))) continue;
    // (and an act in a clause after it, past a comma: `منذ بدء حربها على لبنان في أيلول الماضي، متهمة «حزب الله» …`, "since
    // it expanded its war … in late September, saying Iran uses …": the date closing a since-event clause dates that event
    // only; not a "when" clause on that date, `، حين زار …`; dates43)
    // (not a support adjunct set off by a comma right after that date: `منذ انتزعت «قسد» السيطرة عليها … في تشرين الأول 2017،
    // بدعم من الولايات المتحدة`, the since-clause's own act's manner; dates45)
    if (d.end <= T.start && /^[^.;]*[,،]/.test(ctx.doc.article.text.slice(d.end, T.start)) && !SINCE_WHEN.test(ctx.doc.article.text.slice(d.end, T.start)) && !(/^\s*[,،]\s*ب?$/.test(ctx.doc.article.text.slice(d.end, T.start)) && supportAdjunctYear(ctx, T, d)) && sinceClauseBefore(ctx, d)) continue;
    // (English: "visiting Russia for the first time since the quadrilateral meeting in May")
    // (and a clause after "since": "has stepped up its strikes since it launched a campaign … last month")
    if (ctx.lang === 'en' && d.start >= T.end && /\bsince\s+\S/i.test(ctx.doc.article.text.slice(T.end, d.start))) continue;
    // "called on Ankara …, after Turkish strikes … in November", "held talks …, days after Erdogan hosted Sisi … on September
    // 4", `، بعد الغارات … في تشرين الثاني`: a date after "after" dates the event it introduces, not the act before it
    if (d.start >= T.end && AFTER_EVENT.test(normalise(ctx.doc.article.text.slice(T.end, d.start)))) continue;
    // "flew to Jeddah directly from Israel, where he … signed a declaration on Thursday", `وصل إلى أنقرة قادماً من عمّان، حيث
    // التقى أول أمس …`: a date in a "where" clause on the place of origin dates what happened there, before the act
    if (d.start >= T.end && FROM_WHERE.test(normalise(ctx.doc.article.text.slice(T.end, d.start)))) continue;
    // "… in May, and Assad visited the UAE in March": a date before ", and" + the act's clause is the
    // clause before's, when the act's own clause has one after it
    // (so is a date before "أنه …", "that …": the saying's, when the act reported has its own: "كشف يوم الخميس أنه
    // أجرى محادثة … في تشرين الأول الماضي")
    // (and a date before a relative pronoun the act comes after is its antecedent's: "اجتماع … في الأول من أيار، الذي مهّد
    // لاستعادة … في السابع من الشهر نفسه", "the talks on Monday, which prepared the deal signed on Friday")
    // (and a date before "and" + the act's own verb, a coordinated verb phrase: "restored ties with Iran in March … and hosted
    // Assad at a summit last month", `أعادت … في آذار الماضي واستضافت … الشهر الماضي`)
    // (and a date before ", after"/`، إثر` + the act's noun is the later act's, when the noun's event has its own date after
    // it: `تشكلت لجنة … في تموز/يوليو الماضي، إثر استعادة سوريا مقعدها في الجامعة العربية في أيار/مايو`; branch dates33)
    const cost = d.end <= T.start && (AND_CLAUSE.test(ctx.doc.article.text.slice(d.end, T.start)) || relativeBetween(ctx, d.end, T.start) || andVerb(ctx, T, d) || afterEventNoun(ctx, T, d)) ? dist + 1000 : dist;
    // ("met Mamlouk in Moscow in December, when the defence ministers … held their first talks, and … in April": the act of a
    // "when" clause right after a date is of that date)
    const when = d.end <= T.start && T.start - d.end <= 90 && WHEN_AFTER.test(ctx.doc.article.text.slice(d.end, T.start));
    if (!best || (when ? -1 : cost) < best.d) best = { date: d.date, d: when ? -1 : cost, span: d };
  }
  if (best) return { date: shiftedBack(ctx, best.span, T), dateSource: 'text' };
  const that = afterThatEvent(ctx);
  if (that) return { date: that, dateSource: 'text' };
  const anchored = leadAnchorDay(ctx, T);
  if (anchored) return { date: anchored, dateSource: 'text' };
  const named = eventNamedDay(ctx, T);
  if (named) return { date: named, dateSource: 'text' };
  const told = storyDay(ctx, T);
  return told ? { date: told, dateSource: 'text' } : { date: ctx.doc.article.date, dateSource: 'published' };
}

/** Relative pronouns (normalised) that open a capture clause on a holder named before. */
const WHO_RELATIVE = /^(?:who|which|that|[وف]?(?:الذي|التي|الذين|اللذين|اللتين))$/;
/**
 * "The area has been held since 2018 by Turkish troops and SNA factions, who seized it from the YPG that year": the
 * presence a capture verb in a relative clause gives its captors, when the main clause before the relative tells the hold
 * as ongoing with "since"/`منذ`, is that standing state (rule 6: publication), not the capture's date; the capture itself
 * and the loser's presence keep the clause's date (dates55, diagnosis-batch44 #56).
 */
export function capturedWhileHeld(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.pos !== 'verb') return false;
  const toks = ctx.s.tokens;
  // (cues.csv `capture_verb`, `taken_from_verb`: "seized", "captured", "took", `انتزعت`)
  if (!cueWords(ctx.lex, 'capture_verb').has(toks[T.tok0]!.norm) && !cueWords(ctx.lex, 'taken_from_verb').has(toks[T.tok0]!.norm)) return false;
  let r = T.tok0 - 1;
  while (r >= 0 && T.tok0 - r <= 3 && !WHO_RELATIVE.test(toks[r]!.norm)) r--;
  if (r < 0 || !WHO_RELATIVE.test(toks[r]!.norm)) return false;
  for (let k = 0; k < r; k++) if (toks[k]!.norm === 'since' || /^[وف]?منذ$/.test(toks[k]!.norm)) return true;
  return false;
}

/** "before"/"after" and their Arabic words (normalised), before the story's own fight told by a bare definite noun. */
const ANCHOR_WORD = /^(?:before|after|[وف]?(?:قبل|بعد|عقب))$/;
/**
 * "The SDF said … that the factions had shelled the outskirts of Ain Issa before the fighting", `قصفت … قبل الاشتباكات`: an
 * attack told before or after a bare definite attack noun (a noun trigger of `attacked`, "the fighting", `الاشتباكات`, with
 * no phrase after it that would make it another event: "of", "on", "in", `على`, `في`) in a later sentence is dated by the
 * lead's day, when the lead tells an attack and gives a day (an act dated by its anchor: dates55, diagnosis-batch53 D1).
 */
function leadAnchorDay(ctx: Ctx, T: Trigger): string | undefined {
  if (T.patterns[0]!.relation !== 'attacked' || ctx.s.start === ctx.doc.sentences[0]?.start) return undefined;
  const toks = ctx.s.tokens;
  for (let k = T.tok1; k + 1 < toks.length && k - T.tok1 <= 8; k++) {
    if (/^[.;؛,،]$/.test(toks[k]!.text)) return undefined;
    if (!ANCHOR_WORD.test(toks[k]!.norm)) continue;
    const j = ctx.lang === 'en' ? (toks[k + 1]!.norm === 'the' ? k + 2 : -1) : toks[k + 1]!.norm.startsWith('ال') ? k + 1 : -1;
    if (j < 0 || j >= toks.length) return undefined;
    const noun = ctx.s.triggers.some((x) => x.tok0 === j && x.tok1 === j + 1 && x.patterns[0]!.pos === 'noun' && x.patterns[0]!.relation === 'attacked');
    const after = toks[j + 1]?.norm ?? '';
    if (!noun || /^(?:of|on|in|at|against|by|علي|في|ضد|من)$/.test(after) || ctx.inMention[j + 1]) return undefined;
    // (the day of the lead's own attack record, not of its saying: "… clashed late on Monday …, both sides said on Tuesday")
    const s0 = ctx.doc.sentences[0]!;
    // (or, when the lead's fight has no record, the lead's earliest day: the fight's, not the later day it was told on)
    if (!s0.triggers.some((x) => x.patterns[0]!.relation === 'attacked')) return undefined;
    let first: string | undefined;
    for (const d of s0.dates) if (d.date.length === 10 && d.date <= ctx.doc.article.date && (!first || d.date < first)) first = d.date;
    return first;
  }
  return undefined;
}

/**
 * A day named by an event, `يوم الزلزال`, "on the day of the quake", next to the act (six words either side, no full stop):
 * the day the article gives that event elsewhere (`الزلزال الذي ضرب البلاد فجر الاثنين`: the event's noun, then a full
 * date within eight words). Nothing when the article gives the event no day.
 */
function eventNamedDay(ctx: Ctx, T: Trigger): string | undefined {
  const toks = ctx.s.tokens;
  let noun: string | undefined;
  for (let k = Math.max(0, T.tok0 - 6); k < Math.min(toks.length - 1, T.tok1 + 6) && !noun; k++) {
    const w = toks[k]!.norm;
    if ((w === 'يوم' || w === 'ويوم') && toks[k + 1]!.norm.startsWith('ال') && toks[k + 1]!.norm.length > 4) noun = toks[k + 1]!.norm;
    else if (w === 'day' && toks[k - 1]?.norm === 'the' && toks[k + 1]?.norm === 'of' && toks[k + 2]?.norm === 'the' && toks[k + 3]?.word) noun = toks[k + 3]!.norm;
    if (noun && hasBoundary(toks, Math.min(k, T.tok0), Math.max(k, T.tok1))) noun = undefined;
  }
  if (!noun || cueWords(ctx.lex, 'event_day_not').has(noun)) return undefined;
  for (const s of ctx.doc.sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      if (t.norm !== noun && t.norm !== 'و' + noun) continue;
      // (its own mention in the sentence at hand, `يوم الزلزال`, gives no day)
      if (s.start === ctx.s.start && toks[k - 1]?.norm.endsWith('يوم')) continue;
      const d = s.dates.find((x) => x.start >= t.end && x.date.length === 10 && s.tokens.findIndex((y) => y.start >= x.start) - k <= 8);
      if (d) return d.date;
    }
  }
  return undefined;
}
// Nouns after `يوم` that name a day, not an event (`يوم الجمعة`, `يوم أمس`, "the day of the week").
// (EVENT_DAY_NOT: the `event_day_not` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "after" and a word (not a time of day: `بعد ظهر`, `بعد منتصف الليل`) with a comma before it (normalised). Kept in code:
 * a pattern of several words and punctuation (a comma, counted time words, "after", a next word that is no time of day),
 * not a word list.
 */
const AFTER_EVENT = /[,،]\s*(?:(?:a|one|two|three|few|days|weeks|hours|months)\s+)*(?:after|following|[وف]?(?:بعد|عقب))\s+(?!ظهر|منتصف|الظهر)\S/;
/** ", when …", `، حين …` right after a date, the act's clause (no full stop or second comma clause "and" before the act). */
const WHEN_AFTER = /^\s*[,،]\s*(?:when|حين|حينما|عندما)\s[^.;،]*$/;
/** "from X, where", `من X، حيث` (normalised): a clause on the place an actor came from. */
const FROM_WHERE = /(?:^|\s)(?:from|من)\s+[^,،.]{1,40}[,،]\s*(?:where|حيث)\s/;
/**
 * The date closes a "since" + event clause of its sentence (`منذ اندلاع الحرب في …`, "since it expanded its war … in"):
 * منذ or "since", then at least one word that is not a time word, then the date, no full stop or comma between (dates43).
 */
const SINCE_WHEN = /^\s*[,،]\s*(?:when|where|حين|حيث|عندما|حينما)\s/i;
function sinceClauseBefore(ctx: Ctx, d: { start: number }): boolean {
  const before = ctx.doc.article.text.slice(Math.max(ctx.s.start, d.start - 160), d.start);
  if (ctx.lang === 'ar') return /منذ/.test(before) && sinceEvent(before) && !/[,،.;؛]/.test(before.slice(before.lastIndexOf('منذ')));
  const m = /\bsince\s+([^,.;]+)$/i.exec(before);
  return !!m && /[a-z]/i.test(m[1]!) && !/^(?:early|late|mid|last|the end of|the start of|the beginning of)\s*$/i.test(m[1]!.trim());
}
/** "… منذ اندلاع الحرب في " before a date: منذ, then an event noun (not a time word), then the date. */
function sinceEvent(between: string): boolean {
  const m = /(?:^|\s)منذ\s+(\S+)[^]*$/.exec(between);
  return !!m && !/^(عام|العام|سنة|السنة|شهر|مطلع|أوائل|اوائل|أواخر|اواخر|منتصف|نهاية|بداية|يوم|الـ?\d*)$/.test(m[1]!) && !/^\d/.test(m[1]!);
}

// Light verbs in the past that make a noun an act: "وشنّت الطائرات غارات", "carried out strikes".
// (LIGHT_PAST: the `light_past_verb` word cue of data/lexicon/cues.csv, branch words31)
/**
 * A past-tense verb, or a noun after a past light verb of its clause (at most six words before it); not a
 * pluperfect ("وكانت الطائرات قد قصفت", "had struck": background, before the story's day).
 */
function pastAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (let k = Math.max(0, T.tok0 - 3); k < T.tok0; k++) if (toks[k]!.norm === 'قد' || toks[k]!.norm === 'had') return false;
  if (T.patterns[0]!.pos === 'verb') return !isPresent(ctx, T);
  // ("has carried out repeated operations since 2016": a present perfect is a standing state, not the story's act)
  for (let k = T.tok0 - 1; k >= 0 && k >= T.tok0 - 6; k--) if (cueWords(ctx.lex, 'light_past_verb').has(toks[k]!.norm)) return !/^(has|have)$/.test(nth(toks, k - 1)?.norm ?? '');
  return false;
}

/** Acts a story tells in the past tense on the day it is about, undated when they follow that day. */
const STORY_ACTS = new Set(['attacked']);
/** The event a story is about, named as the frame of an act: "خلال المحادثات", "during the talks". */
// (and with its owner: `عقب لقائه الرئيس …`, `بعد اجتماعها مع …`, "after his meeting with …")
const EVENT_NOUNS = new Set(['المحادثات', 'المباحثات', 'اللقاء', 'الاجتماع', 'الزياره', 'القمه', 'الاتصال', 'talks', 'meeting', 'visit', 'summit', 'call', 'لقايه', 'لقايها', 'لقايهم', 'اجتماعه', 'اجتماعها', 'اجتماعهم', 'محادثاته', 'محادثاتها', 'مباحثاته', 'مباحثاتها', 'اتصاله', 'اتصالها']);
const COUNT: Record<string, number> = { يوم: 1, يومين: 2, ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10, ساعات: 0, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hours: 0 };
/** Units after a count in "بعد N … من", "N … after" (normalised): days each counts, or months (a month's precision). */
const AR_UNIT_DAYS: Record<string, [number, 'd' | 'm']> = { ايام: [1, 'd'], اسبوع: [7, 'd'], اسبوعين: [14, 'd'], اسابيع: [7, 'd'], شهر: [1, 'm'], شهرين: [2, 'm'], اشهر: [1, 'm'] };
const EN_UNIT_DAYS: Record<string, [number, 'd' | 'm']> = { day: [1, 'd'], days: [1, 'd'], week: [7, 'd'], weeks: [7, 'd'], month: [1, 'm'], months: [1, 'm'], hours: [0, 'd'] };
/**
 * Where a sentence's "after" phrase stands (token), how far back it puts the act after it, in days or months, and
 * whether it counts a few days or hours (up to five, "بعد ثلاثة أيام من", "two days after": what dates any relation).
 */
type After = [number, number, 'd' | 'm', boolean];

/**
 * What a sentence says of its story's day, read once per sentence (the first time one of its relations has no
 * date of its own): its index; whether it refers back ("اليوم نفسه", "that night"); whether it frames its acts
 * by the story's event ("خلال المحادثات", "during the talks"); where "بعد ثلاثة أيام من", "three days after",
 * "بعد ساعات من", "hours after" stand (token, days back).
 */
interface StoryInfo {
  text: string;
  start: number;
  index: number;
  back: boolean;
  during: boolean;
  reaction: boolean;
  after: After[];
}
const SAME_HEAD = new Set(['اليوم', 'الليله', 'واليوم', 'والليله', 'فاليوم', 'فالليله']);
const SAME_TAIL = new Set(['نفسه', 'نفسها', 'ذاته', 'ذاتها']);
const COUNTS = new Map(Object.entries(COUNT));
/** The words a StoryInfo phrase starts with (every other token is skipped with one look-up). */
// ("أما عراقجي فقال …": "as for X" opens a reaction too)
const REACTION = new Set(['بدوره', 'بدورها', 'بدورهم', 'وبدوره', 'وبدورها', 'اما', 'واما']);
const PART_OWNER = new Set(['his', 'her', 'its', 'their']);
/** Words that frame an act by the story's event: during it, or right after it. */
const FRAME_WORDS = new Set(['خلال', 'وخلال', 'during', 'عقب', 'وعقب', 'بعد', 'وبعد', 'after']);
/** `غداة` (the day after), with a proclitic و or none (normalised). */
const NEXT_DAY = new Set(['غداه', 'وغداه']);
const STORY_WORDS = new Set([...SAME_HEAD, ...REACTION, ...FRAME_WORDS, ...NEXT_DAY, 'جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم', 'for', 'ذات', 'نفس', 'same', 'that', 'hours', 'days', 'day', ...COUNTS.keys()]);
let story: StoryInfo = { text: '', start: -1, index: -1, back: false, during: false, reaction: false, after: [] };
function storyInfo(ctx: Ctx): StoryInfo {
  const text = ctx.doc.article.text;
  if (story.text === text && story.start === ctx.s.start) return story;
  const toks = ctx.s.tokens;
  const info: StoryInfo = { text, start: ctx.s.start, index: -1, back: false, during: false, reaction: false, after: [] };
  // (ctx.s may be a filtered copy: found by its start; sentences are in text order)
  const ss = ctx.doc.sentences;
  for (let lo = 0, hi = ss.length - 1; lo <= hi && info.index < 0; ) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start === ctx.s.start) info.index = mid;
    else if (ss[mid]!.start < ctx.s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    const w = toks[k]!.norm;
    if (!STORY_WORDS.has(w)) continue;
    const next = toks[k + 1]!.norm;
    // "اليوم نفسه", "في الليلة نفسها", "ذات اليوم", "the same day", "that night"
    if ((SAME_HEAD.has(w) && SAME_TAIL.has(next)) || ((w === 'ذات' || w === 'نفس') && SAME_HEAD.has(next))) info.back = true;
    else if ((w === 'same' || w === 'that') && (next === 'day' || next === 'night') && (w === 'that' || toks[k - 1]?.norm === 'the')) info.back = true;
    // (and right after it: "عقب اللقاء", "بعد الاجتماع", "after the talks", "hours after the meeting")
    else if (FRAME_WORDS.has(w) && EVENT_NOUNS.has(next === 'the' || PART_OWNER.has(next) ? (toks[k + 2]?.norm ?? '') : next)) info.during = true;
    // "من جهته، قال …", "بدوره، قال …", "…, for his part, said": a reaction within the story
    else if ((k === 1 && (w === 'جهته' || w === 'جهتها' || w === 'جهتهم' || w === 'جانبه' || w === 'جانبها' || w === 'جانبهم')) || (k === 0 && REACTION.has(w)) || (w === 'for' && PART_OWNER.has(next) && toks[k + 2]?.norm === 'part')) info.reaction = true;
    // بعد ثلاثة أيام من / بعد يومين على / بعد ساعات من / بعد أسبوع من / بعد ثلاثة أشهر من / بعد أيام من
    else if (w === 'بعد' || w === 'وبعد') {
      const a = arabicAfter(toks, k + 1);
      if (a) info.after.push([k, a[0], a[1], a[1] === 'd' && a[0] <= 5 && toks[k + 1]!.norm !== 'اسبوع' && toks[k + 2]?.norm !== 'علي' && toks[k + 3]?.norm !== 'علي']);
    }
    // `وجاء الهجوم غداة إطلاق أنقرة عملية …`, "came the day after Ankara launched …": the act after it is a day before
    else if (NEXT_DAY.has(w) || (w === 'day' && next === 'after' && toks[k - 1]?.norm === 'the')) info.after.push([k, 1, 'd', true]);
    // three days after / a week after / ten days after / hours after / days after / two months after
    else if ((w === 'hours' || w === 'days') && next === 'after') info.after.push([k, 0, w === 'days' ? 'm' : 'd', w === 'hours']);
    else if (COUNTS.has(w) && EN_UNIT_DAYS[next] && toks[k + 2]?.norm === 'after') {
      const [per, unit] = EN_UNIT_DAYS[next]!;
      info.after.push([k, COUNTS.get(w)! * per, unit, per <= 1 && unit === 'd' && COUNTS.get(w)! <= 5]);
    }
  }
  return (story = info);
}

/** What follows بعد (at token j): a count and a unit, then من or على ("يومين على", "ثلاثة أيام من", "أسبوع من", "أيام من"). */
function arabicAfter(toks: Doc['sentences'][number]['tokens'], j: number): [number, 'd' | 'm'] | undefined {
  const w = toks[j]?.norm ?? '';
  const prep = (k: number) => toks[k]?.norm === 'من' || toks[k]?.norm === 'علي';
  // a unit alone: يوم, يومين, ساعات, أسبوع(ين), شهر(ين); "أيام" with no count: some days (the month)
  if (w === 'ايام' || w === 'اسابيع') return prep(j + 1) ? [0, 'm'] : undefined;
  const own = COUNTS.get(w) ?? (AR_UNIT_DAYS[w] && w !== 'اشهر' ? 1 : undefined);
  if (own === undefined) return undefined;
  // a count then its unit: ثلاثة أيام, عشرة أيام, ثلاثة أشهر
  const unit = AR_UNIT_DAYS[toks[j + 1]?.norm ?? ''];
  if (unit && COUNTS.has(w) && w !== 'يوم' && w !== 'يومين' && w !== 'ساعات') return prep(j + 2) ? [own * unit[0], unit[1]] : undefined;
  if (!prep(j + 1)) return undefined;
  if (w === 'يوم' || w === 'يومين' || w === 'ساعات') return [own, 'd'];
  const [per, u] = AR_UNIT_DAYS[w]!;
  return [per * (w === 'اسبوعين' || w === 'شهرين' ? 1 : own), u];
}

/**
 * An undated sentence in a story: "وردّت تركيا في الليلة نفسها", "that day" refer back to the last day the
 * text gave, and a past-tense strike ("وشنّت الطائرات … غارات") told right after a dated sentence is of that
 * day (a day at most three sentences back); an act "خلال المحادثات" or "بعد ساعات من" the story's event is of
 * the lead's day, "بعد ثلاثة أيام من" it three days before. Never a day after publication.
 */
function storyDay(ctx: Ctx, T: Trigger): string | undefined {
  const ss = ctx.doc.sentences;
  const dayOf = (k: number) => lastDay(ctx.doc, k);
  const info = storyInfo(ctx);
  const i = info.index;
  // "The meeting came ten days after Iran fired …", `وجاء الاتصال بعد يومين على بدء الهجوم`, `بعد أيام من ضربات …`: the act
  // after the phrase is that long before the story's day (the lead's)
  // (not a state, an accusation or a threat told in passing: "whose forces have backed Assad since 2015", `تهديد أنقرة`)
  const after = i > 0 && !info.during && !STANCES.has(T.patterns[0]!.relation) ? info.after.find(([k]) => k < T.tok0) : undefined;
  if (after && (after[1] > 0 || after[2] === 'm')) {
    // (counted from the clause's own date when one comes before the phrase: "agreed in May last year …, days after …")
    const at = ctx.s.tokens[after[0]]!.start;
    const own = ctx.s.dates.filter((d) => d.end <= at && d.date <= ctx.doc.article.date).pop()?.date;
    const base = own ?? dayOf(0);
    if (base && (base.length === 10 || after[2] === 'm')) return after[2] === 'd' ? daysBefore(base, after[1]) : monthsBefore(base, after[1]);
  }
  // an act framed by the story's event ("خلال المحادثات", `عقب اللقاء`, "hours after the meeting") is of the lead's day
  if (info.during && i > 0) {
    const lead = dayOf(0);
    if (lead) return lead;
  }
  const strike = STORY_ACTS.has(T.patterns[0]!.relation) && pastAct(ctx, T);
  // a response (`وردّت «قسد» بقصف …`, "responded by shelling …") answers the act told before it: the last day the text
  // gave, however far back (the cue is what carries, not the window), past a pluperfect background sentence
  // (and "X said its fighters had responded by shelling …": a response reported in the pluperfect after "said" is the
  // story's too, carried only by a day, not by a sentence's month; dates45)
  const reported = i > 0 && !STATES.has(T.patterns[0]!.relation) && reportedResponse(ctx, T);
  const answers = (i > 0 && !STATES.has(T.patterns[0]!.relation) && responds(ctx, T)) || reported;
  if (info.back || strike || answers) {
    // (an act told with "since"/`منذ` is an ongoing series, rule 6's publication: `تواصل فيه الطائرات التركية منذ 20 تشرين
    // الثاني شنّ غارات`, "have struck … since late September"; and so is a response to a series told so in the sentence
    // right before, `تتعرض فيه قواعد أمريكية … لهجمات … منذ منتصف تشرين الأول … فيما ردّت واشنطن بغارات`; dates44)
    if (!info.back && i > 0 && (ongoingSince(ctx, i, T) || (answers && ongoingSince(ctx, i - 1)))) return undefined;
    for (let k = i - 1; k >= 0 && (answers || k >= i - 3); k--) {
      if (answers && PLUPERFECT_AR.test(ctx.doc.article.text.slice(ss[k]!.start, ss[k]!.end))) continue;
      // (the sentence right before may tell the act answered with a month: `بعد أسابيع من هجوم … مطلع الشهر الجاري`)
      const d = dayOf(k) ?? (answers && !reported && k === i - 1 ? lastMonth(ctx.doc, k) : undefined);
      if (d) return d;
    }
    // an undated strike in the lead: the day the next sentence gives it ("… struck 85 targets. … hit … on Friday")
    return strike && i === 0 && ss.length > 1 ? dayOf(1) : undefined;
  }
  if (i <= 0) return undefined;
  // "But he demanded …", "وأضاف …": the speaker of the sentence before goes on, on the day it gave
  if (continues(ctx) && !STATES.has(T.patterns[0]!.relation) && pastAct(ctx, T)) return dayOf(i - 1);
  // (a reaction's accusation is mostly a stance, dated by publication in the gold)
  // (and only in the story of a meeting or a call: in any other story a reaction is dated by publication, as the gold
  // dates `من جهتها، دانت الخارجية السورية الغارات`)
  const reacts = info.reaction && !STATES.has(T.patterns[0]!.relation) && T.patterns[0]!.relation !== 'accused' && !!opening(ctx.out, ctx.doc, ctx.lex)?.meeting;
  const shift = info.during || reacts ? 0 : info.after.find(([k, , , few]) => few && k < T.tok0)?.[1];
  const lead = shift === undefined ? undefined : dayOf(0);
  return lead && (shift ? daysBefore(lead, shift) : lead);
}

/**
 * Does sentence k tell a series with "since"/`منذ` and give no date of its own (the since-date is a start, dropped)? In
 * the act's own sentence (T given) the "since" is in its clause (no comma between); in the sentence before, a series of
 * attacks.
 */
function ongoingSince(ctx: Ctx, k: number, T?: Trigger): boolean {
  const s = ctx.doc.sentences[k]!;
  if (s.dates.length) return false;
  const toks = s.tokens;
  for (let j = 0; j < toks.length; j++) {
    if (toks[j]!.norm !== 'since' && !/^[وف]?منذ$/.test(toks[j]!.norm)) continue;
    if (!T) return s.triggers.some((x) => x.patterns[0]!.relation === 'attacked');
    // (a series told before the act is its frame, past a comma too: `تتعرض سوريا لغارات … منذ اندلاع الحرب في غزة، استهدف
    // بعضها مواقع لـ«حزب الله»`; after it, only in its clause: not `، الخاضعة لسيطرة القوات التركية منذ عام 2019`)
    if (j < T.tok0) return true;
    const [a, b] = [T.tok1, j];
    let comma = false;
    for (let q = a; q < b && !comma; q++) comma = /^[,،;.]$/.test(toks[q]!.text);
    if (!comma) return true;
  }
  return false;
}

/** Does a sentence before `end` (the opening) tell a vote (cues.csv `vote_word`)? */
function opensWithVote(doc: Doc, lexicon: Lexicon, end: number): boolean {
  const vote = cueWords(lexicon, 'vote_word');
  return doc.sentences.some((s) => s.start < end && s.tokens.some((t) => vote.has(t.norm)));
}

/**
 * "HTS said its fighters had responded by shelling army positions": an English response verb (cues.csv `response_verb`)
 * after "had", with "said" at most four words before "had" and the act right after the verb (past "by"/"with").
 */
function reportedResponse(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  const k = T.tok0 - 2;
  if (k < 1 || !RESPONSE_LINK.has(toks[T.tok0 - 1]!.norm) || !cueWords(ctx.lex, 'response_verb').has(toks[k]!.norm) || toks[k - 1]!.norm !== 'had') return false;
  for (let q = k - 2; q >= Math.max(0, k - 5); q--) if (toks[q]!.norm === 'said') return true;
  return false;
}

/** Words allowed between an English response verb and its act ("responded by shelling", "retaliated with strikes"). */
const RESPONSE_LINK = new Set(['by', 'with', 'back', 'later', 'quickly', 'immediately']);
/**
 * A response told in the past, not a pluperfect, right before the act (cues.csv `response_verb`): `وردّت «قسد» بقصف …`,
 * `قالت الوزارة إن قواتها ردّت بقصف …`, "The SDF responded by shelling …", "retaliated with strikes on …"; between the
 * verb and the act only names (its subject), punctuation and, in English, a link word ("by", "with") and one more word.
 */
function responds(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const verbs = cueWords(ctx.lex, 'response_verb');
  const named = (j: number) => ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1);
  for (let k = T.tok0; k >= 0 && T.tok0 - k <= 12; k--) {
    if (!verbs.has(toks[k]!.norm)) continue;
    // (a pluperfect: `وكانت «قسد» قد ردّت`, "had responded")
    for (let q = Math.max(0, k - 4); q < k; q++) if (toks[q]!.norm === 'قد' || toks[q]!.norm === 'had') return false;
    let free = 0;
    // (Arabic: the subject's head nouns before its name, `وردّت فصائل غرفة عمليات «الفتح المبين» بقصف`, `وردّت فصائل «الجيش
    // الوطني» بقصف`: at most three words, all before the last name before the act; dates45)
    let lastNamed = -1;
    if (ctx.lang === 'ar') for (let j = T.tok0 - 1; j > k && lastNamed < 0; j--) if (named(j)) lastNamed = j;
    let head = 0;
    const actNounAt = (j: number) => ctx.s.triggers.some((x) => x !== T && x.tok0 === j && x.patterns[0]!.pos === 'noun' && x.patterns[0]!.relation === T.patterns[0]!.relation && /^ب/.test(toks[j]!.norm) && T.tok0 - x.tok1 <= 2);
    for (let j = k + 1; j < T.tok0; j++) {
      const t = toks[j]!;
      if (!t.word || named(j) || (ctx.lang === 'en' && RESPONSE_LINK.has(t.norm))) continue;
      // (the subject's own military noun before its demonym, `وردّت المدفعية التركية بقصف …`; dates36)
      if (ctx.lang === 'ar' && ctx.s.cues.some((c) => c.tok0 <= j && j < c.tok1 && (cueHas(c, 'military') || cueHas(c, 'state_head')))) continue;
      if (ctx.lang === 'ar' && j < lastNamed && ++head <= 3) continue;
      // (what is answered, right after the verb: `ردّت على الهجوم بقصف …`; dates45)
      if (ctx.lang === 'ar' && t.norm === 'علي' && /^ال/.test(toks[j + 1]?.norm ?? '') && (j + 2 === T.tok0 || actNounAt(j + 2))) {
        j++;
        continue;
      }
      // (the response's own act noun, its adjective and the verb that carries it on: `ردّت بقصف مدفعي استهدف مواقع …`)
      if (ctx.lang === 'ar' && actNounAt(j)) return true;
      if (ctx.lang === 'ar' || ++free > 1) return false;
    }
    return true;
  }
  return false;
}

/** The last month (YYYY-MM, not after publication's) sentence k of the doc gives. */
function lastMonth(doc: Doc, k: number): string | undefined {
  const ds = doc.sentences[k]!.dates;
  for (let j = ds.length - 1; j >= 0; j--) if (ds[j]!.date.length === 7 && ds[j]!.date <= doc.article.date.slice(0, 7)) return ds[j]!.date;
  return undefined;
}

/** The last day (not after publication) sentence k of the doc gives. */
function lastDay(doc: Doc, k: number): string | undefined {
  const ds = doc.sentences[k]!.dates;
  for (let j = ds.length - 1; j >= 0; j--) if (ds[j]!.date.length === 10 && ds[j]!.date <= doc.article.date) return ds[j]!.date;
  return undefined;
}

/** Relations that are states rather than acts of a day. */
const STATES = new Set(['supported', 'deployed_in']);
/** States, and accusations and threats (mostly stances, dated by publication in the gold). */
const STANCES = new Set([...STATES, 'accused', 'threatened']);
/** Does the sentence go on with the speaker of the one before ("He …", "But she …", "وأضاف", "وتابع")? */
function continues(ctx: Ctx): boolean {
  const toks = ctx.s.tokens;
  const k = toks[0]?.norm === 'but' || toks[0]?.norm === 'and' ? 1 : 0;
  return /^(?:he|she)$/.test(toks[k]?.norm ?? '') || /^و(?:اضاف|اضافت|تابع|تابعت|اردف|اردفت|مضي|مضت)$/.test(toks[0]?.norm ?? '');
}

/** The month (YYYY-MM) n months before a day or a month (a year stays a year). */
function monthsBefore(date: string, n: number): string {
  if (date.length === 4) return date;
  const t = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1 - n, 1));
  return t.toISOString().slice(0, 7);
}

function daysBefore(date: string, n: number): string {
  const t = new Date(date + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() - n);
  return t.toISOString().slice(0, 10);
}

/** The prepositions of a standing arrangement (normalised): `بموجب`, "under". */
const UNDER_ACCORD = /^(?:[وف]?بموجب|under)$/;
/**
 * `وتنتشر … نقاط للجيش السوري … بموجب تفاهمات بين موسكو و«قسد»`, "posts deployed … under an understanding between Moscow
 * and the SDF": an agreement noun after `بموجب`/"under" (an article or one word between) that its sentence does not date is
 * the standing arrangement a presence rests on (rule 6: publication), not an event of the story's day to anchor (dates55,
 * diagnosis-batch52 D1).
 */
function standingArrangement(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.relation !== 'agreed_with' || T.patterns[0]!.pos !== 'noun') return false;
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 3; k--) {
    if (UNDER_ACCORD.test(toks[k]!.norm)) return true;
    if (!toks[k]!.word || ctx.inMention[k]) return false;
  }
  return false;
}

/**
 * An act the sentence says came before the story ("وسبق أن زار", "سبق للأسد أن", "previously visited", "last
 * met"): with no date of its own it is not the story's event, so it is not anchored to the story's day.
 */
export function isBackground(ctx: Ctx, T: Trigger): boolean {
  if (ctx.s.dates.length) return false;
  const toks = ctx.s.tokens;
  if (habitual(ctx.lex, toks, T)) return true;
  for (let k = Math.max(0, T.tok0 - 5); k < T.tok0; k++) if (/^[وف]?سبق(?:ت|ل.*)?$/.test(toks[k]!.norm)) return true;
  if (standingArrangement(ctx, T)) return true;
  const w1 = toks[T.tok0 - 1]?.norm;
  return w1 === 'previously' || w1 === 'last' || (w1 === 'had' && toks[T.tok0 + 1]?.norm === 'previously') || toks[T.tok0 - 2]?.norm === 'previously';
}

// Adverbs of a repeated act (normalised).
// (HABIT_WORD: the `habit_word` word cue of data/lexicon/cues.csv, branch words31)
/**
 * An act told as repeated, a stance held over time rather than an act of the story's day: "مراراً", "repeatedly", `منذ
 * سنوات`, `مرات عدة`/`عدة مرات`, "for years", within four words of the trigger (`طالبت الحكومة العراقية مراراً أنقرة بـ…`,
 * `ودعت مراراً جامعة الدول العربية إلى …`, `وتشنّ إسرائيل منذ سنوات غارات …`).
 */
function habitual(lex: Lexicon, toks: Doc['sentences'][number]['tokens'], T: Trigger): boolean {
  // (cues.csv `complement_opener`: the words that open the complement of a trigger, the act it reports or demands)
  const opener = cueWords(lex, 'complement_opener');
  const habit = cueWords(lex, 'habit_word');
  for (let k = Math.max(0, T.tok0 - 4); k < Math.min(toks.length, T.tok1 + 4); k++) {
    const w = toks[k]!.norm;
    // (not in the act reported after the trigger: "accused Russian jets of repeatedly flying close to US drones")
    if (k >= T.tok1 && opener.has(w)) break;
    if (habit.has(w)) return true;
    const next = toks[k + 1]?.norm;
    if ((w === 'منذ' || w === 'for') && (next === 'سنوات' || next === 'اعوام' || next === 'years' || next === 'decades')) return true;
    if ((w === 'مرات' && next === 'عده') || (w === 'عده' && next === 'مرات')) return true;
  }
  return false;
}

/**
 * An English act noun after a present perfect light verb, with the date after it the start of a series ("has held
 * near-daily phone calls with X since Hamas attacked Israel on October 7", "have carried out strikes since …"): an
 * ongoing activity (gold rule 6: publication), not an act of the story's day.
 */
export function perfectNoun(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en' || T.patterns[0]!.pos !== 'noun') return false;
  const toks = ctx.s.tokens;
  // (cues.csv `light_act_verb`: "held", "carried", "conducted", "launched" …)
  const light = cueWords(ctx.lex, 'light_act_verb');
  let k = T.tok0 - 1;
  while (k >= 0 && T.tok0 - k <= 4 && !light.has(toks[k]!.norm)) k--;
  // (cues.csv `perfect_aux`: "has", "have")
  if (k < 0 || T.tok0 - k > 4 || !cueWords(ctx.lex, 'perfect_aux').has(toks[k - 1]?.norm ?? '')) return false;
  return toks.slice(T.tok1).some((t) => t.norm === 'since');
}

/** Present tense: English "accuses", "has urged"; Arabic imperfect "تطالب", "يتهم". */
/** Prepositions (normalised) after which an Arabic verb pattern's word is its verbal noun (`على تعاون`, `في تعاون`). */
const AR_NOUN_PREP = new Set(['علي', 'في', 'عن', 'الي', 'حول', 'بشان']);
export function isPresent(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.pos !== 'verb') return false;
  // "المقداد، الذي يزور العاصمة الروسية", "Mekdad, who is visiting Moscow": the visit the main clause's act is part of
  if (T.patterns[0]!.relation === 'visited' && RELATIVE.has(ctx.s.tokens[T.tok0 - 1]?.norm ?? '')) return false;
  // a participle (موفداً, داعياً) takes the tense of the main verb before it
  if (ctx.lang === 'ar' && cueWords(ctx.lex, 'circumstantial_present_ar').has(ctx.s.tokens[T.tok0]!.norm.replace(/^و/, ''))) {
    const main = ctx.s.triggers.find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb');
    return !!main && main !== T && isPresent(ctx, main);
  }
  if (ctx.lang === 'en') return presentTense(ctx, T);
  if (T.clitics.includes('س')) return false;
  // ("شكر أردوغان على تعاون أنقرة مع إسرائيل في حزيران الماضي": after a preposition the form is a verbal noun, no present)
  if (AR_NOUN_PREP.has(ctx.s.tokens[T.tok0 - 1]?.norm ?? '')) return false;
  // ("قبل أن يتصافح الرئيسان في الدوحة في تشرين الثاني الماضي", `قبل أن تعيد أنقرة والقاهرة تبادل السفراء في تموز 2023`: an
  // imperfect after "before/after that" is a subjunctive telling a past act, no present; dates36)
  if (ctx.s.tokens[T.tok0 - 1]?.norm === 'ان' && /^[وف]?(?:قبل|بعد)$/.test(ctx.s.tokens[T.tok0 - 2]?.norm ?? '')) return false;
  const w = triggerWord(ctx, T);
  // (past verbs of the form تفعّل: توعّد, تعهّد, تبنّى, تولّى)
  // (and `تصدّى`, `تصدّت`, `تصدّوا`: repelled; dates45)
  return /^[يت]/.test(w) && !/^ت(لق|وجه|وصل|صالح|صافح|مركز|طرق|حدث|ابع|وعد|عهد|بني|ولي|صدي$|صدت$|صدوا$)/.test(w);
}

/** A stance held over time, not a statement of the day: "مراراً", "repeatedly", "long", `منذ سنوات`, "for years". */
const HABITUAL = /(?:^|\s)(?:[وف]?مرارا|repeatedly|long|often|regularly|منذ (?:سنوات|اعوام|عقود)|for (?:years|decades))(?=\s|$)/;
/** Relations a speaker states (a condemnation, an accusation): dated by the occasion they were made at. */
const STATEMENTS = new Set(['criticized', 'accused']);
/**
 * An English pluperfect ("had held up", "had accused") before a record's pair: "had", an "-ly" word or "also", then a
 * regular participle or one of cues.csv `pluperfect_participle_en` ("held", "met", "been"). Per lexicon.
 */
const PLUPERFECT_BEFORE_EN = new WeakMap<Lexicon, RegExp>();
function pluperfectBeforeEn(lexicon: Lexicon): RegExp {
  let re = PLUPERFECT_BEFORE_EN.get(lexicon);
  if (!re) PLUPERFECT_BEFORE_EN.set(lexicon, (re = new RegExp(`\\bhad\\s+(?:\\w+ly\\s+|also\\s+)?(?:[a-z]+ed${[...cueWords(lexicon, 'pluperfect_participle_en')].map((w) => '|' + w).join('')})\\b`, 'i')));
  return re;
}
/** The English pluperfect on the pair's own verb: between the source and the target, not in words reported after a speech verb ("told reporters he had raised …"). */
function pluperfectPair(r: RelationRecord, lexicon: Lexicon): boolean {
  const between = r.evidence.sentence.slice(r.evidence.sourceSpan[0], Math.max(r.evidence.sourceSpan[1], r.evidence.targetSpan[0]));
  const m = pluperfectBeforeEn(lexicon).exec(between);
  return !!m && !/\b(?:said|says|told|added|stated)\b/i.test(between.slice(0, m.index));
}
/** An Arabic pluperfect sentence (`وكانت الجولة قد انطلقت`, "وكان X قد زار …"): background. */
export const PLUPERFECT_AR = /^\s*و?كان(?:ت|وا)?\s+(?:\S+\s+){0,6}قد\s/;
/** A relative pronoun (and at most one word, an Arabic verb) right before a statement's speaker. */
const RELATIVE_BEFORE = new RegExp(`(?:^|\\s)(?:which|whom|${[...AR_RELATIVE].join('|')})\\s+(?:\\S+\\s+)?$`);
/** Relations that make a lead sentence the story of a meeting. */
const MEETINGS = new Set(['met', 'hosted', 'visited', 'agreed_with']);
/** Nouns that make a lead the story of a meeting ("The 22nd round of talks ended on Tuesday with a joint statement"), or of an interview; normalised. */
const MEETING_NOUNS = new Set(['talks', 'summit', 'meeting', 'round', 'conference', 'interview', 'مقابله', 'المحادثات', 'محادثات', 'القمه', 'قمه', 'الاجتماع', 'اجتماع', 'الجوله', 'جوله', 'الموتمر', 'موتمر']);

/**
 * A statement at the story's meeting: a condemnation or accusation with no date of its own, by a party to the
 * meeting the lead sentence tells ("Russia, Iran and Turkey wrapped up the talks on Thursday … The three countries
 * also condemned …", `اجتمع وزراء … أمس الأربعاء … من جهته، اتهم وزير الخارجية التركي …`), was made there: it takes
 * the day of the nearest sentence before it that gives one (not a pluperfect's: `وكانت الجولة قد انطلقت الاثنين`),
 * else the lead's. The lead is the first sentence, or the first two when only the second gives the day (an
 * interview: `قال الأسد … وأضاف، في مقابلة … نُشرت أمس الخميس، …`). A reaction to an attack (a lead with no meeting),
 * a speaker not in the lead and a habitual stance ("repeatedly", `مراراً`) keep the publication date.
 */
export function meetingStatements(rels: RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): RelationRecord[] {
  const ss = doc.sentences;
  const text = doc.article.text;
  if (!ss.length || !rels.some((r) => STATEMENTS.has(r.relation) && r.dateSource === 'published')) return rels;
  const open = opening(rels, doc, lexicon);
  if (!open?.meeting) return rels;
  return mapped(rels, (r) => {
    if (!STATEMENTS.has(r.relation) || r.dateSource !== 'published' || stative.has(r) || r.evidence.start < open.end) return r;
    if (!partyTo(open, r.source, lexicon)) return r;
    let k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k < 0 || HABITUAL.test(normalise(text.slice(ss[k]!.start, ss[k]!.end)))) return r;
    // (nor a pluperfect, background before the meeting: `وكانت أنقرة قد اتهمت أبوظبي في السنوات الماضية …`, "Turkey had held up
    // Sweden's application …, accusing Stockholm of …"; dates36)
    if (PLUPERFECT_AR.test(text.slice(ss[k]!.start, ss[k]!.end)) || pluperfectPair(r, lexicon)) return r;
    // ("the 23 October attack, which Turkey blamed on the PKK", `الذي حمّلت أنقرة مسؤوليته`: an earlier event's clause)
    if (RELATIVE_BEFORE.test(r.evidence.sentence.slice(Math.max(0, r.evidence.sourceSpan[0] - 30), r.evidence.sourceSpan[0]))) return r;
    let day = open.day;
    for (k--; k > 0; k--) {
      const d = PLUPERFECT_AR.test(text.slice(ss[k]!.start, ss[k]!.end)) ? undefined : lastDay(doc, k);
      // (a day before the opening's is background, not the occasion: "الضربات التركية المتواصلة منذ 20 تشرين الثاني")
      if (d && d >= open.day) {
        day = d;
        break;
      }
    }
    return redated(r, day);
  });
}

/** The opening of a story (its day, where it ends, the actors it names with their states), and what it tells. */
interface Opening {
  day: string;
  end: number;
  actors: Set<string>;
  /** a meeting, a call, a briefing or an interview: a relation of one dated on the opening's day, or its noun */
  meeting: boolean;
  /** an attack: a relation `attacked` in the opening */
  attack: boolean;
  /** the first actor it names (mostly the one whose act or words it tells) */
  first?: string;
}
/** A briefing or a session (normalised) makes a story of a meeting too ("في إحاطته أمام مجلس الأمن"). */
const BRIEFING = new Set(['احاطته', 'احاطتها', 'احاطه', 'جلسه', 'briefing', 'session']);
/** Verbs that tell a meeting or a call in the opening, whoever its parties are. */
const MEETING_VERBS = new Set(['met', 'hosted', 'phoned']);
/** Calls make a story of a meeting too ("Austin and Akar spoke by phone on Wednesday"). */
const OPENING_EVENTS = new Set([...MEETINGS, 'phoned']);
/** The opening (the first sentence, or the first two when only the second gives the day), when it gives a day. */
function opening(rels: readonly RelationRecord[], doc: Doc, lexicon: Lexicon): Opening | undefined {
  const ss = doc.sentences;
  const li = !ss.length ? -1 : lastDay(doc, 0) ? 0 : ss.length > 1 && lastDay(doc, 1) ? 1 : -1;
  if (li < 0) return undefined;
  const day = lastDay(doc, li)!;
  const open = ss.slice(0, li + 1);
  const end = open[li]!.end;
  // (a meeting noun in the first two sentences: `حذّر بيدرسن أمس … وقال بيدرسن، في إحاطته أمام مجلس الأمن، …`)
  const meeting = rels.some((r) => OPENING_EVENTS.has(r.relation) && r.evidence.start < end && r.date === day) || ss.slice(0, 2).some((s) => s.tokens.some((t) => MEETING_NOUNS.has(t.norm) || BRIEFING.has(t.norm))) ||
    // (or its verb, when the parties are not resolved: `التقى وزير الخارجية الفرنسي نظيره العراقي …`; a call's noun too:
    // `تلقى الأسد اتصالاً هاتفياً من نظيره …`, "received a phone call from …")
    open.some((s) => s.triggers.some((t) => MEETING_VERBS.has(t.patterns[0]!.relation) && (t.patterns[0]!.pos === 'verb' || t.patterns[0]!.relation === 'phoned')));
  const attack = rels.some((r) => r.relation === 'attacked' && r.evidence.start < end);
  const actors = new Set<string>();
  let first: string | undefined;
  for (const s0 of open)
    for (const m of s0.mentions) {
      const id = lexicon.entities.get(m.entity)?.stands_for ?? m.entity;
      actors.add(id);
      // (the victim of a killing is not the one whose act the story tells: `قُتل ثلاثة جنود سوريين بقصف تركي`)
      if (!first && m.kind !== 'place' && killedVictim(s0, m)) continue;
      first ??= m.kind === 'place' ? undefined : id;
      const c = lexicon.entities.get(id)?.country;
      if (c) actors.add(c);
    }
  return { day, end, actors, meeting, attack, first };
}
/** Killing words (normalised) whose own subject, or the noun after them, is the victim: `قُتل`, `مقتل`, `استشهد`, `لقي مصرعه`. */
const KILLING_VICTIM_AR = /^[وف]?(?:قتل|قتلت|قتلوا|اغتيل|اغتيلت|استشهد|استشهدت|استشهدوا|لقي|لقيت|لقوا|مقتل|اغتيال|استشهاد|مصرع|اصيب|اصيبت|جرح)$/;
/** Passive or intransitive forms among them: the active `قتل/قتلت` takes its doer next unless marked (`قُتل`) or a number follows. */
const ACTIVE_KILLING_AR = /^[وف]?(?:قتل|قتلت|قتلوا)$/;
/**
 * The mention is the victim of a killing told before it in the sentence (`قُتل ثلاثة جنود سوريين`, `مقتل جنديين تركيين`,
 * within four words, no other name between), or of an English passive after it ("three Syrian soldiers were killed").
 */
function killedVictim(s0: Doc['sentences'][number], m: Doc['sentences'][number]['mentions'][number]): boolean {
  const toks = s0.tokens;
  for (let k = m.tok0 - 1; k >= 0 && m.tok0 - k <= 4; k--) {
    const t = toks[k]!;
    if (!t.word || s0.mentions.some((o) => o !== m && o.tok0 <= k && k < o.tok1)) break;
    if (!t.arabic || !KILLING_VICTIM_AR.test(t.norm)) continue;
    if (!ACTIVE_KILLING_AR.test(t.norm)) return true;
    const next = toks[k + 1];
    return /ُ/.test(t.text) || (!!next && (/^\d/.test(next.norm) || /^(?:ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|جنديان|جنديين|عنصران|عنصرين)$/.test(next.norm)));
  }
  for (let k = m.tok1; k + 1 < toks.length && k - m.tok1 <= 3; k++) {
    const t = toks[k]!;
    if (s0.mentions.some((o) => o !== m && o.tok0 <= k && k < o.tok1)) break;
    if (/^(?:was|were|been)$/.test(t.norm) && /^(?:killed|wounded|injured)$/.test(toks[k + 1]!.norm)) return true;
  }
  return false;
}
function partyTo(open: Opening, id: string, lexicon: Lexicon): boolean {
  const c = lexicon.entities.get(id)?.country;
  return open.actors.has(id) || (!!c && open.actors.has(c));
}

/**
 * A call made in reaction to an attack, with no date of its own (`وأدانت الخارجية السورية «العدوان»، وطالبت مجلس الأمن
 * بـ…`, "Mazloum Abdi called on Washington and Moscow to do more", `بينما طالبت دمشق أنقرة بسحب قواتها`): in a story whose
 * opening tells an attack and no meeting, by another than the opening's first actor, it is dated by publication, as the gold dates the condemnation beside it;
 * so it is not anchored to the attack's day: it is added to `stative`, which anchorEvents leaves alone.
 */
export function markReactionCalls(rels: readonly RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): void {
  let open: Opening | undefined | null = null;
  let votes: boolean | undefined;
  for (const r of rels) {
    if (r.relation !== 'urged' || r.dateSource !== 'published' || stative.has(r)) continue;
    if (open === null) open = opening(rels, doc, lexicon);
    if (!open || open.meeting) return;
    // (not the opening's own speaker going on: "حذّر المبعوث … أمس … ودعا المبعوث تركيا إلى وقف التصعيد")
    if (!open.attack) {
      const own = (id: string) => lexicon.entities.get(id)?.stands_for ?? id;
      if (r.evidence.start < open.end || open.actors.has(own(r.source)) || (lexicon.entities.get(r.source)?.kind === 'person' && partyTo(open, r.source, lexicon))) continue;
      // (nor a call after an opening that tells a body's vote, a session: "The UN Security Council voted on Monday to extend
      // … Guterres called on the council to keep the crossing open"; cues.csv `vote_word`)
      if (votes ??= opensWithVote(doc, lexicon, open.end)) continue;
      const k = doc.sentences.findIndex((s) => s.end > r.evidence.start);
      const first = k > 0 ? doc.sentences[k - 1]!.mentions.find((m) => m.kind !== 'place') : undefined;
      if (first && own(first.entity) === own(r.source)) continue;
      stative.add(r);
      continue;
    }
    if (r.evidence.start >= open.end && r.source !== open.first) stative.add(r);
  }
}

/** Words that open what is reported (normalised). */
const COMPLEMENTIZER = /^(?:ان|انه|انها|انهم|بان|بانه|بانها|that)$/;
/** What a speaker goes on to say (accusations, condemnations, warnings, calls) with no date of its own. */
const SPOKEN = new Set([...STATEMENTS, 'threatened', 'urged']);
/**
 * A speaker going on: a statement with no date of its own, by an actor the sentences just before it name, one after
 * another, back to one that gives a day (`قال عبد اللهيان … أمس الخميس إن … واتهم عبد اللهيان واشنطن …`, `أكدت الخارجية
 * السورية، أمس السبت، … وقالت الوزارة إن سوريا … واتهم البيان أنقرة …`, "Lavrov said on Friday … He also accused
 * Washington …"), was made that day: the speaker's occasion, as for a meeting's statements. The chain breaks at a
 * sentence that does not name the speaker, and at a pluperfect or habitual one (background); at most three back.
 */
export function speakerDays(rels: RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): RelationRecord[] {
  const ss = doc.sentences;
  const text = doc.article.text;
  if (!ss.length || !rels.some((r) => SPOKEN.has(r.relation) && r.dateSource === 'published')) return rels;
  const own = (id: string) => lexicon.entities.get(id)?.stands_for ?? id;
  const names = (k: number, id: string) => ss[k]!.mentions.some((m) => own(m.entity) === id);
  // the day a speaker speaks: a speech word with the speaker's name next to it (`قال وزير الخارجية X`, `X قالت`, "X said",
  // "X told reporters", "said X") and a day between that word and what is reported (`أكدت الخارجية، أمس السبت، أن …`,
  // "X said on Sunday that …"); not a day inside the report (`قالت X إن … في ١٣ تشرين الثاني`), nor one of a sentence that
  // tells what was done to the speaker (`قُتل مستشارون من الحرس الثوري أمس`), after which its reaction is dated by publication
  const speechDay = (k: number, id: string): string | undefined => {
    const s0 = ss[k]!;
    const toks = s0.tokens;
    for (const c of s0.cues) {
      if (!cueHas(c, 'speech')) continue;
      // (the words between counted without other names and punctuation: `قال القائد العام لـ«قوات سوريا الديمقراطية» (قسد)
      // مظلوم عبدي، أمس الأحد، إن …`, a title with its body's name before the speaker's)
      const gap = (a: number, b: number) => {
        let n = 0;
        for (let j = a; j < b; j++) if (toks[j]!.word && !s0.mentions.some((o) => o.tok0 <= j && j < o.tok1)) n++;
        return n;
      };
      const by = s0.mentions.some((m) => own(m.entity) === id && (m.tok0 >= c.tok1 ? gap(c.tok1, m.tok0) <= (doc.article.lang === 'ar' ? 4 : 0) : c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 4));
      if (!by) continue;
      let q = c.tok1;
      while (q < toks.length && q < c.tok1 + 24 && !COMPLEMENTIZER.test(toks[q]!.norm)) q++;
      const end = q < toks.length ? toks[q]!.start : s0.end;
      // (not the day remarks were carried on: `في تصريحات نقلتها الصحف مساء الأحد`, "in remarks broadcast on Sunday")
      const d = s0.dates.find((x) => x.date.length === 10 && x.date <= doc.article.date && x.start >= c.start && x.end <= end && !hasCueWord(lexicon, 'carry_verb', normalise(doc.article.text.slice(c.end, x.start))));
      if (d) return d.date;
    }
    return undefined;
  };
  // (once a sentence: normalising one is a tokenisation, and up to four are asked about for each spoken record)
  const backgrounds = new Map<number, boolean>();
  const background = (k: number) => {
    let b = backgrounds.get(k);
    if (b === undefined) {
      const t = text.slice(ss[k]!.start, ss[k]!.end);
      backgrounds.set(k, (b = PLUPERFECT_AR.test(t) || HABITUAL.test(normalise(t))));
    }
    return b;
  };
  return mapped(rels, (r) => {
    if (!SPOKEN.has(r.relation) || r.dateSource !== 'published' || stative.has(r) || r.attrs?.mode === 'planned') return r;
    const k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k <= 0 || background(k)) return r;
    const id = own(r.source);
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (background(j) || !names(j, id)) return r;
      if (!lastDay(doc, j)) continue;
      const d = speechDay(j, id);
      return d ? redated(r, d) : r;
    }
    return r;
  });
}

/** "X also condemned …" (the subject, then "also"), `كما دانت X …` (the sentence opens with كما). */
const ALSO_EN = /^\s*also\s/;
const ALSO_AR = /^\s*(?:و?كما)\s/;
/**
 * A statement told as one more of the same kind ("On Tuesday, Baghdad condemned the strike … The United States also
 * condemned …", `ودانت الخارجية المصرية أمس الغارات … كما دانت قطر …`) with no date of its own was made on the day the
 * sentence right before gives for its own statement of that kind (a trigger of the same relation, found or not). Not
 * after a pluperfect or habitual sentence (background), not a state or a plan.
 */
export function alsoDays(rels: RelationRecord[], doc: Doc, stative: Set<RelationRecord>): RelationRecord[] {
  const ss = doc.sentences;
  const text = doc.article.text;
  if (!ss.length || !rels.some((r) => SPOKEN.has(r.relation) && r.dateSource === 'published')) return rels;
  return mapped(rels, (r) => {
    if (!SPOKEN.has(r.relation) || r.dateSource !== 'published' || stative.has(r) || r.attrs?.mode === 'planned') return r;
    const k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k <= 0) return r;
    const [se, ts] = [r.evidence.sourceSpan[1], r.evidence.targetSpan[0]];
    const also = doc.article.lang === 'en' ? se <= ts && ALSO_EN.test(r.evidence.sentence.slice(se, ts)) : ALSO_AR.test(normalise(r.evidence.sentence));
    if (!also) return r;
    const prev = ss[k - 1]!;
    const t = text.slice(prev.start, prev.end);
    if (PLUPERFECT_AR.test(t) || HABITUAL.test(normalise(t)) || !prev.triggers.some((x) => x.patterns.some((q) => q.relation === r.relation))) return r;
    const d = lastDay(doc, k - 1);
    return d ? redated(r, d) : r;
  });
}

/** A frame of another occasion than the story's event: "during"/`خلال` before a noun that is none of EVENT_NOUNS (`خلال كلمته`). */
function otherFrame(n: string): boolean {
  const w = n.split(/\s+/);
  for (let k = 0; k + 1 < w.length; k++) if (/^(?:[وف]?خلال|during)$/.test(w[k]!) && !EVENT_NOUNS.has(w[k + 1] === 'the' || PART_OWNER.has(w[k + 1]!) ? (w[k + 2] ?? '') : w[k + 1]!)) return true;
  return false;
}
/** "since", `منذ` (normalised), as a word. */
const SINCE_WORD = /(?:^|\s)(?:since|[وف]?منذ)(?=\s|$)/;
/** Relations a follow-up sentence tells of the lead's occasion: what was said there and what was done there. */
const OCCASION_ACTS = new Set([...SPOKEN, 'met', 'hosted', 'visited', 'agreed_with', 'coordinated_with', 'phoned', 'sent_envoy']);
/** A relative pronoun: what follows it is its antecedent's clause ("Hezbollah, which fought alongside …"). */
const RELATIVE_WORD = new RegExp(`(?:^|\\s)(?:which|who|whose|where|when|${[...AR_RELATIVE].join('|')})(?=\\s|$)`);
/**
 * The lead's occasion (gold rules 6 and 8): a follow-up sentence with no date of its own that tells what a party of
 * the opening's occasion said or did there ("Macron accused Iran …" after "Leaders … gathered … on Tuesday",
 * `واتهم المقداد واشنطن …` after `طالب المقداد أمس الاثنين …`, "He said the deputy ministers would meet …" after a
 * dated meeting) takes the occasion's day: the day of the opening's own relations, else the day it gives. Not in the
 * story of an attack (its reactions are dated by publication), not background (a pluperfect, a habit, an English
 * present perfect or "since", a relative clause before the pair), not a state; a plan only as a party's words, not
 * as the reporter's schedule ("is due to travel", `زيارة مرتقبة`).
 */
export function occasionDays(rels: RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): RelationRecord[] {
  const ss = doc.sentences;
  const text = doc.article.text;
  if (!ss.length || !rels.some((r) => r.dateSource === 'published' && !stative.has(r))) return rels;
  const open = opening(rels, doc, lexicon);
  if (!open) return rels;
  const openIdx = ss.findIndex((s) => s.end >= open.end);
  // (but a call or meeting the opening tells as a relation of its day is the occasion, whatever attacks it was about: "Mekdad
  // spoke by phone on Friday with … about the escalation of Israeli attacks on Syria"; dates43)
  const held = rels.some((r) => OPENING_EVENTS.has(r.relation) && r.evidence.start < open.end && r.dateSource === 'text' && r.date === open.day);
  if (open.attack && !held) return rels;
  // (not a war or campaign with no doer of its own: "since the start of the Syrian war", sentence.ts withoutOwnerlessActs)
  if (!held) for (let k = 0; k <= openIdx; k++) if (withoutOwnerlessActs(ss[k]!, lexicon).triggers.some((t) => t.patterns[0]!.relation === 'attacked')) return rels;
  // what is said there needs an occasion of words: a meeting, or words said on the day (a statement, a call, a speech
  // verb; "a report was published on Monday" is none)
  const spoken = open.meeting || rels.some((r) => r.evidence.start < open.end && SPOKEN.has(r.relation)) || ss.slice(0, openIdx + 1).some((s) => s.cues.some((c) => cueHas(c, 'speech')));
  // the occasion's day: the day the opening's own relations have, else the one it gives
  const day = rels.find((r) => r.evidence.start < open.end && r.dateSource === 'text' && r.date.length === 10 && r.date <= doc.article.date)?.date ?? open.day;
  const parties = new Set(open.actors);
  // (and those who meet there: "King Abdullah II hosted Macron and al-Sudani" after the lead of the gathering)
  for (const r of rels) if (r.dateSource === 'text' && r.date === day && OPENING_EVENTS.has(r.relation)) for (const id of [r.source, r.target]) parties.add(lexicon.entities.get(id)?.stands_for ?? id);
  const party = (id: string) => {
    const own = lexicon.entities.get(id)?.stands_for ?? id;
    const c = lexicon.entities.get(own)?.country;
    return parties.has(own) || (!!c && parties.has(c));
  };
  return mapped(rels, (r) => {
    if (r.dateSource !== 'published' || stative.has(r) || r.evidence.start < open.end) return r;
    const planned = r.attrs?.mode === 'planned';
    // (support stated there: `وأكد تشاي موقف بلاده الداعم لسيادة سوريا`, "reaffirmed Tehran's support for Damascus";
    // cues.csv `statement_verb` before the target; dates36)
    // (not an ally noun in apposition to the speaker, `وقال بهجلي، حليف الرئيس أردوغان، …`, nor support "since" an event:
    // `أرسلت … مساعدات منذ وقوع الزلزال`, rule 6)
    const stated = r.relation === 'supported' && spoken && hasCueWord(lexicon, 'statement_verb', normalise(r.evidence.sentence.slice(0, r.evidence.targetSpan[0]))) &&
      !/^\s*[,،]/.test(r.evidence.sentence.slice(r.evidence.sourceSpan[1], r.evidence.targetSpan[0])) && !SINCE_WORD.test(normalise(r.evidence.sentence)) && !otherFrame(normalise(r.evidence.sentence));
    if ((!OCCASION_ACTS.has(r.relation) && !planned && !stated) || (!spoken && (SPOKEN.has(r.relation) || planned))) return r;
    const k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k < 0 || ss[k]!.dates.length) return r;
    const t = text.slice(ss[k]!.start, ss[k]!.end);
    const n = normalise(t);
    if (PLUPERFECT_AR.test(t)) return r;
    // (a habit before the pair, "Turkey repeatedly accused …", not in what is reported: "accused Russian jets of repeatedly flying …")
    const upto = normalise(r.evidence.sentence.slice(0, Math.max(r.evidence.sourceSpan[0], r.evidence.targetSpan[0])));
    // (cues.csv word lists: `sequence_word`, an earlier event the sentence relates the story to, "came weeks after Ankara
    // threatened …", `بعد أسابيع من تهديد أنقرة`; `background_word`, English background, a present perfect, a pluperfect, an
    // ongoing series or state; `carry_verb`, remarks carried by a medium, whose day is the report's; `schedule_word`, a plan
    // the reporter schedules, "is due to", `من المقرر`, not one a speaker states at the occasion)
    if (HABITUAL.test(upto) || RELATIVE_WORD.test(upto) || hasCueWord(lexicon, 'sequence_word', upto) || (doc.article.lang === 'en' && hasCueWord(lexicon, 'background_word', n)) || hasCueWord(lexicon, 'carry_verb', n)) return r;
    if (planned && (hasCueWord(lexicon, 'schedule_word', n) || !ss[k]!.cues.some((c) => cueHas(c, 'speech')))) return r;
    // (a threat to respond answers an act the story told, a killing or an attack, not the occasion: `وتوعّدت طهران بالرد
    // على إسرائيل، التي تحمّلها مسؤولية الاغتيال` after the lead of a visit; cues.csv `response_word`)
    if (r.relation === 'threatened' && hasCueWord(lexicon, 'response_word', n)) return r;
    if (!party(r.source)) return r;
    return redated(r, day);
  });
}

/**
 * The story's attack named again by a definite noun (cues.csv `story_attack_noun`: "the strike", "the air strikes", "the
 * raid", `الغارات`, `القصف`): an attack record of a later sentence with no date of its own that names it ("The strike hit
 * farmland in the Idlib countryside", "the Defence Ministry said the air strikes destroyed 20 targets in the Metina …
 * regions", `وتزامنت الغارات مع قصف مدفعي … على قرى في ريف إدلب`) is of the day the opening gives its attack, not of a day
 * a sentence between gives (a reaction's, "Relatives … said on Thursday"), nor of publication. Not background (a habit, an
 * English present perfect or ongoing series). dates36.
 */
export function storyAttackDays(rels: RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): RelationRecord[] {
  const ss = doc.sentences;
  const text = doc.article.text;
  if (ss.length < 2 || !rels.some((r) => r.relation === 'attacked')) return rels;
  const open = opening(rels, doc, lexicon);
  if (!open || !open.attack) return rels;
  const day = rels.find((r) => r.relation === 'attacked' && r.evidence.start < open.end && r.dateSource === 'text' && r.date.length === 10 && r.date <= doc.article.date)?.date;
  if (!day) return rels;
  const en = doc.article.lang === 'en';
  return mapped(rels, (r) => {
    if (r.relation !== 'attacked' || r.date === day || stative.has(r) || r.evidence.start < open.end) return r;
    const k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k < 0 || ss[k]!.dates.length) return r;
    const t = text.slice(ss[k]!.start, ss[k]!.end);
    const n = normalise(t);
    if (PLUPERFECT_AR.test(t) || HABITUAL.test(n) || (en && hasCueWord(lexicon, 'background_word', n))) return r;
    // (not a sentence relating the story's attack to another event: "The strike came ten days after Turkish jets hit …")
    if (hasCueWord(lexicon, 'sequence_link', n)) return r;
    const w = normalise(r.evidence.sentence.slice(0, Math.max(r.evidence.sourceSpan[1], r.evidence.targetSpan[0]))).split(/\s+/);
    const nouns = cueWords(lexicon, 'story_attack_noun');
    const mods = cueWords(lexicon, 'story_attack_modifier');
    let named = false;
    for (let j = 0; j < w.length && !named; j++) {
      if (!nouns.has(w[j]!)) continue;
      // (English: "the" right before the noun, or before one modifier, "the air strikes", or a state's demonym, "the Israeli strikes")
      // (Arabic: the sentence's subject, right after its first verb or opening it, `وتزامنت الغارات مع قصف …`; a definite
      // noun further on is mostly another event, `ويأتي القصف بعد أسابيع من إطلاق …`)
      named = en ? w[j - 1] === 'the' || (w[j - 2] === 'the' && (mods.has(w[j - 1] ?? '') || !!demonymEntity(lexicon, w[j - 1] ?? ''))) : j <= 1 && !/^و?(?:يات|ياتي|جاء|جاءت|تاتي)$/.test(w[0] ?? '');
    }
    return named ? redated(r, day) : r;
  });
}
