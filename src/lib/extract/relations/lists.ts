/**
 * Lists in a place slot (branch names35, diagnosis-batch30 §6 fix 6): the places of a presence that its own place phrase
 * does not name but lists after it ("keeps military police in several towns along the frontier, including Kobani",
 * `في عدة بلدات حدودية، بينها عين العرب`), and a second place phrase after "as well as" / `إضافة إلى` / `فضلاً عن`
 * ("holds fighters in prisons in Hasakah and Raqqa provinces, as well as their relatives in the al-Hol and Roj camps").
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, type Group, groupFrom, hasCue, mentionIndexAt, TOK_TRIGGER, tokenMarks } from './ctx.ts';
import { cueWords } from '../lexicon.ts';

const isPlace = (ctx: Ctx, m: Mention) => m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country';

/** A preposition of place before an unnamed place phrase. */
const PLACE_PREP = /^(in|at|across|on|inside|في|علي|داخل)$/;

/**
 * The members named after an unnamed place of presence: after T, a place preposition and a place head ("several towns",
 * `عدة بلدات`), no name before the comma, then the member list `includedPlaces` reads (", including Kobani", `، بينها …`).
 */
export function unnamedPlaceMembers(ctx: Ctx, T: Trigger, includedPlaces: (ctx: Ctx, k: number) => Mention[], direct = false): Mention[] {
  const toks = ctx.s.tokens;
  // (list36: an attack verb takes its place as a direct object, "struck several border crossings, including …")
  let prep = direct;
  let head = false;
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 14; k++) {
    const t = toks[k]!;
    // (the subject after an Arabic verb, `وتنشر روسيا قوات في …`: a name before the preposition that is no place)
    if (ctx.inMention[k]) {
      const m = ctx.s.mentions.find((x) => x.tok0 <= k && k < x.tok1);
      if (prep || !m || m.kind === 'place') return [];
      k = m.tok1 - 1;
      continue;
    }
    if (t.text === ',' || t.text === '،' || /^(including|بما|بينها|منها|ومنها)$/.test(t.norm)) {
      if (!head) return [];
      return includedPlaces(ctx, k);
    }
    if (!t.word && !/^[0-9][0-9,.]*$/.test(t.text)) return [];
    if (PLACE_PREP.test(t.norm)) prep = true;
    // (a place head, "several towns", `عدة بلدات`, or a presence noun, "several bases")
    else if (prep && (hasCue(ctx, k, 'place_head') || ((tokenMarks(ctx, k) & TOK_TRIGGER) !== 0 && ctx.s.triggers.some((x) => x.tok0 === k && x.patterns.some((q) => q.relation === 'deployed_in' && q.pos === 'noun'))))) head = true;
  }
  return [];
}

/** Words that open a second member of a place phrase: "as well as", `إضافة إلى`, `بالإضافة إلى`, `فضلاً عن`. */
function alsoOpener(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  const w = (j: number) => toks[j]?.norm ?? '';
  if (w(k) === 'as' && w(k + 1) === 'well' && w(k + 2) === 'as') return k + 3;
  if (/^(اضافه|بالاضافه|واضافه)$/.test(w(k)) && w(k + 1) === 'الي') return k + 2;
  if (/^(فضلا|وفضلا)$/.test(w(k)) && w(k + 1) === 'عن') return k + 2;
  return -1;
}

/**
 * "…in Hasakah and Raqqa provinces, as well as tens of thousands of their relatives in the al-Hol and Roj camps": after the
 * last place of a presence, an "as well as" member of the object (up to 10 words, no name, no trigger) and its own place
 * phrase give more places of the same presence.
 */
export function alsoPlaces(ctx: Ctx, obj: Group): Group {
  const toks = ctx.s.tokens;
  const last = obj[obj.length - 1]!;
  let k = last.tok1;
  // (the plural or singular head after a list: "Hasakah and Raqqa provinces", `محافظتي`)
  if (/^(province|provinces|governorate|governorates|camps?|regions?|areas?|city|town)$/.test(toks[k]?.norm ?? '')) k++;
  // (list36, diagnosis-batch31 #76-78: a part of the last place joined before the comma, `على مدينة إدلب ومعظم ريفها،
  // إضافة إلى …`, "Idlib city and most of its countryside, as well as …": up to five words, no name, no trigger)
  if (/^(و|and$)/.test(toks[k]?.norm ?? '')) {
    let q = k;
    // (a place anaphor may stand there, "its countryside")
    const anaphor = (q: number) => ctx.s.mentions.some((m) => m.tok0 <= q && q < m.tok1 && m.via === 'anaphor' && m.kind === 'place');
    while (q < toks.length && q - k < 6 && toks[q]!.word && (!ctx.inMention[q] || anaphor(q)) && (tokenMarks(ctx, q) & TOK_TRIGGER) === 0 && alsoOpener(ctx, q) < 0) q++;
    if (q - k < 6 && (toks[q]?.text === ',' || toks[q]?.text === '،' || alsoOpener(ctx, q) >= 0)) k = q;
  }
  if (toks[k]?.text === ',' || toks[k]?.text === '،') k++;
  let j = alsoOpener(ctx, k);
  if (j < 0) return obj;
  const from = j;
  // (list36: a member that is itself a place phrase, with no preposition: `إضافة إلى أجزاء من أرياف حماة واللاذقية وحلب`,
  // "as well as parts of Hama province": part words and place heads (cues.csv `part_filler`, `place_head`), then places)
  const filler = cueWords(ctx.lex, 'part_filler');
  let f = from;
  while (f < toks.length && f - from < 5 && toks[f]!.word && !ctx.inMention[f] && (filler.has(toks[f]!.norm) || hasCue(ctx, f, 'place_head'))) f++;
  const direct = f > from ? mentionIndexAt(ctx, f) : -1;
  if (direct >= 0) {
    const more = groupFrom(ctx.s.mentions, direct).filter((m) => m.kind === 'place' && !obj.some((x) => x.entity === m.entity));
    if (more.length) return [...obj, ...more];
  }
  for (; j < toks.length && j - from <= 10; j++) {
    const t = toks[j]!;
    if (ctx.inMention[j] || !t.word || (tokenMarks(ctx, j) & TOK_TRIGGER) !== 0) return obj;
    if (j > from && PLACE_PREP.test(t.norm)) break;
  }
  if (j >= toks.length || !PLACE_PREP.test(toks[j]!.norm)) return obj;
  // (the place's own phrase before its name: "at a naval facility in Tartus", `في ريف الرقة`)
  let b = j + 1;
  while (b < toks.length && b - j <= 5 && !ctx.inMention[b] && toks[b]!.word && (tokenMarks(ctx, b) & TOK_TRIGGER) === 0) b++;
  const i = mentionIndexAt(ctx, b);
  if (i < 0) return obj;
  const more = groupFrom(ctx.s.mentions, i).filter((m) => isPlace(ctx, m) && !obj.some((x) => x.entity === m.entity));
  return more.length ? [...obj, ...more] : obj;
}


/**
 * Does token j open named members (cues.csv `included_opener`, `words`, read once per sentence): `، بينها`, `منهم`,
 * `ومنها`, `لاسيما`, `أبرزها`, ", including"; `فيها` only after `بما` (`بما فيها`), `ذلك` only after `بما في`. The
 * one list of lists.ts includedHolders, index.ts includedPlaces and structure.ts includedMembers (tidy38).
 */
export function isIncludedOpener(toks: readonly { norm: string }[], j: number, words: ReadonlySet<string>): boolean {
  const n = toks[j]?.norm ?? '';
  if (!words.has(n)) return false;
  if (n === 'فيها') return toks[j - 1]?.norm === 'بما';
  if (n === 'ذلك') return toks[j - 2]?.norm === 'بما';
  return true;
}

/**
 * `وتنتشر في الميادين ومحيطها مجموعات مسلحة موالية لإيران، بينها «الحرس الثوري» وميليشيات عراقية` (list36, pooled
 * batch 26 and 17 rows beside diagnosis-batch31 §6 fix 5): an Arabic presence verb whose subject, after its place, is
 * unnamed (no name right after the place phrase) and whose named members follow a comma and `بينها` / `منها` / `بما فيها`
 * (a partitive `عناصر من` between): each member actor is deployed in the place, as a listed subject would be.
 */
export function includedHolders(ctx: Ctx, emitPresence: (T: Trigger, who: Mention, where: Mention) => void): void {
  if (ctx.lang !== 'ar') return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const opener = cueWords(ctx.lex, 'included_opener');
  for (const T of ctx.s.triggers) {
    const p = T.patterns[0]!;
    if (p.relation !== 'deployed_in' || p.pos !== 'verb' || p.voice === 'passive' || toks[T.tok1]?.norm !== 'في') continue;
    // (the place: right after `في`, past up to two place heads, `في محيط المقام`)
    let k = T.tok1 + 1;
    while (k < toks.length && k - T.tok1 <= 3 && !ctx.inMention[k] && hasCue(ctx, k, 'place_head')) k++;
    const i = mentionIndexAt(ctx, k);
    if (i < 0) continue;
    const places = groupFrom(ms, i).filter((m) => isPlace(ctx, m));
    if (!places.length) continue;
    let j = places[places.length - 1]!.tok1;
    // (a clitic part of the place, `ومحيطها`)
    if (/^و\S+ها$/.test(toks[j]?.norm ?? '') && !ctx.inMention[j]) j++;
    // (the unnamed subject: no name first, then up to eight words to the comma)
    if (ctx.inMention[j] || !toks[j]?.word) continue;
    const from = j;
    while (j < toks.length && j - from <= 8 && toks[j]!.text !== '،' && toks[j]!.text !== ',') j++;
    if (toks[j]?.text !== '،' && toks[j]?.text !== ',') continue;
    j++;
    if (toks[j]?.norm === 'بما') j++;
    if (!isIncludedOpener(toks, j, opener)) continue;
    j++;
    // (`عناصر من «حزب الله»`: a partitive and من before the member)
    if (hasCue(ctx, j, 'partitive') && !ctx.inMention[j] && toks[j + 1]?.norm === 'من') j += 2;
    if (toks[j]?.text === '«') j++;
    const h = ms.findIndex((m) => m.tok0 === j || (m.tok0 === j + 1 && toks[j]?.text === '«'));
    if (h < 0) continue;
    for (const m of groupFrom(ms, h)) {
      const a = m.via === 'demonym' ? undefined : actor(ctx.lex, m);
      if (!a || (a.kind !== 'armed_group' && a.kind !== 'organization')) continue;
      for (const where of places) emitPresence(T, a, where);
    }
  }
}

/**
 * `غارات على أطراف كبانة وقرى متفرقة في جبل الأكراد`, "strikes on the outskirts of Kabani and villages in the Jabal
 * al-Akrad area" (list36, diagnosis-batch31 #7 with its name known): after the last place of the slot, a second member
 * that is an unnamed place head joined by و / "and" (cues.csv `place_head`, up to two modifiers, no name, no trigger)
 * with its own locative names more places of the same act.
 */
export function andHeadPlaces(ctx: Ctx, obj: Group): Group {
  const toks = ctx.s.tokens;
  const last = obj[obj.length - 1]!;
  let k = last.tok1;
  if (toks[k]?.norm === 'and') k++;
  else if (!/^و../.test(toks[k]?.norm ?? '')) return obj;
  if (ctx.inMention[k] || !hasCue(ctx, k, 'place_head')) return obj;
  let j = k + 1;
  while (j < toks.length && j - k <= 3 && toks[j]!.word && !ctx.inMention[j] && !PLACE_PREP.test(toks[j]!.norm) && (tokenMarks(ctx, j) & TOK_TRIGGER) === 0) j++;
  if (!/^(in|في)$/.test(toks[j]?.norm ?? '')) return obj;
  let b = j + 1;
  while (b < toks.length && b - j <= 3 && !ctx.inMention[b] && hasCue(ctx, b, 'place_head')) b++;
  const i = mentionIndexAt(ctx, b);
  if (i < 0) return obj;
  const more = groupFrom(ctx.s.mentions, i).filter((m) => m.kind === 'place' && m.via !== 'anaphor' && !obj.some((x) => x.entity === m.entity));
  return more.length ? [...obj, ...more] : obj;
}
