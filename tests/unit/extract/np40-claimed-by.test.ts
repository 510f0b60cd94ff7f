/**
 * np40 (diagnosis-batch35 §6 np39 rank 2, agents of attack nouns): an attack told by its noun and named as claimed or
 * carried out by X — "claimed by X" past a comma or "many of them", "carried out by", Arabic `تبنّته X`, `تبنّت معظمها X`
 * — X is its doer; its target is what the noun strikes, the victims the next verb kills, or what "came under" it /
 * `تتعرض لـ` it (nominal.ts claimedAttack). New sentences only, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('English: "claimed by X" / "carried out by X" on an attack noun', () => {
  it('a reduced relative between commas, past the noun\'s place: the victims the next verb kills', () => {
    expect(rels('On Sunday a bombing in the northern city of Hadera, claimed by the Islamic State group, killed two Israeli police officers.', 'en')).toContain('isis attacked isr');
  });
  it('what came under the attacks, "many of them claimed by X"', () => {
    expect(rels('US bases in Iraq and Syria have come under more than 150 attacks since mid-October, many of them claimed by the Islamic Resistance in Iraq.', 'en')).toContain('islamic-resistance-in-iraq attacked usa');
  });
  it('what came under the attacks, the reduced relative right after the noun, an apposition after the claimant', () => {
    const r = rels('American forces in Syria came under repeated drone attacks claimed by the Islamic Resistance in Iraq, an umbrella of Iran-backed factions, last year.', 'en');
    expect(r).toContain('islamic-resistance-in-iraq attacked usa');
    expect(r).not.toContain('islamic-resistance-in-iraq attacked irn');
  });
  it('victims named as "its soldiers": the clause\'s state (the row\'s own construction)', () => {
    expect(rels('Jordan sealed its side of the border in 2016 after a car bombing claimed by Islamic State killed seven of its soldiers nearby.', 'en')).toContain('isis attacked jor');
  });
  it('another verb of agency: "carried out by"', () => {
    expect(rels('A drone strike carried out by Turkey on Qamishli killed two fighters on Monday.', 'en')).toContain('tur attacked qamishli');
  });
  it('negative: "claimed" as a verb of saying is no agency', () => {
    expect(rels('Turkish strikes on Qamishli, the SDF claimed, killed two civilians.', 'en')).not.toContain('sdf attacked qamishli');
  });
});

describe('Arabic: `تبنّته X`, `تبنّت معظمها X` after an attack noun', () => {
  it('the claimant, then a coordinated verb of striking: its object', () => {
    // (the place struck is read as the emirate's state, `are`, by the place rules, not by this reader)
    expect(rels('قُتل ثلاثة أشخاص أمس في هجوم بطائرات مسيّرة تبنّته جماعة الحوثيين واستهدف منشآت نفطية في أبوظبي.', 'ar').some((r) => r.startsWith('houthis attacked '))).toBe(true);
  });
  it('what is subjected to the attacks (`تتعرض … لهجمات … تبنّت معظمها X`), a means phrase between', () => {
    expect(rels('وتتعرض القواعد الأمريكية في سوريا والعراق منذ أشهر لهجمات متكررة بطائرات مسيّرة وصواريخ تبنّت معظمها «المقاومة الإسلامية في العراق».', 'ar')).toContain('islamic-resistance-in-iraq attacked usa');
  });
  it('another form (`تبنّتها`) and the noun\'s own target after على', () => {
    expect(rels('وأدان البيان الهجمات على القوات الأمريكية في سوريا التي تبنّتها «المقاومة الإسلامية في العراق».', 'ar')).toContain('islamic-resistance-in-iraq attacked usa');
  });
  it('a post of "its army" after على, the claim before or after it: the clause\'s state', () => {
    expect(rels('ويغلق الأردن المنطقة الحدودية منذ هجوم تبنّاه تنظيم «داعش» على موقع لجيشه قرب المخيم في حزيران/يونيو 2016.', 'ar')).toContain('isis attacked jor');
    expect(rels('وأغلق الأردن حدوده مع المخيم عام 2016، إثر هجوم بسيارة مفخخة على موقع لجيشه قرب الساتر الترابي تبنّاه تنظيم «داعش».', 'ar')).toContain('isis attacked jor');
  });
  it('negative: the places of the bases subjected to the attacks are not struck as countries', () => {
    const r = rels('وتتعرض القواعد الأمريكية في سوريا والعراق منذ أشهر لهجمات متكررة تبنّت معظمها «المقاومة الإسلامية في العراق».', 'ar');
    expect(r).not.toContain('islamic-resistance-in-iraq attacked irq');
    expect(r).not.toContain('islamic-resistance-in-iraq attacked syr');
  });
  it('negative: a bare `تبنّت` with an object of its own adopts something, no attack', () => {
    expect(rels('وتبنّت الجامعة العربية قراراً يدعو إلى وقف الهجمات على غزة.', 'ar')).not.toContain('arab-league attacked gaza');
  });
});
