/** Relations: an Arabic owner clitic on a site or people noun in an attack's object (branch robust41a). */
import { mention, type Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, prepOf, SIDE_KINDS } from './ctx.ts';

/** The site or people noun with its owner clitic: an optional و/ب/ل/ف proclitic, the stem, the pronoun. */
const CLITIC_SITE = /^([وبلف]?)(.{2,}?)(هما|هم|ها|ه)$/;
/** How far after an attack trigger the owned noun may stand (`ضرباتها بالطائرات المسيرة على مواقعها`). */
const WINDOW = 8;
const AIM_PREP = /^[وف]?(علي|ضد)$/;

/**
 * Is token k the object right after an attack word ending at a, past its VSO subject, a date and quotes only
 * (`وقصف الحرس الثوري الإيراني مقراته`, `وقصفت المدفعية التركية أمس الأحد مواقعها`)? Not a list member after
 * another object (`مواقع «وحدات حماية الشعب» ومقراته`: left).
 */
function objectAfter(ctx: Ctx, a: number, k: number): boolean {
  const { s } = ctx;
  for (let j = a; j < k; j++) {
    const t = s.tokens[j]!;
    // (a subject's head without a name of its own, `المدفعية التركية`, is a `state_head` cue)
    if (isQuote(t) || s.mentions.some((m) => m.tok0 <= j && j < m.tok1) || s.dates.some((d) => d.start <= t.start && t.end <= d.end) || ctx.byKind.get('state_head')?.some((c) => c.tok0 <= j && j < c.tok1)) continue;
    return false;
  }
  return true;
}

/**
 * "وأصدرت «قسد» بياناً. وكثفت أنقرة ضرباتها على مواقعها", "ضد مقاتليه", "«تحييد» خمسة من عناصره": an owner clitic on a
 * site or people noun (cues.csv `clitic_site_ar`: مواقع، مقرات، معاقل، عناصر، مقاتلي، قوات …) at most WINDOW words after an
 * `attacked` trigger, no comma between, names the holder the attack hit: the last state, group or body named before it in
 * its sentence that is not the attacker, else the first one the sentence before names. The attacker: the actors right
 * before or after the trigger, the demonyms, and the sentence's first free actor unless the trigger stands in a relative
 * clause (`علقت «قسد» عملياتها إثر الغارات التركية التي تستهدف مواقعها`: the subject is the owner). ه names a group or a
 * body only (a state is feminine). The mentions added (via anaphor, on the owned noun's token), or undefined.
 */
export function cliticSiteOwners(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const { s } = ctx;
  const attacks = s.triggers.filter((x) => x.patterns.some((q) => q.relation === 'attacked'));
  if (!attacks.length) return undefined;
  const words = cueWords(ctx.lex, 'clitic_site_ar');
  if (!words.size) return undefined;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.arabic || !/ه(ا|م|ما)?$/.test(t.norm)) continue;
    const mm = CLITIC_SITE.exec(t.norm);
    if (!mm) continue;
    const stem = mm[2]!;
    if (!words.has(stem) && !(stem.endsWith('ت') && words.has(stem.slice(0, -1) + 'ه'))) continue;
    if (s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    let T: (typeof attacks)[number] | undefined;
    for (const x of attacks) if (x.tok1 <= k && k - x.tok1 <= WINDOW && !toks.slice(x.tok1, k).some((y) => y.text === '،' || y.text === ',' || y.text === '.')) T = x;
    if (!T || T.tok0 === k) continue;
    // (the attack's object: right after the trigger or its preposition of aim, `على`, `ضد`; never the place an
    // attacker fires from, `من مواقعها`, nor a base an attack heads for, `باتجاه قاعدتها`, which are the doer's)
    // (`يقاتل الحزب إلى جانب قواتها`: the partner of a fight)
    const beside = toks[k - 1]!.norm === 'جانب' && /^[وف]?الي$/.test(toks[k - 2]?.norm ?? '');
    // (`«تحييد» خمسة من عناصره`: one word of count, no name, between the object slot and من)
    const part = toks[k - 1]!.norm === 'من' && k - 2 >= T.tok1 && !isQuote(toks[k - 2]) && !s.mentions.some((m) => m.tok0 <= k - 2 && k - 2 < m.tok1) && objectAfter(ctx, T.tok1, k - 2);
    if (!objectAfter(ctx, T.tok1, k) && !AIM_PREP.test(toks[k - 1]!.norm) && !beside && !part) continue;
    const pron = mm[3]!;
    const doers = new Set<string>();
    for (const m of s.mentions) {
      if (m.tok0 === T.tok1 || m.tok1 === T.tok0 || (m.tok1 === T.tok0 - 1 && isQuote(toks[T.tok0 - 1]))) doers.add(actor(ctx.lex, m)?.entity ?? m.entity);
      if (m.via === 'demonym' && m.tok1 <= k) doers.add(actor(ctx.lex, m)?.entity ?? m.entity);
    }
    const fits = (a: Mention | undefined): a is Mention => !!a && SIDE_KINDS.has(a.kind) && !doers.has(a.entity) && (pron !== 'ه' || a.kind !== 'country');
    const relative = !!ctx.inRelative[T.tok0] || /^(التي|الذي|الذين|اللتين|اللذين)$/.test(toks[T.tok0 - 1]?.norm ?? '');
    let first = true;
    let owner: Mention | undefined;
    for (const m of s.mentions) {
      if (m.tok1 > k) break;
      const a = actor(ctx.lex, m);
      if (!a || a.kind === 'place') continue;
      const isFirst = first && !prepOf(ctx, m) && m.via !== 'demonym';
      if (isFirst) first = false;
      // (the sentence's subject is the attacker unless the attack is told in a relative clause)
      if (isFirst && !relative) {
        doers.add(a.entity);
        continue;
      }
      if (m.via === 'demonym' || a.kind === 'person' || prepOf(ctx, m)) continue;
      if (fits(a)) owner = a;
    }
    if (!owner) {
      const prev = ctx.history[ctx.history.length - 1];
      for (const m of prev ?? []) {
        if (m.via === 'demonym') continue;
        const a = actor(ctx.lex, m);
        if (a && a.kind !== 'person' && a.kind !== 'place') {
          if (fits(a)) owner = a;
          break;
        }
      }
    }
    if (!owner) continue;
    (added ??= []).push(mention(k, k + 1, t.start, t.end, owner.entity, owner.kind, 'anaphor', false, mm[1]!));
  }
  return added;
}
