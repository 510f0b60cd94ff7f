import { describe, expect, it } from 'vitest';
import { blanked, masks } from '../../../src/lib/extract/chunk.ts';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { extract, tripleSet } from './helpers.ts';

/** A sentence and its twin with inserted material give the same triples (and the plain one gives some). */
function twins(plain: string, inserted: string, lang: 'ar' | 'en') {
  const a = tripleSet(extract(plain, lang));
  const b = tripleSet(extract(inserted, lang));
  expect(a.length).toBeGreaterThan(0);
  expect(b).toEqual(a);
  return a;
}

const blank = (s: string, lang: 'ar' | 'en') => blanked(s, masks(s, 0, s.length, lang, findDates(s, 0, s.length, '2023-01-13'))).replace(/\s+/g, ' ');

describe('inserted material is no argument (chunk.ts): a sentence and its twin give the same triples', () => {
  it('a hedge before a target noun: "what they said were", "what it called" / `ما قالت إنها`, `ما وصفته بـ`', () => {
    expect(blank('Iran fired missiles at what they said were Atlantis Front positions.', 'en')).toBe('Iran fired missiles at Atlantis Front positions.');
    expect(twins('Jordan struck Islamic State positions near the border.', 'Jordan struck what it called Islamic State positions near the border.', 'en')).toContain(
      'jor attacked isis',
    );
    expect(twins('شنت تركيا غارات على مواقع حزب العمال الكردستاني.', 'شنت تركيا غارات على ما قالت إنها مواقع حزب العمال الكردستاني.', 'ar')).toContain('tur attacked pkk');
    expect(blank('قصفت الطائرات ما وصفته بمخابئ للتنظيم.', 'ar')).toBe('قصفت الطائرات مخابئ للتنظيم.');
  });

  it('a date between commas after the subject (its day still dates the act)', () => {
    twins('Jordan urged Israel to stop the strikes.', 'Jordan, on January 10, urged Israel to stop the strikes.', 'en');
    twins('استقبل الأسد وزير الخارجية الأردني في دمشق.', 'استقبل الأسد، في العاشر من كانون الثاني/يناير، وزير الخارجية الأردني في دمشق.', 'ar');
    const r = extract('Jordan, on January 10, urged Israel to stop the strikes.', 'en');
    expect(r.relations.find((x) => x.relation === 'urged')?.date).toBe('2023-01-10');
    // a date opening the next clause is not set off: "…, on Tuesday, the ministry said" keeps its tokens
    expect(blank('Israel struck Damascus, on Tuesday, the ministry said.', 'en')).toBe('Israel struck Damascus, on Tuesday, the ministry said.');
  });

  it('"X and N other states, including A and B," is the list X, A and B', () => {
    expect(blank('Italy and seven other EU states, including Austria and Cyprus, urged Syria to act.', 'en')).toBe(
      'Italy, Austria and Cyprus, urged Syria to act.',
    );
    const t = tripleSet(extract('Jordan and five other states, including Egypt and Iraq, urged Israel to stop the strikes.', 'en'));
    expect(t).toEqual(expect.arrayContaining(['jor urged isr', 'egy urged isr', 'irq urged isr']));
    const a = tripleSet(extract('ودعت روسيا وسبع دول أخرى، بينها الصين وإيران، تركيا إلى وقف العملية.', 'ar'));
    expect(a).toEqual(expect.arrayContaining(['rus urged tur', 'chn urged tur', 'irn urged tur']));
  });

  it('a kind noun inside an event noun after its doer: "a US special forces raid" / `غارة جوية إسرائيلية`', () => {
    twins('A Hezbollah commander was killed in an Israeli strike on Damascus.', 'A Hezbollah commander was killed in an Israeli drone strike on Damascus.', 'en');
    twins('Abu Bakr al-Baghdadi was killed in a US raid in Idlib.', 'Abu Bakr al-Baghdadi was killed in a US special forces raid in Idlib.', 'en');
    twins('قُتل قيادي في «حزب الله» في غارة إسرائيلية على ريف دمشق.', 'قُتل قيادي في «حزب الله» في غارة جوية إسرائيلية على ريف دمشق.', 'ar');
    // a kind adjective with no nisba after it, or two kinds joined by و, stay as they are
    expect(blank('شنت القوات عمليات جوية وبرية ضد الحزب.', 'ar')).toBe('شنت القوات عمليات جوية وبرية ضد الحزب.');
    expect(blank('نفذت الطائرات غارة جوية على المواقع.', 'ar')).toBe('نفذت الطائرات غارة جوية على المواقع.');
  });

  it('a counterpart descriptor before the caller: `اتصالاً هاتفياً من نظيره المصري NAME`, "a call from his Egyptian counterpart NAME"', () => {
    twins(
      'تلقى الرئيس بشار الأسد اتصالاً هاتفياً من الرئيس المصري عبد الفتاح السيسي.',
      'تلقى الرئيس بشار الأسد اتصالاً هاتفياً من نظيره المصري عبد الفتاح السيسي.',
      'ar',
    );
    twins('Assad received a phone call from Egyptian President Abdel Fattah al-Sisi.', 'Assad received a phone call from his Egyptian counterpart Abdel Fattah al-Sisi.', 'en');
  });
});
