/**
 * dates44, classes S and L of diagnosis-batch40 §2: "since" before a date past a word placing it in its month
 * (`منذ أواخر أيلول`, `منذ مطلع …`, "since late September") is still "since" (rule 6: an ongoing series, publication); and
 * a strike told with "since" (or a response to a series the sentence before tells with "since") is not given the day
 * of the story's opening. Negatives: a response to a dated act keeps that act's day when its "since" belongs to a
 * relative clause on a place after it; a date not after "since" still dates the act.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'attacked')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('"since" past a month-placing word is still "since"', () => {
  it('Arabic: `منذ أواخر أيلول/سبتمبر الماضي`', () => {
    const text = 'وتكثّف إسرائيل غاراتها على مواقع لـ«حزب الله» في سوريا منذ أواخر أيلول/سبتمبر الماضي.';
    expect(dated(text, 'ar', '2024-11-02')).toContain('isr attacked hezbollah 2024-11-02');
  });
  it('Arabic: `منذ مطلع` and `منذ منتصف` the month', () => {
    expect(dated('وتشنّ الطائرات التركية غارات على مواقع لـ«قسد» منذ مطلع تشرين الثاني/نوفمبر الماضي.', 'ar', '2022-12-02')).toContain('tur attacked sdf 2022-12-02');
    expect(dated('وتشنّ الطائرات التركية غارات على مواقع لـ«قسد» منذ منتصف تشرين الثاني/نوفمبر الماضي.', 'ar', '2022-12-02')).toContain('tur attacked sdf 2022-12-02');
  });
  it('English: "since late September"', () => {
    const text = 'Israel has intensified its strikes on Hezbollah positions in Syria since late September.';
    expect(dated(text, 'en', '2024-11-02')).toContain('isr attacked hezbollah 2024-11-02');
  });
  it('negative: "in late September" dates the act', () => {
    const text = 'Israel struck Hezbollah positions in Syria in late September.';
    expect(dated(text, 'en', '2024-11-02')).toContain('isr attacked hezbollah 2024-09');
  });
});

describe('a series told with "since" takes no day of the opening', () => {
  it('Arabic: the strike of a since-clause after a dated lead (`تواصل فيه الطائرات التركية منذ … شنّ غارات`)', () => {
    const text =
      'وصلت تعزيزات عسكرية روسية جديدة، أمس الخميس، إلى مطار القامشلي في ريف الحسكة، بحسب مصادر محلية.\n' +
      'وتأتي التعزيزات في وقت تواصل فيه الطائرات التركية منذ 20 تشرين الثاني/نوفمبر الماضي شنّ غارات على مواقع لـ«قسد» في شمال شرق سوريا.';
    expect(dated(text, 'ar', '2022-12-02')).toContain('tur attacked sdf 2022-12-02');
  });
  it('Arabic: a part of the series past a comma (`منذ اندلاع الحرب في غزة، استهدف بعضها مواقع لـ«حزب الله»`)', () => {
    const text =
      'شارك الرئيس السوري بشار الأسد، أمس الاثنين، في القمة العربية الإسلامية في الرياض.\n' +
      'وتتعرض سوريا لغارات إسرائيلية متكررة منذ اندلاع الحرب في غزة، استهدف بعضها مواقع لـ«حزب الله» ومستشارين إيرانيين.';
    expect(dated(text, 'ar', '2024-11-12')).toContain('isr attacked hezbollah 2024-11-12');
  });
  it('Arabic: a response to the series the sentence before tells with `منذ`', () => {
    const text =
      'بحث وزير الخارجية السوري فيصل المقداد مع نظيره العراقي فؤاد حسين، أمس الجمعة، في اتصال هاتفي التطورات في المنطقة.\n' +
      'ويأتي الاتصال في وقت تتعرض فيه قواعد أمريكية في العراق وسوريا لهجمات متكررة بطائرات مسيّرة وصواريخ منذ منتصف تشرين الأول/أكتوبر الماضي.\n' +
      'وتبنّت «المقاومة الإسلامية في العراق» معظم تلك الهجمات، فيما ردّت واشنطن بغارات على منشآت في شرق سوريا قالت إنها تابعة للحرس الثوري الإيراني.';
    const got = dated(text, 'ar', '2023-11-18');
    expect(got.filter((x) => x.startsWith('usa attacked'))).not.toEqual([]);
    expect(got.filter((x) => x.startsWith('usa attacked') && !x.endsWith('2023-11-18'))).toEqual([]);
  });
  it('negative: a response keeps the day of the act it answers when "since" is a relative on a place after it', () => {
    const text =
      'قصفت فصائل «الجيش الوطني السوري»، أمس الخميس، قرى في ريف تل تمر شمال الحسكة.\n' +
      'وردّت «قوات سوريا الديمقراطية» (قسد) بقصف مواقع للفصائل قرب مدينة رأس العين، الخاضعة لسيطرة القوات التركية منذ عام 2019.';
    expect(dated(text, 'ar', '2022-10-21')).toContain('sdf attacked syrian-national-army 2022-10-20');
  });
});
