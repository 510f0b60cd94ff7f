/**
 * An attack noun with its own doer as the subject of a verb of striking (np39, diagnosis-batch34 §6 np39 rank 1):
 * "Israeli air strikes hit several sites in … Homs", "An Israeli missile strike hit Aleppo International Airport",
 * "Israel's latest strikes on Monday hit …", "an Israeli strike on the Sayyida Zeinab area killed X" (X only, rule 18d),
 * `إن الغارات التركية المتواصلة منذ أسابيع أصابت منشآت … في ريف القامشلي`, `الغارة الإسرائيلية على حي المزة قتلت X`.
 * The noun's doer is its nisba or possessor (English right before it, past the cues.csv `strike_filler` words; Arabic
 * the nisba right after it); the verb (cues.csv `strike_verb`) follows past fillers, a date or a phrase opened by a
 * preposition (on/against/in/near, `على`/`ضد`/`في`/`قرب`), with no comma, boundary or other verb between; what it
 * struck is its object. Undefined (the other readings go on) when any part is missing.
 */
import { type Mention, type Trigger } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { objectGroup } from './args.ts';
import { actor, type Ctx, firstMentionAfter, groupFrom, hasBoundary } from './ctx.ts';
import { emitAll, redateSince } from './emit.ts';

const PREP = /^[وب]?(on|against|in|near|at|across|around|على|علي|ضد|في|قرب|بالقرب)$/;
/** An Arabic compass word opens a place phrase as a preposition does (`شمال`, `بشرق`; cues.csv `compass`; undefined in English). */
const compassPrep = (compass: ReadonlySet<string> | undefined, w: string): boolean => compass !== undefined && (compass.has(w) || (/^[وب]/.test(w) && compass.has(w.slice(1))));

// (words of the filler list that make a verb form after them a verb: "Israel has struck")
const AUX = /^(also|reportedly|have|has|had|then|later|a|an|the)$/;

export function strikeSubject(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  // ("Israel's continuing strikes hit …": a verb form after a possessor or nisba and adjectives is the noun; English)
  // (the word is one of cues.csv `strike_noun`: "strikes", "raids", "shelling")
  const asNoun = p.pos === 'verb' && ctx.lang === 'en' && cueWords(ctx.lex, 'strike_noun').has(ctx.s.tokens[T.tok1 - 1]!.norm);
  if (p.pos !== 'noun' && !asNoun) return undefined;
  const verbs = cueWords(ctx.lex, 'strike_verb');
  if (!verbs.size) return undefined;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const fillers = cueWords(ctx.lex, 'strike_filler');
  const compass = ctx.lang === 'ar' ? cueWords(ctx.lex, 'compass') : undefined;
  const inDate = (j: number) => ctx.s.dates.some((x) => x.start <= toks[j]!.start && toks[j]!.start < x.end);
  // the verb: the first strike verb within 12 tokens after `from`, past fillers, dates, or a phrase opened by a preposition
  const verbAfter = (from: number): number => {
    let prep = false;
    for (let k = from; k < toks.length && k - from <= 12; k++) {
      const t = toks[k]!;
      if (!ctx.inMention[k] && (/^[,،:;.!?()«»"]$/.test(t.text) || hasBoundary(toks, k, k + 1))) return -1;
      if (verbs.has(t.norm) && !ctx.inMention[k]) return k;
      if (ctx.inMention[k] || inDate(k) || fillers.has(t.norm)) continue;
      if (k > from && ctx.s.triggers.some((x) => x.tok0 === k && x !== T && x.patterns.some((q) => q.pos === 'verb'))) return -1;
      if (PREP.test(t.norm) || compassPrep(compass, t.norm)) {
        prep = true;
        continue;
      }
      if (!prep) return -1;
    }
    return -1;
  };
  let doer: Mention | undefined;
  let v = -1;
  if (ctx.lang === 'en') {
    let d = T.tok0 - 1;
    while (d >= 0 && fillers.has(toks[d]!.norm) && !ctx.inMention[d] && !(asNoun && AUX.test(toks[d]!.norm))) d--;
    const m = ms.find((x) => x.tok1 === d + 1 && (x.via === 'demonym' || /['’]s$/.test(toks[x.tok1 - 1]?.text ?? '')));
    if (!m) return undefined;
    doer = actor(ctx.lex, m);
    v = verbAfter(T.tok1);
  } else if (ctx.lang === 'ar') {
    const m = ms.find((x) => x.tok0 === T.tok1 && x.via === 'demonym');
    if (!m) return undefined;
    doer = actor(ctx.lex, m);
    v = verbAfter(m.tok1);
    // (`استهدفت` after the noun is an attack verb of its own, read with its subject already)
    if (v >= 0 && ctx.s.triggers.some((x) => x.tok0 === v && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'verb'))) return undefined;
  }
  if (!doer || v < 0) return undefined;
  // (the verb's object, read as a verb's: past adverbs, the noun's own reach is shorter)
  const vp: Pattern = ctx.s.triggers.find((x) => x.tok0 === v)?.patterns.find((q) => q.relation === 'attacked' && q.pos === 'verb') ?? { ...p, pos: 'verb', preps: ctx.lang === 'ar' ? ['', 'في'] : [''] };
  let obj = objectGroup(ctx, v + 1, vp, new Set([doer.entity]));
  // (Arabic: unnamed sites struck in a named place, `أصابت منشآت للنفط … في ريف القامشلي والحسكة`: the places)
  if (!obj?.length && ctx.lang === 'ar') {
    for (let k = v + 1; k < toks.length && k - v <= 14; k++) {
      if (!ctx.inMention[k] && (/^[,،:;.!?()]$/.test(toks[k]!.text) || ctx.s.triggers.some((x) => x.tok0 === k))) break;
      if (toks[k]!.norm !== 'في') continue;
      const i = firstMentionAfter(ms, k + 1);
      const m = i >= 0 ? ms[i] : undefined;
      if (m && m.tok0 - k <= 2 && (m.kind === 'place' || m.kind === 'country')) obj = groupFrom(ms, i).filter((x) => x.kind === 'place' || x.kind === 'country');
      break;
    }
  }
  // (never past a comma: "killed 18 people and wounded 37, Syrian state media said", `دمرت منشآت …، مطالباً واشنطن`;
  // the noun's own reading, "strikes on P", stands then)
  const comma = (m: Mention) => toks.slice(v + 1, m.tok0).some((t, i) => /^[,،;:]$/.test(t.text) && !ctx.inMention[v + 1 + i]);
  obj = obj?.filter((m) => !comma(m));
  if (!obj?.length) return undefined;
  const n = ctx.out.length;
  const ok = emitAll(ctx, T, vp, [doer], obj, attrs);
  // (a definite noun in a sentence with no date of its own, `إن الغارات التركية أصابت`, "the Israeli strikes hit": the
  // attacks told before by the same doer, dated as the last of them)
  const definite = ctx.lang === 'ar' ? /^[وف]?ال/.test(toks[T.tok0]!.norm) : toks[T.tok0 - 1]?.norm === 'the' || ctx.s.mentions.some((m) => m.tok1 === T.tok0 && toks[m.tok0 - 1]?.norm === 'the');
  if (definite && !ctx.s.dates.length && ctx.out.length > n) {
    const told = ctx.out.slice(0, n).reverse().find((r) => r.relation === 'attacked' && r.source === doer.entity && r.dateSource === 'text' && r.evidence.start !== ctx.s.start);
    if (told) redateSince(ctx, n, told.date);
  }
  return ok;
}
