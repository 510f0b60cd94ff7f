/**
 * np40 (diagnosis-batch35 #6, §6 np39 rank 4; gold rule 19d): an owned post or positions near or around a village or
 * town the lexicon does not know, then the region it lies in — the holder is present in the region
 * (presence.ts placesFrom / unknownPlaceName). New sentences only; Arabic (English village names are discovered).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string) => extract(text, 'ar', '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('Arabic: X\'s post near an unknown village, in region P → X deployed_in P', () => {
  it('the row\'s own construction: `نقطة عسكرية تابعة لـ«قسد» قرب بلدة زركان في ريف الحسكة الشمالي`', () => {
    expect(rels('استهدفت طائرة مسيّرة تركية، مساء أمس الاثنين، نقطة عسكرية تابعة لـ«قوات سوريا الديمقراطية» (قسد) قرب بلدة زركان في ريف الحسكة الشمالي.')).toContain('sdf deployed_in hasakah');
  });
  it('another owner form (`لـ`), another head (`قرية`), a date between', () => {
    expect(rels('وقال المرصد إن طائرة مسيّرة تركية استهدفت في الليلة ذاتها نقطة عسكرية لـ«قسد» قرب قرية الدردارة في ريف تل تمر.')).toContain('sdf deployed_in tal-tamr');
  });
  it('positions around a town, the region told by the clitic ب (`في محيط بلدة جورين بريف حماة الغربي`)', () => {
    expect(rels('في المقابل، قصفت «هيئة تحرير الشام» مواقع لقوات النظام في محيط بلدة جورين بريف حماة الغربي.')).toContain('syr deployed_in hama');
  });
  it('a presence verb with the positions, a two-word village name', () => {
    expect(rels('وتنتشر نقاط للجيش السوري قرب قرية عين دقنة في ريف حلب الشمالي.')).toContain('syr deployed_in aleppo');
  });
  it('negative: a known town stays the place (no region instead)', () => {
    const r = rels('استهدفت طائرة مسيّرة تركية نقطة عسكرية لـ«قسد» قرب بلدة تل تمر في ريف الحسكة.');
    expect(r).toContain('sdf deployed_in tal-tamr');
    expect(r).not.toContain('sdf deployed_in hasakah');
  });
  it('negative: an unknown village with no region after it gives no place', () => {
    expect(rels('استهدفت طائرة مسيّرة تركية نقطة عسكرية لـ«قسد» قرب قرية الدردارة.').filter((x) => x.startsWith('sdf deployed_in'))).toEqual([]);
  });
});
