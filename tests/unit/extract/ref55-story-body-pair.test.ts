import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (diagnosis-batch53 §6 ref54 rank 3's pairs, rank 2's bare army; gold rule 4): a bare state body (`الجيش`,
 * `الحكومة`, "the army") resolved to the story's state joins a named partner across the quote marks of its name, so that
 * `تبادل لإطلاق النار بين الجيش و«قسد»` and `اشتباكات بين «قسد» والجيش` are a pair, both directions.
 * relations/discourse.ts orgHeadAnaphors.
 */
const DAY = '2023-05-17';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));
const LEAD_AR = 'دفع الجيش السوري، يوم الأربعاء، بتعزيزات عسكرية جديدة إلى ريف دير حافر شرقي حلب. ';
const LEAD_EN = 'The Syrian army sent reinforcements to the Deir Hafer countryside east of Aleppo on Wednesday. ';

describe('a bare state body and a quoted name are a pair', () => {
  it.each([
    // the row's own construction (b41), with a date and a place after the pair
    [LEAD_AR + 'وأشارت المصادر إلى أن الخطوة جاءت بعد تبادل لإطلاق النار بين الجيش و«قسد» يوم الاثنين قرب قرية على الطريق المؤدي إلى الطبقة.', ['syr attacked sdf', 'sdf attacked syr']],
    // the body second, after the quoted name
    [LEAD_AR + 'واندلعت اشتباكات بين «قسد» والجيش قرب بلدة مسكنة.', ['syr attacked sdf', 'sdf attacked syr']],
    // another noun of the class, another quoted group
    [LEAD_AR + 'وتجددت المواجهات بين الجيش و«هيئة تحرير الشام» في ريف إدلب.', ['syr attacked hts', 'hts attacked syr']],
  ])('%s', (s, ts) => {
    const got = ar(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it.each([
    [LEAD_EN + 'The move followed an exchange of fire between the army and the SDF near Tabqa on Monday.', ['syr attacked sdf', 'sdf attacked syr']],
    [LEAD_EN + 'Clashes broke out between the SDF and the army near Maskanah.', ['syr attacked sdf', 'sdf attacked syr']],
  ])('%s', (s, ts) => {
    const got = en(s);
    for (const t of ts) expect(got).toContain(t);
  });
});

describe('not a pair', () => {
  it('a quoted name that is the body\'s own name stays one', () => {
    const got = ar('قالت الحركة «حماس» في بيان إنها ترفض الاتهامات.');
    expect(got).not.toContain('hamas attacked hamas');
  });
  it('no story state: the bare army names none', () => {
    const got = ar('واندلعت اشتباكات بين الجيش و«قسد» قرب بلدة مسكنة.');
    expect(got).not.toContain('syr attacked sdf');
  });
});
