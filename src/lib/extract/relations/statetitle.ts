/**
 * Relations: "the kingdom", "the sultanate", `المملكة`, `السلطنة` when no state is named — the state of the person the
 * story names (branch ref43).
 *
 * discourse.ts orgHeadAnaphors reads "the kingdom" as the last state named whose names hold the word (`@names`); a story
 * about a minister names the person and never the state ("Albusaidi reaffirmed the sultanate's support for Syria",
 * `وأعرب البوسعيدي عن تضامن السلطنة مع سوريا`, "Faisal bin Farhan visited Damascus …, and in May the kingdom hosted …").
 * A cues.csv `state_title` word (one token, a proclitic and the article allowed in Arabic; English after "the", not
 * "the kingdom of") left unresolved is the country of the nearest person named before it (its sentence, then the
 * sentences before, newest first, back to ORG_HEAD_WINDOW) whose country's names hold the word.
 */
import { mention, mentionOf, type Mention } from '../doc.ts';
import { cueWords, type LexEntity } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { type Ctx, hasWordCue } from './ctx.ts';
import { ORG_HEAD_WINDOW } from './discourse.ts';

/** Arabic proclitics before the article: و ف ب ل (لل for ل + ال). */
const PROCLITIC = /^[وف]?(?:[بل](?=ال)|ل(?=ل))?/;

export function stateTitleAnaphors(ctx: Ctx): Mention[] | undefined {
  const words = cueWords(ctx.lex, 'state_title');
  // (a cheap guard first: no `state_title` word in the sentence, as it stands or past its proclitics, no walk; mend44)
  if (!words.size || !hasWordCue(ctx, 'state_title', true)) return undefined;
  const { s, lex } = ctx;
  // (each country's names, normalised once per call, not once per mention asked)
  const namesOf = new Map<string, string>();
  const countryNames = (c: LexEntity): string => {
    let names = namesOf.get(c.id);
    if (names === undefined) namesOf.set(c.id, (names = normalise([c.label_en, c.label_ar, ...c.aliases_en, ...c.aliases_ar].join(' ')).toLowerCase()));
    return names;
  };
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  let added: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let w = t.norm;
    let clitics = '';
    if (!en) {
      const p = PROCLITIC.exec(w)![0];
      clitics = p;
      w = w.slice(p.length);
      if (w.startsWith('ل') && p.endsWith('ل')) w = 'ا' + w; // (للمملكة → ل + المملكة)
    }
    if (!words.has(w)) continue;
    if (en && (toks[k - 1]?.norm !== 'the' || toks[k + 1]?.norm === 'of')) continue;
    if (s.mentions.some((m) => m.tok0 <= k && k < m.tok1) || added?.some((m) => m.tok0 === k)) continue;
    // (a name of its own, `المملكة المتحدة`, is a mention already; a demonym right after it, `المملكة الأردنية`, names it)
    if (s.mentions.some((m) => m.tok0 === k + 1 && m.via === 'demonym')) continue;
    const head = normalise(en ? w : w.replace(/^ال/, ''));
    const stateOf = (m: Mention): string | undefined => {
      const e = lex.entities.get(m.entity);
      if (!e || e.kind !== 'person' || !e.country) return undefined;
      const c = lex.entities.get(e.country);
      if (!c || c.kind !== 'country') return undefined;
      return countryNames(c).includes(head) ? c.id : undefined;
    };
    let state: string | undefined;
    for (let i = s.mentions.length - 1; i >= 0 && !state; i--) if (s.mentions[i]!.tok1 <= k) state = stateOf(s.mentions[i]!);
    for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - ORG_HEAD_WINDOW && !state; h--) {
      const ms = ctx.history[h]!;
      for (let i = ms.length - 1; i >= 0 && !state; i--) state = stateOf(ms[i]!);
    }
    if (!state) continue;
    (added ??= []).push(mention(en ? k - 1 : k, k + 1, en ? toks[k - 1]!.start : t.start, t.end, state, 'country', 'anaphor', false, clitics));
  }
  return added;
}

/**
 * "The administration, which runs much of the region …" after "The Kurdish-led administration in northeastern Syria
 * accused …" (ref43, diagnosis-batch39 #92, FP 94): a bare descriptor of one word after "the" (a lexicon descriptor,
 * "the administration" of the United States; cues.csv `rebound_head`) names, in an article that has named before another
 * entity whose own names (label and aliases) hold that word (`aanes`: "Autonomous Administration …", "Kurdish-led
 * administration"), that entity — the nearest such one named, in its sentence or any before. An article with no such
 * entity keeps the descriptor's ("Turkey expected the administration to push Congress"). English. The sentence's mentions
 * with those rebound, or undefined.
 */
export function reboundDescriptors(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'en') return undefined;
  const heads = cueWords(ctx.lex, 'rebound_head');
  if (!heads.size) return undefined;
  const { s, lex } = ctx;
  const toks = s.tokens;
  let out: Mention[] | undefined;
  for (let i = 0; i < s.mentions.length; i++) {
    const m = s.mentions[i]!;
    if (m.via !== 'descriptor' || m.tok1 - m.tok0 !== 2 || toks[m.tok0]!.norm !== 'the' || !heads.has(toks[m.tok0 + 1]!.norm)) continue;
    const head = toks[m.tok0 + 1]!.norm;
    const holds = (x: Mention) => {
      if (x.entity === m.entity) return false;
      const e = lex.entities.get(x.entity);
      return !!e && e.kind !== 'person' && e.kind !== 'place' && [e.label_en, ...e.aliases_en].some((n) => n.toLowerCase().split(/[\s-]+/).includes(head));
    };
    let found: Mention | undefined;
    for (let j = i - 1; j >= 0 && !found; j--) if (holds(s.mentions[j]!)) found = s.mentions[j];
    for (let h = ctx.history.length - 1; h >= 0 && !found; h--) {
      const ms = ctx.history[h]!;
      for (let j = ms.length - 1; j >= 0 && !found; j--) if (holds(ms[j]!)) found = ms[j];
    }
    if (!found) continue;
    const e = lex.entities.get(found.entity)!;
    out ??= [...s.mentions];
    out[i] = mentionOf(m, e.id, e.kind, 'anaphor');
  }
  return out;
}
