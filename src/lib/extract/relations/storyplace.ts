/**
 * The place an article is about (branch ref51; diagnosis-batch48 §6 ref49 rank 1, -49 rank 1): a bare definite place head
 * ("the town", "the city", "the province", `المدينة`, `البلدة`, `المحافظة`) refers to the place the story is about, not
 * simply the last place named. Salience is read from the article itself: how often the place is named up to the head (in
 * the sentences before and in its own sentence before it) and whether the title names it. discourse.ts placeOfKind asks
 * here when several places of the head's kind are named (`salientOf`: "HTS controls most of Idlib province and parts of
 * neighbouring Aleppo and Latakia … strikes on the edges of the province" is Idlib) and when none is named with the
 * kind's word (`storyPlace`: "The local council in Afrin … Afrin has been controlled by … Fighters of HTS entered the
 * town" is Afrin).
 */
import type { Mention } from '../doc.ts';
import type { Token } from '../normalise.ts';
import { cueWords } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import type { Ctx } from './ctx.ts';

/** Arabic: a bare place head's proclitics and article (`وفي المدينة`, `بالبلدة`, `للمدينة`). */
const HEAD_AR = /^([وف]?[بل]?)(ال|لل)/;

/**
 * Is token k a bare head of a kind that stands for the story's place when none of its kind is named with its word (cues.csv
 * `place_kind_story`: "the town", "the city", `البلدة`, `المدينة`; not "the village", which is a smaller place than the story's)?
 */
export function storyHead(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k];
  if (!t) return false;
  const words = cueWords(ctx.lex, 'place_kind_story');
  if (ctx.lang === 'en') return words.has(t.norm);
  const pre = HEAD_AR.exec(t.norm);
  return !!pre && words.has(t.norm.slice(pre[0].length));
}

/** A compass region's id (`northwestern-syria`): the story's region, never "the town". */
const REGION_ID = /^(northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central)-/;

/** The names (normalised, four letters at least) of a place entity, both languages. */
function namesOf(ctx: Ctx, id: string): string[] {
  const e = ctx.lex.entities.get(id);
  if (!e) return [];
  return [e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].filter((n) => n && n.length >= 4).map((n) => normalise(n));
}

/** Does the article's title name the place `id` (one of its names as whole words; an Arabic name may carry a proclitic)? */
function inTitle(ctx: Ctx, title: string, id: string): boolean {
  if (!title) return false;
  return namesOf(ctx, id).some((n) => {
    const at = title.indexOf(n);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : title[at - 1]!;
    const after = title[at + n.length] ?? ' ';
    const okBefore = before === ' ' || (ctx.lang === 'ar' && /[وفبل]/.test(before) && (at < 2 || title[at - 2] === ' ' || /[وف]/.test(title[at - 2]!)));
    return okBefore && !/[\p{L}\p{N}]/u.test(after);
  });
}

/** Salience of each place entity named before token `before`: its mentions (not anaphors) so far, plus two when the title names it. */
function salience(ctx: Ctx, before: number, ids: ReadonlySet<string>): Map<string, number> {
  const score = new Map<string, number>();
  const count = (m: Mention) => {
    if (m.via === 'anaphor' || !ids.has(m.entity)) return;
    score.set(m.entity, (score.get(m.entity) ?? 0) + 1);
  };
  for (const ms of ctx.history) for (const m of ms) count(m);
  for (const m of ctx.s.mentions) if (m.tok1 <= before) count(m);
  const title = normalise(ctx.doc.article.title ?? '');
  for (const id of ids) if (inTitle(ctx, title, id)) score.set(id, (score.get(id) ?? 0) + 2);
  return score;
}

/** The most salient of `cands` (salience before token `before`), its score, and whether another ties it. */
function mostSalient(ctx: Ctx, cands: readonly Mention[], before: number): { best: Mention | undefined; top: number; tie: boolean } {
  const score = salience(ctx, before, new Set(cands.map((m) => m.entity)));
  let best: Mention | undefined;
  let top = 0;
  let tie = false;
  for (const m of cands) {
    const v = score.get(m.entity) ?? 0;
    if (v > top) [best, top, tie] = [m, v, false];
    else if (v === top) tie = true;
  }
  return { best, top, tie };
}

/** The one of `cands` (places of the head's kind, several) the story is most about; undefined on a tie. */
export function salientOf(ctx: Ctx, cands: readonly Mention[], before: number): Mention | undefined {
  // (one of them named in the head's own sentence before it is the one: `على معظم محافظة إدلب، فيما تنتشر نقاط تركية في المحافظة`)
  const own = cands.filter((m) => ctx.s.mentions.includes(m) && m.tok1 <= before);
  if (own.length === 1) return own[0];
  const { best, top, tie } = mostSalient(ctx, cands, before);
  return tie ? undefined : best;
}

/**
 * The place the story is about, for a bare head of a town kind with none of its kind named before: the place (no
 * anaphor, no capital acting for its state, no compass region, no road) named most often so far, the title counting two,
 * named twice at least; undefined on a tie or when none is.
 */
export function storyPlace(ctx: Ctx, before: number, strict = false): Mention | undefined {
  const cands: Mention[] = [];
  const take = (m: Mention) => {
    if (m.kind !== 'place' || m.via === 'anaphor' || REGION_ID.test(m.entity) || ctx.lex.entities.get(m.entity)?.stands_for) return;
    if (/\b(highway|motorway|road|river)\b/i.test(ctx.lex.entities.get(m.entity)?.label_en ?? '')) return;
    if (!cands.some((x) => x.entity === m.entity)) cands.push(m);
  };
  for (let j = ctx.s.mentions.length - 1; j >= 0; j--) if (ctx.s.mentions[j]!.tok1 <= before) take(ctx.s.mentions[j]!);
  for (let h = ctx.history.length - 1; h >= 0; h--) for (const m of ctx.history[h]!) take(m);
  if (!cands.length) return undefined;
  // (a place the article names as a province or countryside, "southern Idlib province", `ريف حماة`, is no town)
  const regions = regionsNamed(ctx, before, strict);
  for (let i = cands.length - 1; i >= 0; i--) if (regions.has(cands[i]!.entity)) cands.splice(i, 1);
  if (!cands.length) return undefined;
  const { best, top, tie } = mostSalient(ctx, cands, before);
  return tie || top < MIN_STORY ? undefined : best;
}

/** How salient the story's place must be (mentions, the title counting two) to stand for a bare town head. */
const MIN_STORY = 2;

/** The places the article names as a province ("southern Idlib province", `محافظة إدلب`: cues.csv `governor_province`, its province nouns) up to token `before` of the head's sentence; not "the Manbij countryside", `ريف منبج`, which still names the town. */
function regionsNamed(ctx: Ctx, before: number, strict: boolean): Set<string> {
  const out = new Set<string>();
  const words = cueWords(ctx.lex, strict ? 'region_word' : 'governor_province');
  const key = (t: Token | undefined) => (!t ? '' : t.arabic ? t.norm.replace(/^[وف]?[بل]?/, '') : t.norm);
  for (const s of ctx.doc.sentences) {
    if (s.index > ctx.s.index) break;
    const sent = s.index === ctx.s.index ? ctx.s : s;
    for (const m of sent.mentions) {
      if (m.kind !== 'place' || m.via === 'anaphor' || (sent === ctx.s && m.tok1 > before)) continue;
      const toks = sent.tokens;
      let named = ctx.lang === 'en' ? words.has(key(toks[m.tok1])) : words.has(key(toks[m.tok0 - 1]));
      for (let k = m.tok0; k < m.tok1 && !named; k++) named = words.has(key(toks[k]));
      if (named) out.add(m.entity);
    }
  }
  return out;
}

/**
 * "HTS, which dominates the Idlib region, … Turkey, which keeps thousands of troops in the region" (Idlib, not Saraqeb
 * named last), "Amuda in northeastern Syria … the northeast … northern Iraq … keeps troops in the region" (the northeast,
 * not northern Iraq named last): English "the region" is the region the story is about, among the compass regions
 * (REGION_ID) and the places named with "region" after them ("the Idlib region", cues.csv `region_head`) up to token
 * `before`, the one named most often (one in the head's own sentence first); undefined when none or a tie.
 */
export function salientRegion(ctx: Ctx, before: number): Mention | undefined {
  const heads = cueWords(ctx.lex, 'region_head');
  const cands: Mention[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.index > ctx.s.index) break;
    const sent = s.index === ctx.s.index ? ctx.s : s;
    for (const m of sent.mentions) {
      if (m.kind !== 'place' || m.via === 'anaphor' || (sent === ctx.s && m.tok1 > before)) continue;
      if (!REGION_ID.test(m.entity) && !heads.has(sent.tokens[m.tok1]?.norm ?? '')) continue;
      const at = cands.findIndex((x) => x.entity === m.entity);
      if (at >= 0) cands.splice(at, 1);
      cands.push(m);
    }
  }
  if (!cands.length) return undefined;
  return cands.length === 1 ? cands[0] : salientOf(ctx, cands, before);
}

/**
 * The one place of a town head's kind named before (`only`), unless the story is about another place named far more
 * often ("A drone struck a car between Kobani and the town of Sarrin … Kobani … Kobani … troops have been deployed around
 * the town" is Kobani): the story's place when named OVER_STORY times more than `only`.
 */
export function overStory(ctx: Ctx, only: Mention, before: number): Mention {
  const story = storyPlace(ctx, before, true);
  if (!story || story.entity === only.entity) return only;
  const score = salience(ctx, before, new Set([story.entity, only.entity]));
  return (score.get(story.entity) ?? 0) - (score.get(only.entity) ?? 0) >= OVER_STORY ? story : only;
}

/** How much more often the story's place must be named than the one place of the head's kind to stand for the head. */
const OVER_STORY = 2;
