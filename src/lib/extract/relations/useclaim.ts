/**
 * A claim that another actor uses something is an accusation (branch pred38; diagnosis-batch33 #60, 61, 126; pool b23,
 * b27; gold rule 17b, an imputed deed): "Israel said at the time that Hezbollah was using the crossing to bring weapons",
 * "…, saying Iran uses Syrian territory to arm the group", `ويقول النظام وحليفته روسيا إن «الهيئة» تستخدم الطائرات
 * المسيّرة لاستهداف …`. A verb of saying (cues.csv `saying_verb`, English also "saying"), then that/إن/أن (or nothing in
 * English), then a named actor (no place, no possessive) and, right after it past an auxiliary, a verb of using (cues.csv
 * `use_verb`; no modal: "would use" is an intent): the speakers accused that actor, never a speaker's own state. Speakers: Arabic, the actors between the verb and إن (VSO, a list with
 * `وحليفته X`), else the sentence's first actor before the verb; English, the actor right before the verb (past a
 * time adverb and auxiliaries), or for "saying" the sentence's first actor not behind a preposition.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasWordCue, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const EN_AUX = /^(was|were|is|are|has|have|had|been|being|still|also|now)$/;
const EN_THAT = /^(that)$/;

function isActor(ctx: Ctx, m: Mention): boolean {
  const a = actor(ctx.lex, m);
  return !!a && a.kind !== 'place';
}

export function useClaims(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'use_verb')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const say = cueWords(ctx.lex, 'saying_verb');
  const use = cueWords(ctx.lex, 'use_verb');
  const ms = s.mentions;
  const p = verbPattern(ctx, 'accused');
  if (!p) return;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    const saying = ctx.lang === 'en' && w === 'saying';
    if (!say.has(w) && !saying && !(ctx.lang === 'ar' && (w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641) && say.has(w.slice(1)))) continue;
    // the clause after the verb: (that | إن/أن) then the user
    let speakers: Mention[] = [];
    let j = k + 1;
    if (ctx.lang === 'ar') {
      while (j < toks.length && j - k <= 6 && !/^[وف]?[اإأ]ن$/.test(toks[j]!.norm)) j++;
      if (j >= toks.length || j - k > 6) continue;
      speakers = ms.filter((m) => m.tok0 > k && m.tok1 <= j && isActor(ctx, m) && !isPossessive(ctx, m));
      j++;
    } else {
      // "said at the time that", "says", "saying": past a short adjunct to "that", or straight on
      let t = j;
      while (t < toks.length && t - k <= 5 && !EN_THAT.test(toks[t]!.norm) && !ctx.inMention[t] && toks[t]!.word) t++;
      if (t < toks.length && EN_THAT.test(toks[t]!.norm)) j = t + 1;
    }
    while (j < toks.length && !toks[j]!.word) j++;
    const user = ms.find((m) => m.tok0 === j || (m.tok0 === j + 1 && /^(the)$/.test(toks[j]!.norm)));
    if (!user || !isActor(ctx, user) || isPossessive(ctx, user) || prepOf(ctx, user)) continue;
    let v = user.tok1;
    while (v < toks.length && !toks[v]!.word) v++;
    while (v < toks.length && v - user.tok1 <= 3 && ctx.lang === 'en' && EN_AUX.test(toks[v]!.norm)) v++;
    if (!use.has(toks[v]?.norm ?? '')) continue;
    if (!speakers.length) {
      if (ctx.lang === 'en' && !saying) {
        let b = k - 1;
        while (b >= 0 && !ctx.inMention[b] && toks[b]!.word && /^(has|have|had|also|repeatedly|long|previously|officials|has long)$/.test(toks[b]!.norm)) b--;
        const m = ms.find((x) => x.tok1 === b + 1);
        if (m && isActor(ctx, m) && !prepOf(ctx, m) && !isPossessive(ctx, m)) speakers = [m];
      } else {
        const m = ms.find((x) => x.tok1 <= k && isActor(ctx, x) && !prepOf(ctx, x) && !isPossessive(ctx, x) && x.via !== 'demonym');
        if (m) speakers = [m];
      }
    }
    const ub = actor(ctx.lex, user)!;
    // (the claim is dated as its verb of saying: "said at the time that …")
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    for (const sp of speakers) {
      const a = actor(ctx.lex, sp)!;
      // (a person's own state is no one they accuse: "Bagheri Kani said Iran would use its right")
      const pa = ctx.lex.entities.get(a.entity);
      if (a.entity === ub.entity || (pa?.kind === 'person' && pa.country === ub.entity)) continue;
      if (!toldHere(ctx, 'accused', a.entity, ub.entity)) emit(ctx, T, 'accused', sp, user, {}, false);
    }
  }
}
