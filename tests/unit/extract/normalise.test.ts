import { describe, expect, it } from 'vitest';
import { arabicVariants, normalise, normaliseWithMap, phraseKeys, tokenise } from '../../../src/lib/extract/normalise.ts';

describe('normalise', () => {
  it('unifies Arabic letter variants and drops diacritics and tatweel', () => {
    expect(normalise('أإآٱ')).toBe('اااا');
    expect(normalise('مدرسة')).toBe('مدرسه'); // ta marbuta
    expect(normalise('التقى')).toBe('التقي'); // alef maqsura
    expect(normalise('مُبْعُوثٌ')).toBe('مبعوث'); // diacritics
    expect(normalise('الأســد')).toBe('الاسد'); // tatweel
    expect(normalise('مؤتمر')).toBe('موتمر');
    expect(normalise('٢٠٢٣')).toBe('2023'); // Eastern Arabic digits
  });

  it('lower-cases Latin, strips accents and possessives, keeps acronyms', () => {
    expect(normalise('Erdoğan')).toBe('erdogan');
    expect(normalise('Çavuşoğlu')).toBe('cavusoglu');
    expect(normalise("Assad's")).toBe('assad');
    expect(normalise('Putin’s')).toBe('putin');
    expect(normalise('US')).toBe('US');
    expect(normalise('us')).toBe('us');
  });

  it('keeps an offset map back into the source', () => {
    const src = 'الأَسَد';
    const { norm, map } = normaliseWithMap(src);
    expect(norm).toBe('الاسد');
    expect(src[map[4]!]).toBe('د');
  });

  it('reads Arabic proclitics and the article off a word', () => {
    const keys = (w: string) => arabicVariants(normalise(w)).map((v) => v.key);
    expect(keys('والرئيس')).toContain('رييس');
    expect(keys('ولافرنتييف')).toContain('لافرنتييف');
    expect(keys('بالأسد')).toContain('اسد');
    expect(keys('للأسد')).toContain('اسد'); // ل + ال
    expect(keys('فسيلتقي')).toContain('يلتقي');
  });

  it('reads a suffix pronoun off a word when asked', () => {
    const keys = arabicVariants(normalise('مبعوثه'), true).map((v) => v.key);
    expect(keys).toContain('مبعوث');
    expect(keys).toContain('مبعوثه');
  });

  it('tokenises with offsets that slice to the surface form', () => {
    const text = 'التقى “الأسد” مع لافرنتييف، and Assad’s envoy met al-Assad.';
    for (const t of tokenise(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(phraseKeys('Bashar al-Assad')).toEqual(['bashar', 'al', 'assad']);
    expect(phraseKeys('الرئيس الروسي')).toEqual(['رييس', 'روسي']);
  });

  it('tokenises as the token expression would, in any script', () => {
    const re = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s]/gu;
    const text = "Côte d'Ivoire’s o'2 l'' rock’n’roll x'y'z1 — وَالرَّئِيسُ الأســد ٢٠٢٣م 𝒜bc 😀! \u00a0ok\ud800 ‘quoted’ ١,٥ Ǆemal";
    for (const [from, to] of [[0, text.length], [3, 40], [10, text.length - 5]] as const) {
      const expected = [...text.slice(from, to).matchAll(re)].map((m) => [from + m.index, from + m.index + m[0].length, m[0]]);
      expect(tokenise(text, from, to).map((t) => [t.start, t.end, t.text])).toEqual(expected);
    }
    // tokens of one text share their derived fields, also after many other texts were seen
    const [a, , b] = tokenise('Assad met Assad');
    expect(a!.form).toBe(b!.form);
    const many = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const first = tokenise(many);
    const again = tokenise(many);
    expect(again.map((t) => t.text)).toEqual(many.split(' '));
    expect(again.every((t, i) => t.form === first[i]!.form && t.norm === t.text)).toBe(true);
  });
});
