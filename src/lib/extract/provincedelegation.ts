/**
 * People sent by a province stand for its state (gold rule 4, "delegations of …" stand for their countries; solo50):
 * "officials from Turkey's Sanliurfa province", "a delegation from the Turkish province of Gaziantep", `وفداً من ولاية
 * شانلي أورفا التركية`, `مسؤولين من ولاية غازي عنتاب`. A delegation or members noun (cues.csv `delegation_noun`,
 * `body_member_head`), "from"/"of"/`من`, then a place of the lexicon with a country, marked as a province by a province
 * word (cues.csv `governor_province`) or by its state named with it (a possessive, a demonym): one mention of the state
 * from the noun to the end of the phrase. Unmarked places are left alone ("a delegation from Raqqa" may be a local body's).
 */
import { mention, type Mention, type Sentence } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';

export function provinceDelegations(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const t = s.tokens;
  const heads = cueWords(lex, 'delegation_noun');
  const members = cueWords(lex, 'body_member_head');
  const provinceWords = cueWords(lex, 'governor_province');
  let out: Mention[] | undefined;
  for (let k = 0; k + 2 < t.length; k++) {
    const w = t[k]!.norm;
    // (namedates58) a province as the partner of `مع`, `بالتنسيق مع ولاية غازي عنتاب`: its state, as its people are; the
    // mention is the province phrase alone, and only a province word marks it
    const partner = w === 'مع' && provinceWords.has(t[k + 1]!.norm);
    if (!heads.has(w) && !members.has(w) && !partner) continue;
    if (ms.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    let j = k + 1;
    if (!partner && !/^(from|of|من)$/.test(t[j]!.norm)) continue;
    if (!partner) j++;
    if (t[j]?.norm === 'the') j++;
    let state: Mention | undefined;
    let marked = false;
    // ("Turkey's Sanliurfa province", "the Turkish province of Gaziantep")
    const own = ms.find((m) => m.tok0 === j && m.kind === 'country');
    if (own) {
      state = own;
      marked = true;
      j = own.tok1;
      if (provinceWords.has(t[j]?.norm ?? '') && t[j + 1]?.norm === 'of') {
        j += 2;
      }
    }
    // (`من ولاية شانلي أورفا`: the province word first)
    if (provinceWords.has(t[j]?.norm ?? '')) {
      marked = true;
      j++;
    }
    const place = ms.find((m) => m.tok0 === j && m.kind === 'place');
    const country = place && lex.entities.get(place.entity)?.country;
    if (!place || !country || (state && state.entity !== country)) continue;
    let end = place.tok1;
    if (provinceWords.has(t[end]?.norm ?? '')) {
      marked = true;
      end++;
    }
    // (`شانلي أورفا التركية`: the state's demonym after the place)
    const after = ms.find((m) => m.tok0 === end && m.kind === 'country' && m.entity === country);
    if (after) {
      marked = true;
      end = after.tok1;
    }
    if (!marked) continue;
    const e = lex.entities.get(country);
    if (!e) continue;
    out ??= ms.slice();
    const k0 = partner ? k + 1 : k;
    out = out.filter((m) => m.tok1 <= k0 || m.tok0 >= end);
    out.push(mention(k0, end, t[k0]!.start, t[end - 1]!.end, country, e.kind, 'descriptor', false, ''));
    out.sort((a, b) => a.tok0 - b.tok0);
    k = end - 1;
  }
  return out ?? ms;
}
