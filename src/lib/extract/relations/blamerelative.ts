/**
 * The blame of a relative on the deed (branch slot45; diagnosis-batch42 #25–26; pool b40 qamishli-airport): `… رداً على
 * تفجير شارع الاستقلال في إسطنبول، الذي حمّلت مسؤوليته لحزب العمال الكردستاني و«وحدات حماية الشعب»` — a relative pronoun
 * (`الذي`/`التي`) opening a blame verb (an `accused` trigger, `حمّلت`) with the deed's clitic `مسؤوليته`/`مسؤوليتها`
 * (cues.csv `responsibility`) and `لـ` + the accused: the relative has no subject of its own, so the doer is the
 * sentence's opening actor (leadingActor: a capital counts for its state, `أنقرة`); it accused each member of the `لـ`
 * group, at publication unless a date follows the relative (the date before it is the deed's). Arabic; not negated.
 */
import { type Ctx, actor, AR_RELATIVE, cueTrigger, groupFrom, hasCue, leadingActor, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isNegated } from './guards.ts';

export function blameRelativeAr(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !ctx.byKind.has('responsibility')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const p = verbPattern(ctx, 'accused');
  if (!p) return;
  for (const T of s.triggers) {
    if (T.tok0 < 2 || !T.patterns.some((q) => q.relation === 'accused') || !AR_RELATIVE.has(toks[T.tok0 - 1]!.norm)) continue;
    // (the deed's clitic right after the verb: `مسؤوليته`, `مسؤوليتها`; then `لـ` + the accused)
    const r = T.tok1;
    if (r >= toks.length || !/(ته|تها)$/.test(toks[r]!.norm) || !hasCue(ctx, r, 'responsibility')) continue;
    // (`لحزب …`, or `لـ` standing alone before a quoted name: `لـ«هيئة تحرير الشام»`)
    const lam = /^لـ?$/.test(toks[r + 1]?.norm ?? '') ? r + 2 : -1;
    const i = s.mentions.findIndex((m) => (m.tok0 === r + 1 && m.clitics === 'ل') || (lam > 0 && (m.tok0 === lam || (m.tok0 === lam + 1 && toks[lam]!.text === '«'))));
    if (i < 0) continue;
    const doer = leadingActor(ctx, T.tok0 - 1);
    const who = doer && actor(ctx.lex, doer);
    if (!doer || !who || !/^(country|armed_group|organization|person)$/.test(who.kind)) continue;
    const V = cueTrigger({ tok0: T.tok0, tok1: T.tok1, start: T.start, end: T.end }, p);
    if (isNegated(ctx, V)) continue;
    const n = ctx.out.length;
    for (const m of groupFrom(s.mentions, i)) {
      const a = actor(ctx.lex, m);
      if (a && a.entity !== who.entity && !toldHere(ctx, 'accused', who.entity, a.entity)) emit(ctx, V, 'accused', doer, m, {}, false);
    }
    // (the date before the relative is the deed's, "تفجير … في 13 تشرين الثاني، الذي حمّلت مسؤوليته": the blame, told with
    // no date of its own, is a stance at publication)
    if (!s.dates.some((d) => d.start >= T.start)) atPublication(ctx, n);
  }
}
