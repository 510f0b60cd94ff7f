/**
 * A withdrawal made a precondition (pred37, diagnosis-batch32 §6 pred37 rank 4, #110; pool b19): "Damascus has made a
 * Turkish withdrawal from Syrian territory a precondition for any normalisation", "Syrian officials have long made …":
 * a verb of making (made/make/makes/set) a few words before a withdrawal noun (patterns.en.csv `withdrew_from` noun)
 * that its clause goes on to call a condition (cues.csv `condition_noun_en` after a/the) is a demand: the maker urged
 * the withdrawer (the demonym or name right before the noun, or "of X" after it), who is deployed in the place after
 * "from". English (the Arabic `تشترط X انسحاب Y` is the `urged` verb frame).
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, hasWordCue, isPossessive, prepOf } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { firstFreeActor } from './sentence.ts';
import { cueWords } from '../lexicon.ts';

const MAKE = /^(made|make|makes|making|set|sets|setting)$/;
const SKIP = /^(has|have|had|long|also|repeatedly|consistently|always|officials|leaders|authorities|government|the|its|officially)$/;

export function withdrawalPrecondition(ctx: Ctx): void {
  if (ctx.lang !== 'en' || !hasWordCue(ctx, 'condition_noun_en')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const cond = cueWords(ctx.lex, 'condition_noun_en');
  for (const T of s.triggers) {
    const p = T.patterns[0]!;
    if (p.relation !== 'withdrew_from' || p.pos !== 'noun') continue;
    // the verb of making within four words before the noun
    let v = -1;
    for (let j = T.tok0 - 1; j >= 0 && T.tok0 - j <= 4; j--) if (MAKE.test(toks[j]!.norm)) { v = j; break; }
    if (v < 0) continue;
    // the condition noun after a/the within twelve words, no clause break
    let c = -1;
    for (let j = T.tok1; j < toks.length && j - T.tok1 <= 12; j++) {
      if (/^[;:.]$/.test(toks[j]!.text) || /^(that|which|who|but|while)$/.test(toks[j]!.norm)) break;
      if (cond.has(toks[j]!.norm) && /^(a|the|an|key|main)$/.test(toks[j - 1]?.norm ?? '')) { c = j; break; }
    }
    if (c < 0) continue;
    // the maker: the actor right before the verb, past auxiliaries, adverbs and an officials head
    let j = v - 1;
    while (j >= 0 && SKIP.test(toks[j]!.norm) && !ctx.inMention[j]) j--;
    const maker = s.mentions.find((m) => m.tok1 === j + 1 && !prepOf(ctx, m) && !isPossessive(ctx, m));
    // the withdrawer: right before the noun (past a/an/the), or "of (the) X" after it
    let w: Mention | undefined = s.mentions.find((m) => m.tok1 === T.tok0 && m.tok0 > v);
    if (!w && toks[T.tok1]?.norm === 'of') w = s.mentions.find((m) => m.tok0 > T.tok1 && m.tok0 - T.tok1 <= 3 && m.tok1 <= c);
    const place = s.mentions.find((m) => m.tok0 > T.tok0 && m.tok1 <= c && toks[m.tok0 - 1]?.norm === 'from');
    const a = maker ? actor(ctx.lex, maker) : undefined;
    const b = w ? actor(ctx.lex, w) : undefined;
    if (!maker || !w || !a || !b || a.kind === 'place' || b.kind === 'place' || a.entity === b.entity) continue;
    if (!toldHere(ctx, 'urged', a.entity, b.entity)) emit(ctx, T, 'urged', maker, w, {}, false);
    if (place && !toldHere(ctx, 'deployed_in', b.entity, place.entity)) emit(ctx, T, 'deployed_in', w, place, {}, true);
  }
}

/**
 * `أكد الأسد، بحسب بيان للرئاسة السورية، أن أي تقدم في هذا المسار مرهون بانسحاب القوات التركية من الأراضي السورية`,
 * "Mekdad said any progress was conditional on the withdrawal of Turkish forces from Syria" (slot44; diagnosis-batch40 #55,
 * pool b36 lavrentiev): a condition read as a demand (patterns.ar.csv / patterns.en.csv `urged` noun rows: `مرهون`,
 * `مشروط`, "conditional on", "hinges on") whose frame found no one to urge: the sentence's first free actor before it (the
 * speaker) urges the owner of the act demanded (the first actor named within three tokens after the act noun that follows
 * the condition: `بانسحاب`, "on the withdrawal of"). A withdrawal demanded is no withdrawal done (the demand's own frame
 * drops it) and tells the presence: English gives it here (the place after "from"), Arabic's frame already does.
 */
export function conditionUrges(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'urged' && q.pos === 'noun');
    if (!p) continue;
    let k = T.tok1;
    if (ctx.lang === 'ar') {
      if (T.tok1 !== T.tok0 + 1 || !hasWordCue(ctx, 'condition_word') || !cueWords(ctx.lex, 'condition_word').has(toks[T.tok0]!.norm.replace(/^و/, ''))) continue;
      if (!/^ب/.test(toks[k]?.norm ?? '')) continue;
    } else {
      if (toks[T.tok1 - 1]?.norm !== 'on') continue;
      if (/^(the|a|any|an)$/.test(toks[k]?.norm ?? '')) k++;
    }
    const act = s.triggers.find((x) => x.tok0 === k && x.patterns[0]!.pos === 'noun');
    if (!act) continue;
    let j = act.tok1;
    if (ctx.lang === 'en' && toks[j]?.norm === 'of') j++;
    const who = s.mentions.find((m) => m.tok0 >= j && m.tok0 - j <= 3 && m.kind !== 'place' && actor(ctx.lex, m));
    const by = firstFreeActor(ctx, T.tok0);
    if (!who || !by || by.entity === who.entity || actor(ctx.lex, by)!.entity === actor(ctx.lex, who)!.entity) continue;
    if (!toldHere(ctx, 'urged', actor(ctx.lex, by)!.entity, actor(ctx.lex, who)!.entity)) emit(ctx, T, 'urged', by, who, {}, false);
    if (ctx.lang !== 'en' || act.patterns[0]!.relation !== 'withdrew_from' || toks[who.tok1]?.norm !== 'from') continue;
    const where = s.mentions.find((m) => m.tok0 === who.tok1 + 1 && (m.kind === 'place' || m.kind === 'country'));
    if (where && !toldHere(ctx, 'deployed_in', actor(ctx.lex, who)!.entity, where.entity)) emit(ctx, act, 'deployed_in', who, where, {}, true);
  }
}
