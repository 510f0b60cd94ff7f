/** Lexicon coverage of gold triples (docs/diagnosis-batch21.md §6, measure 3a): used by scripts/coverage.ts. */
import type { GoldFile } from '../../src/lib/extract/score.ts';

export interface Coverage {
  /** Gold triples counted. */
  triples: number;
  /** Triples whose source and target ids are both lexicon ids. */
  known: number;
  /** Ids the lexicon lacks → how many triples name them. */
  missing: Map<string, number>;
}

/** For each batch of `gold` (files without a batch are skipped), how many triples have both ids in `ids`. */
export function coverageByBatch(gold: GoldFile[], ids: ReadonlySet<string>): Map<number, Coverage> {
  const out = new Map<number, Coverage>();
  for (const g of gold) {
    if (g.batch === undefined) continue;
    let c = out.get(g.batch);
    if (!c) out.set(g.batch, (c = { triples: 0, known: 0, missing: new Map() }));
    for (const t of g.triples) {
      c.triples++;
      const absent = [...new Set([t.source, t.target])].filter((id) => !ids.has(id));
      if (!absent.length) c.known++;
      for (const id of absent) c.missing.set(id, (c.missing.get(id) ?? 0) + 1);
    }
  }
  return new Map([...out].sort(([a], [b]) => a - b));
}
