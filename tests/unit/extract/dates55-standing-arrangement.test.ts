/**
 * dates55: an agreement noun after `بموجب`/"under" that its sentence does not date is the standing arrangement a presence
 * rests on (rule 6: publication), never anchored to the story's day (relations/dates.ts standingArrangement,
 * diagnosis-batch52 D1); and an Arabic accord noun whose reduced relative verb stands before its pair takes the year that
 * closes its clause (accorddate.ts relativeVerbGap: `بموجب تفاهم أبرمه «X» مع موسكو ودمشق أواخر عام 2019`).
 * Negative cells: an agreement the sentence dates keeps that date; an agreement reached as the story's act keeps its day.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreed = (text: string, lang: 'ar' | 'en', date: string) =>
  extract(text, lang, date).relations.filter((r) => r.relation === 'agreed_with').map((r) => `${[r.source, r.target].sort().join(' ')} ${r.date}`);

describe('a standing arrangement after a dated story sentence (ar)', () => {
  const lead = 'اندلعت اشتباكات مساء أمس الخميس بين «قسد» و«الجيش الوطني» في محيط عين عيسى. ';
  it('`بموجب تفاهمات بين موسكو و«قسد»`: publication, not Thursday', () => {
    expect(agreed(lead + 'وتنتشر في محيط البلدة نقاط للجيش السوري والشرطة العسكرية الروسية بموجب تفاهمات بين موسكو و«قسد».', 'ar', '2024-02-09')).toContain('rus sdf 2024-02-09');
  });
  it('with a relative after the noun, and `وبموجب`', () => {
    expect(agreed(lead + 'وتنتشر وحدات من الجيش السوري في نقاط التماس بموجب تفاهمات مع «قسد» جرت برعاية روسية.', 'ar', '2024-02-09')).toContain('sdf syr 2024-02-09');
    expect(agreed(lead + 'وتمت عملية التبادل برعاية روسية، وبموجب تفاهم بين موسكو وأنقرة توصل إليه الجانبان خلال اجتماعات أستانا.', 'ar', '2024-02-09')).toContain('rus tur 2024-02-09');
  });
});

describe('a standing arrangement after a dated story sentence (en)', () => {
  it('"under an understanding between Moscow and the SDF": publication', () => {
    const t = 'Clashes broke out on Thursday between the SDF and Turkish-backed factions near Ain Issa. Syrian army posts are deployed around the town under an understanding between Moscow and the SDF.';
    expect(agreed(t, 'en', '2024-02-09')).toContain('rus sdf 2024-02-09');
  });
});

describe("an accord noun's relative verb before its pair (ar)", () => {
  it('`تفاهم أبرمه «X» مع موسكو ودمشق أواخر عام 2019`: 2019 for each pair', () => {
    const r = agreed('وتنتشر في ريف منبج الغربي وحدات من الجيش السوري، بموجب تفاهم أبرمه «مجلس منبج العسكري» مع موسكو ودمشق أواخر عام 2019.', 'ar', '2022-05-29');
    expect(r).toContain('manbij-military-council rus 2019');
    expect(r).toContain('manbij-military-council syr 2019');
  });
});

describe('not a standing arrangement', () => {
  it('an agreement the sentence dates keeps its date', () => {
    expect(agreed('وتنتشر قوات روسية في محيط تل تمر بموجب تفاهمات أبرمتها موسكو مع أنقرة في تشرين الأول/أكتوبر 2019.', 'ar', '2022-01-11')).toContain('rus tur 2019-10');
    expect(agreed('Turkey keeps dozens of military posts in the region under a March 2020 ceasefire deal it reached with Russia.', 'en', '2022-02-07')).toContain('rus tur 2020-03');
  });
  it("an agreement reached as the story's act keeps its day", () => {
    expect(agreed('توصلت روسيا وتركيا أمس الخميس إلى اتفاق لوقف إطلاق النار في إدلب.', 'ar', '2024-02-09')).toContain('rus tur 2024-02-08');
  });
});
