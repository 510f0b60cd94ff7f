/**
 * An organisation named as the modifier of an ally noun is no party (branch np45; diagnosis-batch43 #67, FP 69, FP 71;
 * pool b16 FP `usa attacked nato`, b37): "The United States, a NATO ally of Turkey, backs the SDF", "downed an aircraft
 * belonging to a NATO ally", "failed to restrain its NATO ally", "Turkey's NATO ally": an organisation mention (entity
 * kind organization) right between a determiner or possessor ("a", "an", "its", "their", "X's") and an ally noun
 * (cues.csv `ally_noun_en`, "ally", "allies") names the alliance the ally belongs to, not an actor; the mention is
 * dropped, so the noun reads as "an ally of Turkey", "its ally" (gold rule 19b).
 */
import type { Mention } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import type { Ctx } from './ctx.ts';

const DETERMINER = /^(a|an|its|their|his|her|our|the|other|fellow)$/;

/** The ally nouns (cues.csv `ally_noun_en`) with their plurals, "allies", "backers": made once per lexicon (mend46). */
const alliesOf = new WeakMap<Lexicon, ReadonlySet<string>>();
function allyNouns(lex: Lexicon): ReadonlySet<string> {
  let set = alliesOf.get(lex);
  if (!set) alliesOf.set(lex, (set = new Set([...cueWords(lex, 'ally_noun_en')].flatMap((w) => [w, `${w}s`, w.replace(/y$/, 'ies')]))));
  return set;
}

export function allyModifiers(ctx: Ctx): Set<Mention> | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let out: Set<Mention> | undefined;
  let allies: ReadonlySet<string> | undefined;
  for (const m of ctx.s.mentions) {
    if (m.kind !== 'organization' || ctx.lex.entities.get(m.entity)?.kind !== 'organization') continue;
    const next = toks[m.tok1]?.norm ?? '';
    allies ??= allyNouns(ctx.lex);
    if (!allies.has(next)) continue;
    const prev = toks[m.tok0 - 1];
    if (!prev || !(DETERMINER.test(prev.norm) || /['’]s?$/.test(prev.text) || /^['’]s?$/.test(prev.text))) continue;
    (out ??= new Set()).add(m);
  }
  return out;
}
