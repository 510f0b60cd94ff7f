/**
 * A river's bank held by X is X's presence in the river's place (branch np53; gold rule 13; diagnosis-batch50 §6 np52
 * rank 1, diagnosis-batch51 §6 np52 rank 1): `بينما تنتشر القوات الحكومية … على ضفته الغربية`, `تسيطر «قسد» على الضفة
 * الشرقية والقوات الحكومية على الضفة الغربية`, "while Syrian government forces … hold the western bank". A bank noun
 * (cues.csv `bank_noun`) with its side word (`bank_side`: `الغربية`, "western", "other") as the object of a holding verb
 * (`holder_verb`) or a presence trigger; the holders are the actors between the verb and `على` (Arabic VSO), else those of
 * the clause before the verb; a gapped second holder (`… على الضفة الشرقية والقوات الحكومية على الضفة الغربية`) shares the
 * first bank's verb. The place is the one the sentence locates by its river (`لنهر الفرات في محافظة P`, `P الواقع شرق نهر
 * الفرات`), else the last place named before the bank (no compass region such as "east of the Euphrates"). A bank with its
 * own place after it is riverbank.ts's. A standing state: dated at publication.
 */
import type { Mention } from '../doc.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, hasWordCue, hasWordCueAt, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isRiver, placeAfterRiver, placeBeforeRiver } from './riverbank.ts';

const COMMA = /^[,،]$/;
const CLAUSE_EN = /^(while|whereas|but|as|where|which|that)$/;

function holder(ctx: Ctx, m: Mention): boolean {
  const a = actor(ctx.lex, m);
  if (!a || a.kind === 'place' || a.kind === 'person' || m.kind === 'place') return false;
  // ("Iran-backed militias": a modifier, no holder)
  const nx = ctx.s.tokens[m.tok1];
  return !(nx && nx.text === '-') && !prepOf(ctx, m) && !isPossessive(ctx, m);
}

/** Is token j a verb of holding or a presence trigger? */
function holdingVerb(ctx: Ctx, j: number): boolean {
  if (hasWordCueAt(ctx, j, 'holder_verb', 'conj')) return true;
  return ctx.s.triggers.some((T) => T.tok0 === j && T.patterns.some((p) => p.relation === 'deployed_in' && p.pos === 'verb'));
}

/** The place the sentence locates by its river, else the last place before token k that is no river and no compass region. */
function bankPlace(ctx: Ctx, k: number, skip: ReadonlySet<Mention>): Mention | undefined {
  const ms = ctx.s.mentions;
  for (const m of ms) {
    if (m.tok0 >= k || !isRiver(ctx, m)) continue;
    const p = placeAfterRiver(ctx, m) ?? placeBeforeRiver(ctx, m);
    if (p) return p;
  }
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > k || m.kind !== 'place' || skip.has(m) || isRiver(ctx, m)) continue;
    let compass = false;
    for (let j = m.tok0; j < m.tok1; j++) if (hasWordCueAt(ctx, j, 'compass')) compass = true;
    if (!compass) return m;
  }
  return undefined;
}

/** The comma opening a short dated adjunct that comma j closes (`، منذ عام 2017،`, ", since 2019,"), else -1. */
function adjunctBefore(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  for (let c = j - 1; c >= 0 && j - c <= 6; c--) {
    if (ctx.inMention[c] || BOUNDARY.has(toks[c]!.text)) return -1;
    if (!COMMA.test(toks[c]!.text)) continue;
    const span = toks.slice(c + 1, j);
    return span.some((t) => /\d/.test(t.text)) || ctx.s.dates.some((d) => d.start >= toks[c]!.end && d.end <= toks[j]!.start) ? c : -1;
  }
  return -1;
}

export function bankPresence(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'bank_noun', 'conj') || !hasWordCue(ctx, 'bank_side')) return;
  // (a river, named or told by "the river"/`النهر`, must be in the sentence)
  if (!hasWordCue(ctx, 'river_word', 'conj') && !ctx.s.mentions.some((m) => isRiver(ctx, m))) {
    if (!ctx.s.tokens.some((t) => /^(euphrates|tigris|الفرات|دجله)$/.test(t.norm))) return;
  }
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const ar = ctx.lang === 'ar';
  // (the end token of each bank phrase read → its verb token, for a gapped second holder)
  const banks = new Map<number, number>();
  for (let k = 1; k < toks.length; k++) {
    if (!hasWordCueAt(ctx, k, 'bank_noun', 'conj')) continue;
    let open: number; // the first token of the bank phrase (على, or "the")
    let end: number; // the token after the phrase
    if (ar) {
      if (!hasWordCueAt(ctx, k + 1, 'bank_side') || !/^و?علي$/.test(toks[k - 1]!.norm)) continue;
      open = k - 1;
      end = k + 2;
    } else {
      if (toks[k]!.text !== 'bank' || !hasWordCueAt(ctx, k - 1, 'bank_side')) continue;
      open = k - 1;
      // ("the river's western bank", "the western bank")
      if (/^['’]s$/.test(toks[open - 1]?.text ?? '') && toks[open - 2]?.norm === 'river') open -= 2;
      if (toks[open - 1]?.norm !== 'the') continue;
      open--;
      end = k + 1;
      // ("of the Euphrates"/"of the river")
      if (toks[end]?.norm === 'of') {
        let e = end + 1;
        if (toks[e]?.norm === 'the') e++;
        if (/^(euphrates|tigris|river)$/.test(toks[e]?.norm ?? '')) end = e + 1;
      }
    }
    // (a place of its own right after the bank: `لنهر الفرات في محافظة P`, "of the Euphrates in P province"; another mention there: no reading)
    let own: Mention | undefined;
    const after = ms.find((m) => m.tok0 >= end && m.tok0 <= end + 3);
    if (after && after.kind === 'place') {
      own = isRiver(ctx, after) ? placeAfterRiver(ctx, after) : /^(في|in|ب)$/.test(prepOf(ctx, after) ?? '') ? after : undefined;
      if (!own && !isRiver(ctx, after)) continue;
    }
    // (the verb: back from the bank phrase, past the subject, to no comma or boundary)
    let v = -1;
    let gapped = -1;
    let gapStart = -1;
    for (let j = open - 1; j >= 0 && open - j <= 12; j--) {
      const t = toks[j]!;
      if (COMMA.test(t.text)) {
        // (a dated adjunct between commas: `وتسيطر القوات الحكومية، منذ عام 2017، على الضفة`)
        const c = adjunctBefore(ctx, j);
        if (c < 0) break;
        j = c;
        continue;
      }
      if (BOUNDARY.has(t.text)) break;
      if (banks.has(j + 1)) {
        gapped = banks.get(j + 1)!;
        gapStart = j + 1;
        break;
      }
      if (holdingVerb(ctx, j)) {
        v = j;
        break;
      }
      if (!ar && !ctx.inMention[j] && j < open - 1) break;
    }
    let holders: Mention[];
    if (gapped >= 0) {
      // (`… على الضفة الشرقية والقوات الحكومية على الضفة الغربية`: the one actor between the two banks)
      holders = ms.filter((m) => m.tok0 >= gapStart && m.tok1 <= open && holder(ctx, m));
      v = gapped;
    } else {
      if (v < 0) continue;
      // (Arabic VSO: the actors between the verb and على; else those of the clause before the verb)
      holders = ar ? ms.filter((m) => m.tok0 > v && m.tok1 <= open && holder(ctx, m)) : [];
      if (!holders.length) {
        let c = v - 1;
        while (c >= 0 && !BOUNDARY.has(toks[c]!.text) && !COMMA.test(toks[c]!.text) && !(ctx.lang === 'en' && CLAUSE_EN.test(toks[c]!.norm) && !ctx.inMention[c])) c--;
        holders = ms.filter((m) => m.tok0 > c && m.tok1 <= v && holder(ctx, m) && !ctx.inRelative[m.tok0]);
      }
    }
    banks.set(end, v);
    if (!holders.length) continue;
    const place = own ?? bankPlace(ctx, open, new Set(holders));
    if (!place) continue;
    const T = cueTrigger({ tok0: v, tok1: v + 1, start: toks[v]!.start, end: toks[v]!.end }, p);
    const n = ctx.out.length;
    for (const h of holders) {
      const a = actor(ctx.lex, h);
      if (a && toldHere(ctx, 'deployed_in', a.entity, place.entity)) continue;
      emit(ctx, T, 'deployed_in', h, place, {}, true);
    }
    atPublication(ctx, n);
  }
}
