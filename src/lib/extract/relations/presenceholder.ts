/**
 * The holder of posts after a presence verb, past an inserted adjective (branch np46; diagnosis-batch45 §6 np46 rank 1):
 * `وتنتشر في ريف إدلب نقاط عسكرية تركية`, `وتنتشر في P نقاط عسكرية لـ«X»`, `مواقع عسكرية روسية`. frames.ts's
 * presenceOwner reads `[military noun] لX` with the holder fused to its لـ; this reads the subject head's holder however it
 * is told after the head (a demonym or state name, a separate `لـ` and an opening quote, holderAr of presence.ts).
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, freeWords, type Group, groupTo, hasBoundary, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';
import { holderAr } from './presence.ts';

/** Prepositions before a military head that make it no subject (`قرب نقاط`, `في مواقع`). */
const PREP_BEFORE = /^(في|علي|من|الي|مع|عن|قرب|نحو|ضد|حول|داخل)$/;

/** An indefinite nisba adjective (normalised), `عسكريه`, `ثابته`: no article, no و. */
const ADJ = /^(?!ال|و)\S{2,}يه$/;

/**
 * Arabic: the holder of the first military head after presence verb T (the verb's subject) past a fronted place, when no
 * verb stands between them and the head is no mention of its own (`قوات تركية` is read by the clause) nor behind a preposition.
 */
export function insertedHolder(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  const c = (ctx.byKind.get('military') ?? []).find((x) => x.tok0 >= T.tok1);
  if (!c || ctx.inMention[c.tok0] || freeWords(ctx, T.tok1, c.tok0) > 6 || hasBoundary(toks, T.tok1, c.tok0)) return undefined;
  if (/^[بل]/.test(toks[c.tok0]!.norm) || PREP_BEFORE.test(toks[c.tok0 - 1]?.norm ?? '')) return undefined;
  if (ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb')) return undefined;
  // (the place fronted between the verb and the head, `تنتشر في P نقاط`: a relative's verb, `الذي … تحرسه قوات «X»`, keeps
  // its antecedent as the place, structure.ts)
  if (!ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && m.kind === 'place')) return undefined;
  // (one indefinite adjective of the head's own, `مواقع عسكرية روسية`, when the cue span ends before it)
  const k = !ctx.inMention[c.tok1] && ADJ.test(toks[c.tok1]?.norm ?? '') && !ctx.s.mentions.some((m) => m.tok0 === c.tok1) ? c.tok1 + 1 : c.tok1;
  const h = holderAr(ctx, k, false);
  if (!h) return undefined;
  // (a second member joined by `إلى جانب` with its own head and holder, `… إلى جانب مواقع للجيش السوري`: present too, the
  // members' posts side by side; cues.csv `alongside`, `military`)
  const al = ctx.byKind.get('alongside')?.find((x) => x.tok0 === h.end);
  const c2 = al && (ctx.byKind.get('military') ?? []).find((x) => x.tok0 === al.tok1);
  const h2 = c2 && !ctx.inMention[c2.tok0] ? holderAr(ctx, c2.tok1, false) : undefined;
  return h2 && h2.who.entity !== h.who.entity ? [h.who, h2.who] : [h.who];
}

/**
 * English: mention m is the X of "(Turkish-backed) factions of (the) X" (cues.csv `faction_head_en` before "of"), a state or
 * armed group by name: the phrase stands for X as a holder or owner (diagnosis-batch44 §6 np46 rank 1).
 */
export function factionOf(ctx: Ctx, m: Mention): boolean {
  if (ctx.lang !== 'en' || m.via === 'demonym' || m.grouped) return false;
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  if (toks[k]?.norm === 'the') k--;
  if (toks[k]?.norm !== 'of' || !cueWords(ctx.lex, 'faction_head_en').has(toks[k - 1]?.norm ?? '')) return false;
  const a = actor(ctx.lex, m);
  return !!a && (a.kind === 'armed_group' || a.kind === 'country');
}

/** Words between a passive's subject place and its verb ("Azaz has long been", "Idlib, which is", "P remains"). */
const SUBJECT_LINK = /^(is|are|was|were|has|have|had|been|being|remains|remain|remained|which|that|long|largely|now|still|also|,)$/;

/** The places that are the subject of a passive verb at token v: the place (list) right before it past SUBJECT_LINK words. */
function passivePlaces(ctx: Ctx, v: number): Mention[] {
  const toks = ctx.s.tokens;
  let k = v;
  while (k > 0 && v - k < 5 && SUBJECT_LINK.test(toks[k - 1]!.norm)) k--;
  const i = ctx.s.mentions.findIndex((m) => m.tok1 === k);
  if (i < 0 || k === v) return [];
  return groupTo(ctx.s.mentions, i).filter((m) => m.kind === 'place');
}

/** Words a passive holder phrase may have between the trigger and its faction head ("by the rival, allied, Turkish-backed …"). */
const HOLDER_FILLER = /^(the|-|backed|allied|aligned|affiliated|rival|armed|local|various|several|other)$/;

/**
 * English (gold rule 13): "P has been held by (Turkish-backed) factions of X", "P is under the control of fighters of X", "P
 * remains in the hands of factions of X": a passive presence verb (`deployed_in`, voice passive) whose holder is told as a
 * faction head and "of X": X is deployed in the verb's place (its subject, a place or places), at publication. The
 * modifier ("Turkish-backed", a demonym) holds nothing.
 */
export function factionHolderPresence(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  for (const T of ctx.s.triggers) {
    const p = T.patterns[0]!;
    if (p.relation !== 'deployed_in' || p.pos !== 'verb' || p.voice !== 'passive') continue;
    let k = T.tok1;
    while (k < toks.length && k - T.tok1 < 5 && (HOLDER_FILLER.test(toks[k]!.norm) || ctx.s.mentions.some((m) => m.tok0 <= k && m.tok1 > k && m.via === 'demonym'))) k++;
    if (!cueWords(ctx.lex, 'faction_head_en').has(toks[k]?.norm ?? '')) continue;
    const x = ctx.s.mentions.find((m) => m.tok0 > k && m.tok0 <= k + 3 && factionOf(ctx, m));
    const who = x && actor(ctx.lex, x);
    if (!who) continue;
    const places = passivePlaces(ctx, T.tok0);
    const pattern = verbPattern(ctx, 'deployed_in');
    if (!pattern) return;
    for (const where of places) {
      if (ctx.out.slice(before).some((r) => r.relation === 'deployed_in' && r.source === who.entity && r.target === where.entity)) continue;
      const n = ctx.out.length;
      emit(ctx, cueTrigger(T, pattern), 'deployed_in', who, where, {}, true);
      atPublication(ctx, n);
    }
  }
}
