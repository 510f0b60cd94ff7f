/**
 * dates43, cause 3 of diagnoses 35–39 §2: the date told in the noun phrase of the accord ("under a 2020 ceasefire it
 * agreed with Moscow", `بموجب تفاهمات بين موسكو وأنقرة تعود إلى عام 2019`, `تفاهم … جرى التوصل إليه أواخر عام 2019`) dates
 * the agreement, not the context's day nor publication. New sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'agreed_with')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('the accord noun phrase gives the agreement its year or month', () => {
  it('English: "under a 2020 ceasefire it agreed with Moscow"', () => {
    expect(dated('Ankara keeps thousands of soldiers in Idlib under a 2020 ceasefire it agreed with Moscow.', 'en', '2022-01-31')).toEqual(['tur agreed_with rus 2020']);
  });
  it('English: a compound and a dated lead before ("a 2019 ceasefire deal it reached with Russia")', () => {
    const text = 'Turkish drones struck a village near Kobani on Sunday, the SDF said. Turkey has troops in the area under a 2019 ceasefire deal it reached with Russia.';
    expect(dated(text, 'en', '2022-01-31')).toEqual(['tur agreed_with rus 2019']);
  });
  it('Arabic: `بموجب تفاهمات بين موسكو وأنقرة تعود إلى عام 2019`', () => {
    const text = 'وتتمركز وحدات من الجيش السوري في نقاط شمال عين عيسى، بموجب تفاهمات بين موسكو وأنقرة تعود إلى عام 2019.';
    expect(dated(text, 'ar', '2022-03-13')).toEqual(['rus agreed_with tur 2019']);
  });
  it('Arabic: `بموجب تفاهم بين موسكو و«قسد» جرى التوصل إليه أواخر عام 2019`, after a dated lead', () => {
    const text = 'اندلعت اشتباكات أمس الجمعة في محيط منبج. وتنتشر في محيط العريمة نقاط للشرطة العسكرية الروسية، بموجب تفاهم بين موسكو و«قسد» جرى التوصل إليه أواخر عام 2019.';
    expect(dated(text, 'ar', '2024-07-06')).toEqual(['rus agreed_with sdf 2019']);
  });
  it('negative: a standing agreement with no date stays at publication', () => {
    expect(dated('وتنتشر قوات تركية في ريف إدلب بموجب تفاهمات مع روسيا.', 'ar', '2022-03-13')).toEqual(['tur agreed_with rus 2022-03-13']);
  });
  it('negative: a day after the accord is the act\'s, not the accord\'s year ("agreed … on Monday")', () => {
    expect(dated('Russia and Turkey agreed on a new ceasefire in Idlib on Monday.', 'en', '2022-03-09')).toEqual(['rus agreed_with tur 2022-03-07']);
  });
  it('Arabic: another accord noun and verb (`بموجب اتفاق بين أنقرة وموسكو أُبرم في آذار 2020`)', () => {
    const text = 'وتنتشر نقاط مراقبة تركية في ريف إدلب بموجب اتفاق بين أنقرة وموسكو أُبرم في آذار/مارس 2020.';
    expect(dated(text, 'ar', '2022-03-13')).toEqual(['tur agreed_with rus 2020-03']);
  });
  it('negative: a "since" start after the pair is an ongoing state\'s, not the accord\'s (`منذ عام 2019`)', () => {
    const text = 'وتنتشر قوات روسية في محيط عين العرب بموجب تفاهمات بين موسكو وأنقرة، منذ عام 2019.';
    expect(dated(text, 'ar', '2022-03-13')).toEqual(['rus agreed_with tur 2022-03-13']);
  });
});
