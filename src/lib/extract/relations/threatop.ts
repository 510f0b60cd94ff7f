/**
 * Threatened offensives (pred37, diagnosis-batch32 §6 pred37 rank 2, #28; pool b24, b15): a verb of threat or vow
 * (cues.csv `threat_op_verb`) with an offensive noun (`offensive_noun`) a few words after it, in the same clause, threatens
 * the one the offensive is against ("has threatened a new offensive against the YPG"), the one it would push out
 * (`oust_verb`: "vowed since May to launch a new ground offensive to push the YPG out of Tal Rifaat"), or, with neither,
 * the one the threatener struck in the same sentence ("has carried out air strikes on the YPG …, and has threatened a new
 * ground offensive"). English. The threatener is the sentence's subject: its first actor, no preposition, not possessive.
 */
import type { Mention } from '../doc.ts';
import { mention } from '../doc.ts';
import { actor, cueTrigger, type Ctx, hasWordCue, inDate, isPossessive, onlyTitles, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { cueWords } from '../lexicon.ts';

const STOP = /^[,;:.]$|^(but|while|which|who|after|before|because|if|unless|although|though)$/;

const AUX = /^(has|have|had|also|repeatedly|again|already|previously|long|twice|recently|often|frequently|since|then)$/;
const OPENER = /^(where|when|while|after|which|who|whom)$/;

/**
 * The threatener: the actor right before the verb past auxiliaries and adverbs ("where Turkey has threatened", "when
 * President Erdogan threatened"); else the sentence's first actor when no clause opener stands between but a relative
 * closed by a comma ("Turkey, which considers …, has threatened") or the verb is joined by "and" to the first one.
 */
function threatener(ctx: Ctx, k: number): Mention | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const ok = (m: Mention): boolean => !prepOf(ctx, m) && !isPossessive(ctx, m) && !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place';
  let j = k - 1;
  while (j >= 0 && AUX.test(toks[j]!.norm) && !ctx.inMention[j]) j--;
  const near = s.mentions.find((m) => m.tok1 === j + 1);
  if (near) return ok(near) ? near : undefined;
  const first = s.mentions.find((m) => m.tok1 <= k && ok(m));
  if (!first) return undefined;
  // (a relative closed by a comma right before the verb, "X, which …, has threatened"; or a verb coordinated with the
  // first one, "X has carried out strikes on Y …, and has threatened")
  const relative = toks[j]?.text === ',' && toks[first.tok1]?.text === ',' && /^(which|who)$/.test(toks[first.tok1 + 1]?.norm ?? '');
  if (!relative && toks[j]?.norm !== 'and') return undefined;
  for (let i = first.tok1 + 2; i < j; i++) if (OPENER.test(toks[i]!.norm)) return undefined;
  return first;
}

/** The pronoun's referent ("against it", `ضدها`): the first actor after the threatener, before the verb, not a place (the object of the clause before). */
function objectAfter(ctx: Ctx, subj: Mention, k: number): Mention | undefined {
  const m = ctx.s.mentions.find((x) => x.tok0 >= subj.tok1 && x.tok1 <= k && !isPossessive(ctx, x) && actor(ctx.lex, x) && actor(ctx.lex, x)!.kind !== 'place' && actor(ctx.lex, x)!.entity !== actor(ctx.lex, subj)!.entity);
  return m;
}

/**
 * Arabic: `وهددت مراراً بشن عملية عسكرية ضدها`, `تلوّح بشن عملية عسكرية ضد X`: a threat verb (`threat_op_verb`), an
 * offensive noun (`offensive_noun`) within six words, then `ضد X` or a pronoun `ضدها`/`ضدهم`/`ضده` whose referent is the
 * object of the clause before. The threatener: the name right after the verb (VSO), else, for a verb joined by و, the
 * sentence's first actor right after its first word (`وتطالب أنقرة …، وهددت`).
 */
function threatenedOffensivesAr(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const verbs = cueWords(ctx.lex, 'threat_op_verb');
  // (np42: the threat told by its noun or by a circumstantial participle, `تلويح X بشن عملية`, `…، ملوّحاً بعملية`
  // (cues.csv `threat_noun_ar`, `threat_participle_ar`): the subject is the genitive after the noun, else the sentence's
  // first actor)
  const threatNouns = cueWords(ctx.lex, 'threat_noun_ar');
  const participles = cueWords(ctx.lex, 'threat_participle_ar');
  const threat = (x: string): boolean => verbs.has(x) || threatNouns.has(x) || participles.has(x);
  const nouns = cueWords(ctx.lex, 'offensive_noun');
  const p = verbPattern(ctx, 'threatened');
  if (!p) return;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    if (ctx.inMention[k] || !(threat(w) || (w.startsWith('و') && threat(w.slice(1))))) continue;
    let n = -1;
    let span = 7;
    for (let j = k + 1; j < toks.length && j - k <= span; j++) {
      // (np42: a date adjunct set off by commas, `تلويح أردوغان، في الأول من حزيران/يونيو، بشن عملية`)
      // (np43: or a bare date, `تهديد أردوغان، مطلع حزيران/يونيو الماضي، بشن عملية`)
      if (toks[j]!.text === '،' && (toks[j + 1]?.norm === 'في' || inDate(ctx, j + 1) || inDate(ctx, j + 2)) && span === 7) {
        let close = -1;
        for (let i = j + 2; i < toks.length && i - j <= 8; i++) {
          if (toks[i]!.text === '،') {
            close = i;
            break;
          }
        }
        if (close > 0 && !s.triggers.some((x) => x.tok0 > j && x.tok0 < close)) {
          span += close - j + 2;
          j = close;
          continue;
        }
      }
      if (toks[j]!.text === '،' || toks[j]!.text === '.') break;
      const v = toks[j]!.norm.replace(/^(ب|ل|و)/, '');
      if (nouns.has(toks[j]!.norm) || nouns.has(v)) {
        n = j;
        break;
      }
    }
    if (n < 0) continue;
    // the adjective after the noun (`عملية عسكرية`, `برية`) then ضد
    let q = n + 1;
    const attackVerbAt = (i: number): boolean => s.triggers.some((x) => x.tok0 === i && x.patterns[0]!.relation === 'attacked' && x.patterns[0]!.pos === 'verb');
    while (q < toks.length && q - n <= 2 && !/^ضد/.test(toks[q]!.norm) && !attackVerbAt(q) && !ctx.inMention[q] && toks[q]!.word) q++;
    const d = toks[q]?.norm ?? '';
    // (np42: or an attack verb of the offensive's relative, `بعملية برية تستهدف «الوحدات» الكردية`)
    const aimed = !/^ضد/.test(d) && attackVerbAt(q);
    if (!/^ضد/.test(d) && !aimed) continue;
    // (np42: a noun's or a participle's subject: the genitive after it past titles, `تلويح الرئيس التركي رجب طيب أردوغان`)
    const nounish = threatNouns.has(w) || participles.has(w);
    const after = s.mentions.find((m) => m.tok0 === k + 1 || (m.tok0 === k + 2 && /^[«"]$/.test(toks[k + 1]!.text)) || (nounish && m.tok0 > k + 1 && m.tok0 - k <= 4 && onlyTitles(ctx, k + 1, m.tok0)));
    let subj: Mention | undefined = after && n >= after.tok1 && (nounish || !prepOf(ctx, after)) ? after : undefined;
    if (!subj && (w.startsWith('و') || nounish)) {
      const first = s.mentions.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m));
      if (first && (first.tok0 <= 2 || (nounish && onlyTitles(ctx, 1, first.tok0)))) subj = first;
    }
    const a = subj ? actor(ctx.lex, subj) : undefined;
    if (!subj || !a || a.kind === 'place') continue;
    let tgt: Mention | undefined;
    if (d === 'ضد' || aimed) tgt = s.mentions.find((m) => m.tok0 === q + 1 || (m.tok0 === q + 2 && /^[«"]$/.test(toks[q + 1]!.text)));
    else if (/^ضد(ها|هم|ه|هما)$/.test(d)) tgt = objectAfter(ctx, subj, k);
    const b = tgt ? actor(ctx.lex, tgt) : undefined;
    if (!tgt || !b || b.kind === 'place' || b.entity === a.entity || toldHere(ctx, 'threatened', a.entity, b.entity)) continue;
    const T = cueTrigger({ tok0: k, tok1: n + 1, start: toks[k]!.start, end: toks[n]!.end }, p);
    emit(ctx, T, 'threatened', subj, tgt, {}, false);
    // (np42: the threatened offensive is not done, gold rule 8: the offensive noun's own attack record goes)
    if (nounish) for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === s.start; i--) {
      const r = ctx.out[i]!;
      if (r.relation === 'attacked' && r.source === a.entity && r.target === b.entity) ctx.out.splice(i, 1);
    }
  }
}

// (np43: words between an English threat noun's owner and the noun: light verbs, determiners, adjectives of repetition)
const THREAT_GAP = /^(kept|keeps|keep|keeping|up|renewed|renews|renew|stepped|steps|step|repeated|repeats|made|makes|issued|issues|its|his|their|her|the|new|fresh|latest|repeated|renewed|growing|continued|has|have|had|also)$/;

/**
 * np43: English threat nouns (cues.csv `threat_noun_en`): "Turkish threats of a new incursion against the YPG", "Ankara's
 * threats of a ground offensive against X", "Turkey kept up threats to launch a new incursion against X". The owner: a
 * demonym or possessive right before the noun (past THREAT_GAP words), or the actor ending right before a light verb of
 * THREAT_GAP ("Turkey kept up"); an offensive noun within six words after the noun (past "of a new", "to launch a"), no
 * clause break or name between, then "against"/"on"/"targeting" X: the owner threatened X, and the offensive noun's
 * attack record of that pair goes (gold rule 8: a threatened offensive is not done).
 */
function threatNounsEn(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const threatNouns = cueWords(ctx.lex, 'threat_noun_en');
  const nouns = cueWords(ctx.lex, 'offensive_noun');
  const p = verbPattern(ctx, 'threatened');
  if (!p) return;
  for (let k = 1; k < toks.length; k++) {
    if (!threatNouns.has(toks[k]!.norm) || ctx.inMention[k]) continue;
    let n = -1;
    for (let j = k + 1; j < toks.length && j - k <= 6; j++) {
      if (STOP.test(toks[j]!.norm) || ctx.inMention[j]) break;
      if (nouns.has(toks[j]!.norm)) {
        n = j;
        break;
      }
    }
    if (n < 0 || !/^(of|to)$/.test(toks[k + 1]?.norm ?? '')) continue;
    const after = toks[n + 1]?.norm ?? '';
    if (!/^(against|on|targeting)$/.test(after)) continue;
    const tgt = s.mentions.find((m) => m.tok0 === n + 2 || (m.tok0 === n + 3 && toks[n + 2]!.norm === 'the'));
    // the owner
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && THREAT_GAP.test(toks[j]!.norm) && !ctx.inMention[j]) j--;
    const own = s.mentions.find((m) => m.tok1 === j + 1);
    if (!own || !tgt || (prepOf(ctx, own) && !isPossessive(ctx, own) && own.via !== 'demonym')) continue;
    // (a bare name before the gap must be a clause subject: "Turkey kept up threats", not "rejected Turkish threats")
    if (own.via !== 'demonym' && !isPossessive(ctx, own) && j + 1 === k) continue;
    const a = actor(ctx.lex, own);
    const b = actor(ctx.lex, tgt);
    if (!a || !b || a.kind === 'place' || b.kind === 'place' || a.entity === b.entity || toldHere(ctx, 'threatened', a.entity, b.entity)) continue;
    const T = cueTrigger({ tok0: k, tok1: n + 1, start: toks[k]!.start, end: toks[n]!.end }, p);
    emit(ctx, T, 'threatened', own, tgt, {}, false);
    for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === s.start; i--) {
      const r = ctx.out[i]!;
      if (r.relation === 'attacked' && r.source === a.entity && r.target === b.entity) ctx.out.splice(i, 1);
    }
  }
}

export function threatenedOffensives(ctx: Ctx): void {
  if (ctx.lang === 'en' && hasWordCue(ctx, 'threat_noun_en') && hasWordCue(ctx, 'offensive_noun')) threatNounsEn(ctx);
  if (!(hasWordCue(ctx, 'threat_op_verb', true) || hasWordCue(ctx, 'threat_noun_ar', true) || hasWordCue(ctx, 'threat_participle_ar', true)) || !hasWordCue(ctx, 'offensive_noun', true)) return;
  if (ctx.lang === 'ar') return threatenedOffensivesAr(ctx);
  const { s } = ctx;
  const toks = s.tokens;
  const verbs = cueWords(ctx.lex, 'threat_op_verb');
  const nouns = cueWords(ctx.lex, 'offensive_noun');
  const oust = cueWords(ctx.lex, 'oust_verb');
  const p = verbPattern(ctx, 'threatened');
  if (!p) return;
  for (let k = 0; k < toks.length; k++) {
    if (!verbs.has(toks[k]!.norm) || ctx.inMention[k]) continue;
    // the offensive noun within eight words, no clause break, no name between
    let n = -1;
    for (let j = k + 1; j < toks.length && j - k <= 8; j++) {
      if (STOP.test(toks[j]!.norm) || ctx.inMention[j]) break;
      if (nouns.has(toks[j]!.norm)) {
        n = j;
        break;
      }
    }
    if (n < 0) continue;
    const subj = threatener(ctx, k);
    if (!subj) continue;
    const a = actor(ctx.lex, subj)!;
    const T = cueTrigger({ tok0: k, tok1: n + 1, start: toks[k]!.start, end: toks[n]!.end }, p);
    let tgt: Mention | undefined;
    const after = toks[n + 1]?.norm ?? '';
    const at = (j: number): Mention | undefined => s.mentions.find((m) => m.tok0 === j || (m.tok0 === j + 1 && toks[j]!.norm === 'the'));
    if (after === 'against' || after === 'on' || after === 'targeting') tgt = at(n + 2) ?? (/^(it|them)$/.test(toks[n + 2]?.norm ?? '') ? objectAfter(ctx, subj, k) : undefined);
    else if (after === 'to' && oust.has(toks[n + 2]?.norm ?? '')) tgt = at(n + 3);
    else if (!STOP.test(after) && after !== '' && after !== 'in' && after !== 'into') continue;
    if (!tgt) {
      // the one the threatener struck in this sentence
      for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === s.start; i--) {
        const r = ctx.out[i]!;
        if (r.relation !== 'attacked' || r.source !== a.entity) continue;
        const e = ctx.lex.entities.get(r.target);
        if (e && e.kind !== 'place' && e.kind !== 'country') tgt = mention(k, k + 1, toks[k]!.start, toks[k]!.end, e.id, e.kind, 'anaphor', false, '');
        break;
      }
    }
    const b = tgt ? actor(ctx.lex, tgt) : undefined;
    if (!tgt || !b || b.kind === 'place' || b.entity === a.entity || toldHere(ctx, 'threatened', a.entity, b.entity)) continue;
    emit(ctx, T, 'threatened', subj, tgt, {}, false);
  }
}
