/**
 * scripts/lib/write.ts jsonChunks: the build report written in pieces is the file JSON.stringify(report, null, 1)
 * wrote before, byte for byte (what a user diffing two reports, or a tool parsing one, sees).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonChunks, writeChunks } from '../../scripts/lib/write.ts';

const indented = (v: unknown) => JSON.stringify(v, null, 1) + '\n';

describe('jsonChunks', () => {
  it('joins to JSON.stringify(value, null, 1) and a newline, at every depth of containers written apart', () => {
    const report = {
      summary: { articles: 2, skipped: 0 },
      timing: {},
      resources: undefined,
      problems: [],
      articles: [{ id: 'a', lang: 'ar', date: '2023-01-13', entities: 3 }],
      unknown: [{ id: 'x', label: 'سبل حل "الأزمة"\n', articles: ['a', 'b'], sentences: [] }],
      missed: [{ article: 'a', relation: 'met', trigger: 'لقاء', sentence: 'التقى الوزير\tنظيره.' }, null],
      nested: [[1, [2, { deep: [] }]], [], {}, [undefined, () => 1], new Date(Date.UTC(2023, 0, 13))],
      fn: () => 1,
      relations: { met: 4, visited: 0 },
    };
    for (const depth of [0, 1, 2, 3, 5]) expect([...jsonChunks(report, depth)].join('')).toBe(indented(report));
    for (const v of [[], {}, 'text', 3, null, [[]], { a: { b: {} } }]) expect([...jsonChunks(v)].join('')).toBe(indented(v));
  });

  it('writes the same bytes through writeChunks', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wasl-json-')), 'report.json');
    const value = { missed: Array.from({ length: 3000 }, (_, i) => ({ article: `bench-${i}`, sentence: 'وبحث المجتمعون سبل حل الأزمة السورية.'.repeat(5) })) };
    writeChunks(path, jsonChunks(value));
    expect(readFileSync(path, 'utf8')).toBe(indented(value));
  });
});
