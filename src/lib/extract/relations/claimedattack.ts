/**
 * The claimant of an attack noun attacked the attack's place or target (np42; diagnosis-batch37 §6 np41 rank 2; pool b18,
 * b21): "The PKK … claimed responsibility for the Ankara bombing", "IS claimed responsibility for the two explosions that
 * killed … in the city of Kerman", "a bombing in the southern city of Kerman, claimed by the Islamic State group,",
 * `تبنّى الحرس الثوري الإيراني أمس الأحد هجوماً بنحو 12 صاروخاً باليستياً استهدف مدينة أربيل`, `في هجوم بطائرات مسيّرة
 * تبنّته جماعة الحوثيين واستهدف منشآت نفطية في أبوظبي`. A claim verb (cues.csv `claim_verb`) with an attack noun (a noun
 * trigger of `attacked`): active — the noun within six words after it (past "responsibility for", a determiner and
 * `attack_modifier` words), the claimant the sentence's subject before it (English: its first mention behind no
 * preposition) or right after it (Arabic VSO, past a date); passive — "claimed by X" / `تبنّته X` after the noun (within
 * eight words). The attack's place or target: a place named as the noun's modifier ("the Ankara bombing"), else the first
 * place, state or armed group after the noun, before the clause ends, behind a locative preposition (in/at/on/outside,
 * `في`/`على`) or an attack verb of the noun's relative (`استهدف`), past place heads ("the southern city of"). The
 * claimant (an armed group or a state) attacked it, dated as the attack noun. Not when negated, nor when the frames
 * read a target of the claimant's after the noun (the actor hit, rule 10).
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, hasCue, hasWordCue, lastWhere, mentionAt, prepOf, wordCueTokens } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { isNegated } from './guards.ts';
import { cueWords } from '../lexicon.ts';

const LOC_EN = /^(in|at|on|outside|near|inside|against|targeting)$/;
const LOC_AR = /^(في|علي|ضد|داخل|قرب)$/;

export function claimantTargets(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'claim_verb')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const en = ctx.lang === 'en';
  const mods = cueWords(ctx.lex, 'attack_modifier');
  const dets = cueWords(ctx.lex, 'claimed_det_en');
  // (an English attack word read as a verb after a determiner or an attack modifier is a noun: "a suicide attack")
  const nounish = (T: Trigger): boolean => T.patterns[0]!.pos === 'noun' || (en && T.tok0 > 0 && (/^(a|an|the)$/.test(toks[T.tok0 - 1]!.norm) || mods.has(toks[T.tok0 - 1]!.norm)));
  const nouns = s.triggers.filter((T) => T.patterns[0]!.relation === 'attacked' && nounish(T));
  if (!nouns.length) return;
  const claimant = (m: Mention | undefined): Mention | undefined => {
    const a = m ? actor(ctx.lex, m) : undefined;
    return a && (a.kind === 'armed_group' || a.kind === 'country') ? a : undefined;
  };
  // (the first mention starting at or after `k`, past a group head `جماعة`/`تنظيم`, a quote, "the")
  const nameAt = (k: number): Mention | undefined => ms.find((m) => m.tok0 >= k && m.tok0 - k <= 2);
  for (const k of wordCueTokens(ctx, 'claim_verb')) {
    let A: Trigger | undefined;
    let who: Mention | undefined;
    const passive = en ? toks[k + 1]?.norm === 'by' : /(ه|ها)$/.test(toks[k]!.norm);
    if (passive) {
      // ("a bombing in P, (which was) claimed by X", `هجوم … تبنّته X`)
      who = claimant(nameAt(en ? k + 2 : k + 1));
      A = lastWhere(nouns, (T) => T.tok1 <= k && k - T.tok1 <= 8);
    } else {
      let j = k + 1;
      if (en && toks[j]?.norm === 'responsibility' && toks[j + 1]?.norm === 'for') j += 2;
      if (en) {
        while (j < toks.length && j - k <= 6 && (dets.has(toks[j]!.norm) || mods.has(toks[j]!.norm) || /^['’]s$/.test(toks[j]!.text) || ctx.inMention[j])) j++;
        A = nouns.find((T) => T.tok0 > k && T.tok0 <= j && j < T.tok1 + 1);
        const first = ms.find((m) => m.tok1 <= k && !prepOf(ctx, m));
        who = claimant(first);
      } else {
        const m = nameAt(k + 1);
        who = claimant(m);
        A = m ? nouns.find((T) => T.tok0 >= m.tok1 && T.tok0 - m.tok1 <= 4) : undefined;
      }
    }
    if (!A || !who) continue;
    if (isNegated(ctx, { ...A, tok0: Math.min(A.tok0, k), tok1: Math.max(A.tok1, k + 1) })) continue;
    // (the frames read the attack's own target: "claimed an attack on a Turkish army outpost in Hakkari" → tur, rule 10;
    // "the car bombing in Ankara, which was claimed by the PKK" → tur, a capital's state)
    const at = A.start - s.start;
    if (ctx.out.some((r) => r.evidence.start === s.start && r.relation === 'attacked' && r.source === who.entity && r.evidence.targetSpan[0] >= at)) continue;
    const target = attackTarget(ctx, A, who);
    if (!target) continue;
    const place = target.kind === 'place' || actor(ctx.lex, target)?.kind === 'country';
    if (toldHere(ctx, 'attacked', who.entity, place ? target.entity : actor(ctx.lex, target)!.entity)) continue;
    emit(ctx, A, 'attacked', who, target, {}, place);
  }
}

/** The place or target of an attack noun: its place modifier ("the Ankara bombing"), else the first located one after it. */
function attackTarget(ctx: Ctx, A: Trigger, who: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  const en = ctx.lang === 'en';
  const heads = cueWords(ctx.lex, 'target_place_head');
  const adjs = cueWords(ctx.lex, 'target_place_adjective');
  const counts = cueWords(ctx.lex, 'claimed_count_en');
  const ok = (m: Mention | undefined): boolean => {
    if (!m || m.entity === who.entity) return false;
    const a = actor(ctx.lex, m);
    return m.kind === 'place' || a?.kind === 'country' || a?.kind === 'armed_group';
  };
  if (en) {
    const mod = mentionAt(ctx, A.tok0 - 1);
    if (mod && mod.tok1 === A.tok0 && mod.kind === 'place' && ok(mod)) return mod;
  }
  const attackVerb = (k: number): boolean => ctx.s.triggers.some((T) => T.tok1 === k + 1 && T.patterns[0]!.relation === 'attacked' && T.patterns[0]!.pos === 'verb');
  for (let k = A.tok1; k < toks.length && k - A.tok1 <= 24; k++) {
    const t = toks[k]!;
    if (/^[.;:]$/.test(t.text)) break;
    const m = mentionAt(ctx, k);
    if (!m) continue;
    // (behind a locative preposition or an attack verb, past place heads: "in the southern city of", `استهدف مدينة`)
    let b = k - 1;
    while (b > A.tok0 && (heads.has(toks[b]!.norm) || adjs.has(toks[b]!.norm) || !!hasCue(ctx, b, 'place_head') || /^(the|of)$/.test(toks[b]!.norm))) b--;
    const w = toks[b]?.norm ?? '';
    if (((en ? LOC_EN : LOC_AR).test(w) || attackVerb(b)) && ok(m)) return m;
    // (the people an attack verb of the relative hit, named by their state: "that killed three US soldiers at P": rule 10)
    let c = k - 1;
    while (en && c > A.tok0 && (/^\d+$/.test(toks[c]!.norm) || counts.has(toks[c]!.norm))) c--;
    if (en && c < k - 1 && attackVerb(c) && m.kind !== 'place' && ok(m)) return m;
    if (m.kind === 'person') continue;
  }
  return undefined;
}
