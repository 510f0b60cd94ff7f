/**
 * Mentions: the definite descriptor of a named umbrella of factions (branch ref46; gold rule 21c; diagnosis-batch44 §6
 * ref46 rank 2).
 *
 * factionDescriptors: `القوات التركية والفصائل الموالية لها`, `الفصائل الموالية لأنقرة`, `الفصائل السورية المدعومة من
 * تركيا`, "Turkish-backed factions", "the factions loyal to Ankara", "Turkey and its Syrian proxies" — a factions head
 * (cues.csv `faction_descriptor`) told by its patron (a loyalty participle, `loyal_participle`, or a backing one,
 * `faction_backed`, before or after it) stands for the umbrella group the ARTICLE names somewhere (any sentence, before or
 * after: the test is the article, not the sentence), when that group is an armed group the lexicon knows as "factions"
 * (an alias with the head, `فصائل الجيش الوطني`) backed by that patron (an alias "P-backed …" naming the patron's state).
 * When the article names no such group the descriptor stays rule 7's unnamed collective: no mention. The mention added
 * (kind of the group, via anaphor) is read by every slot (the attack, the presence, loyalty.ts's backing).
 */
import { mention, type Mention } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { type Sentence } from '../doc.ts';
import { actor, type Ctx, cueTrigger, hasWordCue, hasWordCueAt, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';

/** Arabic object pronouns after a loyalty participle (`الموالية لها`): the patron is the list member named before. */
const PRONOUN_AR = /^(لها|له|لهم|لهما)$/;

/** English possessives of a descriptor's patron ("its Syrian proxies", "their Syrian allies"). */
const POSSESSIVE_EN = /^(its|their)$/;

/** The last country named before token k in the sentence, no sentence boundary word between ("accused Turkey of using its"). */
function stateBefore(ctx: Ctx, k: number): Mention | undefined {
  const ms = ctx.s.mentions;
  for (let j = ms.length - 1; j >= 0; j--) {
    const m = ms[j]!;
    if (m.tok1 > k) continue;
    if (k - m.tok1 > 8) return undefined;
    const a = actor(ctx.lex, m);
    if (a && a.kind === 'country' && m.via !== 'demonym') return m;
    if (a) return undefined;
  }
  return undefined;
}

/** Per lexicon: the umbrella groups of factions (armed groups with a factions alias) and the names of their backers. */
const umbrellaCache = new WeakMap<Lexicon, Map<string, string[]>>();

function umbrellas(lex: Lexicon): Map<string, string[]> {
  let got = umbrellaCache.get(lex);
  if (got) return got;
  got = new Map();
  const heads = [...cueWords(lex, 'faction_descriptor')];
  for (const e of lex.entities.values()) {
    if (e.kind !== 'armed_group') continue;
    const names = [e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].filter(Boolean);
    // (an alias made of the head: `فصائل الجيش الوطني`, "SNA factions")
    if (!names.some((n) => normalise(n).toLowerCase().split(/\s+/).some((w) => heads.includes(w) || heads.includes(w.replace(/^ال/, ''))))) continue;
    // (the backers its aliases name: "Turkish-backed Syrian National Army", "Turkey-backed …")
    const backers: string[] = [];
    for (const n of e.aliases_en) {
      const m = /^([A-Za-z]+)-backed\s/.exec(n);
      if (m) backers.push(m[1]!.toLowerCase());
    }
    if (backers.length) got.set(e.id, backers);
  }
  umbrellaCache.set(lex, got);
  return got;
}

/** Does a backer's word ("turkey", "turkish") name state `id` (its label, aliases or demonyms)? */
function namesState(lex: Lexicon, id: string, words: readonly string[]): boolean {
  const e = lex.entities.get(id);
  if (!e) return false;
  const names = [e.label_en, ...e.aliases_en, ...e.demonyms_en].map((n) => n.toLowerCase());
  return words.some((w) => names.includes(w));
}

/**
 * The proclitics before an Arabic factions head (`والفصائل` و, `للفصائل` ل, `بالفصائل` ب, `وللفصائل` ول), '' for the bare
 * head, undefined when the word is no head.
 */
function arabicHeadClitics(norm: string, heads: ReadonlySet<string>): string | undefined {
  if (heads.has(norm)) return '';
  const conj = /^[وف]/.test(norm) ? norm[0]! : '';
  const rest = norm.slice(conj.length);
  if (conj && heads.has(rest)) return conj;
  // (لل is ل + ال: `للفصائل` → `الفصائل`)
  if (rest.startsWith('لل') && heads.has('ا' + rest.slice(1))) return conj + 'ل';
  if (/^[بل]/.test(rest) && heads.has(rest.slice(1))) return conj + rest[0]!;
  return undefined;
}

export function factionDescriptors(ctx: Ctx): Mention[] | undefined {
  // (pre-test: no factions head in the sentence, nearly all sentences)
  if (!hasWordCue(ctx, 'faction_descriptor', true) && !(ctx.lang === 'en' && hasWordCue(ctx, 'faction_ally_head_en'))) return undefined;
  const known = umbrellas(ctx.lex);
  if (!known.size) return undefined;
  // (the umbrella groups the article names by name, anywhere in it)
  let named: string[] | undefined;
  for (const sent of ctx.doc.sentences) for (const m of sent.mentions) if (known.has(m.entity) && m.via !== 'anaphor' && !(named ??= []).includes(m.entity)) named.push(m.entity);
  if (!named) return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  const heads = cueWords(ctx.lex, 'faction_descriptor');
  const loyal = cueWords(ctx.lex, 'loyal_participle');
  const backed = cueWords(ctx.lex, 'faction_backed');
  const at = (k: number) => s.mentions.find((m) => m.tok0 === k);
  const endingAt = (k: number) => s.mentions.find((m) => m.tok1 === k);
  // (the list member named right before the descriptor: `القوات التركية والفصائل الموالية لها`, "Turkey and its Syrian proxies")
  const memberBefore = (k: number): Mention | undefined => {
    for (let j = s.mentions.length - 1; j >= 0; j--) {
      const m = s.mentions[j]!;
      if (m.tok1 <= k && k - m.tok1 <= 3) return m;
      if (m.tok1 <= k) return undefined;
    }
    return undefined;
  };
  let added: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const clitics = en ? '' : arabicHeadClitics(t.norm, heads);
    // ("its Syrian allies": an ally head, cues.csv `faction_ally_head_en`, read only with the factions' own adjective; ref47)
    const allyHead = en && hasWordCueAt(ctx, k, 'faction_ally_head_en');
    if (clitics === undefined || (en && !heads.has(t.norm) && !allyHead) || ctx.inMention[k] || s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    let patron: Mention | undefined;
    let tok0 = k;
    // (the last token of the descriptor: its nisba adjective too when no mention holds it, so that the loyalty participle
    // follows it right away, loyalty.ts)
    let tok1 = k + 1;
    if (!en) {
      // (past a demonym adjective of the factions themselves: `الفصائل السورية الموالية لها`)
      let j = k + 1;
      // (a nisba adjective, `السورية`, `المسلحة`: the article and the feminine ending ية)
      if ((at(j)?.via === 'demonym' && !toks[j]!.norm.startsWith('ل')) || (/^ال.{2,}يه$/.test(toks[j]?.norm ?? '') && !loyal.has(toks[j]!.norm) && !backed.has(toks[j]!.norm))) j++;
      if (j > k + 1 && !at(k + 1)) tok1 = j;
      const w = toks[j]?.norm ?? '';
      if (loyal.has(w)) patron = PRONOUN_AR.test(toks[j + 1]?.norm ?? '') ? memberBefore(k) : at(j + 1);
      else if (backed.has(w) && toks[j + 1]?.norm === 'من') patron = at(j + 2);
    } else {
      // (a name after "of" is the group itself: "Turkish-backed factions of the Syrian National Army")
      if (toks[k + 1]?.norm === 'of') continue;
      // ("Turkish-backed (Syrian) factions": the backer before the hyphen; the factions' own adjective, cues.csv
      // `faction_adjective_en`)
      const own = hasWordCueAt(ctx, k - 1, 'faction_adjective_en');
      const b = own ? k - 2 : k - 1;
      if (allyHead && !own) continue;
      if (backed.has(toks[b]?.norm ?? '') && toks[b - 1]?.text === '-') patron = endingAt(b - 1);
      // ("Turkish forces and allied (Syrian) factions": the list member joined before the ally participle, cues.csv
      // `faction_allied_en`; ref47)
      else if (!allyHead && hasWordCueAt(ctx, b, 'faction_allied_en') && toks[b - 1]?.norm === 'and') {
        patron = memberBefore(b - 1);
        tok0 = b;
      }
      // ("the factions loyal to Ankara", "… loyal to it")
      else if (loyal.has(toks[k + 1]?.norm ?? '') && toks[k + 2]?.norm === 'to') patron = toks[k + 3]?.norm === 'it' ? memberBefore(k) : at(k + 3) ?? at(k + 4);
      // ("Turkey and its Syrian proxies")
      // ("Turkey and its Syrian proxies", "Turkish forces and their Syrian allies"; "accused Turkey of using its Syrian
      // allies": the state named last before the pronoun in its clause, ref47)
      else if (own && POSSESSIVE_EN.test(toks[k - 2]?.norm ?? '')) {
        patron = memberBefore(k - 2) ?? (toks[k - 2]!.norm === 'its' ? stateBefore(ctx, k - 2) : undefined);
        tok0 = k - 2;
      }
    }
    const p = patron ? actor(ctx.lex, patron) : undefined;
    if (!p || p.kind !== 'country') continue;
    const group = named.find((g) => namesState(ctx.lex, p.entity, known.get(g)!));
    if (!group) continue;
    const e = ctx.lex.entities.get(group)!;
    // (a list member: joined to the name before it, `القوات التركية والفصائل …`, "Turkey and its Syrian proxies")
    const prev = endingAt(tok0) ?? (en && toks[tok0 - 1]?.norm === 'and' ? endingAt(tok0 - 1) : undefined);
    const conj = !!prev && (en ? toks[tok0 - 1]?.norm === 'and' : clitics === 'و');
    (added ??= []).push(mention(tok0, tok1, toks[tok0]!.start, toks[tok1 - 1]!.end, group, e.kind, 'anaphor', conj, clitics));
  }
  return added;
}

/**
 * The sentence with the descriptors added, less the demonym mentions they cover ("its Syrian allies", "allied Syrian
 * factions": the adjective is the factions' own, no Syria; ref47).
 */
export function withDescriptors(s: Sentence, added: readonly Mention[], own: readonly Mention[] = []): Sentence['mentions'] {
  const kept = s.mentions.filter((m) => !own.includes(m) && (m.via !== 'demonym' || !added.some((a) => a.tok0 <= m.tok0 && m.tok1 <= a.tok1)));
  return [...kept, ...added].sort((x, y) => x.tok0 - y.tok0 || x.start - y.start);
}

/**
 * The factions' own demonym of an English descriptor whether or not the article names the group ("Turkish forces and
 * their Syrian allies", "and allied Syrian factions", "its Syrian proxies"): an adjective of the factions, no Syria (rule
 * 7's unnamed collective gives none; ref47).
 */
export function ownFactionDemonyms(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'en' || !(hasWordCue(ctx, 'faction_descriptor') || hasWordCue(ctx, 'faction_ally_head_en'))) return undefined;
  const toks = ctx.s.tokens;
  let got: Mention[] | undefined;
  for (const m of ctx.s.mentions) {
    if (m.via !== 'demonym' || m.tok1 !== m.tok0 + 1 || !hasWordCueAt(ctx, m.tok0, 'faction_adjective_en')) continue;
    const head = hasWordCueAt(ctx, m.tok1, 'faction_descriptor') || hasWordCueAt(ctx, m.tok1, 'faction_ally_head_en');
    const owner = POSSESSIVE_EN.test(toks[m.tok0 - 1]?.norm ?? '') || (hasWordCueAt(ctx, m.tok0 - 1, 'faction_allied_en') && toks[m.tok0 - 2]?.norm === 'and');
    if (head && owner) (got ??= []).push(m);
  }
  return got;
}

/**
 * Rule 19b (ref47): an ally supports its patron. "Turkish forces and allied Syrian factions", "Turkey and its Syrian
 * allies" (a descriptor mention above whose span holds the ally participle or head) and "Turkish troops and allied Syrian
 * National Army factions", "Turkey and allied factions of the Syrian National Army" (the group by name): the group
 * supported the state named before; a standing state, at publication.
 */
export function allySupport(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en' || !(hasWordCue(ctx, 'faction_allied_en') || hasWordCue(ctx, 'faction_ally_head_en'))) return;
  const { s } = ctx;
  const toks = s.tokens;
  const known = umbrellas(ctx.lex);
  for (const g of s.mentions) {
    const a = actor(ctx.lex, g);
    if (!a || a.kind !== 'armed_group') continue;
    let k = -1;
    let patron: Mention | undefined;
    if (g.via === 'anaphor' && known.has(g.entity)) {
      // (the descriptor: "allied … factions" from its participle, "its/their Syrian allies" from its possessive)
      if (hasWordCueAt(ctx, g.tok0, 'faction_allied_en')) k = g.tok0;
      else if (hasWordCueAt(ctx, g.tok1 - 1, 'faction_ally_head_en')) k = g.tok1 - 1;
      else continue;
      patron = s.mentions.filter((m) => m.tok1 <= g.tok0 && g.tok0 - m.tok1 <= 3 && m !== g).pop() ?? stateBefore(ctx, g.tok0);
    } else if (g.via !== 'anaphor' && g.via !== 'demonym') {
      // ("and allied Syrian National Army factions": the participle right before the name; "and allied factions of X")
      if (hasWordCueAt(ctx, g.tok0 - 1, 'faction_allied_en') && toks[g.tok0 - 2]?.norm === 'and') k = g.tok0 - 1;
      if (k < 0) {
        // (past "the" before the name: "allied factions of the Syrian National Army")
        const o = toks[g.tok0 - 1]?.norm === 'the' ? g.tok0 - 2 : g.tok0 - 1;
        if (toks[o]?.norm === 'of' && hasWordCueAt(ctx, o - 1, 'faction_descriptor') && hasWordCueAt(ctx, o - 2, 'faction_allied_en') && toks[o - 3]?.norm === 'and') k = o - 2;
      }
      if (k < 0) continue;
      patron = s.mentions.filter((m) => m.tok1 <= k - 1 && k - 1 - m.tok1 <= 2).pop();
    } else continue;
    const p = patron ? actor(ctx.lex, patron) : undefined;
    if (!patron || !p || p.entity === a.entity || (p.kind !== 'country' && p.kind !== 'armed_group')) continue;
    if (ctx.out.slice(before).some((r) => r.relation === 'supported' && r.source === a.entity && r.target === p.entity)) continue;
    const pat = verbPattern(ctx, 'supported');
    if (!pat) return;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pat), 'supported', g, patron, {}, false);
    atPublication(ctx, n);
  }
}
