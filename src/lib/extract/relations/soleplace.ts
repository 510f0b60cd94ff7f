/**
 * The sole place of a kind in a state (branch np44; diagnosis-batch40 §6 np44 rank 1, "X cells in the (surrounding)
 * desert"): a bare place head ("the desert", `البادية`) with no place of its kind named before is, for a kind listed in
 * cues.csv `place_kind_sole`, the one place of that kind the lexicon knows in the story's state (`syrian-desert` in a
 * Syrian story); undefined when the state has none or more than one.
 */
import { cueWords, type Lexicon, stateOf } from '../lexicon.ts';
import { normalise } from '../normalise.ts';

/** Per lexicon: "state|kind words" → the sole place id (or '' for none or several). */
const SOLE = new WeakMap<Lexicon, Map<string, string>>();

/** Does a kind (its words, as placeKindAt reads them) take the sole-place reading? */
export function soleKind(lex: Lexicon, words: readonly string[]): boolean {
  const sole = cueWords(lex, 'place_kind_sole');
  return sole.size > 0 && words.some((w) => sole.has(w));
}

/** The one place of the state `state` whose names hold one of the kind's words, else undefined. */
export function solePlaceOf(lex: Lexicon, words: readonly string[], state: string): string | undefined {
  let cache = SOLE.get(lex);
  if (!cache) SOLE.set(lex, (cache = new Map()));
  const key = `${state}|${words.join(' ')}`;
  let id = cache.get(key);
  if (id === undefined) {
    const found: string[] = [];
    for (const e of lex.entities.values()) {
      if (e.kind !== 'place' || e.stands_for || stateOf(lex, e.id, true) !== state) continue;
      const names = normalise([e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].join(' '));
      if (words.some((w) => names.includes(w))) found.push(e.id);
    }
    id = found.length === 1 ? found[0]! : '';
    cache.set(key, id);
  }
  return id || undefined;
}
