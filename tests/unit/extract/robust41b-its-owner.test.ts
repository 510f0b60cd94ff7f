import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * robust41b: "its" inside an English sentence before a held or member noun in the struck slot ("struck its positions",
 * "strikes on its hideouts", "against its cells"): the owner is the armed group named last before it that is not the
 * sentence's own doer or partner — named earlier in the article, or an object earlier in this sentence.
 */
const DAY = '2023-01-13';
const triples = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('"its" + a held noun in the struck slot names the armed group named before', () => {
  it.each([
    ['The SDF controls much of the northeast. Turkish drones struck its positions near Qamishli on Thursday.', 'tur attacked sdf'],
    ['Islamic State remains active in the desert. Russian warplanes carried out dozens of strikes on its hideouts east of Palmyra.', 'rus attacked isis'],
    ['The PKK has fought Ankara since 1984. Turkey regularly carries out air strikes against its bases in northern Iraq.', 'tur attacked pkk'],
    // (a relative clause and a date between)
    ['Hayat Tahrir al-Sham, which controls Idlib, denied the claim. Syrian army artillery, on Monday, shelled its posts near Saraqeb.', 'syr attacked hts'],
    // (partners of the doer in this sentence are not the owner)
    ['Islamic State cells remain active. The United States keeps about 900 troops in Syria and carries out raids with the SDF against its cells.', 'usa attacked isis'],
    // (another held noun, another verb)
    ['The YPG holds Tal Rifaat. Turkish artillery pounded its outposts on Sunday.', 'tur attacked ypg'],
  ])('%s → %s', (s, t) => {
    expect(triples(s)).toContain(t);
  });
  it('does not read "its" as the partner named in the same sentence', () => {
    expect(triples('Islamic State cells remain active. US troops work with the SDF against its cells.')).not.toContain('usa attacked sdf');
  });
  it('leaves a state\'s own organ and a fight that is no held noun', () => {
    expect(triples('The YPG holds Tal Rifaat. Turkey said its forces would respond.')).not.toContain('ypg attacked tur');
    expect([...triples('Turkey struck the PKK. Erdogan asked Russia to back Turkey in its fight against terrorism.')].some((x) => x.startsWith('pkk '))).toBe(false);
  });
  it('names no armed group when none was named before', () => {
    expect([...triples('Turkish drones struck its positions near Qamishli on Thursday.')].some((x) => /tur attacked (sdf|ypg|pkk|isis)/.test(x))).toBe(false);
  });
});

describe('the gerund and third person of "hit" in the struck slot', () => {
  it.each([
    ['Hayat Tahrir al-Sham said its fighters responded by hitting Syrian army positions near the front line.', 'hts attacked syr'],
    ['Israel keeps hitting Iranian targets in Syria, a monitor said.', 'isr attacked irn'],
    ['Hezbollah said its fighters responded on Tuesday by hitting Israeli positions near the border.', 'hezbollah attacked isr'],
  ])('%s → %s', (s, t) => {
    expect(triples(s)).toContain(t);
  });
  it('reads no strike in "hitting a record" with no actor struck', () => {
    expect([...triples('Turkish inflation kept hitting records in 2023.')].some((x) => x.includes(' attacked '))).toBe(false);
  });
});
