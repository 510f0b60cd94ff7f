/**
 * An act or a group's units "backed by X" are X's support of the act's doer (branch slot43; gold rule 12, the pool's
 * "a raid backed by US helicopters" → `usa supported sdf`): "they had detained two IS militants in a raid backed by
 * US-led coalition helicopters", "the operation, backed by the US-led coalition, was aimed at …", "SDF units, backed by
 * US helicopters, combed …", `في عملية نُفذت بمساندة طيران التحالف الدولي`. A `supported` trigger read as a passive
 * participle of backing ("backed"/"supported" + "by"; Arabic `بمساندة`/`بدعم` (+ `من`)) whose backer is the first actor
 * within four tokens after it, and whose head is either an attack noun (the nearest trigger within ten tokens before
 * is an attack noun; in Arabic, sixteen tokens, a verb too) — the doer then being the one source of the sentence's `attacked` records — or, in
 * English, a group's unit word right after the group's name ("SDF units", "SDF fighters"). Nothing when the doer is
 * not single or the backer already supports someone in the sentence.
 */
import { cueHas, type Mention, mention } from '../doc.ts';
import { demonymEntity } from './args.ts';
import { actor, type Ctx } from './ctx.ts';
import { emit } from './emit.ts';

const BACKER_KINDS = /^(country|armed_group|organization)$/;
const DOER_KINDS = /^(country|armed_group)$/;

export function backedActs(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'supported') continue;
    const w = toks[T.tok0]!.norm;
    let b: number;
    if (en) {
      if (!/^(backed|supported)$/.test(w) || toks[T.tok1]?.norm !== 'by') continue;
      b = T.tok1 + 1;
    } else {
      if (!/^ب(مسانده|دعم|اسناد)$/.test(w)) continue;
      // (`بدعم` is the backing only with its `من`: `اتهم … الولايات المتحدة بدعم «جرائم» إسرائيل` is the act accused;
      // so is `بإسناد`, solo50)
      if ((w === 'بدعم' || w === 'باسناد') && toks[T.tok1]?.norm !== 'من') continue;
      b = toks[T.tok1]?.norm === 'من' ? T.tok1 + 1 : T.tok1;
    }
    // the backer: the first actor within four tokens after the participle (Arabic: or a demonym adjective after its
    // noun, `بمساندة مروحيات أمريكية`, `بدعم من الطيران الحربي الروسي`)
    let bm = s.mentions.find((m) => m.tok0 >= b && m.tok0 - b <= 3);
    // (`بإسناد من الطيران الحربي السوري والروسي`: the doer's own state first, its ally joined to it; solo50)
    const own = !en && bm ? s.mentions.find((m) => m.tok0 === bm!.tok1 && m.conj && m.via === 'demonym') : undefined;
    const ownDoer = own ? subjectBefore(ctx, T.tok0) : undefined;
    if (own && bm && ownDoer && actor(ctx.lex, ownDoer)?.entity === actor(ctx.lex, bm)?.entity) bm = own;
    if (!bm && !en) {
      for (let k = b; k < toks.length && k - b <= 3 && toks[k]!.word; k++) {
        // (the feminine adjective of a plural noun, `مروحيات أمريكية`: demonymEntity reads its masculine stem too)
        const id = demonymEntity(ctx.lex, toks[k]!.norm);
        if (id) {
          bm = mention(k, k + 1, toks[k]!.start, toks[k]!.end, id, 'country', 'demonym', false, '');
          break;
        }
      }
    }
    const backer = bm ? actor(ctx.lex, bm) : undefined;
    if (!bm || !backer || !BACKER_KINDS.test(ctx.lex.entities.get(backer.entity)?.kind ?? '')) continue;
    if (out.slice(before).some((r) => r.relation === 'supported' && r.source === backer.entity)) continue;
    // (Arabic: the subject right before the backing adverbial, `وتنفذ قوات النظام، بدعم من …`, `نفّذت «قسد» بمساندة …`,
    // `تمكّنت الوحدات الكردية بدعم من …`)
    const doer = (!en ? subjectBefore(ctx, T.tok0) : undefined) ?? backedDoer(ctx, before, T.tok0, backer.entity);
    if (!doer) continue;
    emit(ctx, T, 'supported', bm, doer, {}, false);
  }
}

/** The one backed: a group's units right before the participle (English), else the doer of the attack noun before it. */
function backedDoer(ctx: Ctx, before: number, k: number, backer: string): Mention | undefined {
  const { s, out } = ctx;
  const toks = s.tokens;
  let h = k - 1;
  if (toks[h]?.text === ',' || toks[h]?.text === '،') h--;
  if (ctx.lang === 'en' && h > 0) {
    // ("SDF units, backed by …": a unit word of a partitive cue right after an armed group's name)
    const c = ctx.cueAt.get(h);
    const g = s.mentions.find((m) => m.tok1 === h);
    if (c && c.tok1 === h + 1 && cueHas(c, 'partitive') && g && ctx.lex.entities.get(actor(ctx.lex, g)?.entity ?? '')?.kind === 'armed_group') return actor(ctx.lex, g);
  }
  // the attack noun before the participle: the nearest trigger within ten tokens, an attack noun
  let near: (typeof s.triggers)[number] | undefined;
  const reach = ctx.lang === 'en' ? 10 : 16;
  for (const T of s.triggers) if (T.tok1 <= k && k - T.tok1 <= reach && (!near || T.tok1 > near.tok1)) near = T;
  if (!near || near.patterns[0]!.relation !== 'attacked' || (ctx.lang === 'en' && near.patterns[0]!.pos !== 'noun')) return undefined;
  // its doer: the one source of the sentence's attacks (not the backer)
  const srcs = new Set(out.slice(before).filter((r) => r.relation === 'attacked' && r.source !== backer).map((r) => r.source));
  if (srcs.size !== 1) return undefined;
  const r = out.slice(before).find((x) => x.relation === 'attacked' && x.source !== backer)!;
  // (the doer's own mention, else, for a pronoun read as it ("they had captured …"), its name in the sentence)
  const m = s.mentions.find((x) => x.start - s.start === r.evidence.sourceSpan[0]) ?? s.mentions.find((x) => actor(ctx.lex, x)?.entity === r.source);
  return m && DOER_KINDS.test(ctx.lex.entities.get(actor(ctx.lex, m)?.entity ?? '')?.kind ?? '') ? m : undefined;
}

/**
 * The armed group or state whose mention ends right before token k, past a comma, a closing quote and a bracketed
 * abbreviation (`«قوات سوريا الديمقراطية» (قسد) بمساندة`), when it is no object of a preposition (Arabic; slot43).
 */
function subjectBefore(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = k - 1;
  if (toks[j]?.text === '،' || toks[j]?.text === ',') j--;
  let inner: Mention | undefined;
  if (toks[j]?.text === ')') {
    const o = toks.slice(0, j).map((t) => t.text).lastIndexOf('(');
    if (o < 0 || j - o > 4) return undefined;
    // (the abbreviation in brackets names the subject when its full name is no mention of its own)
    inner = ctx.s.mentions.find((x) => x.tok0 > o && x.tok1 <= j) ?? ctx.s.mentions.find((x) => x.tok0 < o && x.tok1 === j);
    j = o - 1;
  }
  if (toks[j]?.text === '»') j--;
  const m = inner ?? ctx.s.mentions.find((x) => x.tok1 === j + 1);
  const a = m ? actor(ctx.lex, m) : undefined;
  if (!m || !a || !DOER_KINDS.test(ctx.lex.entities.get(a.entity)?.kind ?? '')) return undefined;
  // (not the object of a preposition, `من «قسد» بدعم …`)
  let p = m.tok0 - 1;
  if (toks[p]?.text === '«') p--;
  const pw = toks[p]?.norm ?? '';
  return /^(من|في|علي|عن|الي|مع|ضد|لدي|مواقع|نقاط)$/.test(pw) || /^[لب]/.test(m.clitics ?? '') ? undefined : m;
}
