/**
 * Local bodies named by their place (branch name46, diagnosis-batch44 §6 ref46 rank 4, diagnosis-batch45 §6 ref46
 * rank 4): "the local council of Azaz", "the Jarablus local council", "the Deir ez-Zor Civil Council", "The civil
 * administration of the Rukban camp", "the town's local council", "the camp administration", `المجلس المحلي في مدينة
 * جرابلس`, `مجلس الرقة المدني`: a body head (cues.csv `local_body`, its value the id's tail) and
 * the place it serves are one discovered organisation, whose id is the place's id (less a `-camp`) and the tail:
 * `azaz-local-council`, `rukban-civil-administration`, `al-hol-camp-administration` — the slug of its common English
 * name, as the gold writes it. The place mention inside is dropped (the body is the actor, not the town).
 */
import type { Discovered, Mention, Sentence } from './doc.ts';
import { mention } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';
import { canonicalKey, intern, tokenVariants, type Token } from './normalise.ts';
import type { TrieNode } from './trie.ts';
import { CLOSE_QUOTE } from './quotedtail.ts';
import type { Cue } from './lexicon.ts';

/** A place named so far in the article (latest last): its id and whether it is a camp. */
export interface SeenPlace {
  id: string;
  camp: boolean;
}

const CAMP_ID = /-camp$/;
// (the words after a place's name, English, or before it, Arabic, past its proclitics, that make it a province or a
// country's region, not the town a council serves: cues.csv `region_word`)

/** The id of the body whose tail is `tail` serving place `place`. */
function bodyId(place: string, tail: string): string {
  return intern(`${place.replace(CAMP_ID, '')}-${tail}`);
}

/** The tail of the phrase of Arabic keys `keys` in the cue trie (a construct read as its definite twin), else undefined. */
function trieTail(lex: Lexicon, keys: string[]): string | undefined {
  let node: TrieNode<Cue> | undefined = lex.cueTrie;
  for (const k of keys) node = node?.next.get(k);
  for (const x of node?.out ?? []) if (x.kind === 'local_body' && x.value) return x.value;
  return undefined;
}

/** A token's keys with its proclitics stripped (Arabic), its canonical key (article dropped) first. */
function keysOf(t: Token): string[] {
  if (!t.arabic) return [t.norm];
  const out: string[] = [];
  for (const v of tokenVariants(t)) out.push(v.key);
  return out.length ? out : [canonicalKey(t.norm, true)];
}

function isPlace(m: Mention | undefined, lex: Lexicon): boolean {
  return !!m && m.kind === 'place' && lex.entities.get(m.entity)?.kind === 'place';
}

/** Is place mention m named as a region (a province, its countryside) rather than a town or camp? */
function regionNamed(s: Sentence, m: Mention, text: string, lex: Lexicon): boolean {
  const t = s.tokens;
  const region = cueWords(lex, 'region_word');
  // (English after the name; Arabic before it, below)
  const after = t[m.tok1];
  if (after && !after.arabic && region.has(after.norm)) return true;
  // (a region word inside the name, "Idlib province", `ريف حلب`: matched as a whole word, not a substring; review46)
  for (let k = m.tok0; k < m.tok1; k++) {
    const w = t[k]!;
    if (w.word && (w.arabic ? keysOf(w).some((x) => region.has(x)) : region.has(w.norm))) return true;
  }
  const before = t[m.tok0 - 1];
  return !!before?.arabic && keysOf(before).some((k) => region.has(k));
}

const headCache = new WeakMap<Lexicon, Set<string>>();
/** The first words (canonical keys) of the Arabic `local_body` cues: the heads an Arabic construct may open with. */
function arabicHeads(lex: Lexicon): Set<string> {
  let set = headCache.get(lex);
  if (set) return set;
  set = new Set();
  for (const [key, node] of lex.cueTrie.next) {
    // (the cue forms are two words: the head's node and the next level; no deeper walk, the trie is shared)
    if (!/[\u0600-\u06ff]/.test(key)) continue;
    let hit = !!node.out?.some((x) => x.kind === 'local_body');
    for (const n of node.next.values()) if (n.out?.some((x) => x.kind === 'local_body')) hit = true;
    if (hit) set.add(key);
  }
  headCache.set(lex, set);
  return set;
}

/**
 * Does article `sentences` need the places remembered for "the town's local council" (English, a `local_body` cue in
 * some sentence)? One pass over the cues, before the per-place-mention work (review46: rememberPlaces ran on every
 * place mention of every article).
 */
export function wantsPlaces(sentences: readonly Sentence[], lang: 'ar' | 'en'): boolean {
  // (Arabic too since namedates58: `المجلس المحلي للمدينة`, the town named before)
  for (const s of sentences) for (const c of s.cues) for (const x of c.cues) if (x.kind === 'local_body') return true;
  return false;
}

/** The last place of the article named before token `k` of `s` (a camp when `camp`), from `seen` and `s` itself. */
function lastPlace(s: Sentence, ms: readonly Mention[], k: number, seen: readonly SeenPlace[], camp: boolean, lex: Lexicon, text: string): string | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > k || !isPlace(m, lex) || regionNamed(s, m, text, lex)) continue;
    if (CAMP_ID.test(m.entity) === camp) return m.entity;
  }
  for (let i = seen.length - 1; i >= 0; i--) if (seen[i]!.camp === camp) return seen[i]!.id;
  return undefined;
}

/** Places of sentence `s` to remember for the sentences after (not the regions). */
export function rememberPlaces(s: Sentence, ms: readonly Mention[], seen: SeenPlace[], lex: Lexicon, text: string): void {
  for (const m of ms) if (isPlace(m, lex) && !regionNamed(s, m, text, lex)) seen.push({ id: m.entity, camp: CAMP_ID.test(m.entity) });
}

interface Body {
  tok0: number;
  tok1: number;
  place?: Mention;
  id: string;
  clitics: string;
}

/**
 * The local bodies of sentence `s` (mentions `ms`), as discovered organisations: the mentions with the bodies in and
 * their places out, and the Discovered records. `seen`: the places of the sentences before.
 */
export function localBodies(s: Sentence, ms: Mention[], lex: Lexicon, text: string, lang: 'ar' | 'en', seen: readonly SeenPlace[]): { ms: Mention[]; found: Discovered[]; places: Mention[] } | undefined {
  // (pre-test: no body head in the sentence, most sentences)
  let any = false;
  for (const c of s.cues) for (const x of c.cues) if (x.kind === 'local_body') any = true;
  const t = s.tokens;
  if (!any && lang === 'en') return undefined;
  const bodies: Body[] = [];
  const taken = (a: number, b: number) => bodies.some((x) => x.tok0 < b && x.tok1 > a);
  const placeAt = (k: number) => ms.find((m) => m.tok0 === k && isPlace(m, lex));
  const placeEnding = (k: number) => ms.find((m) => m.tok1 === k && isPlace(m, lex));
  // (an Arabic head right after an actor is that actor's act, `وتتولى «قسد» إدارة مخيم الهول`: a verbal noun, and the
  // camp stays a place)
  const afterActor = (h: number) => {
    const p = CLOSE_QUOTE.test(t[h - 1]?.text ?? '') ? h - 1 : h;
    return ms.some((x) => x.tok1 === p && x.kind !== 'place');
  };
  for (const c of s.cues) {
    const tail = c.cues.find((x) => x.kind === 'local_body' && x.value)?.value;
    if (!tail || taken(c.tok0, c.tok1)) continue;
    const camp = tail.startsWith('camp-');
    let place: Mention | undefined;
    let end = c.tok1;
    let start = c.tok0;
    if (lang === 'en') {
      // "the local council of Jarablus", "The civil administration of the Rukban camp"
      if (t[c.tok1]?.norm === 'of') {
        const k = t[c.tok1 + 1]?.norm === 'the' ? c.tok1 + 2 : c.tok1 + 1;
        place = placeAt(k);
      }
      // "the Jarablus local council", "the Deir ez-Zor Civil Council"; "the al-Hol camp administration" (the place's last
      // word opens the head)
      if (!place) {
        place = placeEnding(c.tok0) ?? ms.find((m) => m.tok0 < c.tok0 && m.tok1 === c.tok0 + 1 && isPlace(m, lex));
        if (place) start = place.tok0;
      }
      if (place) end = Math.max(end, place.tok1);
      else {
        // "the town's local council", "The camp's civil administration", "the camp administration": the last town
        // (camp) named; only after "the" (not "local council members" in general)
        const pos = t[c.tok0 - 1];
        const kinds = pos && /['’]s$/i.test(pos.text) && t[c.tok0 - 2]?.norm === 'the' ? lex.placeKinds.get(pos.norm) : undefined;
        const poss = !!kinds && (kinds.includes('camp') || kinds.includes('town'));
        if (!poss && pos?.norm !== 'the') continue;
        const kindCamp = poss ? kinds!.includes('camp') && !kinds!.includes('town') : camp;
        const id = lastPlace(s, ms, c.tok0, seen, kindCamp, lex, text);
        if (!id) continue;
        bodies.push({ tok0: poss ? c.tok0 - 1 : c.tok0, tok1: c.tok1, id: bodyId(id, tail), clitics: '' });
        continue;
      }
    } else {
      // `المجلس المحلي في مدينة جرابلس`, `المجلس المحلي لمدينة جنديرس`, `المجلس المحلي في جنديرس`
      if (afterActor(c.tok0)) continue;
      let k = c.tok1;
      if (t[k]?.norm === 'في') k++;
      const kind = t[k] && keysOf(t[k]!).find((x) => lex.placeKinds.has(x));
      const kindAt = k;
      if (kind && !placeAt(k)) k++;
      place = placeAt(k);
      // (a cue whose last word opens the place's name, as `إدارة المخيم` did before `إدارة مخيم الهول`; cues.csv has no
      // such Arabic form since name46 dropped it)
      if (!place) place = ms.find((m) => m.tok0 === c.tok1 - 1 && m.tok1 > c.tok1 && isPlace(m, lex));
      if (place && regionNamed(s, place, text, lex)) place = undefined;
      // (namedates58) `أعضاء المجلس المحلي للمدينة`, `المجلس المحلي في البلدة`: the definite place word alone is the town
      // (camp) named last, the Arabic twin of "the town's local council"
      if (!place && kind && k === kindAt + 1) {
        const w = t[kindAt]!;
        const kinds = lex.placeKinds.get(kind)!;
        const town = kinds.includes('town') || kinds.includes('مدينه');
        const isCamp = kinds.includes('camp') && !town;
        if ((town || isCamp) && /^(و?لل|ال|فال|بال)/.test(w.norm) && !ms.some((m) => m.tok0 <= kindAt && kindAt < m.tok1)) {
          // (the place named with the same head word first, `مدينة الباب شرقي حلب … للمدينة` is al-Bab, not its locator)
          let id: string | undefined;
          for (const m of ms) if (m.tok1 <= c.tok0 && m.tok0 > 0 && isPlace(m, lex) && keysOf(t[m.tok0 - 1]!).includes(kind)) id = m.entity;
          id ??= lastPlace(s, ms, c.tok0, seen, isCamp, lex, text);
          if (id && !taken(c.tok0, k)) {
            bodies.push({ tok0: c.tok0, tok1: k, id: bodyId(id, tail), clitics: c.clitics });
            continue;
          }
        }
      }
      // (not the definite body alone, `المجلس المحلي للمدينة`, `وقالت إدارة المخيم`: read as a new actor it took the
      // place of the officials and delegations of the sentences around it, b43; the pool names these bodies with their place)
      if (!place) continue;
      end = Math.max(end, place.tok1);
    }
    if (taken(start, end)) continue;
    bodies.push({ tok0: start, tok1: end, place, id: bodyId(place.entity, tail), clitics: start === c.tok0 ? c.clitics : place.clitics });
  }
  // Arabic construct, `مجلس الرقة المدني`, `لمجلس دير الزور المحلي`: an indefinite head, the place, (an adjective): the
  // body of the definite twin, `المجلس المدني`, in the cues (`إدارة مخيم الركبان` is not read: cues.csv has no `إدارة المخيم`)
  // (guard first: the word before the place is a head of an Arabic local_body cue, `مجلس`, `لمجلس`, `إدارة`)
  const heads = lang === 'ar' ? arabicHeads(lex) : undefined;
  if (heads?.size)
    for (const m of ms) {
      const h = m.tok0 - 1;
      if (h < 0 || !t[h]!.arabic || !keysOf(t[h]!).some((x) => heads.has(x))) continue;
      if (!isPlace(m, lex) || taken(h, m.tok1) || /^[وفبل]*ال/.test(t[h]!.norm)) continue;
      if (afterActor(h)) continue;
      let tail: string | undefined;
      let end = m.tok1;
      let clitics = '';
      const adj = t[m.tok1];
      for (const v of t[h]!.word ? tokenVariants(t[h]!) : []) {
        const hk = v.key;
        clitics = v.clitics;
        if (adj?.arabic && adj.norm.startsWith('ال')) tail = trieTail(lex, [hk, canonicalKey(adj.norm, true)]);
        if (tail) {
          end = m.tok1 + 1;
          break;
        }
        // (a camp construct read with the place's own head word, when cues.csv has such a form; it has none since `إدارة المخيم`
        // hid a verbal noun)
        const first = t[m.tok0]!;
        if (CAMP_ID.test(m.entity) && first.arabic) tail = trieTail(lex, [hk, canonicalKey(first.norm, true)]);
        if (tail) break;
      }
      if (!tail || regionNamed(s, m, text, lex)) continue;
      bodies.push({ tok0: h, tok1: end, place: m, id: bodyId(m.entity, tail), clitics });
    }
  if (!bodies.length) return undefined;
  const sentence = text.slice(s.start, s.end);
  const drop = new Set<Mention>();
  const found: Discovered[] = [];
  const out: Mention[] = [];
  for (const b of bodies) {
    for (const m of ms) if (m.tok0 >= b.tok0 && m.tok1 <= b.tok1) drop.add(m);
    const start = t[b.tok0]!.start;
    const end = t[b.tok1 - 1]!.end;
    out.push(mention(b.tok0, b.tok1, start, end, b.id, 'organization', 'discovered', false, b.clitics));
    const country = b.place ? (lex.entities.get(b.place.entity)?.country ?? undefined) : undefined;
    // (the label without the first word's proclitic: `مجلس الرقة المدني`, not `لمجلس …`)
    const label = text.slice(start + (t[b.tok0]!.arabic ? b.clitics.length : 0), end);
    found.push({ id: b.id, kind: 'organization', label, country, sentences: [sentence] });
  }
  for (const m of ms) if (!drop.has(m)) out.push(m);
  const places: Mention[] = [];
  for (const m of drop) if (m.kind === 'place') places.push(m);
  return { ms: out.sort((x, y) => x.tok0 - y.tok0), found, places };
}

/**
 * The local body sentence `s` names last (mentions `ms`): an organisation over a `local_body` cue ("the Azaz local
 * council", `مجلس الرقة المدني`, the lexicon's "Tabqa Civil Council"), else `prev`. For bodyMembers (name47).
 */
export function lastBodyOf(s: Sentence, ms: readonly Mention[], prev: string | undefined): string | undefined {
  let body = prev;
  for (const c of s.cues) {
    if (!c.cues.some((x) => x.kind === 'local_body')) continue;
    for (const m of ms) if (m.kind === 'organization' && m.tok0 <= c.tok0 && m.tok1 >= c.tok1) body = m.entity;
  }
  return body;
}

/**
 * (name47, the pool's b45 "Council members and the UNICEF officials met again … and agreed", "Council members met the
 * delegation") English "Council members" / "council member", no name before the head: the local body the article named
 * last (`body`, lastBodyOf), as "members of the Azaz local council" would be. The head is the last word of an English
 * `local_body` cue ("council", "administration"); a members word (cues.csv `partitive`: "members", "member") follows.
 * Not after a name or adjective of its own ("the Security Council members", "local council members" with no body named
 * before stay as they are).
 */
export function bodyMembers(s: Sentence, ms: Mention[], lex: Lexicon, body: string | undefined): Mention[] {
  if (!body) return ms;
  const t = s.tokens;
  let out = ms;
  for (const c of s.cues) {
    if (!c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ') || c.tok0 < 1) continue;
    const k = c.tok0 - 1;
    const head = t[k]!;
    if (head.arabic || !BODY_HEAD_EN.test(head.norm) || !/^members?$/.test(t[c.tok0]!.norm)) continue;
    const before = t[k - 1];
    // (the head opens its phrase: first in the sentence, or after a lowercase function word or punctuation)
    if (before && before.word && (before.cap || !/^(and|the|a|two|three|several|other|some|of|with|by)$/.test(before.norm))) continue;
    if (out.some((m) => m.tok0 <= k && k < m.tok1) || s.cues.some((x) => x.tok0 < k && x.tok1 > k)) continue;
    // (the mention covers the members word too: "Council members" is the body, as "Members of the X council" is)
    out = [...out, mention(k, c.tok1, head.start, c.end, body, 'organization', 'anaphor', false, '')].sort((a, b) => a.tok0 - b.tok0);
  }
  return out;
}

/** The English heads of local bodies ("council", "administration": the last words of the English `local_body` cues). */
const BODY_HEAD_EN = /^(council|administration)$/;
