/**
 * Dates of the sentences that follow a dated lead (issue #3, branch dates18): what they tell of the lead's event takes
 * its day; background (a pluperfect) does not; a dateline with an agency's name dates nothing. New sentences written for
 * this file (not taken from data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { extract } from './helpers.ts';

const dates = (text: string, pub: string) => findDates(text, 0, text.length, pub).map((d) => `${d.date} ${text.slice(d.start, d.end)}`);
const dated = (text: string, lang: 'ar' | 'en', pub: string, relation?: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a dateline with the agency\'s name ("CITY, Mon DD (Agency) - ") dates nothing', () => {
  it('the weekday of the lead dates its act', () => {
    expect(dates('ANKARA, March 5 (Reuters) - Turkish jets struck Kurdish militant positions in northern Iraq on Thursday, the defence ministry said.', '2021-03-05')).toEqual([
      '2021-03-04 Thursday',
    ]);
    expect(dated('BEIRUT, June 9 (AFP) - Lebanese President Michel Aoun met Syrian Foreign Minister Faisal Mekdad in Baabda on Tuesday.', 'en', '2021-06-09', 'met')).toEqual([
      'michel-aoun met faisal-mekdad 2021-06-08',
    ]);
  });
  it('not a parenthesis inside the sentence', () => {
    expect(dates('Officials said on June 9 (local time) - the day of the vote - that turnout was low.', '2021-06-10')).toEqual(['2021-06-09 June 9']);
  });
});

describe('the story of a call: what its parties say next is said in the call', () => {
  it('Arabic: a call told by its noun (`تلقى … اتصالاً هاتفياً من نظيره …`), then `ودان الرئيسان …`', () => {
    const text = 'تلقى الرئيس بشار الأسد أمس الاثنين اتصالاً هاتفياً من نظيره الإيراني إبراهيم رئيسي، تناول التطورات في المنطقة. ودان الرئيسان الغارات الإسرائيلية على لبنان.';
    expect(dated(text, 'ar', '2024-10-01', 'criticized').sort()).toEqual(['bashar-al-assad criticized isr 2024-09-30', 'ebrahim-raisi criticized isr 2024-09-30']);
  });
  it('English: "received a phone call from his Iranian counterpart …", then "Raisi accused …"', () => {
    const text = 'Syrian President Bashar al-Assad received a phone call on Monday from his Iranian counterpart Ebrahim Raisi about the situation in the region. Raisi accused Israel of escalating the conflict.';
    expect(dated(text, 'en', '2024-10-01', 'accused')).toEqual(['ebrahim-raisi accused isr 2024-09-30']);
  });
  it('not in the story of an attack: a condemnation there keeps publication', () => {
    const text = 'Israeli jets struck a warehouse near Damascus on Monday, the Syrian army said. Iran condemned Israel.';
    expect(dated(text, 'en', '2024-10-01', 'criticized')).toEqual(['irn criticized isr 2024-10-01']);
  });
});

describe('an English pluperfect is background, not part of the lead\'s event', () => {
  it('"X had called on the council to …" after a dated vote keeps publication', () => {
    const text = 'The UN Security Council voted on Monday to extend the aid mandate for six months. UN Secretary-General Antonio Guterres had called on the council to renew the mandate.';
    expect(dated(text, 'en', '2023-01-10', 'urged')).toEqual(['antonio-guterres urged unsc 2023-01-10']);
  });
  it('a simple past of the same party takes the lead\'s day', () => {
    const text = 'The UN Security Council voted on Monday to extend the aid mandate for six months. UN Secretary-General Antonio Guterres called on the council to keep the crossing open.';
    expect(dated(text, 'en', '2023-01-10', 'urged')).toEqual(['antonio-guterres urged unsc 2023-01-09']);
  });
});

describe('a statement told as one more of the same kind ("X also condemned …", `كما دانت X …`) takes the day of the one before', () => {
  it('English: "On Tuesday, Baghdad condemned the strike … The United States also condemned …"', () => {
    const text = 'Iranian missiles hit a building in Erbil late on Monday. On Tuesday, Baghdad condemned the strike as a violation of Iraqi sovereignty. The United States also condemned Iran.';
    expect(dated(text, 'en', '2024-01-17', 'criticized')).toContain('usa criticized irn 2024-01-16');
  });
  it('Arabic: `ودانت الخارجية العراقية أمس الثلاثاء … كما دانت الولايات المتحدة إيران`', () => {
    const text = 'أصابت صواريخ إيرانية مبنى في أربيل مساء الاثنين. ودانت وزارة الخارجية العراقية أمس الثلاثاء الهجوم الإيراني. كما دانت الولايات المتحدة إيران.';
    expect(dated(text, 'ar', '2024-01-17', 'criticized')).toContain('usa criticized irn 2024-01-16');
  });
  it('not without "also", nor after a sentence of another kind', () => {
    const a = 'Iranian missiles hit a building in Erbil late on Monday. On Tuesday, Baghdad condemned the strike as a violation of Iraqi sovereignty. The United States condemned Iran.';
    expect(dated(a, 'en', '2024-01-17', 'criticized')).toContain('usa criticized irn 2024-01-17');
    const b = 'On Tuesday, Iraqi officials visited the site of the blast in Erbil. The United States also condemned Iran.';
    expect(dated(b, 'en', '2024-01-17', 'criticized')).toEqual(['usa criticized irn 2024-01-17']);
  });
});

describe('"since" a day: an ongoing campaign, dated by publication; an act counted from that day keeps it', () => {
  it('English: "has pounded X since Sept. 23" is publication; "since 8 October, a day after Y\'s attack" dates the attack', () => {
    expect(dated('Turkey has pounded Kurdish militant positions in northern Iraq since Sept. 23.', 'en', '2023-10-05', 'attacked')).toEqual(['tur attacked northern-iraq 2023-10-05']);
    const text = 'Hezbollah and Israel have traded fire across the border since 8 October, a day after the Hamas attack on Israel.';
    expect(dated(text, 'en', '2024-07-28', 'attacked')).toContain('hamas attacked isr 2023-10-07');
  });
  it('Arabic: `وتشن المسيّرات التركية منذ 20 تشرين الثاني غارات على …` is publication', () => {
    expect(dated('وتشن المسيّرات التركية منذ 20 تشرين الثاني غارات على مواقع قسد.', 'ar', '2022-12-05', 'attacked')).toEqual(['tur attacked sdf 2022-12-05']);
  });
  it('not a day of its own in the act\'s clause', () => {
    expect(dated('Turkish jets struck Kurdish militant positions in northern Iraq on Sunday.', 'en', '2023-10-05', 'attacked')).toEqual(['tur attacked northern-iraq 2023-10-01']);
  });
});

describe('a date inside a clause after "since" dates that clause, not the ongoing act before it', () => {
  it('English: "has stepped up its strikes on Syria since it launched a campaign … last month": publication', () => {
    const text = 'Israel has stepped up its strikes on Syria since it launched a campaign against Hezbollah in Lebanon last month.';
    // (slot33: "its strikes" is now the noun, so the campaign "it launched … last month" is read too, dated by its own
    // clause; the ongoing strikes keep the publication date)
    expect(dated(text, 'en', '2024-10-03', 'attacked')).toEqual(['isr attacked syr 2024-10-03', 'isr attacked hezbollah 2024-09']);
  });
  it('Arabic: `وكثفت إسرائيل غاراتها على سوريا منذ أن شنت حملة … في أيلول الماضي`: publication', () => {
    const text = 'وكثفت إسرائيل غاراتها على سوريا منذ أن شنت حملة على حزب الله في لبنان في أيلول الماضي.';
    expect(dated(text, 'ar', '2024-10-03', 'attacked')).toEqual(['isr attacked syr 2024-10-03']);
  });
  it('a date of the act\'s own clause before "since" still dates it', () => {
    const text = 'Israel struck Syria last month for the first time since the war began.';
    expect(dated(text, 'en', '2024-10-03', 'attacked')).toEqual(['isr attacked syr 2024-09']);
  });
});

describe('a state told by a noun in an apposition ("X, a close ally of Y, …") takes no date across a comma', () => {
  it('English: "Russia, a close ally of the Syrian government, voted … in July" is publication', () => {
    const text = 'Russia, a close ally of the Syrian government, voted against the text after a long debate in July.';
    expect(dated(text, 'en', '2023-01-10', 'supported')).toEqual(['rus supported syr 2023-01-10']);
  });
  it('Arabic: `اتفاق السعودية وإيران، الحليف الأبرز لدمشق، في بكين في العاشر من آذار` is publication', () => {
    const text = 'وجاءت الزيارة بعد اتفاق السعودية وإيران، الحليف الأبرز لدمشق، في بكين في العاشر من آذار على استئناف العلاقات.';
    expect(dated(text, 'ar', '2023-04-13', 'supported')).toEqual(['irn supported syr 2023-04-13']);
  });
});
