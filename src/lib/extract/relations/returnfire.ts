/**
 * Relations: the speaker's own fighters as a clause subject, and fire returned on the attacker (branch ref43).
 *
 * speakerOwnedSubjects: "وقالت «هيئة تحرير الشام» إن مقاتليها استهدفوا …", "أعلن المجلس أن مقاتليه تصدّوا للهجوم",
 * "The ministry said its units had repelled …": a people or forces noun with an owner pronoun (cues.csv
 * `speaker_owned_ar`, `speaker_owned_en`) opening the reported clause is the speaker's own, the first side the sentence
 * names before it; the mention added makes it the subject every reader takes.
 *
 * returnedFire: "its fighters returned fire", `مقاتليها ردّوا على مصادر النيران` (cues.csv `return_fire`, a phrase cue):
 * the subject attacked the one whose fire it answered — a side named on after the cue ("returned fire on positions of X"),
 * else the doer of the attack told before in the sentence, else the story's last attacker (discourse.ts).
 */
import type { RelationRecord } from '../../types.ts';
import { mention, type Mention, redated } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, freeWords, hasBreak, isPossessive, prepOf, sideActor, SIDE_KINDS, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { attackerOf } from './discourse.ts';

/** An Arabic owned noun: an optional و/ف, the stem, the owner pronoun. */
const OWNED_AR = /^([وف]?)(.{2,}?)(هما|هم|ها|ه)$/;
/** The Arabic complementizer that opens the reported clause (إن, أن, بأن, وإن, وأن, فإن; normalised alef). */
const THAT_AR = /^[وف]?ب?ان$/;

/** The speaker: the first side the sentence names before token k, behind no preposition, outside a relative clause. */
function speakerBefore(ctx: Ctx, k: number, masculine: boolean): Mention | undefined {
  for (const m of ctx.s.mentions) {
    if (m.tok1 > k) break;
    if (m.via === 'demonym' || prepOf(ctx, m) || ctx.inRelative[m.tok0] || (ctx.lang === 'en' && isPossessive(ctx, m))) continue;
    const a = actor(ctx.lex, m);
    if (!a) continue;
    if (!SIDE_KINDS.has(a.kind) || m.kind === 'place') return undefined;
    // (ه names a group or a body, never a state: Arabic states are feminine)
    if (masculine && a.kind === 'country') return undefined;
    return a;
  }
  return undefined;
}

/** Is there a speech cue ending at or before token k (the reporting verb of the clause k opens)? */
function spokenBefore(ctx: Ctx, k: number): boolean {
  return !!ctx.byKind.get('speech')?.some((c) => c.tok1 <= k);
}

export function speakerOwnedSubjects(ctx: Ctx): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  const words = cueWords(ctx.lex, en ? 'speaker_owned_en' : 'speaker_owned_ar');
  if (!words.size || !ctx.byKind.has('speech')) return undefined;
  let added: Mention[] | undefined;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    let masculine = false;
    let clitics = '';
    if (en) {
      // ("said its fighters had …", "said that their units …")
      if (!/^(its|their)$/.test(t.norm) || !words.has(toks[k + 1]?.norm ?? '')) continue;
      if (!(toks[k - 1]!.norm === 'that' || ctx.byKind.get('speech')!.some((c) => c.tok1 === k))) continue;
    } else {
      if (!t.arabic || !THAT_AR.test(toks[k - 1]!.norm)) continue;
      const mm = OWNED_AR.exec(t.norm);
      if (!mm || !words.has(mm[2]!)) continue;
      masculine = mm[3] === 'ه';
      clitics = mm[1]!;
    }
    if (s.mentions.some((m) => m.tok0 <= k && k < m.tok1) || !spokenBefore(ctx, k)) continue;
    const owner = speakerBefore(ctx, k, masculine);
    if (!owner) continue;
    (added ??= []).push(mention(k, k + 1, t.start, t.end, owner.entity, owner.kind, 'anaphor', false, clitics));
  }
  return added;
}

/** English: the side named right after the cue, past "on"/"at", "positions of" and a determiner ("returned fire on positions of the SNA"). */
function namedAfter(ctx: Ctx, from: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (!/^(on|at|towards|toward|against)$/.test(toks[from]?.norm ?? '')) return undefined;
  for (let k = from + 1; k < toks.length && k - from <= 5; k++) {
    if (hasBreak(toks, k, k + 1)) return undefined;
    const m = ctx.s.mentions.find((x) => x.tok0 === k);
    if (m) return sideActor(ctx.lex, m);
    if (isQuote(toks[k])) continue;
  }
  return undefined;
}

/** The place right after a returned fire: في/"in"/"near"/"around", past place-part words (`محيط`, `مدينة`, "the outskirts of"). */
function placeAfter(ctx: Ctx, from: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (!/^(في|قرب|بمحيط|near|in|around)$/.test(toks[from]?.norm ?? '')) return undefined;
  for (let k = from + 1; k < toks.length && k - from <= 4; k++) {
    if (hasBreak(toks, k, k + 1)) return undefined;
    const m = ctx.s.mentions.find((x) => x.tok0 === k);
    if (m) return m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for ? m : undefined;
  }
  return undefined;
}

/** The mention that ends last at or before token k, when no break, at most three free words and no preposition lie between. */
function sideBefore(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > k) continue;
    return !hasBreak(toks, m.tok1, k) && freeWords(ctx, m.tok1, k) <= 3 && !prepOf(ctx, m) ? m : undefined;
  }
  return undefined;
}

/** The records emitted since n answer an attack (the document's discourse.ts `responses`). */
function asResponses(ctx: Ctx, n: number): void {
  for (let i = n; i < ctx.out.length; i++) ctx.discourse.responses.add(ctx.out[i]!);
}

export function returnedFire(ctx: Ctx, before: number): void {
  const cues = ctx.byKind.get('return_fire');
  if (!cues?.length) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const { s } = ctx;
  const toks = s.tokens;
  for (const c of cues) {
    // the subject: the side right before the cue (its owned fighters, "the SDF returned fire"), a few words back at most
    const x = sideBefore(ctx, c.tok0);
    const xa = sideActor(ctx.lex, x);
    if (!x || !xa) continue;
    // the one fired on: named after the cue, else the doer of the sentence's attack told before, else the story's last attacker
    let y: Mention | undefined = ctx.lang === 'en' ? namedAfter(ctx, c.tok1) : undefined;
    // (fire aimed at something the lexicon does not name, "on the army" with no state to read it as: no one)
    const aimed = ctx.lang === 'en' && /^(on|at|towards|toward|against)$/.test(toks[c.tok1]?.norm ?? '') && !onSources(ctx, c.tok1);
    if (!y && aimed) continue;
    if (!y)
      for (let i = ctx.out.length - 1; i >= before; i--) {
        const r = ctx.out[i]!;
        if (r.relation !== 'attacked' || r.source === xa.entity || r.evidence.sourceSpan[1] > c.start - s.start) continue;
        const e = ctx.lex.entities.get(r.source);
        if (e && SIDE_KINDS.has(e.kind)) y = mention(c.tok0, c.tok1, c.start, c.end, e.id, e.kind, 'anaphor', false, '');
        break;
      }
    const d = ctx.discourse;
    if (!y && d.attacker && d.attackerRecent) {
      const a = actor(ctx.lex, d.attacker);
      if (a && a.entity !== xa.entity && SIDE_KINDS.has(a.kind)) y = mention(c.tok0, c.tok1, c.start, c.end, a.entity, a.kind, 'anaphor', false, '');
    }
    // (the other doers of the attack answered: `لقصف مصدره القوات التركية وفصائل X` … `ردّوا على مصادر النيران`; slot48)
    const others = y && !sideAfter(ctx, c.tok1) ? otherDoers(ctx, before, c.start - s.start, y.entity, xa.entity) : [];
    const n = ctx.out.length;
    // (a place named right after, `ردّت على مصادر النيران في محيط مدينة مارع`, "returned fire near P": the fire hit there)
    const p = placeAfter(ctx, c.tok1);
    if (p) emit(ctx, cueTrigger(c, ap), 'attacked', x, p, {}, true);
    else if (y && y.entity !== xa.entity && !toldHere(ctx, 'attacked', xa.entity, y.entity)) {
      emit(ctx, cueTrigger(c, ap), 'attacked', x, y, {}, false);
      for (const o of others) {
        if (toldHere(ctx, 'attacked', xa.entity, o)) continue;
        const e = ctx.lex.entities.get(o)!;
        emit(ctx, cueTrigger(c, ap), 'attacked', x, mention(c.tok0, c.tok1, c.start, c.end, e.id, e.kind, 'anaphor', false, ''), {}, false);
      }
    }
    // (the reply's record, this reader's or the verb frame's that read "fire" before it)
    if (y) answeredDate(ctx, before, xa.entity, y.entity);
    asResponses(ctx, n);
  }
}

/** English "on the sources of" / "on the source of" after the cue (slot48): the fire answers the attack told, it is not aimed at a thing. */
function onSources(ctx: Ctx, from: number): boolean {
  const toks = ctx.s.tokens;
  const k = toks[from + 1]?.norm === 'the' ? from + 2 : from + 1;
  return toks[k + 1]?.norm === 'of' && !!ctx.byKind.get('sources')?.some((c) => c.tok0 === k);
}

/** A side named within four words after the cue, no break between (`ردّوا على مصادر النيران في مواقع «X»`: fire on X alone). */
function sideAfter(ctx: Ctx, from: number): boolean {
  const toks = ctx.s.tokens;
  return ctx.s.mentions.some((m) => m.tok0 >= from && m.tok0 - from <= 4 && !hasBreak(toks, from, m.tok0) && !!sideActor(ctx.lex, m));
}

/**
 * The other doers of the attack a reply answers (slot48; gold rule 20c): the sides that attacked the same target span as
 * the last attack of `y` told before `upTo` in the sentence, else the story's doers of its last attack (Discourse.attackerAll)
 * when `y` is one of them; never the replier.
 */
function otherDoers(ctx: Ctx, before: number, upTo: number, y: string, replier: string): string[] {
  const ok = (id: string) => id !== y && id !== replier && SIDE_KINDS.has(ctx.lex.entities.get(id)?.kind ?? '');
  for (let i = ctx.out.length - 1; i >= before; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'attacked' || r.source !== y || r.evidence.sourceSpan[1] > upTo) continue;
    const ts = r.evidence.targetSpan;
    const out = new Set<string>();
    for (let j = before; j < ctx.out.length; j++) {
      const q = ctx.out[j]!;
      if (q.relation === 'attacked' && q.evidence.start === r.evidence.start && q.evidence.targetSpan[0] === ts[0] && q.evidence.targetSpan[1] === ts[1] && ok(q.source)) out.add(q.source);
    }
    return [...out];
  }
  const all = ctx.discourse.attackerAll;
  return all && all.includes(y) ? all.filter(ok) : [];
}

/** The day a week before `date` (YYYY-MM-DD). */
function weekBefore(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
}

/**
 * Rule 20c (ref47; diagnosis-batch46 D1, D5, dates47 rank 1): a reply told with no date of its own ("The SDF said its
 * fighters had returned fire on positions of the SNA" after "Turkish-backed factions shelled … on Sunday") is dated as the
 * attack it answers: the last attack of the one fired on (`foe`) told in the sentences before, else the last attack told,
 * with its day in the text within the week before publication.
 * The replier's attacks of the sentence (from `before`) take that day; a reply whose sentence gives a date keeps it.
 */
function answeredDate(ctx: Ctx, before: number, replier: string, foe: string): void {
  if (ctx.s.dates.length) return;
  let day: string | undefined;
  // (the one fired on first, else the last attack told: "Turkish artillery shelled … on Sunday. The SDF said its fighters
  // had returned fire on positions of the SNA" answers Turkey's shelling; a day within the story's week only)
  const week = weekBefore(ctx.doc.article.date);
  let last: RelationRecord | undefined;
  for (let i = before - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'attacked') continue;
    last ??= r;
    if (r.source !== foe) continue;
    last = r;
    break;
  }
  if (last && last.dateSource === 'text' && last.date.length === 10 && last.date >= week && last.date <= ctx.doc.article.date) day = last.date;
  if (!day) return;
  for (let i = before; i < ctx.out.length; i++) {
    const r = ctx.out[i]!;
    if (r.relation === 'attacked' && r.source === replier && r.dateSource === 'published') ctx.out[i] = redated(r, day);
  }
}

/**
 * A definite attack repelled with no attacker named: "its fighters had repelled the assault", `مقاتليه تصدّوا للهجوم`
 * (a cues.csv `repel_verb` with a definite `repelled_noun` right after it) — the assault is the one told before, its doer
 * the attacker attackerOf finds (the sentence's attack, else the story's); the repeller attacked it and it attacked the
 * repeller (gold rule 20c). The repeller: the side right before the verb (SVO, the speaker's own fighters), else the
 * Arabic VSO subject right after it. repel.ts reads the attacker named after the noun; this reads the one told before.
 */
export function repelledDefinite(ctx: Ctx): void {
  const cues = ctx.byKind.get('repel_verb');
  if (!cues?.length) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const nouns = cueWords(ctx.lex, 'repelled_noun');
  const en = ctx.lang === 'en';
  for (const c of cues) {
    // the definite noun: "the assault", `للهجوم`, `الهجوم`
    let k = c.tok1;
    if (en && toks[k]?.norm !== 'the') continue;
    if (en) k++;
    const w = toks[k]?.norm ?? '';
    const bare = en ? w : w.replace(/^[وف]?(لل|بال|ال)/, '');
    if (!nouns.has(bare) || (!en && bare === w)) continue;
    const noun = s.triggers.find((x) => x.tok0 === k && x.patterns.some((q) => q.relation === 'attacked'));
    if (!noun) continue;
    // (a side named after the noun is repel.ts's attacker: "the attack by X", `للهجوم الذي شنّه X`)
    if (ms.some((m) => m.tok0 > k && m.tok0 - k <= 4 && !hasBreak(toks, k, m.tok0) && sideActor(ctx.lex, m))) continue;
    let x = sideBefore(ctx, c.tok0);
    if (!x && !en) {
      const m = ms.find((y) => y.tok0 >= c.tok1 && y.tok0 < k);
      if (m && !prepOf(ctx, m)) x = m;
    }
    const xa = sideActor(ctx.lex, x);
    if (!x || !xa) continue;
    const y = attackerOf(ctx, ctx.discourse, noun, [xa.entity]);
    const ya = sideActor(ctx.lex, y);
    if (!y || !ya || ya.entity === xa.entity) continue;
    const T = cueTrigger(c, ap);
    const n = ctx.out.length;
    if (!toldHere(ctx, 'attacked', xa.entity, ya.entity)) emit(ctx, T, 'attacked', x, y, {}, false);
    asResponses(ctx, n);
    if (!toldHere(ctx, 'attacked', ya.entity, xa.entity)) emit(ctx, T, 'attacked', y, x, {}, false);
  }
}
