/**
 * The place a body of the anaphor's sentence is named after (ref53): "The Manbij Military Council, which drove Islamic
 * State out of the city", `مجلس منبج العسكري … طرد التنظيم من المدينة`. A place head ("the city", `المدينة`) is that place,
 * named anywhere before in the article, when placeOfKind finds at most one place of its kind by its words and not this
 * one (the village of Arima named once, the word "city" never next to Manbij). ref32's rule (relations/discourse.ts
 * placeOfKind) chose among several of the kind only.
 */
import type { Mention } from '../doc.ts';
import { stateOf } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import type { Ctx } from './ctx.ts';

/** The one place named before token `before` (its sentence, then the article) that an actor before it in its sentence is named after. */
export function namesakePlace(ctx: Ctx, before: number, state?: string): Mention | undefined {
  const text = ctx.doc.article.text;
  const ms = ctx.s.mentions;
  // (the names of the bodies before the head: an armed group, a council, a party; not a place, state or person)
  const own: string[] = [];
  for (const m of ms) if (m.tok1 <= before && m.kind !== 'place' && m.kind !== 'country' && m.kind !== 'person' && m.via !== 'anaphor') own.push(` ${normalise(text.slice(m.start, m.end))} `);
  if (!own.length) return undefined;
  const seen = new Set<string>();
  let got: Mention | undefined;
  const consider = (m: Mention): boolean => {
    if (m.kind !== 'place' || m.via === 'anaphor' || seen.has(m.entity)) return true;
    seen.add(m.entity);
    const e = ctx.lex.entities.get(m.entity);
    if (!e || e.stands_for || (state && stateOf(ctx.lex, m.entity, true) !== state)) return true;
    if (![e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].some((n) => n.length >= 4 && own.some((o) => o.includes(` ${normalise(n)} `)))) return true;
    // (two such places: none)
    if (got) return (got = undefined), false;
    got = m;
    return true;
  };
  for (let j = ms.length - 1; j >= 0; j--) if (ms[j]!.tok1 <= before && !consider(ms[j]!)) return undefined;
  for (let h = ctx.history.length - 1; h >= 0; h--) for (const m of ctx.history[h]!) if (!consider(m)) return undefined;
  return got;
}
