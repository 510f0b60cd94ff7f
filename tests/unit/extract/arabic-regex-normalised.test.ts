/**
 * Arabic word lists written as regexes in src/lib/extract are tested against a token's `norm`, the normalised form
 * (normalise.ts: أ إ آ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, no tatweel or diacritics). A word written with a letter that
 * normalisation changes can never match there: `/^(رئيس|وزير)$/.test(t.norm)` never sees رئيس (its norm is رييس).
 * Such dead alternatives were found in eight lists (PERSON_HEAD's رئيس, اوائل, تبنى, أودى, طائرات, …); this test keeps new
 * ones out: every word of a regex tested against a `norm` must be written normalised, or have its normalised twin in
 * the same regex; so must the words of a `new Set([…])` asked with a norm. (Word lists that are data belong in cues.csv, whose forms are normalised on loading.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/extract/normalise.ts';
import { ROOT } from './helpers.ts';

const CHANGED = /[أإآٱةىؤئیک\u064b-\u065f\u0670]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The regex literals of a file that are tested against a normalised form: inline `/…/.test(x.norm)` and consts `NAME.test(x.norm)`. */
function normTested(code: string): string[] {
  const out: string[] = [];
  const lines = code.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l));
  const text = lines.join('\n');
  for (const m of text.matchAll(/\/(\^[^/\n]*?\$)\/[gimsuy]*\.test\(([^)]*)\)/g)) if (/norm/.test(m[2]!)) out.push(m[1]!);
  for (const m of text.matchAll(/const ([A-Z_][A-Z0-9_]*) = \/(\^[^/\n]*?\$)\/[gimsuy]*;/g)) {
    const uses = [...text.matchAll(new RegExp(`\\b${m[1]}\\.test\\(([^)]*)\\)`, 'g'))];
    if (uses.some((u) => /norm/.test(u[1]!))) out.push(m[2]!);
  }
  // (word sets: `const NAME = new Set([…])` asked `NAME.has(x.norm)`, as a regex of their words)
  for (const m of text.matchAll(/const ([A-Z_][A-Z0-9_]*) = new Set(?:<[^>]*>)?\(\[([^\]]*)\]\)/g)) {
    const uses = [...text.matchAll(new RegExp(`\\b${m[1]}\\.has\\(([^)]*)\\)`, 'g'))];
    if (uses.some((u) => /norm/.test(u[1]!))) out.push(`^(${[...m[2]!.matchAll(/'([^']*)'/g)].map((w) => w[1]).join('|')})$`);
  }
  return out;
}

/** Words of a regex written with a letter normalisation changes whose normalised twin is not in the same regex. */
function deadWords(source: string): string[] {
  const bare = source.replace(/\[[^\]]*\]/g, ' ');
  const words = new Set(bare.split(/[|()^$?:*+\s]+/).filter(Boolean));
  return [...words].filter((w) => CHANGED.test(w) && normalise(w) !== '' && !words.has(normalise(w)));
}

describe('Arabic regexes tested against a normalised token', () => {
  const files = sources(join(ROOT, 'src/lib/extract'));
  it('finds the regexes it checks', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => normTested(readFileSync(f, 'utf8'))).length).toBeGreaterThan(100);
  });
  it('a dead alternative is caught (the check can fail)', () => {
    expect(deadWords('^(وزير|رئيس|مبعوث)$')).toEqual(['رئيس']);
    expect(deadWords('^(على|علي)$')).toEqual([]);
    expect(normTested("if (/^(رئيس)$/.test(t.norm)) x();\nconst A = /^(أوائل)$/;\nA.test(toks[k]!.norm);")).toEqual(['^(رئيس)$', '^(أوائل)$']);
    expect(normTested("if (/^(على)$/.test(t.text)) x();")).toEqual([]);
    expect(normTested("const S = new Set(['مؤتمر', 'قمة']);\nS.has(t.norm);").flatMap(deadWords)).toEqual(['مؤتمر', 'قمة']);
  });
  it.each(files.map((f) => [f.slice(ROOT.length), f]))('%s writes its normalised word lists normalised', (_, f) => {
    const dead = normTested(readFileSync(f, 'utf8')).flatMap(deadWords);
    expect(dead).toEqual([]);
  });
});
