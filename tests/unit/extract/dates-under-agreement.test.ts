/**
 * An agreement in an "under" phrase (`بموجب تفاهم مع`, "under a deal with") takes the year or month the text gives its
 * clause's act (ref30, diagnosis-batch26 §2: `نشرت قوات في منبج عام 2019 بموجب تفاهم مع أنقرة` → 2019); a day is the
 * act's only, and with no date the agreement stays a standing one at publication (agreements.ts underAgreement).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const PUB = '2023-01-13';
const CASES: { what: string; text: string; lang: 'en' | 'ar'; triple: string; date: string }[] = [
  { what: 'a pluperfect with a year before `بموجب`', lang: 'ar', text: 'وكانت روسيا قد نشرت قوات في منبج عام 2019 بموجب تفاهم مع أنقرة، بعد انسحاب القوات الأميركية من المدينة.', triple: 'rus agreed_with tur', date: '2019' },
  { what: 'a month between the verb and its object', lang: 'ar', text: 'وكانت روسيا قد نشرت في تشرين الأول 2019 قوات في منبج بموجب تفاهمات مع تركيا.', triple: 'rus agreed_with tur', date: '2019-10' },
  { what: 'English "had deployed … in 2019 under a deal with"', lang: 'en', text: 'Russia had deployed troops in Manbij in 2019 under a deal with Ankara.', triple: 'rus agreed_with tur', date: '2019' },
  { what: 'a day is the act’s only', lang: 'en', text: 'Russia had deployed troops in Manbij on Monday under a deal with Ankara.', triple: 'rus agreed_with tur', date: PUB },
  { what: 'no date: a standing agreement', lang: 'ar', text: 'وتنتشر قوات تركية في ريف إدلب بموجب تفاهمات مع روسيا.', triple: 'tur agreed_with rus', date: PUB },
];

describe('an agreement in an "under" phrase takes its clause’s year or month', () => {
  for (const c of CASES)
    it(c.what, () => {
      const r = extract(c.text, c.lang).relations.find((x) => `${x.source} ${x.relation} ${x.target}` === c.triple);
      expect(r, c.triple).toBeDefined();
      expect(r!.date).toBe(c.date);
    });
});
