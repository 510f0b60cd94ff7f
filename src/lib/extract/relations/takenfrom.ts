/**
 * A place taken from its holder (branch slot44; diagnosis-batch40 #21–25; pool b30 kobani, b33 tal-rifaat, b36/b38
 * golan): "Israel captured the Golan Heights from Syria in the 1967 war", "Turkish troops … took the nearby Afrin region
 * from the YPG in 2018", "Afrin, which Turkey and its Syrian allies seized from the YPG in 2018", "the town, which Kurdish
 * fighters recaptured from Islamic State militants in early 2015": the one it was taken from held it then (`deployed_in`,
 * dated by the clause, gold rule 19f's loser), and in the relative form the takers hold it too. A verb of capture (cues.csv
 * `capture_verb`, `taken_from_verb`), the place (the first place mention after the verb, or the antecedent of the
 * "which/that" whose clause the verb is), "from" and a state or armed group right after it (past "the"), no comma nor
 * boundary between. English.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, groupFrom, hasWordCue, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const HOLDER = /^(country|armed_group)$/;

function holder(ctx: Ctx, m: Mention | undefined): boolean {
  const a = m && m.kind !== 'place' ? actor(ctx.lex, m) : m?.kind === 'country' ? actor(ctx.lex, m) : undefined;
  return !!a && HOLDER.test(ctx.lex.entities.get(a.entity)?.kind ?? a.kind);
}

export function takenFrom(ctx: Ctx): void {
  if (ctx.lang !== 'en' || !(hasWordCue(ctx, 'capture_verb') || hasWordCue(ctx, 'taken_from_verb'))) return;
  const { s } = ctx;
  const toks = s.tokens;
  const verbs = cueWords(ctx.lex, 'capture_verb');
  const took = cueWords(ctx.lex, 'taken_from_verb');
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k]!.norm;
    if (!verbs.has(w) && !took.has(w)) continue;
    // "from" and the holder, within ten tokens, no comma nor boundary
    let f = -1;
    for (let j = k + 1; j < toks.length && j - k <= 10; j++) {
      const t = toks[j]!;
      if (t.text === ',' || BOUNDARY.has(t.text)) break;
      if (t.norm === 'from') {
        f = j;
        break;
      }
    }
    if (f < 0) continue;
    const x = s.mentions.find((m) => m.tok0 === f + 1 || (m.tok0 === f + 2 && toks[f + 1]!.norm === 'the'));
    if (!x || !holder(ctx, x)) continue;
    // the place: after the verb, before "from"; else the antecedent of the relative the verb is in
    let place: Mention | undefined = s.mentions.find((m) => m.tok0 > k && m.tok1 <= f && (m.kind === 'place' || m.kind === 'country'));
    let takers: Mention[] = [];
    if (!place) {
      let r = k - 1;
      while (r > 0 && k - r <= 8 && !/^(which|that)$/.test(toks[r]!.norm) && toks[r]!.text !== ',') r--;
      if (!/^(which|that)$/.test(toks[r]?.norm ?? '')) continue;
      const end = toks[r - 1]?.text === ',' ? r - 1 : r;
      place = s.mentions.find((m) => m.tok1 === end && (m.kind === 'place' || m.kind === 'country'));
      // (the relative's subject: its first name and the names joined to it, no demonym: "which Turkey and its Syrian allies seized")
      const first = s.mentions.findIndex((m) => m.tok0 > r && m.tok1 <= k && m.via !== 'demonym');
      if (first >= 0) takers = groupFrom(s.mentions, first).filter((m) => m.tok1 <= k && m.via !== 'demonym' && holder(ctx, m));
    }
    if (!place || place.entity === x.entity) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    const held = (m: Mention) => !toldHere(ctx, 'deployed_in', actor(ctx.lex, m)!.entity, place!.entity);
    if (held(x)) emit(ctx, T, 'deployed_in', x, place, {}, true);
    for (const m of takers) if (held(m)) emit(ctx, T, 'deployed_in', m, place, {}, true);
  }
}
