/**
 * (branch name48) Names the lexicon lacks, and names read as the wrong entity:
 * - `recurringNames`: a place (or organisation) discovered in an English sentence ("the town of Tadef") is the same
 *   entity when the article names it again bare ("near Tadef"): the name is remembered per document (`NameMemory`,
 *   kept by findMentions) and matched, word for word, in the sentences after.
 * - `tribesEn`: "the Shaitat tribe", "Shaitat tribesmen", "the Bu Shaban clan" (cues.csv `tribe_word`): one to three
 *   capitalised words before the word are a tribe, the organisation whose id is the slug of "NAME tribe", as the gold
 *   writes it (`shaitat-tribe`); the lexicon's own id when it lists that slug. No tribe of an adjective ("Arab tribes",
 *   cues.csv `tribe_adjective_en`).
 * - `tribesDualAr`: `عشيرتي العفادلة والبوشعبان` (cues.csv `tribe_dual_ar`): each member is the organisation the lexicon
 *   names by the singular head and the member (`عشيرة العفادلة`).
 * - `countryNamedBodies`: an organisation whose name holds a country is the organisation, not the country: English
 *   capitalised words with a country's name or demonym closed by a body word (cues.csv `charity_word`: "Qatar Charity",
 *   "the Qatar Red Crescent", "Qatar Fund for Development"); Arabic quoted names of two to four words with a country
 *   inside (`«قطر الخيرية»`) and a body head before a country's name (cues.csv `charity_head_ar`: `صندوق قطر للتنمية`).
 *   They are discovered organisations (the English slug; the Arabic skeleton until the lexicon lists the name).
 */
import type { Discovered, Mention, Sentence } from './doc.ts';
import { mention } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';
import { intern, phraseKeys, type Token } from './normalise.ts';
import { slugify } from './slug.ts';
import type { TrieNode } from './trie.ts';
import type { Surface } from './lexicon.ts';

/** A discovered name of the article: its words' norms (first word the key of the map) and its entity. */
interface Remembered {
  words: string[];
  id: string;
  kind: Mention['kind'];
}
/** Per document (findMentions): first word norm → the names discovered so far that open with it. */
export type NameMemory = Map<string, Remembered[]>;

const NAME_QUOTES = new Set(['“', '”', '«', '»', '"']);
/** Arabic proclitics read off a word cue (و ف ب ل ك). */
const PROCLITIC = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

function coveredAt(ms: readonly Mention[], k: number): boolean {
  for (const m of ms) if (m.tok0 <= k && k < m.tok1) return true;
  return false;
}

/** Remember the English places and organisations discovered in a sentence (their words as written in `tokens`). */
export function rememberNames(memory: NameMemory, tokens: readonly Token[], found: readonly { mention: Mention; discovered: Discovered }[]): void {
  for (const f of found) {
    const m = f.mention;
    if ((m.kind !== 'place' && m.kind !== 'organization') || tokens[m.tok0]?.arabic) continue;
    // (the surface span: a title may have widened tok0; places and bodies have none)
    const words: string[] = [];
    for (let k = m.tok0; k < m.tok1; k++) words.push(tokens[k]!.norm);
    if (!words.length || !tokens[m.tok0]!.cap && words[0] !== 'al') continue;
    const add = (w: string[]) => {
      const list = memory.get(w[0]!) ?? [];
      if (!list.some((r) => r.id === f.discovered.id && r.words.join(' ') === w.join(' '))) list.push({ words: w, id: f.discovered.id, kind: m.kind });
      // (longest first)
      list.sort((a, b) => b.words.length - a.words.length);
      memory.set(w[0]!, list);
    };
    add(words);
    // ("al-Busayrah" … "Busayrah")
    if (words[0] === 'al' && words[1] === '-' && words.length > 2) add(words.slice(2));
  }
}

/**
 * The mentions of an English sentence with the names the article discovered before named again: the same words, no
 * mention on them, not inside a longer capitalised name (no capitalised word right before or after). `onFound` is told
 * each entity named again (to add the sentence to its record).
 */
export function recurringNames(s: Sentence, ms: Mention[], memory: NameMemory, onFound: (id: string) => void): Mention[] {
  if (!memory.size) return ms;
  const t = s.tokens;
  let out = ms;
  for (let k = 0; k < t.length; k++) {
    const list = memory.get(t[k]!.norm);
    if (!list || !t[k]!.word || t[k]!.arabic) continue;
    for (const r of list) {
      const end = k + r.words.length;
      if (end > t.length) continue;
      let same = true;
      for (let i = 0; i < r.words.length && same; i++) same = t[k + i]!.norm === r.words[i] && !coveredAt(out, k + i);
      if (!same) continue;
      const before = t[k - 1];
      const after = t[end];
      if ((before?.word && before.cap) || before?.text === '-' || (after?.word && after.cap) || after?.text === '-') continue;
      out = [...out, mention(k, end, t[k]!.start, t[end - 1]!.end, r.id, r.kind, 'discovered', false, '')].sort((a, b) => a.tok0 - b.tok0);
      onFound(r.id);
      k = end - 1;
      break;
    }
  }
  return out;
}

/** A discovered organisation or place over tokens a..b of `s`, with id `id` (interned). */
function found(text: string, t: readonly Token[], a: number, b: number, id: string, kind: 'organization' | 'place', sentence: string, tok0 = a, tok1 = b): { mention: Mention; discovered: Discovered } {
  const label = text.slice(t[a]!.start, t[b - 1]!.end);
  const iid = intern(id);
  return {
    mention: mention(tok0, tok1, t[tok0]!.start, t[tok1 - 1]!.end, iid, kind, 'discovered', false, ''),
    discovered: { id: iid, kind, label, country: undefined, sentences: [sentence] },
  };
}

/** Capitalised name words right before token c (at most `max` words; "al-" and "Bu" joined); the first token, or c when none. */
function capitalisedBefore(t: readonly Token[], c: number, ms: readonly Mention[], blocked: Uint8Array, stop: ReadonlySet<string>, max: number): number {
  let a = c;
  let words = 0;
  while (a > 0 && words < max) {
    const w = t[a - 1]!;
    if (w.text === '-' && a - 2 >= 0 && t[a - 2]!.word && (t[a - 2]!.cap || t[a - 2]!.norm === 'al')) {
      a--;
      continue;
    }
    if (!w.word || w.arabic || blocked[a - 1] === 1 || coveredAt(ms, a - 1) || stop.has(w.norm)) break;
    if (!w.cap && !(w.norm === 'al' && t[a]?.text === '-')) break;
    a--;
    words++;
  }
  // (a lowercase "al" must be followed by its hyphen and a capitalised word)
  return a;
}

/** "the Shaitat tribe", "Shaitat tribesmen", "the Bu Shaban clan": discovered tribes (English). */
export function tribesEn(text: string, s: Sentence, ms: Mention[], blocked: Uint8Array, lex: Lexicon): { mention: Mention; discovered: Discovered }[] {
  const words = cueWords(lex, 'tribe_word');
  if (!words.size) return [];
  const t = s.tokens;
  let out: { mention: Mention; discovered: Discovered }[] = [];
  for (let c = 1; c < t.length; c++) {
    const w = t[c]!;
    if (w.arabic || w.cap || !words.has(w.norm) || coveredAt(ms, c)) continue;
    const stop = cueWords(lex, 'tribe_adjective_en');
    const a = capitalisedBefore(t, c, ms, blocked, stop, 3);
    if (a === c) continue;
    // (a name that opens the sentence must be more than one capitalised word, or follow "the": "Tribesmen …" is no name)
    if (t[a]!.text === '-') continue;
    const name = text.slice(t[a]!.start, t[c - 1]!.end);
    const id = slugify(`${name} tribe`);
    // (not a person's apposition: "Ibrahim al-Hifl, a sheikh of the Ugaidat tribe" describes the man, the tribe acts in nothing)
    const of = t[a - 1]?.norm === 'the' ? a - 2 : a - 1;
    if (t[of]?.norm === 'of' && (cueWords(lex, 'apposed_person').has(t[of - 1]?.norm ?? '') || cueWords(lex, 'title_head').has(t[of - 1]?.norm ?? ''))) continue;
    // (a tribe the lexicon lists: its mention by name, "Shaitat tribesmen"; findMentions discovers nothing for it)
    const known = lex.entities.get(id);
    if (known && known.kind !== 'organization') continue;
    const f = found(text, t, a, c, id, 'organization', text.slice(s.start, s.end), a, c + 1);
    if (known) f.mention.via = 'name';
    f.discovered.label = `${name} tribe`;
    if (!out.some((o) => o.mention.tok0 < f.mention.tok1 && o.mention.tok1 > f.mention.tok0)) out = [...out, f];
    // (solo52: "the Afadila and Walda tribes", "the Baggara, Akidat and Shaitat tribes": a plural head (cues.csv
    // `tribe_plural_en`) names each member of the list before it, joined by "and" or a comma)
    if (cueWords(lex, 'tribe_plural_en').has(w.norm) && out[out.length - 1] === f) {
      const list = tribeListBefore(text, s, t, a, ms, blocked, lex, stop);
      if (list.length) {
        f.mention.conj = true;
        out = [...out.slice(0, -1), ...list, f];
      }
    }
  }
  return out;
}

/** The tribes listed before a plural head's last member (which starts at token a): "the Afadila and Walda tribes". */
function tribeListBefore(text: string, s: Sentence, t: readonly Token[], a: number, ms: Mention[], blocked: Uint8Array, lex: Lexicon, stop: ReadonlySet<string>): { mention: Mention; discovered: Discovered }[] {
  const out: { mention: Mention; discovered: Discovered }[] = [];
  let k = a - 1;
  for (let n = 0; n < 4 && k > 0; n++) {
    if (!(t[k]!.norm === 'and' || t[k]!.text === ',')) break;
    // (an Oxford comma before "and")
    const e = t[k]!.norm === 'and' && t[k - 1]?.text === ',' ? k - 1 : k;
    const b = capitalisedBefore(t, e, ms, blocked, stop, 3);
    if (b === e || t[b]!.text === '-') break;
    const name = text.slice(t[b]!.start, t[e - 1]!.end);
    const id = slugify(`${name} tribe`);
    const known = lex.entities.get(id);
    if (known && known.kind !== 'organization') break;
    const f = found(text, t, b, e, id, 'organization', text.slice(s.start, s.end), b, e);
    if (known) f.mention.via = 'name';
    f.discovered.label = `${name} tribe`;
    out.unshift(f);
    k = b - 1;
  }
  // (each member joins the one after it)
  for (let i = 1; i < out.length; i++) out[i]!.mention.conj = true;
  return out;
}

/** The organisation the lexicon names by a phrase (`عشيرة العفادلة`), if any. */
function orgNamed(lex: Lexicon, phrase: string): string | undefined {
  let node: TrieNode<Surface> | undefined = lex.mentionTrie;
  for (const k of phraseKeys(phrase)) if (!(node = node.next.get(k))) return undefined;
  return node.out?.find((x) => x.via === 'name' && lex.entities.get(x.entity)?.kind === 'organization')?.entity;
}

/** The form of `words` token t is, past one or two Arabic proclitics (`وعشيرتي`, `لصندوق`); '' when none. */
function wordForm(t: Token | undefined, words: ReadonlySet<string>): string {
  if (!t?.word) return '';
  if (words.has(t.norm)) return t.norm;
  if (!t.arabic) return '';
  // (no regex per token: two character tests, speed)
  if (!PROCLITIC.has(t.norm[0]!)) return '';
  const one = t.norm.slice(1);
  if (words.has(one)) return one;
  if (!(t.norm[0] === 'و' || t.norm[0] === 'ف') || !PROCLITIC.has(t.norm[1] ?? '')) return '';
  const two = t.norm.slice(2);
  return words.has(two) ? two : '';
}

/** `عشيرتي العفادلة والبوشعبان`: each member after a dual tribe head is the tribe the lexicon names with the singular head. */
export function tribesDualAr(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const heads = cueWords(lex, 'tribe_dual_ar');
  if (!heads.size) return ms;
  const t = s.tokens;
  let out = ms;
  for (let c = 0; c + 1 < t.length; c++) {
    const head = t[c]!.arabic ? wordForm(t[c], heads) : '';
    if (!head) continue;
    // (the singular: the dual's ending تي/تا → ة)
    const single = head.replace(/(تي|تا)$/, 'ة');
    let k = c + 1;
    for (let n = 0; n < 4 && k < t.length; n++) {
      const w = t[k]!;
      if (!w.arabic || !w.word || coveredAt(out, k)) break;
      const first = n === 0;
      if (!first && !/^و../.test(w.norm)) break;
      const bare = first ? w.norm : w.norm.slice(1);
      let id: string | undefined;
      let end = k + 1;
      const two = t[k + 1];
      if (two?.word && two.arabic && !coveredAt(out, k + 1)) id = orgNamed(lex, `${single} ${bare} ${two.norm}`);
      if (id) end = k + 2;
      else id = orgNamed(lex, `${single} ${bare}`);
      if (!id) break;
      // (the first member's mention opens with the head, as the singular's would: `من عشيرتي العفادلة`)
      const m = first ? mention(c, end, t[c]!.start, t[end - 1]!.end, id, 'organization', 'name', false, t[c]!.norm.slice(0, t[c]!.norm.length - head.length)) : mention(k, end, w.start, t[end - 1]!.end, id, 'organization', 'name', true, 'و');
      out = [...out, m].sort((a, b) => a.tok0 - b.tok0);
      k = end;
    }
  }
  return out;
}

/**
 * Organisations whose names hold a country (English "Qatar Charity", "Qatar Fund for Development"; Arabic `«قطر الخيرية»`,
 * `صندوق قطر للتنمية`): discovered organisations that replace the country's mention inside.
 */
export function countryNamedBodies(text: string, s: Sentence, ms: Mention[], blocked: Uint8Array, lex: Lexicon, lang: 'ar' | 'en'): { mention: Mention; discovered: Discovered; replaces: Mention[] }[] {
  if (!ms.some((m) => m.kind === 'country')) return [];
  const t = s.tokens;
  const sentence = text.slice(s.start, s.end);
  const out: { mention: Mention; discovered: Discovered; replaces: Mention[] }[] = [];
  const inside = (a: number, b: number) => ms.filter((m) => m.tok0 >= a && m.tok1 <= b);
  if (lang === 'en') {
    const words = cueWords(lex, 'charity_word');
    if (!words.size) return out;
    for (let c = 1; c < t.length; c++) {
      const w = t[c]!;
      if (!w.cap || !words.has(w.norm)) continue;
      const own = ms.find((m) => m.tok0 <= c && c < m.tok1);
      if (own) continue; // a name the lexicon knows ("the Turkish Red Crescent")
      // (back over capitalised words and country mentions: "Qatar Red Crescent", "Turkish Diyanet Foundation")
      let a = c;
      for (let n = 0; a > 0 && n < 4; n++) {
        const m = ms.find((x) => x.tok1 === a);
        if (m) {
          if (m.kind !== 'country') break;
          a = m.tok0;
          continue;
        }
        const p = t[a - 1]!;
        if (!p.word || !p.cap || blocked[a - 1] === 1 || p.norm === 'the') break;
        a--;
      }
      const countries = inside(a, c).filter((m) => m.kind === 'country');
      if (!countries.length) continue;
      // ("Qatar Fund for Development": "for"/"of" and capitalised words after the body word)
      let b = c + 1;
      if (/^(for|of)$/.test(t[b]?.norm ?? '') && t[b + 1]?.cap && t[b + 1]!.word && !coveredAt(ms, b + 1)) {
        b += 1;
        while (b < t.length && b - c < 5 && t[b]!.word && t[b]!.cap && !coveredAt(ms, b)) b++;
      }
      const label = text.slice(t[a]!.start, t[b - 1]!.end);
      const f = found(text, t, a, b, slugify(label), 'organization', sentence);
      if (lex.entities.has(f.discovered.id)) continue;
      out.push({ ...f, replaces: countries });
      c = b - 1;
    }
    return out;
  }
  // Arabic: a quoted name of two to four words with a country inside and a word of its own
  for (let i = 0; i < t.length; i++) {
    if (!NAME_QUOTES.has(t[i]!.text)) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 5 && !NAME_QUOTES.has(t[j]!.text)) j++;
    if (j >= t.length || !NAME_QUOTES.has(t[j]!.text) || j - i < 3 || j - i > 5) continue;
    const a = i + 1;
    const b = j;
    i = j;
    let words = true;
    for (let k = a; k < b; k++) if (!t[k]!.word || !t[k]!.arabic) words = false;
    if (!words) continue;
    // (the country's own name first, the rest definite words or `لل` complements: `«قطر الخيرية»`; not a phrase that
    // names a country's act, `«العدوان الإسرائيلي السافر»`, `«في بيان تركيا …»`)
    const inner = inside(a, b);
    const first = inner[0];
    if (inner.length !== 1 || first!.kind !== 'country' || first!.via !== 'name' || first!.tok0 !== a || first!.clitics) continue;
    let rest = first!.tok1 < b;
    for (let k = first!.tok1; k < b; k++) if (blocked[k] === 1 || !/^(ال|لل)../.test(t[k]!.norm)) rest = false;
    if (!rest) continue;
    const countries = inner;
    out.push({ ...found(text, t, a, b, slugify(text.slice(t[a]!.start, t[b - 1]!.end)), 'organization', sentence), replaces: countries });
  }
  // Arabic: a body head before a country's name (`صندوق قطر للتنمية`, `جمعية قطر الخيرية`), with one word after it
  const heads = cueWords(lex, 'charity_head_ar');
  if (!heads.size) return out;
  for (const m of ms) {
    if (m.kind !== 'country' || m.via !== 'name' || out.some((o) => o.replaces.includes(m))) continue;
    const h = m.tok0 - 1;
    const form = wordForm(t[h], heads);
    if (!form || coveredAt(ms, h)) continue;
    let b = m.tok1;
    const next = t[b];
    if (next?.arabic && next.word && !coveredAt(ms, b) && blocked[b] !== 1 && /^(ال|لل)/.test(next.norm)) b++;
    const f = found(text, t, h, b, slugify(text.slice(t[h]!.start, t[b - 1]!.end)), 'organization', sentence);
    // (the head's proclitics stay the mention's: `لصندوق قطر`)
    f.mention.clitics = t[h]!.norm.slice(0, t[h]!.norm.length - form.length);
    out.push({ ...f, replaces: [m] });
  }
  return out;
}

/**
 * `دعت إدارة مخيم الهول … الحكومة العراقية`: the administration noun (cues.csv `camp_admin_ar`, proclitics read off) right
 * before a camp's mention (a place whose id ends in `-camp`) is the camp's administration, the organisation
 * `<place>-camp-administration` as the gold writes it (`al-hol-camp-administration`); the camp's mention goes to
 * `places` (no argument of the sentence, still a place named for the sentences after). Not the verbal noun: after an
 * actor's mention (`وتتولى «قسد» إدارة مخيم الهول`) or a verb of taking charge (cues.csv `takes_charge_ar`: `تتولى`).
 * English (solo50): "The administration of (the) al-Hol camp", the descriptor "The administration" on its head giving way.
 */
export function campAdministrations(text: string, s: Sentence, ms: Mention[], lex: Lexicon, lastCamp?: string): { ms: Mention[]; found: Discovered[]; places: Mention[] } | undefined {
  const heads = cueWords(lex, 'camp_admin_ar');
  if (!heads.size) return undefined;
  const t = s.tokens;
  let out: Mention[] | undefined;
  const found: Discovered[] = [];
  const places: Mention[] = [];
  // (namedates56, diagnosis-batch55 §6 name56 rank 1; the pool's b49/b50 al-Hol rows) `إدارة المخيم`, `لإدارة المخيم`:
  // the head before the bare camp word (cues.csv `place_kind` camp, `المخيم`), no mention on either, is the
  // administration of the camp the article named last (`lastCamp`, findMentions), never the verbal noun (same guards)
  if (t[0]?.arabic && (lastCamp || ms.some((m) => m.kind === 'place' && m.entity.endsWith('-camp'))))
    for (let h = 0; h + 1 < t.length; h++) {
      const form = wordForm(t[h], heads);
      const w = t[h + 1]!;
      if (!form || !w.arabic || !w.norm.startsWith('ال') || !lex.placeKinds.get(w.norm.slice(2))?.includes('camp')) continue;
      // (after an actor it is the actor's act, unless it is a list member of its own: `… وإدارة المخيم`)
      const conj = t[h]!.norm.startsWith('و') && form.length < t[h]!.norm.length;
      if (coveredAt(ms, h) || coveredAt(ms, h + 1) || (!conj && coveredAt(ms, h - 1)) || wordForm(t[h - 1], cueWords(lex, 'takes_charge_ar'))) continue;
      // (a camp named before it in the sentence, else the article's last)
      let camp = lastCamp;
      for (const m of ms) if (m.tok1 <= h && m.kind === 'place' && m.entity.endsWith('-camp')) camp = m.entity;
      if (!camp) continue;
      const id = intern(`${camp.replace(/-camp$/, '')}-camp-administration`);
      const known = lex.entities.get(id);
      if (known && known.kind !== 'organization') continue;
      const body = mention(h, h + 2, t[h]!.start, w.end, id, 'organization', known ? 'name' : 'discovered', false, t[h]!.norm.slice(0, t[h]!.norm.length - form.length));
      if (!known) found.push({ id, kind: 'organization', label: text.slice(t[h]!.start + (t[h]!.norm.length - form.length), w.end), country: undefined, sentences: [text.slice(s.start, s.end)] });
      out ??= [...ms];
      out.push(body);
      out.sort((x, y) => x.tok0 - y.tok0);
    }
  for (const m of ms) {
    if (m.kind !== 'place' || !m.entity.endsWith('-camp') || m.tok0 < 1) continue;
    // ("The administration of al-Hol camp", "the administration of the al-Hol camp": English, the head and "of" before
    // the camp; solo50)
    if (!t[m.tok0]!.arabic) {
      let o = m.tok0 - 1;
      if (t[o]?.norm === 'the') o--;
      const h = o - 1;
      if (t[o]?.norm !== 'of' || t[h]?.norm !== 'administration' || ms.some((x) => x.tok0 <= h && h < x.tok1 && x.via !== 'descriptor')) continue;
      const id = intern(`${m.entity.replace(/-camp$/, '')}-camp-administration`);
      const known = lex.entities.get(id);
      if (known && known.kind !== 'organization') continue;
      const a = t[h - 1]?.norm === 'the' ? h - 1 : h;
      const body = mention(a, m.tok1, t[a]!.start, m.end, id, 'organization', known ? 'name' : 'discovered', m.conj, '');
      if (!known) found.push({ id, kind: 'organization', label: text.slice(t[h]!.start, m.end), country: undefined, sentences: [text.slice(s.start, s.end)] });
      out ??= [...ms];
      // (a descriptor on the head, "The administration" = the US administration, gives way)
      out = out.filter((x) => !(x.tok0 <= h && x.tok1 > h));
      out.splice(out.indexOf(m), 1, body);
      places.push(m);
      continue;
    }
    const h = m.tok0 - 1;
    const form = wordForm(t[h], heads);
    if (!form || coveredAt(ms, h)) continue;
    const before = t[h - 1];
    if (coveredAt(ms, h - 1) || (before?.text && NAME_QUOTES.has(before.text) && coveredAt(ms, h - 2)) || wordForm(before, cueWords(lex, 'takes_charge_ar'))) continue;
    const id = intern(`${m.entity.replace(/-camp$/, '')}-camp-administration`);
    const known = lex.entities.get(id);
    if (known && known.kind !== 'organization') continue;
    const body = mention(h, m.tok1, t[h]!.start, m.end, id, 'organization', known ? 'name' : 'discovered', m.conj, t[h]!.norm.slice(0, t[h]!.norm.length - form.length));
    if (!known) found.push({ id, kind: 'organization', label: text.slice(t[h]!.start, m.end), country: undefined, sentences: [text.slice(s.start, s.end)] });
    out ??= [...ms];
    out.splice(out.indexOf(m), 1, body);
    places.push(m);
  }
  return out ? { ms: out, found, places } : undefined;
}

/** The end of a `local_body` cue opening at token k of `s` whose tail ends body id `id` (`المجلس المحلي` for `jarablus-local-council`), else 0. */
function sameBodyCue(s: Sentence, k: number, id: string): number {
  for (const c of s.cues) {
    if (c.tok0 !== k) continue;
    for (const x of c.cues) if (x.kind === 'local_body' && x.value && id.endsWith(`-${x.value}`)) return c.tok1;
  }
  return 0;
}

/**
 * "the administration", `الإدارة` after the article named a body with that head ("the Autonomous Administration …",
 * `إدارة مخيم الهول`, `«الإدارة الذاتية»`): that body, not the lexicon's descriptor (the US administration) nor nothing.
 * `heads` (per document, findMentions): a cues.csv `body_descriptor_word` (English norm, Arabic key without article and
 * proclitics) → the organisation named last with it in its name. English: a descriptor mention that is the word with
 * "the" (or its possessive). Arabic: the definite word alone, no mention on it, not followed by a definite word of its
 * own (`الإدارة المدنية`), its proclitics the mention's.
 */
export function bodyHeadWords(s: Sentence, ms: Mention[], lex: Lexicon, lang: 'ar' | 'en', heads: Map<string, string>): Mention[] {
  const words = cueWords(lex, 'body_descriptor_word');
  if (!words.size) return ms;
  const t = s.tokens;
  let out = ms;
  if (heads.size)
    if (lang === 'en') {
      for (let i = 0; i < out.length; i++) {
        const m = out[i]!;
        if (m.via !== 'descriptor' || m.tok1 - m.tok0 > 2) continue;
        const w = t[m.tok1 - 1]!.norm.replace(/['’]s$/, '');
        const id = heads.get(w);
        if (!id || (m.tok1 - m.tok0 === 2 && t[m.tok0]!.norm !== 'the') || id === m.entity) continue;
        if (out === ms) out = ms.slice();
        out[i] = mention(m.tok0, m.tok1, m.start, m.end, id, 'organization', 'anaphor', m.conj, m.clitics, m.grouped);
      }
      // (ref52) a bare "the committee", "the council" that no mention holds, with no name or "of" after it: the body named
      // before with that head word ("the Daraa Central Committee … the committee asked the officers")
      for (let k = 1; k < t.length; k++) {
        const w = t[k]!;
        const id = w.word && t[k - 1]!.norm === 'the' ? heads.get(w.norm) : undefined;
        if (!id || coveredAt(out, k) || coveredAt(out, k - 1)) continue;
        const next = t[k + 1];
        if (next && (next.norm === 'of' || next.norm === 'for' || coveredAt(out, k + 1) || /^[A-Z]/.test(next.text))) continue;
        out = [...out, mention(k - 1, k + 1, t[k - 1]!.start, w.end, id, 'organization', 'anaphor', false, '')].sort((a, b) => a.tok0 - b.tok0);
      }
    } else {
      for (let k = 0; k < t.length; k++) {
        const w = t[k]!;
        if (!w.arabic || !w.word) continue;
        const at = w.norm.indexOf('ال');
        if (at < 0 || at > 2) continue;
        const key = w.norm.slice(at + 2);
        const id = words.has(key) ? heads.get(key) : undefined;
        if (!id || coveredAt(out, k) || !/^[وفبلك]{0,2}$/.test(w.norm.slice(0, at))) continue;
        const next = t[k + 1];
        // (namedates58) `ويعمل المجلس المحلي بالتنسيق مع …`: the definite body with its own adjective, a `local_body` cue
        // with no place after it (localbodies.ts read none), is the body named before whose id has that cue's tail
        const definiteNext = !!next?.arabic && next.word && /^ال/.test(next.norm) && !coveredAt(out, k + 1);
        const twin = definiteNext ? sameBodyCue(s, k, id) : 0;
        if (definiteNext && !twin) continue;
        const end = twin || k + 1;
        out = [...out, mention(k, end, w.start, t[end - 1]!.end, id, 'organization', 'anaphor', false, w.norm.slice(0, at))].sort((a, b) => a.tok0 - b.tok0);
      }
    }
  // (the bodies this sentence names with a head word, for the sentences after)
  for (const m of out) {
    if ((m.kind !== 'organization' && m.kind !== 'armed_group') || m.via === 'anaphor') continue;
    for (let k = m.tok0; k < m.tok1; k++) {
      const w = t[k]!;
      if (!w.word) continue;
      const key = w.arabic ? w.norm.replace(/^[وفبلك]{0,2}ال/, '') : w.norm;
      if (words.has(key)) heads.set(key, m.entity);
    }
  }
  return out;
}
