/**
 * dates55 (diagnosis-batch53 D1, a (c) class with no pool gold): an attack told before or after a bare definite attack
 * noun ("before the fighting", "after the clashes", `قبل الاشتباكات`) in a later sentence is dated by the lead's fight, its
 * earliest day (relations/dates.ts leadAnchorDay), not the day the lead says it was told on. Negative cells: a noun with a
 * phrase making it another event ("the attack on Manbij", "the clashes of last week") and a sentence with no anchor.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2022-03-22').relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);
const LEAD_EN = 'Fighters of the Turkish-backed Syrian National Army (SNA) and the Kurdish-led Syrian Democratic Forces (SDF) clashed late on Monday near the town of Ain Issa in Raqqa province, a war monitor and both sides said on Tuesday. ';
const LEAD_AR = 'اندلعت اشتباكات بين «الجيش الوطني» و«قسد» مساء أمس الاثنين في محيط عين عيسى، بحسب ما أفاد المرصد اليوم الثلاثاء. ';

describe('an attack dated by the lead fight it is told before or after (en)', () => {
  it('"had shelled the outskirts of Ain Issa before the fighting": Monday', () => {
    expect(rels(LEAD_EN + 'The SDF said in a statement that the factions had shelled the outskirts of Ain Issa before the fighting and that its units had responded to the sources of fire.', 'en')).toContain('syrian-national-army attacked ain-issa 2022-03-21');
  });
  it('"after the clashes", another subject', () => {
    expect(rels(LEAD_EN + 'The SDF said Turkish troops shelled villages near Ain Issa after the clashes.', 'en')).toContain('tur attacked ain-issa 2022-03-21');
  });
});

describe('the same in Arabic', () => {
  it('`قصفت … قبل الاشتباكات`: Monday, reported or not', () => {
    expect(rels(LEAD_AR + 'وقالت «قسد» إن المدفعية التركية قصفت بلدة عين عيسى قبل الاشتباكات.', 'ar')).toContain('tur attacked ain-issa 2022-03-21');
    expect(rels(LEAD_AR + 'وقصفت تركيا مواقع «قسد» في عين عيسى قبل الاشتباكات.', 'ar')).toContain('tur attacked sdf 2022-03-21');
  });
});

describe('not the lead fight', () => {
  it('a noun with its own phrase, or its own date', () => {
    expect(rels(LEAD_EN + 'The SDF said Turkish troops shelled villages near Ain Issa after the clashes of last week.', 'en')).not.toContain('tur attacked ain-issa 2022-03-21');
    expect(rels('Turkish drones struck a car near Qamishli on Monday, the SDF said on Tuesday. The SDF said Turkish artillery had shelled Ain Issa before the attack on Manbij.', 'en')).not.toContain('tur attacked ain-issa 2022-03-21');
  });
  it('no anchor: the sentence keeps its own reading', () => {
    expect(rels(LEAD_AR + 'وقصفت تركيا مواقع «قسد» في عين عيسى.', 'ar')).not.toContain('tur attacked sdf 2022-03-21');
  });
});
