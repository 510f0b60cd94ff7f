import { describe, expect, it } from 'vitest';
import { controlsParam, embedSize, embedUrl, iframeSnippet, parseControls, viewUrl } from '../../src/lib/embed/share.ts';
import { DEFAULT_VIEW_STATE, fromSearchParams } from '../../src/lib/view/state.ts';

const PAGE = 'https://wasl.example/news/graph/index.html?lang=ar&embed=1#x';
const VIEW = { ...DEFAULT_VIEW_STATE, lang: 'ar' as const, relations: ['met', 'visited'], from: '2023', focus: 'bashar-al-assad', embed: true, parentOrigin: 'https://a.example' };

describe('share links', () => {
  it('links to the full view of the same state, without embed or parentOrigin', () => {
    const url = new URL(viewUrl(PAGE, VIEW));
    expect(url.origin + url.pathname).toBe('https://wasl.example/news/graph/index.html');
    expect(url.hash).toBe('');
    expect(fromSearchParams(url.searchParams)).toEqual({ ...VIEW, embed: false, parentOrigin: null });
  });
  it('embeds the same state with embed=1, the chosen parentOrigin and controls', () => {
    const url = new URL(embedUrl(PAGE, { ...VIEW, parentOrigin: null }, { controls: ['legend'], parentOrigin: 'https://news.example' }));
    expect(fromSearchParams(url.searchParams)).toEqual({ ...VIEW, embed: true, parentOrigin: 'https://news.example' });
    expect(url.searchParams.get('controls')).toBe('legend');
    expect(new URL(embedUrl(PAGE, VIEW)).searchParams.get('parentOrigin')).toBeNull();
  });
});

describe('controls=', () => {
  it('parses a comma list in a fixed order; absent = defaults; none = nothing', () => {
    expect(parseControls(null)).toEqual(['timeline', 'link']);
    expect(parseControls('link, legend,bogus')).toEqual(['legend', 'link']);
    expect(parseControls('none')).toEqual([]);
    expect(parseControls('')).toEqual([]);
  });
  it('writes nothing for the defaults', () => {
    expect(controlsParam(['link', 'timeline'])).toBeNull();
    expect(controlsParam([])).toBe('none');
    expect(controlsParam(['legend', 'timeline'])).toBe('timeline,legend');
    for (const v of ['none', 'legend', 'timeline,legend,link']) expect(controlsParam(parseControls(v)) ?? '').toBe(v === 'none' ? 'none' : v);
  });
});

describe('iframeSnippet', () => {
  it('writes a lazy, titled iframe', () => {
    const s = iframeSnippet({ src: 'https://wasl.example/?embed=1&focus=syr', width: '100%', height: 480, title: 'Who met whom' });
    expect(s).toBe(
      '<iframe src="https://wasl.example/?embed=1&amp;focus=syr" height="480" title="Who met whom" loading="lazy" style="border:0;width:100%;max-width:100%" allow="fullscreen; clipboard-write"></iframe>',
    );
  });
  it('escapes every value and falls back on invalid sizes', () => {
    const s = iframeSnippet({ src: 'https://x.example/?a="><script>', width: '100" onload="x', height: '60vh', title: '"><img src=x onerror=alert(1)>' });
    expect(s).not.toMatch(/<script|<img|onload="x/);
    expect(s).toContain('height="480"');
    expect(s).toContain('style="border:0;width:100%;max-width:100%"');
    expect(s).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(iframeSnippet({ src: 'https://x.example/', width: 640, height: '400px', title: ' ' })).toContain('width="640" height="400" title="Wasl graph"');
  });
  it('reads sizes as pixels or a width percentage', () => {
    expect(embedSize('640', 400)).toEqual({ width: '640px', height: '400px' });
    expect(embedSize(' 80% ', '300px')).toEqual({ width: '80%', height: '300px' });
    expect(embedSize('auto', '50%')).toEqual({ width: '100%', height: '480px' });
  });
});
