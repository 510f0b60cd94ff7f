/**
 * An occupation label on a state is the labeller's criticism of it (branch slot43; gold rule 17b, "a label for
 * another's presence or act ('occupation', «احتلال») is `criticized`, labeller → the one whose presence it is"): an
 * occupation word (cues.csv `occupation_label`) with its state attached — English a demonym or a state's name right
 * before it ("the American occupation", "US occupation forces"), Arabic a demonym or name right after it
 * (`«الاحتلال الأمريكي»`, `«قوات الاحتلال الأمريكي»`) — that the text gives as someone's words: inside quotes, or after
 * a verb of calling (cues.csv `label_word`: "what it called the Turkish occupation"). The labeller is the sentence's
 * subject, its first actor (state, armed group, organisation or person) behind no preposition, possessive or relative
 * and not the occupier; else, when no actor stands before the label, the one named right before a speech verb after the
 * closing quote ("…," Assad told …). The writer's own "under Israeli occupation since 1967" is no label.
 */
import { type Mention, mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasCue, hasWordCue, isPossessive, prepOf, sideActor, verbPattern } from './ctx.ts';
import { demonymEntity } from './args.ts';
import { emit } from './emit.ts';

const LABELLER_KINDS = /^(country|armed_group|organization|person)$/;
const OPEN = /^[«"“]$/;
const CLOSE = /^[»"”]$/;
const HEDGED = /\bwhat (?:it|they|he|she) (?:called|calls|described as|describes as|termed|terms) (?:the )?$/i;
/**
 * Grammar words, kept in code (mend44: no cue kind): the relative pronouns of both languages that open a relative
 * clause before the labeller (ctx.ts RELATIVE lacks "that" and has more Arabic forms, so it is not this list), and the
 * prepositions that put a noun phrase behind one (ctx.ts EN_PREP_TOKENS / AR_PREP_TOKENS differ: "via", no "against").
 * The verbs of calling are cues.csv `label_word`; HEDGED is chunk.ts's hedge phrase read in the text, not a word list.
 */
const RELATIVE_WORD = /^(which|who|whom|that|التي|الذي|الذين|اللذين|اللتين)$/;
const PREPOSITION = /^(by|from|of|in|on|to|with|at|for|via|من|في|علي|عن|الي|مع|لدي)$/;

export function occupationLabels(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'occupation_label', true)) return;
  const { s } = ctx;
  const toks = s.tokens;
  const words = cueWords(ctx.lex, 'occupation_label');
  const labelWords = cueWords(ctx.lex, 'label_word');
  const pattern = verbPattern(ctx, 'criticized');
  if (!pattern) return;
  const en = ctx.lang === 'en';
  for (let k = 0; k < toks.length; k++) {
    const n = toks[k]!.norm;
    if (!words.has(n) && !(!en && /^[وفبل]/.test(n) && words.has(n.slice(1)))) continue;
    // the occupier: a state's name or demonym right before (English) or after (Arabic) the word
    const j = en ? k - 1 : k + 1;
    const om = s.mentions.find((m) => (en ? m.tok1 === k : m.tok0 === j));
    const occupier = om && actor(ctx.lex, om)?.kind === 'country' ? actor(ctx.lex, om)!.entity : toks[j]?.word ? demonymEntity(ctx.lex, toks[j]!.norm) : undefined;
    if (!occupier) continue;
    // someone's words: inside quotes, or after a verb of calling within three words before
    const first = en ? j : k;
    const last = en ? k : j;
    const quoted = quotedSpan(ctx, first, last);
    // (chunk.ts hedges drop "what it called" from the tokens: read it in the text before the label)
    const called = !quoted && ([1, 2, 3].some((d) => labelWords.has(toks[first - d]?.norm ?? '')) || HEDGED.test(ctx.doc.article.text.slice(Math.max(s.start, toks[first]!.start - 40), toks[first]!.start)));
    if (!quoted && !called) continue;
    const who = labeller(ctx, first, occupier, quoted ? quoted[1] : last);
    if (!who) continue;
    const a = actor(ctx.lex, who)!;
    if (ctx.out.slice(before).some((r) => r.relation === 'criticized' && r.source === a.entity && r.target === occupier)) continue;
    const target = om && actor(ctx.lex, om)?.kind === 'country' ? om : undefined;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    if (target) emit(ctx, T, 'criticized', who, target, {}, false);
    else {
      // (a bare demonym: the state it names, at the demonym's token)
      const d = toks[j]!;
      const m = mention(j, j + 1, d.start, d.end, occupier, 'country', 'demonym', false, '');
      emit(ctx, T, 'criticized', who, m, {}, false);
    }
  }
}

/** The quote pair around tokens [a, b] within the sentence (an opening mark before a, a closing one after b), or undefined. */
function quotedSpan(ctx: Ctx, a: number, b: number): [number, number] | undefined {
  const toks = ctx.s.tokens;
  let o = -1;
  for (let k = a - 1; k >= 0 && a - k <= 12; k--) {
    const t = toks[k]!.text;
    if (t === '»' || t === '”') return undefined;
    if (OPEN.test(t)) {
      o = k;
      break;
    }
  }
  if (o < 0) return undefined;
  // (a straight quote opens only when an even number of straight quotes stands before it)
  if (toks[o]!.text === '"' && toks.slice(0, o).filter((t) => t.text === '"').length % 2 === 1) return undefined;
  for (let k = b + 1; k < toks.length && k - b <= 12; k++) {
    const t = toks[k]!.text;
    if (t === '«' || t === '“') return undefined;
    if (CLOSE.test(t)) return [o, k];
  }
  return undefined;
}

/** The labeller: the sentence's subject before the label, else the speaker named right before a speech verb after it. */
function labeller(ctx: Ctx, first: number, occupier: string, end: number): Mention | undefined {
  const { s } = ctx;
  // (a capital stands for its state: "Damascus called …", `وتتهمها دمشق`)
  const ok = (m: Mention) => {
    const a = sideActor(ctx.lex, m, true) ?? (m.kind === 'person' ? actor(ctx.lex, m) : undefined);
    return !!a && a.entity !== occupier && LABELLER_KINDS.test(ctx.lex.entities.get(a.entity)?.kind ?? '');
  };
  const subj = s.mentions.find((m) => m.tok1 <= first && ok(m) && !isPossessive(ctx, m));
  // (behind a relative pronoun, the subject is the relative's, not the sentence's: "the government, which accuses the SDF …")
  const relBefore = (k: number) => s.tokens.slice(0, k).some((t) => RELATIVE_WORD.test(t.norm));
  if (subj) return !prepOf(ctx, subj) && !behindPrep(ctx, subj.tok0) && !ctx.inRelative[subj.tok0] && !relBefore(subj.tok0) && !inQuotes(ctx, subj.tok0) ? sideActor(ctx.lex, subj, true) ?? subj : undefined;
  // ("…," Assad told …: the name after the closing quote, a speech verb right after it)
  const m = s.mentions.find((x) => x.tok0 > end && x.tok0 - end <= 3 && ok(x));
  return m && hasCue(ctx, m.tok1, 'speech') ? m : undefined;
}

/** Is token k inside a quotation? */
function inQuotes(ctx: Ctx, k: number): boolean {
  return !!quotedSpan(ctx, k, k);
}

/**
 * A preposition within five words before token k, its noun phrase between ("carried by the state news agency SANA"):
 * no mention, boundary or trigger between.
 */
function behindPrep(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const t = toks[j]!;
    if (!t.word || ctx.inMention[j] || ctx.s.triggers.some((x) => x.tok0 <= j && j < x.tok1)) return false;
    if (PREPOSITION.test(t.norm)) return true;
  }
  return false;
}
