/**
 * An Arabic attack verb that is the asyndetic relative of an indefinite attack noun (branch att38, diagnosis-batch33 #58,
 * #59; pool rows of batches 27-32): `قصف مدفعي لقوات النظام طال قرى في جبل الزاوية`, `قصف صاروخي ومدفعي طاول قرى في X وY`,
 * `قصف مدفعي تركي طال قرى في محيط مدينة منبج`, `جراء قصف مدفعي لقوات النظام استهدف مخيماً للنازحين قرب بلدة X`. Arabic
 * joins a relative clause to an indefinite head with no pronoun, so the verb's subject is the noun and the verb has none of
 * its own: its object is what the attack hit, and the attack's doer is the one the noun names, by its nisba (`تركي`,
 * `إسرائيلية`, also on a means phrase: `بطائرات مسيّرة تركية`) or by a `لـ`/`من` phrase (`لقوات النظام`, `من القوات
 * الحكومية`). Between the noun and the verb only its modifiers may stand: adjectives, coordinated ones (`مدفعي وصاروخي`),
 * a means phrase, that doer (at most five words and one name). Read only when the ordinary frames of the verb gave nothing
 * (index.ts), so that a verb with a subject of its own keeps its reading.
 */
import type { Mention, Trigger } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { objectGroup } from './args.ts';
import { actor, BOUNDARY, type Ctx, firstPattern, prepOf } from './ctx.ts';
import { emitAll } from './emit.ts';
import { replyActSubjects } from './replyact.ts';

/** Prepositions that introduce an attack noun's doer right after it (`قصف لقوات النظام`, `قصف من القوات الحكومية`). */
const DOER_PREP = /^(ل|لـ|من)$/;
/** Words that end the noun phrase: a relative pronoun, a complementiser, a verb particle (the verb is then no relative of the noun). */
const CLOSER = /^(الذي|التي|الذين|اللذين|اللتين|ان|أن|إن|قد|لقد|ثم|حيث|بعد|قبل|منذ|خلال|عند|فيما|بينما)$/;

/** The tokens of an indefinite noun: no article after its proclitics (`قصف`, `وقصف`, `بقصف`, `لغارات`). */
function indefinite(norm: string): boolean {
  return !/^(و|ف)?(ب|ل|ك)?ال/.test(norm);
}

/**
 * With `replyOnly` (slot51): read only the reply's relative (`وردّت «قسد» بقصف مدفعي طال …`, the doer the response verb's
 * subject), before the verb's ordinary frame, which would take the noun for the story's last attacker.
 */
export function attackNounRelative(ctx: Ctx, V: Trigger, replyOnly = false): boolean {
  const p = V.patterns[0]!;
  if (ctx.lang !== 'ar' || p.relation !== 'attacked' || p.pos !== 'verb' || p.voice === 'passive') return false;
  const { s } = ctx;
  const toks = s.tokens;
  // (the verb itself bare: no conjunction, which would make it a verb of the main clause, `واستهدف`)
  if (/^[وف]/.test(V.clitics)) return false;
  // the noun before the verb, past its modifiers
  let noun: Trigger | undefined;
  let doer: Mention | undefined;
  let free = 0;
  let names = 0;
  for (let k = V.tok0 - 1; k >= 0 && V.tok0 - k <= 9; k--) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || t.text === '،' || t.text === ',' || t.text === '(' || t.text === ')') return false;
    if (isQuote(t)) continue;
    const N = s.triggers.find((x) => x.tok0 <= k && k < x.tok1);
    if (N) {
      if (!N.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') || !indefinite(toks[N.tok0]!.norm)) return false;
      noun = N;
      break;
    }
    const m = s.mentions.find((x) => x.tok0 <= k && k < x.tok1);
    if (m) {
      if (++names > 1) return false;
      const a = actor(ctx.lex, m);
      if (!a || a.kind === 'place' || a.kind === 'person') return false;
      // (a nisba, or a doer phrase `لقوات النظام`; any other preposition gives the noun a place or target of its own)
      if (m.via !== 'demonym' && !DOER_PREP.test(prepOf(ctx, m) ?? '')) return false;
      doer = a;
      k = m.tok0;
      continue;
    }
    if (!t.arabic || CLOSER.test(t.norm) || ++free > 5) return false;
  }
  if (!noun) return false;
  // (`وردّت قوات النظام بقصف صاروخي ومدفعي طاول قرى في …`: a noun of means, `بـ`, with no doer of its own is done by the
  // subject right before it, the actor that responded or struck with it)
  // (or the replier a response verb governs, past a time adjunct or an apposition, or SVO: `وردّت «قسد» ليل الاثنين بقصف
  // مدفعي طال مواقع لـX`, `أن القوات الحكومية ردّت بقصف مدفعي طال أطراف مدينة P`; replyact.ts replyActSubjects, slot51)
  let doers: Mention[] | undefined;
  if (!doer && /ب$/.test(noun.clitics.replace(/^[وف]/, ''))) {
    doers = replyActSubjects(ctx, noun)?.filter((m) => {
      const a = actor(ctx.lex, m);
      return !!a && a.kind !== 'place' && a.kind !== 'person';
    });
    if (doers?.length) doer = actor(ctx.lex, doers[0]!);
  }
  if (replyOnly && !doers?.length) return false;
  if (!doer && /ب$/.test(noun.clitics.replace(/^[وف]/, ''))) {
    const m = s.mentions.find((x) => x.tok1 === noun.tok0);
    const a = m && !prepOf(ctx, m) ? actor(ctx.lex, m) : undefined;
    if (a && a.kind !== 'place' && a.kind !== 'person') doer = a;
  }
  if (!doer) return false;
  // (the doer is the noun's, not a name the noun's own phrase ends at before another clause: nothing but modifiers between)
  // (the object read as the first attack verb row's, `استهدف`: `طال`'s own row takes no place object of its own)
  const P = firstPattern(ctx.lex.patterns, 'attacked', 'ar', 'verb') ?? p;
  const by = doers?.length ? doers : [doer];
  const obj = objectGroup(ctx, V.tok1, P, new Set(by.map((m) => actor(ctx.lex, m)!.entity)));
  if (!obj?.length) return false;
  return emitAll(ctx, V, P, by, obj, {});
}
