/**
 * (branch ref55; diagnosis-batch52 §6 ref54 rank 2, the elders' demands; gold rule 3's meeting sides) An urging verb
 * whose frame found no addressee, with its demand told right after its subject (a بـ complement, `وطالب الوجهاء
 * بتحسين الخدمات`, `أن الوفد العراقي طالب بتشديد الرقابة`; English "for", "The elders asked for …") urges the other side
 * of the meeting told last (ctx.lastEvent, else ctx.lastPair), when its subject is one of that meeting's two sides:
 * `التقى مسؤولون في مجلس منبج المدني وجهاء من عشيرة البوبنا … وطالب الوجهاء بتحسين …` → `bu-banna-tribe urged
 * manbij-civil-council`. Called by index.ts only for an urging verb that emitted nothing (a cheap call-site guard).
 */
import { mention, type Mention, type Trigger } from '../doc.ts';
import { actor, type Ctx, hasCue, leadingActor, prepOf } from './ctx.ts';
import { emit } from './emit.ts';
import { isBackground, isPresent } from './dates.ts';

/** The subject of T: the first actor right after it (Arabic VSO, past its own clitic), else the opening actor before it. */
function subjectOf(ctx: Ctx, T: Trigger): Mention | undefined {
  // (past a members word, `أعضاء اللجنة`: the body; cues.csv `partitive`)
  const k = hasCue(ctx, T.tok1, 'partitive') ? T.tok1 + 1 : T.tok1;
  const after = ctx.s.mentions.find((m) => m.tok0 === k && !prepOf(ctx, m) && !!actor(ctx.lex, m));
  if (after && ctx.lang === 'ar') return after;
  return leadingActor(ctx, T.tok0, true);
}

/** Grammar words with a leading ب that open no demand (prepositions and connectives). */
const NOT_DEMAND_AR = /^(بين|بعد|بسبب|بحسب|بشان|بدون|بينما|بموجب|بهدف|بعض)$/;

/** Does the demand follow right at k: an Arabic بـ verbal noun that names no one, or English "for"? */
function demandAt(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k];
  if (!t || ctx.s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) return false;
  return ctx.lang === 'ar' ? t.arabic && t.norm.startsWith('ب') && t.norm.length > 3 && !NOT_DEMAND_AR.test(t.norm) : t.norm === 'for';
}

export function urgedPartner(ctx: Ctx, T: Trigger): boolean {
  const p = T.patterns[0]!;
  if (p.relation !== 'urged' || p.pos !== 'verb') return false;
  const pair = ctx.lastEvent ?? ctx.lastPair;
  if (!pair) return false;
  const subj = subjectOf(ctx, T);
  if (!subj) return false;
  // (the demand right after the subject (VSO) or right after the verb (SVO): no addressee between)
  let at = subj.tok0 >= T.tok1 ? subj.tok1 : T.tok1;
  // (past the meeting's own adjunct, `خلال الاجتماع`, "during the meeting", its commas)
  const toks = ctx.s.tokens;
  const comma = (k: number) => toks[k]?.text === ',' || toks[k]?.text === '،';
  const during = (k: number) => (/^(خلال|during)$/.test(toks[k]?.norm ?? '') ? (toks[k + 1]?.norm === 'the' ? 3 : 2) : 0);
  if (comma(at)) at++;
  if (during(at)) at += during(at);
  if (comma(at)) at++;
  if (!demandAt(ctx, at)) return false;
  // (a standing stance, "has pressed for", `وكان قد طالب`: no demand made at the meeting)
  if (isBackground(ctx, T) || isPresent(ctx, T) || /^(has|have|had)$/.test(toks[T.tok0 - 1]?.norm ?? '')) return false;
  // (an actor named inside the demand may be the one urged, `بسحب حواجز تابعة للفرقة الرابعة`: the frame's, not the meeting's)
  // (ref58: the demand ends at its first comma; an actor of a relative clause after it, `بتأمين الطريق …، الذي تتعرض
  // فيه الحافلات لهجمات تشنها خلايا تنظيم «داعش»`, is no one urged)
  let end = at;
  while (end < toks.length && !comma(end)) end++;
  if (ctx.s.mentions.some((m) => m.tok0 >= at && m.tok0 < end && m !== subj && !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && m.kind !== 'place')) return false;
  const a = actor(ctx.lex, subj);
  const [x, y] = pair.map((m) => actor(ctx.lex, m));
  if (!a || !x || !y || x.entity === y.entity) return false;
  const other = a.entity === x.entity ? y : a.entity === y.entity ? x : undefined;
  if (!other || other.kind === 'place' || ctx.lex.entities.get(other.entity)?.kind === 'place') return false;
  const tgt = mention(T.tok0, T.tok1, T.start, T.end, other.entity, other.kind, 'anaphor', false, '');
  return emit(ctx, T, 'urged', subj, tgt, {}, false);
}
