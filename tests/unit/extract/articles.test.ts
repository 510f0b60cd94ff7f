import { describe, expect, it } from 'vitest';
import { ArticleError, detectLang, parseArticleFile, parseJsonl } from '../../../src/lib/extract/articles.ts';

describe('parseArticleFile', () => {
  it('reads front matter and body', () => {
    const a = parseArticleFile('x.md', '---\nid: a1\ntitle: T\ndate: 2023-01-13\nsource: S\nurl: https://x\nlang: en\n---\nBody text.\n');
    expect(a).toEqual({ id: 'a1', title: 'T', date: '2023-01-13', source: 'S', url: 'https://x', lang: 'en', text: 'Body text.' });
  });
  it('derives a missing id from the file name and detects the language', () => {
    const a = parseArticleFile('data/articles/2023-01-13-taif.ar.md', '---\ndate: 2023-01-13\n---\nالتقى الأسد لافرنتييف\n');
    expect(a.id).toBe('2023-01-13-taif');
    expect(a.lang).toBe('ar');
    expect(detectLang('Assad met Lavrentiev')).toBe('en');
  });
  it('throws ArticleError with file and line', () => {
    const err = (text: string) => {
      try {
        parseArticleFile('bad.md', text);
      } catch (e) {
        expect(e).toBeInstanceOf(ArticleError);
        return (e as ArticleError).message;
      }
      return 'no error';
    };
    expect(err('---\ntitle: x\n---\nbody')).toMatch(/^bad\.md:1: no date/);
    expect(err('---\ntitle: x\ndate: 13/01/2023\n---\nbody')).toMatch(/^bad\.md:3: bad date/);
    expect(err('---\ndate: 2023-02-30\n---\nbody')).toMatch(/bad date/);
    expect(err('---\ndate: 2023-01-13\n---\n\n')).toMatch(/^bad\.md:4: empty body/);
    expect(err('no front matter')).toMatch(/front matter/);
  });
});

describe('parseJsonl', () => {
  it('keeps good lines and reports bad ones with their line', () => {
    const text = [
      JSON.stringify({ id: 'a', date: '2023-01-13', text: 'Assad met Lavrentiev.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'no date' }),
      '',
      JSON.stringify({ id: 'c', date: '2023-01-13', lang: 'ar', text: 'التقى الأسد لافرنتييف' }),
    ].join('\n');
    const { articles, errors } = parseJsonl('in.jsonl', text);
    expect(articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(articles[0]!.lang).toBe('en');
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'no date'],
    ]);
  });
});
