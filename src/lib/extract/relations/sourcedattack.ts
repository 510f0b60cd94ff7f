/**
 * An attack told by where it came from (branch np44; diagnosis-batch40 §6 np44 rank 2 `مصدره`, pool 5/5; b37
 * tal-rifaat, b38 ain-issa, b37 tal-tamr): `تعرّضت قرى وبلدات في محيط مدينة تل رفعت … لقصف مدفعي مكثف مصدره القوات
 * التركية وفصائل «الجيش الوطني السوري»`, `تعرضت قرى في محيط تل تمر لقصف مدفعي مصدره القواعد التركية`. An `attacked` noun
 * trigger with a source word right after it past up to three of its adjectives (cues.csv `attack_source_ar`: `مصدره`,
 * `مصدرها`) names its doers: the name after the word (past a quote, or a forces or bases head before a demonym) and the
 * list it opens. The one hit is the first name after an exposure verb (cues.csv `exposed_verb_ar`: `تعرضت`, `تتعرض`)
 * before the noun — a place (unknown villages in the surroundings of P are P, rule 19d) or an actor (rule 10) — else
 * the name right before that verb. Each doer attacked it. Arabic.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, groupFrom, hasBoundary, hasWordCue, hasCue, mentionIndexAt, wordCueTokens } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

export function sourcedAttacks(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'attack_source_ar')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const exposed = cueWords(ctx.lex, 'exposed_verb_ar');
  for (const k of wordCueTokens(ctx, 'attack_source_ar')) {
    // (the attack noun right before, past up to three adjectives: `لقصف مدفعي مكثف مصدره`)
    const T = s.triggers.find((x) => x.tok1 <= k && k - x.tok1 <= 3 && x.patterns[0]!.pos === 'noun' && x.patterns.some((q) => q.relation === 'attacked'));
    if (!T || toks.slice(T.tok1, k).some((t, q) => !t.arabic || ctx.inMention[T.tok1 + q])) continue;
    // (the doers: past a quote, or a forces/bases head before its demonym, `القواعد التركية`)
    let j = k + 1;
    while (j < toks.length && j - k <= 2 && mentionIndexAt(ctx, j) < 0 && (/^[«"“]$/.test(toks[j]!.text) || hasCue(ctx, j, 'military'))) j++;
    const i = mentionIndexAt(ctx, j);
    if (i < 0) continue;
    const doers = groupFrom(s.mentions, i).filter((m) => /^(country|armed_group|organization)$/.test(actor(ctx.lex, m)?.kind ?? ''));
    if (!doers.length) continue;
    // (the one hit: the first name after the exposure verb before the noun, else the name right before the verb)
    let v = -1;
    for (let q = T.tok0 - 1; q >= 0 && T.tok0 - q <= 25; q--) {
      if (exposed.has(toks[q]!.norm.replace(/^(و|ف|كما)/, '')) || exposed.has(toks[q]!.norm)) {
        v = q;
        break;
      }
    }
    if (v < 0 || hasBoundary(toks, v, T.tok0)) continue;
    let hit: Mention | undefined = s.mentions.find((m) => m.tok0 > v && m.tok1 <= T.tok0);
    if (!hit) hit = [...s.mentions].reverse().find((m) => m.tok1 <= v && v - m.tok1 <= 1);
    if (!hit) continue;
    const a = hit.kind === 'place' ? hit : actor(ctx.lex, hit);
    if (!a) continue;
    for (const d of doers) {
      const id = actor(ctx.lex, d)!.entity;
      if (id === a.entity || toldHere(ctx, 'attacked', id, a.entity)) continue;
      emit(ctx, T, 'attacked', d, hit, {}, hit.kind === 'place');
    }
  }
}
