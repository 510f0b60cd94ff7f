/**
 * Date expressions that lean on another date or on publication (issue #3): "the 20th of the same month",
 * a bare "عام 2014", "since 12 November" with no year, "this year"/"this month"; and a date before a
 * relative pronoun that belongs to its antecedent. New sentences written for this file (not taken from
 * data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { extract } from './helpers.ts';

const dates = (text: string, pub: string) => findDates(text, 0, text.length, pub).map((d) => `${d.date} ${text.slice(d.start, d.end)}`);
const dated = (text: string, lang: 'ar' | 'en', pub: string) => extract(text, lang, pub).relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a day of "the same month" is a day of the month named before it', () => {
  it('Arabic and English', () => {
    expect(dates('التقى الوزيران في عمّان في الرابع من آذار، ثم في القاهرة في العشرين من الشهر نفسه.', '2021-04-10')).toEqual([
      '2021-03-04 الرابع من آذار',
      '2021-03-20 العشرين من الشهر نفسه',
    ]);
    expect(dates('The ministers met in Amman on 4 March and again in Cairo on the 20th of the same month.', '2021-04-10')).toEqual([
      '2021-03-04 4 March',
      '2021-03-20 the 20th of the same month',
    ]);
  });
  it('no month before it: no date', () => {
    expect(dates('وأشار إلى اتفاق في العشرين من الشهر ذاته.', '2021-04-10')).toEqual([]);
  });
});

describe('a bare Arabic "عام 2014", "العام 2019" is a year (not a Hijri one)', () => {
  it('dates the act next to it', () => {
    expect(dates('وانسحبت القوات البريطانية من المنطقة عام 2014.', '2021-04-10')).toEqual(['2014 عام 2014']);
    expect(dates('وشهد العام 2019 تصعيداً.', '2021-04-10')).toEqual(['2019 العام 2019']);
    expect(dated('وقصفت الطائرات التركية عام 2019 مواقع حزب العمال الكردستاني.', 'ar', '2021-04-10')).toEqual(['tur attacked pkk 2019']);
  });
  it('not "عام 1445 هـ", not "منذ عام 2014"', () => {
    expect(dates('وأعلنت الحكومة ميزانية عام 1445 هـ.', '2021-04-10')).toEqual([]);
    expect(dates('وتنتشر القوات في المنطقة منذ عام 2014.', '2021-04-10')).toEqual([]);
  });
});

describe('"since 12 November" with no year is the last such day, never one after publication', () => {
  it('the year before in a June paper', () => {
    expect(dates('Fighting has continued since 12 November, when rebels entered the city.', '2021-06-01')).toEqual(['2020-11-12 12 November']);
    expect(dated('Hezbollah and Israel have exchanged fire since 9 October, a day after the Israeli strike on Gaza.', 'en', '2021-04-10')).toEqual([
      // (the exchange of fire, still going on, is dated at publication: attack-relations.test.ts)
      'hezbollah attacked isr 2021-04-10',
      'isr attacked hezbollah 2021-04-10',
      'isr attacked gaza 2020-10-08',
    ]);
  });
  it('without "since" the nearest year still holds', () => {
    expect(dates('The talks are due on 12 July, officials said.', '2021-06-01')).toEqual(['2021-07-12 12 July']);
  });
});

describe('"this year", "هذا العام", "this month", "الشهر الجاري" are the publication\'s year or month', () => {
  it('Arabic and English', () => {
    expect(dates('وارتفعت الأسعار خلال الشهر الجاري.', '2021-06-20')).toEqual(['2021-06 خلال الشهر الجاري']);
    expect(dates('Prices rose this month.', '2021-06-20')).toEqual(['2021-06 this month']);
  });
  it('"later this year", "في وقت لاحق من هذا العام" is a time to come: no date', () => {
    expect(dates('The two sides have met three times this year and plan to meet again later this year.', '2021-06-01')).toEqual(['2021 this year']);
    expect(dates('وزار الوفد أنقرة مرتين هذا العام، ويعتزم زيارتها مجدداً في وقت لاحق من هذا العام.', '2021-06-01')).toEqual(['2021 هذا العام']);
  });
});

describe("a date before a relative pronoun is its antecedent's when the act after it has its own", () => {
  it('Arabic and English', () => {
    const ar = 'وتأتي الخطوة بعد اجتماع تشاوري في عمّان في الثالث من آذار، الذي مهّد لزيارة الرئيس السوري بشار الأسد إلى أبوظبي في الثامن عشر من الشهر نفسه.';
    expect(dated(ar, 'ar', '2021-04-10')).toEqual(['bashar-al-assad visited abu-dhabi 2021-03-18']);
    const en = 'The step follows talks in Amman on 3 March, which paved the way for a visit by Syrian President Bashar al-Assad to Abu Dhabi on 18 March.';
    expect(dated(en, 'en', '2021-04-10')).toEqual(['bashar-al-assad visited abu-dhabi 2021-03-18']);
  });
  it('with no date of its own, the act still takes the one before', () => {
    const ar = 'وتأتي الخطوة بعد اجتماع تشاوري في عمّان في الثالث من آذار، الذي مهّد لزيارة الرئيس السوري بشار الأسد إلى أبوظبي.';
    expect(dated(ar, 'ar', '2021-04-10')).toEqual(['bashar-al-assad visited abu-dhabi 2021-03-03']);
  });
});

describe('English: a date between "the"/"\'s" and a noun dates that noun\'s event only', () => {
  it('"the March 2020 ceasefire deal", "the PKK\'s 20 January attack" do not date the act before them', () => {
    expect(dated('Washington urged Ankara to respect the March 2020 ceasefire deal.', 'en', '2021-04-10')).toEqual(['usa urged tur 2021-04-10']);
    expect(dated("Turkish troops remain in Afrin, seized in an offensive launched after the PKK's 20 January attack on Kilis.", 'en', '2021-04-10')).toEqual([
      'tur deployed_in afrin 2021-04-10',
      // (the PKK's attack is read since "PKK's" is the acronym PKK, names26: dated by its own day)
      'pkk attacked kilis 2021-01-20',
    ]);
  });
  it('the noun itself keeps it ("the 28 March meeting"), and so does a date that qualifies no noun ("on 2 April to")', () => {
    expect(dated('The 28 March meeting of Lavrov and Cavusoglu in Moscow was brief.', 'en', '2021-04-10')).toEqual(['sergei-lavrov met mevlut-cavusoglu 2021-03-28']);
    expect(dated('Washington urged Ankara on 2 April to respect the ceasefire.', 'en', '2021-04-10')).toEqual(['usa urged tur 2021-04-02']);
  });
});
