/**
 * A launched operation against someone (np35, diagnosis-batch30 §6 fix 1b, #34, 35): an operation noun (cues.csv
 * `operation_noun`: `عملية`, `حملة`, "operation", "offensive") launched or waged (a `wage_verb`, or a verbal noun
 * `launch_noun`: `إطلاق`, `شن`, "launch") by a named doer, and aimed by `ضد`/"against" at a named side, maybe through the
 * side's positions (`مواقع X`, `مواقع لـX`, "positions of X", "X positions") and with a list of them (`ضد مواقع A في P
 * ومواقع B في Q`, "against positions of A in P and of B in Q"): the doer attacked each side. The operation may carry a
 * quoted name and adjectives (`عملية «المخلب - السيف» الجوية`), and the launch verb may itself be an attack verb
 * (`أطلقت تركيا عملية عسكرية ضد`, whose `على` reading then names no one, and which keeps the noun from its own reading).
 * Run once per sentence after the triggers; a pair the sentence already has is not told twice.
 * The doer: the name right after the verb or verbal noun (`أطلقت تركيا`, `إطلاق أنقرة`), or the subject of an Arabic
 * pluperfect between كان and قد (`وكانت أنقرة قد أطلقت عملية`, slot53), else, English, the subject right before the verb
 * ("Turkey launched").
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, AGAINST, arForms, cueTrigger, type Ctx, groupFrom, inDate, mentionAt, mentionIndexAt, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { kanaQadSubject } from './structure.ts';

const POSITIONS = /^(مواقع|المواقع|مقار|مقرات|معاقل|positions|bases|targets|strongholds|hideouts)$/;
const EN_FILLER = /^(a|an|the|new|major|large|wide|air|ground|military|cross|border|-|scale|full|its|their|"|“|”|\d+|two|three|four|five|six|several|multiple)$/;

function isWord(ctx: Ctx, k: number, kinds: ('wage_verb' | 'wage_noun' | 'launch_noun' | 'operation_noun')[]): boolean {
  const t = ctx.s.tokens[k];
  if (!t?.word) return false;
  const forms = ctx.lang === 'ar' ? arForms(t.norm, false) : [t.norm];
  return kinds.some((kind) => {
    const w = cueWords(ctx.lex, kind);
    return forms.some((f) => w.has(f));
  });
}

/** The demonym right after an Arabic operation noun at k, past its quoted name (at most eight tokens) and one adjective. */
function nisbaAfter(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = k + 1;
  if (/^[«"“]$/.test(toks[j]?.text ?? '')) {
    while (j < toks.length && j - k < 10 && !/^[»"”]$/.test(toks[j]!.text)) j++;
    j++;
  }
  for (let n = 0; n < 2 && j < toks.length; n++, j++) {
    const m = ctx.s.mentions.find((x) => x.tok0 === j);
    // (a nisba adjective, also one the lexicon lists as a name of the state: `التركية`)
    if (m) return m.via === 'demonym' || (m.tok1 === j + 1 && m.kind === 'country' && /^ال.+(يه|ي)$/.test(toks[j]!.norm)) ? m : undefined;
    if (!toks[j]!.word || !/^ال/.test(toks[j]!.norm)) return undefined;
  }
  return undefined;
}

/** The doer of the operation noun at k: past its launch word. */
function doerOf(ctx: Ctx, k: number): { doer: Mention; at: number } | undefined {
  const toks = ctx.s.tokens;
  const WAGE = ['wage_verb', 'wage_noun', 'launch_noun'] as const;
  if (ctx.lang === 'ar') {
    // `أطلقت تركيا عملية`, `إطلاق أنقرة عملية`: the verb or verbal noun, its subject or genitive, the operation
    // (att38: past a date between, `إطلاق تركيا في 20 تشرين الثاني/نوفمبر الماضي عملية`)
    let e = k;
    while (e > 0 && (inDate(ctx, e - 1) || /^(في|منذ)$/.test(toks[e - 1]!.norm)) && k - e < 10) e--;
    const m = ctx.s.mentions.find((x) => x.tok1 === e);
    if (m && isWord(ctx, m.tok0 - 1, [...WAGE])) return { doer: m, at: m.tok0 - 1 };
    // (slot53: a pluperfect, `وكانت أنقرة قد أطلقت في 20 تشرين الثاني/نوفمبر عملية`: the subject between كان and قد)
    if (!m && isWord(ctx, e - 1, ['wage_verb'])) {
      const d = kanaQadSubject(ctx, e - 1, true).find((x) => actor(ctx.lex, x)?.kind !== 'place');
      if (d) return { doer: d, at: e - 1 };
    }
    // (att38: the operation's own nisba, past its quoted name: `عملية «نبع السلام» التركية ضد`, `العملية التركية ضد`)
    const n = nisbaAfter(ctx, k);
    return n ? { doer: n, at: k } : undefined;
  }
  // "Turkey launched an air operation", "the launch by Ankara of an operation"
  let j = k - 1;
  while (j > 0 && k - j <= 5 && EN_FILLER.test(toks[j]!.norm)) j--;
  if (toks[j]?.norm === 'of') {
    const m = ctx.s.mentions.find((x) => x.tok1 === j);
    if (m && toks[m.tok0 - 1]?.norm === 'by' && isWord(ctx, m.tok0 - 2, [...WAGE])) return { doer: m, at: m.tok0 - 2 };
    return undefined;
  }
  // (att38: "the Turkish operation against", "Turkey's offensive against": a nisba or possessor right before the noun)
  {
    const m = ctx.s.mentions.find((x) => x.tok1 === j + 1 || (x.tok1 === j && /^['’]s?$/.test(toks[j]!.text)));
    if (m && (m.via === 'demonym' || /^['’]s?$/.test(toks[m.tok1]?.text ?? '') || /['’]s$/.test(toks[m.tok1 - 1]!.text)) && !isWord(ctx, j, [...WAGE])) return { doer: m, at: k };
  }
  if (!isWord(ctx, j, [...WAGE])) return undefined;
  let i = j - 1;
  if (/^(has|have|had|was|were|will)$/.test(toks[i]?.norm ?? '')) i--;
  const m = ctx.s.mentions.find((x) => x.tok1 === i + 1);
  return m ? { doer: m, at: j } : undefined;
}

/** The sides after `ضد`/"against" at k: each positions' owner, a list of them. */
function sidesAfter(ctx: Ctx, k: number): Mention[] {
  const toks = ctx.s.tokens;
  const out: Mention[] = [];
  const isPositions = (norm: string) => POSITIONS.test(norm) || (ctx.lang === 'ar' && arForms(norm, false).some((f) => POSITIONS.test(f)));
  let j = k + 1;
  for (let round = 0; round < 4 && j < toks.length; round++) {
    if (round > 0) {
      // (the next member: `ومواقع B`, `ولـB`, `وB`, "and of B", "and B positions")
      const t = toks[j]!;
      if (ctx.lang === 'ar') {
        if (!t.norm.startsWith('و')) break;
        if (/^(و|ول|ولـ)$/.test(t.norm)) j++;
      } else {
        if (t.norm !== 'and') break;
        j++;
        if (toks[j]?.norm === 'of') j++;
      }
    }
    if (j < toks.length && isPositions(toks[j]!.norm) && !mentionAt(ctx, j)) {
      j++;
      if (/^(of|ل|لـ)$/.test(toks[j]?.norm ?? '')) j++;
    }
    while (j < toks.length && /^[«"“]$/.test(toks[j]!.text)) j++;
    if (ctx.lang === 'en' && toks[j]?.norm === 'the') j++;
    const i = mentionIndexAt(ctx, j);
    if (i < 0) break;
    const g = groupFrom(ctx.s.mentions, i);
    for (const m of g) {
      const a = actor(ctx.lex, m);
      if (a && a.kind !== 'place') out.push(m);
    }
    j = g[g.length - 1]!.tok1;
    while (j < toks.length && /^[»"”)]$/.test(toks[j]!.text)) j++;
    // ("X positions": an English compound head after the name; `الكردية`: an Arabic adjective of the name)
    if (ctx.lang === 'en' && isPositions(toks[j]?.norm ?? '')) j++;
    // (a place of theirs: `في شمال العراق`, "in northern Iraq")
    if (/^(في|in)$/.test(toks[j]?.norm ?? '')) {
      const p = mentionAt(ctx, j + 1);
      if (!p) break;
      j = p.tok1;
    } else if (ctx.lang === 'ar' && /^في./.test(toks[j]?.norm ?? '')) {
      const p = mentionAt(ctx, j);
      if (!p) break;
      j = p.tok1;
    }
    if (j >= toks.length) break;
  }
  return out;
}

export function launchedOperations(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  const pattern = verbPattern(ctx, 'attacked');
  if (!pattern) return;
  // (every reading below needs `ضد`/"against": a sentence without one is left before the per-token operation test)
  if (!toks.some((t) => AGAINST.test(t.norm))) return;
  for (let k = 1; k < toks.length; k++) {
    if (!isWord(ctx, k, ['operation_noun'])) continue;
    const d = doerOf(ctx, k);
    if (!d) continue;
    const doer = actor(ctx.lex, d.doer);
    if (!doer || doer.kind === 'place') continue;
    // past the operation's quoted name and adjectives to `ضد`/"against"
    let j = k + 1;
    if (/^[«"“]$/.test(toks[j]?.text ?? '')) {
      while (j < toks.length && j - k < 10 && !/^[»"”]$/.test(toks[j]!.text)) j++;
      j++;
    }
    for (let n = 0; n < 3 && j < toks.length && !AGAINST.test(toks[j]!.norm); n++) {
      const t = toks[j]!;
      // (the operation's own nisba, its doer: `العملية التركية ضد`; att38)
      if (d.doer.tok0 === j && d.at === k) {
        j = d.doer.tok1;
        continue;
      }
      if (!t.word || mentionAt(ctx, j) || (ctx.lang === 'ar' ? /^(في|من|علي|الي|عن|مع|بين|منذ|بعد|قبل)$/.test(t.norm) || /^[وبل]/.test(t.norm) : !/^(air|ground|military|[a-z]+-?)$/.test(t.norm) || /^(in|on|at|to|for|of|into)$/.test(t.norm))) break;
      j++;
    }
    if (!AGAINST.test(toks[j]?.norm ?? '')) continue;
    const sides = sidesAfter(ctx, j);
    if (!sides.length) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    for (const m of sides) {
      const a = actor(ctx.lex, m);
      if (!a || a.entity === doer.entity) continue;
      if (toldHere(ctx, 'attacked', doer.entity, a.entity)) continue;
      emit(ctx, T, 'attacked', d.doer, m, {}, false);
    }
  }
}
