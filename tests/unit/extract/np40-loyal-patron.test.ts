/**
 * np40 (diagnosis-batch35 #114, §7 #10): people loyal to a named person or armed group, opening the clause, act as
 * that patron: "Tribal fighters loyal to Sheikh X attacked …" gives X attacked (args.ts loyalPatron). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('English: "fighters loyal to X" as the subject', () => {
  it('the row\'s own construction: an adjective, a title, the other spelling of the name', () => {
    expect(rels('Tribal fighters loyal to Sheikh Ibrahim al-Hafil attacked positions of the Syrian Democratic Forces in the town of Dhiban early on Sunday.', 'en')).toContain('ibrahim-al-hifl attacked sdf');
  });
  it('another head and an apposition between the patron and the verb, an adverb', () => {
    expect(rels('Tribesmen loyal to Ibrahim al-Hifl, a sheikh of the Akeidat tribe, then attacked SDF checkpoints in several towns along the Euphrates.', 'en')).toContain('ibrahim-al-hifl attacked sdf');
  });
  it('a light verb and its act noun after the apposition: "have waged hit-and-run attacks on the SDF"', () => {
    expect(rels('Fighters loyal to Ibrahim al-Hifl, a sheikh of the Aqidat tribe, have waged hit-and-run attacks on the SDF since last August.', 'en')).toContain('ibrahim-al-hifl attacked sdf');
  });
  it('an armed group as patron, another verb of attack', () => {
    expect(rels('Gunmen loyal to Hayat Tahrir al-Sham shelled Syrian army positions near Saraqeb on Monday.', 'en')).toContain('hts attacked syr');
  });
  it('negative: a state patron is left to the other readers ("fighters loyal to Damascus")', () => {
    expect(rels('Fighters loyal to Damascus attacked the SDF near Deir ez-Zor.', 'en')).not.toContain('damascus attacked sdf');
  });
  it('negative: loyalty inside an object phrase is no subject', () => {
    expect(rels('The SDF attacked fighters loyal to Ibrahim al-Hifl near Dhiban.', 'en')).not.toContain('ibrahim-al-hifl attacked sdf');
  });
});
