/**
 * The English clause analysis (src/lib/extract/relations/clauses.ts) and the argument rules it enables: relative
 * clauses and their antecedents, participial and coordinated verb phrases and the verb they hang on, appositions.
 * New sentences written for this file (other names, events and word orders than the articles), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { agreementContent, clauseContext, hostOf, relativeAt } from '../../../src/lib/extract/relations/clauses.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

/** The clause context of a one-sentence English text, and the token index of a word in it. */
function view(text: string) {
  const lex = lexicon();
  const doc = analyse(article(text, 'en'), lex);
  const s = doc.sentences[0]!;
  const ctx = clauseContext(s, 'en', lex);
  const at = (word: string) => s.tokens.findIndex((t) => t.text === word);
  const name = (i: number) => (i >= 0 ? s.mentions[i]!.entity : undefined);
  return { s, ctx, at, name };
}

describe('clause analysis: relative clauses and their antecedents', () => {
  it('", which has repeatedly urged …": the name before the comma, past auxiliaries and adverbs', () => {
    const v = view('Qatar, which has repeatedly urged Israel to halt its offensive, hosted the talks.');
    const rc = relativeAt(v.ctx, v.at('urged'));
    expect(rc && v.name(rc.ante)).toBe('qat');
  });
  it('a relative on an apposition (", the party that …") has the name the apposition describes', () => {
    const v = view('Ankara has accused Hamas, the movement that governs Gaza, of hosting militants.');
    const rc = relativeAt(v.ctx, v.at('governs'));
    expect(rc && v.name(rc.ante)).toBe('hamas');
  });
  it('a verb with no relative pronoun before it opens no relative clause', () => {
    const v = view('Qatar urged Israel to halt its offensive.');
    expect(relativeAt(v.ctx, v.at('urged'))).toBeUndefined();
  });
});

/** [what the rule says, sentence, the verb, the host verb expected (undefined: none)] */
const HOSTS: [string, string, string, string | undefined][] = [
  ['"…, the ministry said in a statement, blaming X": the verb of speech', "Hakan Fidan was unhurt, Turkey's foreign ministry said in a statement late on Monday, blaming the PKK for the attack.", 'blaming', 'said'],
  ['"X said …, but urged Y": the verb of speech, not a verb inside what was said', 'Antony Blinken said Washington did not want a wider war with Iran, but urged Tehran to rein in its proxies.', 'urged', 'said'],
  ['"X condemned the raid … and accused Y": the first verb (not "raid", a noun after its article)', 'Ayman Safadi condemned the raid on Sunday and accused Israel of violating Syrian sovereignty.', 'accused', 'condemned'],
  ['"welcomed Syria back and urged …": "back" after an object is a particle, not the host', 'The Arab League welcomed Syria back and urged Damascus to curb drug smuggling.', 'urged', 'welcomed'],
  ['a clause of its own ("while …") between the verbs: no host', "Turkey has backed the rebels, while Russia and Iran are Assad's allies and have troops in Syria.", 'have', undefined],
];

describe('clause analysis: the verb a participle or a coordinated verb phrase hangs on', () => {
  for (const [rule, text, verb, expected] of HOSTS)
    it(rule, () => {
      const v = view(text);
      const h = hostOf(v.ctx, { tok0: v.at(verb) });
      const at = h?.trigger?.tok0 ?? h?.cue?.tok0;
      expect(at === undefined ? undefined : v.s.tokens[at]!.text).toBe(expected);
    });
});

describe('clause analysis: the content of an agreement', () => {
  it('"signed an agreement to cooperate": the infinitive completes the noun', () => {
    const v = view('Egypt and Jordan signed an agreement to cooperate on water.');
    expect(agreementContent(v.ctx, { tok0: v.at('cooperate') })).toBe(true);
  });
  it('"agreed to cooperate": no agreement noun, the infinitive is an act', () => {
    const v = view('Egypt agreed to cooperate with Jordan on water.');
    expect(agreementContent(v.ctx, { tok0: v.at('cooperate') })).toBe(false);
  });
});

describe('clause analysis: appositions', () => {
  it('", himself a veteran of past talks," after a name and before its verb is passed over', () => {
    const v = view('Ayman Safadi, himself a veteran of past talks with Egypt, condemned the raid.');
    expect(v.ctx.inRelative[v.at('Egypt')]).toBe(1);
    expect(v.ctx.inRelative[v.at('condemned')]).toBe(0);
  });
  it('", along with Russia," adds a member: no apposition', () => {
    const v = view('Iran, along with Russia, has backed the Syrian government since 2011.');
    expect(v.ctx.inRelative[v.at('Russia')]).toBe(0);
  });
});

/** [what the rule says, sentence, relation, the triples expected of that relation] */
const CASES: [string, string, string, string[]][] = [
  ['the antecedent of "which" is the subject of the relative verb, not a name before it', "Egypt's parliament designated Hamas a terrorist group, a move praised by Washington, which has long pressed Cairo to act against the movement.", 'urged', ['usa urged egy']],
  ['a participle after the verb of speech has the speaker as subject, not the name that opens the sentence', "Hakan Fidan was unhurt, Turkey's foreign ministry said in a statement late on Monday, blaming the PKK for what it called a cowardly attack.", 'accused', ['tur accused pkk']],
  ['"X said …, but urged Y": the speaker urges, not the country inside what was said', 'Speaking in Riyadh on Tuesday, Antony Blinken said Washington did not want a wider war with Iran, but urged Tehran to rein in its proxies.', 'urged', ['antony-blinken urged irn']],
  ["an apposition's names are no subject of the verb after it", "Nasser Kanaani, spokesman for Iran's Supreme National Security Council, accused Israel of violating Syrian sovereignty.", 'accused', ['nasser-kanaani accused isr']],
  ['"while Z are allies and have troops": Z keeps its own verb', "Turkey has backed the rebels, while Russia and Iran are Assad's allies and have troops in Syria.", 'deployed_in', ['irn deployed_in syr', 'rus deployed_in syr']],
  ['"X, which demands Y\'s withdrawal as a condition for restoring ties with Z": X urges Y (the antecedent demands)', 'Riyadh, which demands the withdrawal of Iranian forces from Yemen as a condition for restoring ties with Tehran, made no comment on the talks.', 'urged', ['sau urged irn']],
  ['(ties a condition is set on are not urged)', 'Riyadh, which demands the withdrawal of Iranian forces from Yemen as a condition for restoring ties with Tehran, made no comment on the talks.', 'urged_reconciliation_with', []],
  ['"strikes on its commanders": "its" in an object is the nearest actor before it that is not the subject', 'Israel, which calls Hezbollah a terrorist group, has carried out repeated air strikes on its commanders in Lebanon this year.', 'attacked', ['isr attacked hezbollah']],
  ['"struck A commanders in P and B targets in Q": two parallel compound objects of one verb', 'Israeli jets have repeatedly struck Hezbollah commanders in Lebanon and Hamas targets in Gaza.', 'attacked', ['isr attacked hamas', 'isr attacked hezbollah']],
  ['"X, spokesman for Y, said any Z attack would meet a swift response": X (a name discovered by its apposition) threatens Z', "Reza Talaei, spokesman for Iran's Supreme National Security Council, said on Monday that any Israeli strike on Iranian soil would meet a swift response.", 'threatened', ['reza-talaei threatened isr']],
  ['(meeting a response is no meeting)', "Reza Talaei, spokesman for Iran's Supreme National Security Council, said on Monday that any Israeli strike on Iranian soil would meet a swift response.", 'met', []],
  ['(meeting a person still is)', 'Putin said on Monday that he would meet Erdogan in Sochi.', 'met', ['vladimir-putin met recep-tayyip-erdogan']],
  ['"a meeting … between A and the UN\'s top official, B": B is named after its description', "The announcement came after a meeting in Ankara on Sunday between Erdogan and the UN's top official, Antonio Guterres, who had flown in from New York.", 'met', ['recep-tayyip-erdogan met antonio-guterres']],
  ['"keeps 900 troops in A and 1,500 in B": a number and "in" before another place share the actor', 'The US keeps about 900 troops in Syria and 1,500 in Jordan.', 'deployed_in', ['usa deployed_in jor', 'usa deployed_in syr']],
  ['"X told Y that Z should be …": an obligation with no actor of its own, told to Y, urges Y', 'Putin told Erdogan on Monday that the grain corridor should be extended.', 'urged', ['vladimir-putin urged recep-tayyip-erdogan']],
  ['(said to no one: no one urged)', 'Putin said on Monday that the grain corridor should be extended.', 'urged', []],
  ['"X, speaking after talks with Y, said …": the talks are the subject\'s, the apposition\'s name before the comma', 'Lavrov, speaking after talks with Fidan in Ankara, said Russia backed the normalisation process.', 'met', ['sergei-lavrov met hakan-fidan']],
  ['"X said after talks with Y that …": the clause subject', 'Lavrov said after talks with Fidan in Ankara that Russia backed the process.', 'met', ['sergei-lavrov met hakan-fidan']],
  ['(talks with a party after an event that names no one: no meeting)', 'The ceasefire collapsed after talks with Hamas broke down.', 'met', []],
  ['"accused X of stealing … and urged Y": a finite verb coordinated with the accusation is an act of its own', 'Speaking in Moscow, Lavrov accused Washington of stealing Syrian oil and urged Ankara to show restraint.', 'urged', ['sergei-lavrov urged tur']],
  ['("accused X of arming and training Y": the -ing verbs are what X is accused of)', 'Lavrov accused Washington of arming and backing the SDF.', 'supported', []],
  ['a name inside ", whom …," is no subject of the main verb', 'Fidan, whom Erdogan appointed in June, met Lavrov in Moscow.', 'met', ['hakan-fidan met sergei-lavrov']],
  ['"X, which backs Y, said …": Y closes the relative clause, it is no speaker (X backs Y)', 'Moscow, which backs Assad, said it would keep its bases.', 'supported', ['rus supported bashar-al-assad']],
  ['"X, Turkey\'s foreign minister, met Y": the descriptor in apposition is X, not the holder it would resolve to', "Hakan Fidan, Turkey's foreign minister, met Mekdad in Moscow on Wednesday.", 'met', ['hakan-fidan met faisal-mekdad']],
  ['"ministers from A, B and C signed a memorandum": every pair of the states agreed', 'In Amman, ministers from Egypt, Jordan and Iraq signed a memorandum of understanding to coordinate on electricity links.', 'agreed_with', ['egy agreed_with irq', 'egy agreed_with jor', 'jor agreed_with irq']],
  ['an infinitive after an agreement noun is what was agreed, no act of its own', 'In Amman, ministers from Egypt, Jordan and Iraq signed a memorandum of understanding to coordinate on electricity links.', 'coordinated_with', []],
  ['(an infinitive after an agreement verb is still an act)', 'Egypt agreed on Monday to coordinate with Jordan on electricity links.', 'coordinated_with', ['egy coordinated_with jor']],
  ['"…, on his first visit to X": the first person that is a subject of the sentence', 'Egyptian President Abdel Fattah al-Sisi held talks in Amman on Sunday with King Abdullah, on his first visit to Jordan since 2019.', 'visited', ['abdel-fattah-al-sisi visited jor']],
  ['"X received Y, on his first visit": the guest', "Jordan's King Abdullah received Egyptian President Abdel Fattah al-Sisi in Amman on Sunday, on his first visit to Jordan since 2019.", 'visited', ['abdel-fattah-al-sisi visited jor']],
  ['"its invasion": the nearest state before the pronoun', 'Egypt has not joined the sanctions imposed on Russia over its invasion of Ukraine.', 'attacked', ['rus attacked ukr']],
  ['a visit to a country told in another sentence than the city visited is a triple of its own', 'Egyptian President Abdel Fattah al-Sisi arrived in Amman on Sunday. Sisi held talks with King Abdullah on Monday, on his first visit to Jordan since 2019.', 'visited', ['abdel-fattah-al-sisi visited amman', 'abdel-fattah-al-sisi visited jor']],
  ['(in the same sentence the city is the more precise target: one trip)', 'Egyptian President Abdel Fattah al-Sisi arrived in Amman on Sunday on a two-day visit to Jordan.', 'visited', ['abdel-fattah-al-sisi visited amman']],
];

describe('arguments from the clause structure', () => {
  for (const [rule, text, relation, expected] of CASES) it(rule, () => expect(triples(extract(text, 'en'), relation)).toEqual(expected));
});

describe('dates follow the clause structure', () => {
  it('"Speaking on Monday, X said …, but urged Y": the date of the verb the "but" phrase hangs on', () => {
    const r = extract('Speaking in Riyadh on Monday, Antony Blinken said Washington did not want a wider war with Iran, but urged Tehran to rein in its proxies.', 'en').relations.find((x) => x.relation === 'urged');
    expect(r?.date).toBe('2023-01-09');
  });
  it('(a clause of its own after "but" keeps its own date)', () => {
    const r = extract('Iran struck a base in Iraq in December, but the United States sanctioned Iran on Monday.', 'en').relations.find((x) => x.relation === 'sanctioned');
    expect(r?.date).toBe('2023-01-09');
  });
});

describe('the speaker is the name before a relative clause or apposition, not the one closing it', () => {
  it('"Moscow, which backs Assad, said …" is attributed to Moscow', () => {
    const r = extract('Moscow, which backs Assad, said it would keep its bases.', 'en').relations.find((x) => x.relation === 'supported');
    expect(r?.attrs?.attributedTo).toBe('rus');
  });
});
