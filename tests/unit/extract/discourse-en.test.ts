/**
 * The discourse memory (src/lib/extract/relations/discourse.ts): the doer of the last attack an article told, and the
 * criticism of "the strike"/"the attack" it enables. New sentences written for this file, with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { attackSince, newDiscourse, remember } from '../../../src/lib/extract/relations/discourse.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

/** The remembered attacker after each sentence of an English text. */
function attackers(text: string): (string | undefined)[] {
  const doc = analyse(article(text, 'en'), lexicon());
  const d = newDiscourse();
  return doc.sentences.map((s) => {
    remember(d, lexicon(), s, doc.relations.filter((r) => r.evidence.start === s.start), attackSince(doc.article.date));
    return d.attacker?.entity;
  });
}

describe('discourse memory: the doer of the last attack', () => {
  it('an attack with a doer is remembered; a definite mention of it ("the strike") keeps it', () => {
    expect(attackers('Israeli jets struck a weapons depot near Hama on Monday. Syria did not comment on the strike.')).toEqual(['isr', 'isr']);
  });
  it('a new attack told with no doer ("a car bomb") makes the doer unknown', () => {
    expect(attackers('Israeli jets struck a weapons depot near Hama on Monday. On Wednesday a car bomb exploded in Azaz, killing four people.')).toEqual(['isr', undefined]);
  });
  it('the one blamed for an attack is its presumed doer', () => {
    expect(attackers("Jordan blamed Iran for Friday's drone attack on its border post.")).toEqual(['irn']);
  });
});

/** [what the rule says, text, the criticized triples expected] */
const CASES: [string, string, string[]][] = [
  ['"condemned the strike" criticises the doer of the strike told before', 'Israeli jets struck a weapons depot near Hama on Monday. Egypt condemned the strike as a violation of international law.', ['egy criticized isr']],
  ["a possessive country's organ (\"Syria's foreign ministry\") is the critic", "Israeli jets struck a weapons depot near Hama on Monday. Egypt's foreign ministry condemned the raid.", ['egy criticized isr']],
  ['"called the raid …" labels the attack: a criticism of its doer', 'Israeli jets struck a weapons depot near Hama on Monday. Qatar called the raid “a dangerous escalation”.', ['qat criticized isr']],
  ['the doer named on the labelled attack ("… by Washington") is the one criticised', "Iraq's government called the raids “a reckless escalation” by Washington.", ['irq criticized usa']],
  ['condemning an attack someone was blamed for criticises the one blamed', "Jordan blamed Iran for Friday's drone attack on its border post. Egypt condemned the attack on Saturday.", ['egy criticized irn']],
  ['after a new attack with no doer, "the attack" is that one: no one criticised', 'Israeli jets struck a weapons depot near Hama on Monday. On Wednesday a car bomb exploded in Azaz, killing four people. Egypt condemned the attack.', []],
  ['the doer never criticises itself', "Israeli jets struck a weapons depot near Hama on Monday. Israel's government condemned the attack on its jets.", []],
];

describe('criticism of an attack told before', () => {
  for (const [rule, text, expected] of CASES) it(rule, () => expect(triples(extract(text, 'en'), 'criticized')).toEqual(expected));
});

/** The "met" triples of a text with their dates. */
function meetings(text: string): string[] {
  return extract(text, 'en')
    .relations.filter((r) => r.relation === 'met')
    .map((r) => `${[r.source, r.target].sort().join(' met ')} ${r.date}`)
    .sort();
}

describe('"the two sides" are the parties of the last two-party meeting, visit or joint act', () => {
  it('not the last pair of a three-party meeting told in between; dated like the reception of the same two', () => {
    expect(meetings('Assad received Lavrentiev in Damascus on Thursday. The defence ministers of Russia, Turkey and Syria met in Moscow on December 28. SANA said the two sides also discussed bilateral cooperation.')).toContain(
      'alexander-lavrentiev met bashar-al-assad 2023-01-12',
    );
  });
  it('not the two ends of a call or an accusation told in between', () => {
    expect(meetings('Assad received Lavrentiev in Damascus on Thursday. Moscow has long urged Damascus to reconcile with Ankara. The two sides also discussed trade, SANA said.')).toEqual([
      'alexander-lavrentiev met bashar-al-assad 2023-01-12',
    ]);
  });
});

describe('one act of many parties is one event', () => {
  it('a pair of a multilateral signing that shares no one with a dated event takes its sentence\'s date for the act', () => {
    const rec = extract('Erdogan held talks in Baghdad on Monday with Iraqi Prime Minister Mohammed Shia al-Sudani. In Baghdad, ministers from Turkey, Iraq, Qatar and Jordan also signed a memorandum of understanding.', 'en');
    const dates = rec.relations.filter((r) => r.relation === 'agreed_with').map((r) => r.date);
    expect(dates).toHaveLength(6);
    expect(new Set(dates)).toEqual(new Set(['2023-01-09']));
  });
});

describe('"the two leaders" after a reception by someone the lexicon does not know', () => {
  it('resolves to the discovered host and the guest (no crash on an entity found in the text)', () => {
    const rec = extract('King Abdullah hosted Sisi in Amman on Sunday, and the two leaders discussed the crisis during the meeting.', 'en');
    expect(rec.relations.some((r) => r.relation === 'hosted' && r.target === 'abdel-fattah-al-sisi')).toBe(true);
  });
  it('"the two leaders witnessed the signing of several agreements": the two agreed', () => {
    // (a king the lexicon does not know: "King Abdullah" is Abdullah II at this date, roles.csv, branch names28)
    const rec = extract('King Zaydan hosted Sisi in Amman on Sunday, and the two leaders witnessed the signing of several agreements on energy and water.', 'en');
    expect(triples(rec, 'agreed_with')).toEqual(['zaydan agreed_with abdel-fattah-al-sisi']);
  });
  it('(donors at a signing name no two parties: no agreement)', () => {
    expect(triples(extract('Jordan hosted a conference on refugees, where donors attended the signing of an agreement.', 'en'), 'agreed_with')).toEqual([]);
  });
});
