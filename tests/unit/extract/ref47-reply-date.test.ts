import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/**
 * ref47 (diagnosis-batch46 §2 D1, D5; dates47 rank 1; gold rule 20c "dated as the attack"): a reply told with no date of
 * its own ("its fighters had returned fire", `ردّوا على مصادر النيران`) takes the day of the attack it answers, told
 * in the sentences before; a reply with its own date keeps it; an attack older than the story's week gives none.
 * relations/returnfire.ts answeredDate.
 */
const dated = (text: string, lang: 'ar' | 'en', day: string, triple: string): string | undefined =>
  extract(text, lang, day).relations.find((r) => `${r.source} ${r.relation} ${r.target}` === triple)?.date;

describe('a reply is dated as the attack it answers', () => {
  it.each([
    // the pool's own construction (b35): another doer's shelling answered by fire on a third party
    ['Turkish artillery shelled villages on the outskirts of Ain Issa on Sunday, the SDF said. The Kurdish-led SDF said its fighters had returned fire on positions of the Turkish-backed Syrian National Army near the village of Saida.', 'en', '2022-07-18', 'sdf attacked syrian-national-army', '2022-07-17'],
    // the foe's own attack, a sentence between (b46 D1)
    ['Turkish forces and the Syrian National Army shelled several villages near Abu Rasin on Wednesday, a war monitor said. More than 40 rounds fell during the night. The Syrian Democratic Forces (SDF) said its fighters had returned fire at positions of the SNA near Ras al-Ain.', 'en', '2022-03-10', 'sdf attacked syrian-national-army', '2022-03-09'],
    // the other language
    ['قصفت فصائل «الجيش الوطني السوري» أمس الأحد قرى في ريف عين عيسى. وأعلنت «قسد» في بيان أن مقاتليها ردّوا على مصادر النيران.', 'ar', '2022-07-18', 'sdf attacked syrian-national-army', '2022-07-17'],
  ])('%s', (text, lang, day, triple, want) => {
    expect(dated(text, lang as 'ar' | 'en', day, triple)).toBe(want);
  });
});

describe('no borrowed day', () => {
  it('a reply with its own date keeps it', () => {
    expect(dated('Turkish artillery shelled villages near Ain Issa on Sunday. The SDF said its fighters returned fire on positions of the Syrian National Army on Monday.', 'en', '2022-07-19', 'sdf attacked syrian-national-army')).toBe('2022-07-18');
  });
  it('an attack told long before the story is no day for the reply', () => {
    expect(dated('Turkish forces shelled Ain Issa on March 3, 2021. The SDF said its fighters had returned fire on positions of the Syrian National Army.', 'en', '2022-07-18', 'sdf attacked syrian-national-army')).toBe('2022-07-18');
  });
});
