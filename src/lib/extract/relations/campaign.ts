/**
 * A security campaign in a place is presence there (branch np36, diagnosis-batch31 #19; batch 17's al-Hol operation):
 * `أطلقت «قسد»، فجر السبت، حملة أمنية جديدة داخل مخيم الهول`, `أطلقت «قسد» عملية أمنية واسعة في مخيم الهول`, "The SDF
 * launched a security operation inside al-Hol camp": an operation noun (cues.csv `operation_noun`) qualified by a security
 * word (`security_word`: `أمنية` after it, "security" before it), a locative (`في`, `داخل`, "in", "inside") and a place
 * right after its adjectives: the doer of the launching verb (`wage_verb`, `light_act_verb`: "carried out") before the noun is deployed in the place (README
 * 13: forces acting on the ground in a place are there), dated as the campaign. A campaign "against X in P" is read by
 * fight.ts foePlaces (the foe is there); an air campaign has no security word.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, hasWordCue, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

const LOCATIVE = /^(في|داخل|in|inside|within|at)$/;

export function campaignPresence(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'security_word') || !hasWordCue(ctx, 'operation_noun') || !(hasWordCue(ctx, 'wage_verb') || hasWordCue(ctx, 'light_act_verb'))) return;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const { s } = ctx;
  const toks = s.tokens;
  const security = cueWords(ctx.lex, 'security_word');
  const ops = cueWords(ctx.lex, 'operation_noun');
  const wage = new Set([...cueWords(ctx.lex, 'wage_verb'), ...cueWords(ctx.lex, 'light_act_verb')]);
  const ar = ctx.lang === 'ar';
  const bare = (k: number) => toks[k]?.norm.replace(/^[وف](?=.{3})/, '') ?? '';
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!security.has(toks[k]!.norm)) continue;
    // the noun: right before the Arabic adjective, right after the English modifier
    const n = ar ? k - 1 : k + 1;
    if (!ops.has(toks[n]!.norm) && !ops.has(bare(n))) continue;
    // the locative after the noun and up to two adjectives (`جديدة`, `واسعة`, "new", "large-scale")
    let j = Math.max(k, n) + 1;
    while (j < toks.length && j - Math.max(k, n) <= 3 && toks[j]!.word && !LOCATIVE.test(toks[j]!.norm) && !ctx.inMention[j]) j++;
    if (!LOCATIVE.test(toks[j]?.norm ?? '')) continue;
    const place = s.mentions.find((m) => m.tok0 === j + 1 || (m.tok0 === j + 2 && toks[j + 1]!.norm === 'the'));
    if (!place || place.kind !== 'place') continue;
    // the launching verb before the noun (within sixteen tokens, in the same clause: `أطلقت «…» (قسد)، فجر السبت، حملة`)
    const head = Math.min(k, n);
    let v = -1;
    for (let x = head - 1; x >= 0 && head - x <= 16; x--) {
      if (BOUNDARY.has(toks[x]!.text)) break;
      if (wage.has(toks[x]!.norm) || wage.has(bare(x))) {
        v = x;
        break;
      }
    }
    if (v < 0) continue;
    const who = doerOf(ctx, v, head);
    if (!who) continue;
    emit(ctx, cueTrigger({ tok0: head, tok1: j, start: toks[head]!.start, end: toks[j - 1]!.end }, pattern), 'deployed_in', who, place, {}, true);
  }
}

/** The launching verb's subject: the first actor after it before the noun (Arabic VSO), else the last one before it. */
function doerOf(ctx: Ctx, v: number, head: number): Mention | undefined {
  const { s } = ctx;
  const ok = (m: Mention) => {
    const a = actor(ctx.lex, m);
    return !!a && a.kind !== 'place' && a.kind !== 'person' && !prepOf(ctx, m) && !isPossessive(ctx, m);
  };
  if (ctx.lang === 'ar') {
    const after = s.mentions.find((m) => m.tok0 > v && m.tok1 <= head && ok(m));
    if (after) return after;
  }
  // (past an apposition between commas: "The SDF, backed by the US-led coalition, launched")
  const before = [...s.mentions].reverse().find((m) => m.tok1 <= v && v - m.tok1 <= 12 && ok(m) && ![...s.tokens.slice(m.tok1, v)].some((t) => BOUNDARY.has(t.text)));
  return before;
}
