import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/extract/articles.ts';
import { extractArticle } from '../../../src/lib/extract/pipeline.ts';
import { lexicon, ROOT } from './helpers.ts';

const FILE = 'data/articles/2023-01-13-taif-lavrentiev-damascus.ar.md';

describe('seed article (Taif Post, 2023-01-13)', () => {
  const art = parseArticleFile(FILE, readFileSync(ROOT + FILE, 'utf8'));
  const rec = extractArticle(art, lexicon());
  const ids = new Set(rec.entities.map((e) => e.id));

  it('reads the front matter', () => {
    expect(art.id).toBe('2023-01-13-taif-lavrentiev-damascus');
    expect(art.date).toBe('2023-01-13');
    expect(art.lang).toBe('ar');
  });

  it('finds the actors and places', () => {
    for (const id of ['vladimir-putin', 'alexander-lavrentiev', 'bashar-al-assad', 'damascus', 'syr', 'rus', 'tur'])
      expect(ids, id).toContain(id);
  });

  it('Putin sent his envoy Lavrentiev to Damascus', () => {
    const r = rec.relations.find((x) => x.relation === 'sent_envoy' && x.evidence.sentence.startsWith('أرسل'));
    expect(r).toBeDefined();
    expect(r!.source).toBe('vladimir-putin');
    expect(r!.target).toBe('alexander-lavrentiev');
    expect(['damascus', 'syr']).toContain(r!.attrs?.destination);
    expect(r!.evidence.sentence.slice(...r!.evidence.sourceSpan)).toBe('فلاديمير بوتين');
    expect(r!.evidence.sentence.slice(...r!.evidence.targetSpan)).toBe('ألكسندر لافرنتييف');
    expect(art.text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.sentence);
  });

  it('Assad met Lavrentiev on Thursday 2023-01-12', () => {
    const met = rec.relations.filter(
      (x) =>
        x.relation === 'met' &&
        [x.source, x.target].sort().join() === ['alexander-lavrentiev', 'bashar-al-assad'].sort().join(),
    );
    expect(met.length).toBeGreaterThan(0);
    const thursday = met.find((x) => x.evidence.sentence.includes('يوم الخميس'))!;
    expect(thursday.date).toBe('2023-01-12');
    expect(thursday.dateSource).toBe('text');
    const e = thursday.evidence;
    const names = [e.sentence.slice(...e.sourceSpan), e.sentence.slice(...e.targetSpan)];
    expect(names).toContain('بشار الأسد');
    expect(names).toContain('لافرنتييف');
    for (const m of met) expect(m.date).toBe('2023-01-12');
  });

  it('Putin (Russia) urged reconciliation with Turkey, addressed to Assad (Syria)', () => {
    const u = rec.relations.filter((x) => x.relation === 'urged_reconciliation_with');
    expect(u.length).toBeGreaterThan(0);
    for (const r of u) expect(['vladimir-putin', 'rus']).toContain(r.source);
    const toTurkey = u.filter((x) => x.target === 'tur');
    expect(toTurkey.length).toBeGreaterThan(0);
    for (const r of toTurkey) expect(['bashar-al-assad', 'syr']).toContain(r.attrs?.addressee);
    // 'إعادة العلاقات بين دمشق وأنقرة': both directions, each addressed to the other side
    expect(u.find((x) => x.source === 'rus' && x.target === 'syr')?.attrs?.addressee).toBe('tur');
    const putin = u.find((x) => x.source === 'vladimir-putin')!;
    expect(putin.evidence.sentence.slice(...putin.evidence.sourceSpan)).toBe('بوتين');
    expect(putin.evidence.sentence.slice(...putin.evidence.targetSpan)).toBe('الجانب التركي');
  });

  it('every evidence span slices to its mention', () => {
    for (const r of rec.relations) {
      const e = r.evidence;
      expect(art.text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.sentence.slice(...e.sourceSpan).length).toBeGreaterThan(1);
      expect(e.sentence.slice(...e.targetSpan).length).toBeGreaterThan(1);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractArticle(art, lexicon()))).toBe(JSON.stringify(rec));
  });
});
