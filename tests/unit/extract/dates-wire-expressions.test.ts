/**
 * Date expressions of Arabic and English news wires, written from the language (sentences of this file's own):
 * the end of a period ("حتى اليوم", "until today"), a month to come ("تشرين الثاني المقبل", "March next year"),
 * a day told relative to another ("اليوم السابق"), the night between two days ("ليل السبت - الأحد", "overnight
 * Saturday to Sunday"), ranges of days ("3 و4 نيسان", "3-4 April"), seasons ("صيف 2022", "the summer of 2022"),
 * and feminine weekday words ("الجمعة المقبلة", "الجمعة الماضية").
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { tokenise } from '../../../src/lib/extract/normalise.ts';
import { extract } from './helpers.ts';

/** "text=date" of each date expression (a Wednesday paper, 10 May 2023), with and without the sentence's tokens. */
function dates(text: string, pub = '2023-05-10'): string[] {
  const scanned = findDates(text, 0, text.length, pub).map((d) => `${text.slice(d.start, d.end)}=${d.date}`);
  const worded = findDates(text, 0, text.length, pub, tokenise(text, 0, text.length)).map((d) => `${text.slice(d.start, d.end)}=${d.date}`);
  expect(worded).toEqual(scanned);
  return scanned;
}

describe('the end of a period dates no event', () => {
  it('"حتى اليوم", "until today"', () => {
    expect(dates('ما زالت تموّل الفصائل حتى اليوم')).toEqual([]);
    expect(dates('it has funded the factions until today')).toEqual([]);
  });
  it('an accusation that runs "حتى اليوم" is dated by its story, not by publication', () => {
    const rec = extract('قال الرئيس السوري بشار الأسد، في مقابلة بُثّت أمس الثلاثاء، إن الحرب لم تنتهِ.\nواتهم أنقرة بدعم الفصائل المسلحة حتى اليوم.', 'ar', '2023-05-10');
    expect(rec.relations.filter((r) => r.relation === 'accused').map((r) => `${r.source} ${r.target} ${r.date}`)).toEqual(['bashar-al-assad tur 2023-05-09']);
  });
});

describe('a month to come dates no event', () => {
  it('"في تشرين الثاني/نوفمبر المقبل", "أيار من العام المقبل", "in March next year"', () => {
    expect(dates('قبل القمة المقررة في تشرين الثاني/نوفمبر المقبل')).toEqual([]);
    expect(dates('في أيار من العام المقبل')).toEqual([]);
    expect(dates('the summit due in March next year')).toEqual([]);
  });
  it('a visit "أمس الاثنين" ahead of a summit "في تشرين الثاني المقبل" is of Monday', () => {
    const rec = extract('استقبل الرئيس السوري بشار الأسد أمس الاثنين وزير الخارجية الروسي سيرغي لافروف في دمشق، قبل القمة المقررة في تشرين الثاني المقبل.', 'ar', '2023-05-09');
    expect(rec.relations.filter((r) => r.relation === 'hosted').map((r) => r.date)).toEqual(['2023-05-08']);
  });
  it('a past month stays: "في تشرين الثاني الماضي", "in March last year"', () => {
    expect(dates('في تشرين الثاني الماضي')).toEqual(['تشرين الثاني الماضي=2022-11']);
    expect(dates('in March last year')).toEqual(['March last year=2022-03']);
  });
});

describe('a day told relative to another day, and days to come', () => {
  it('"في اليوم السابق", "في اليوم التالي" are not publication', () => {
    expect(dates('وكان قد وصل في اليوم السابق')).toEqual([]);
    expect(dates('وغادر في اليوم التالي')).toEqual([]);
    expect(dates('وصل اليوم إلى دمشق')).toEqual(['اليوم=2023-05-10']);
  });
  it('feminine "المقبلة"/"القادمة" date nothing, "الماضية" is the last such day before', () => {
    expect(dates('يزور موسكو الجمعة المقبلة')).toEqual([]);
    expect(dates('يزور موسكو الجمعة القادمة')).toEqual([]);
    expect(dates('زار موسكو الجمعة الماضية')).toEqual(['الجمعة الماضية=2023-05-05']);
  });
});

describe('the night between two days is the second day', () => {
  it('Arabic "ليل السبت - الأحد", "ليل الأحد الاثنين", "ليلة الأحد على الاثنين"', () => {
    expect(dates('أطلقت الطائرات صواريخ ليل السبت - الأحد')).toEqual(['ليل السبت - الأحد=2023-05-07']);
    expect(dates('قصفت المدفعية القرى ليل الأحد الاثنين')).toEqual(['ليل الأحد الاثنين=2023-05-08']);
    expect(dates('ليلة الأحد على الاثنين')).toEqual(['ليلة الأحد على الاثنين=2023-05-08']);
  });
  it('English "overnight Saturday to Sunday", "the night of Sunday to Monday"', () => {
    expect(dates('jets struck overnight Saturday to Sunday')).toEqual(['overnight Saturday to Sunday=2023-05-07']);
    expect(dates('on the night of Sunday to Monday')).toEqual(['the night of Sunday to Monday=2023-05-08']);
  });
  it('a single night stays its day: "ليل الخميس", "late on Tuesday"', () => {
    expect(dates('صدر البيان ليل الخميس')).toEqual(['الخميس=2023-05-04']);
    expect(dates('the raid, carried out late on Tuesday')).toEqual(['Tuesday=2023-05-09']);
  });
});

describe('a range of days is its first day', () => {
  it('"3 و4 أيار", "12 و13 تشرين الثاني 2022", "3-4 April 2023", "3 and 4 April" (as "April 3-4")', () => {
    expect(dates('اجتماعات يومي 3 و4 أيار')).toEqual(['3 و4 أيار=2023-05-03']);
    expect(dates('في 12 و13 تشرين الثاني 2022')).toEqual(['12 و13 تشرين الثاني 2022=2022-11-12']);
    expect(dates('met on 3-4 April 2023 in Moscow')).toEqual(['3-4 April 2023=2023-04-03']);
    expect(dates('held talks on 3 and 4 April')).toEqual(['3 and 4 April=2023-04-03']);
    expect(dates('held talks on April 3-4')).toEqual(['April 3=2023-04-03']);
  });
});

describe('a season gives its year', () => {
  it('"في صيف 2022", "ربيع عام 2011", "in the summer of 2022", "in spring 2011"', () => {
    expect(dates('في صيف 2022')).toEqual(['صيف 2022=2022']);
    expect(dates('منذ ربيع عام 2011')).toEqual([]);
    expect(dates('في ربيع عام 2011')).toEqual(['ربيع عام 2011=2011']);
    expect(dates('in the summer of 2022')).toEqual(['the summer of 2022=2022']);
    expect(dates('in spring 2011')).toEqual(['spring 2011=2011']);
  });
});

describe('"قبل عام 2011" is before a year, not a year ago', () => {
  it('"قبل عام 2011" dates nothing; "قبل عام" alone is a year ago', () => {
    expect(dates('إعادة الوضع إلى ما كان عليه قبل عام 2011')).toEqual([]);
    expect(dates('زار دمشق قبل عام')).toEqual(['قبل عام=2022']);
  });
});

describe('"since DATE, when …": the start of a period dates the "when" clause only', () => {
  it('the act of the "when" clause takes the date; the standing state before it keeps publication', () => {
    const en = extract('Russia has kept troops in Syria since 2015, when it intervened to back President Bashar al-Assad.', 'en', '2022-04-24');
    expect(en.relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`)).toEqual(['rus deployed_in syr 2022-04-24', 'rus supported bashar-al-assad 2015']);
    const ar = extract('وتنشر روسيا قواتها في سوريا منذ أيلول/سبتمبر 2015، حين تدخلت عسكرياً لدعم حكومة الرئيس بشار الأسد.', 'ar', '2022-01-25');
    expect(ar.relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`)).toEqual(['rus deployed_in syr 2022-01-25', 'rus supported syr 2015-09']);
  });
  it('"since 2015" alone dates nothing', () => {
    expect(dates('Russia has kept troops in Syria since 2015.')).toEqual([]);
    expect(dates('وتنشر روسيا قواتها في سوريا منذ 2015.')).toEqual([]);
  });
});

describe('the weekday of a plan is one to come', () => {
  it('"is due to travel … on Monday", "will meet … on Friday", `من المقرر أن يزور … يوم الاثنين` date nothing', () => {
    expect(dates('Erdogan is due to travel to Sochi on Monday to meet Putin, the Kremlin said.')).toEqual([]);
    expect(dates('The ministers will meet in Moscow on Friday.')).toEqual([]);
    expect(dates('ومن المقرر أن يزور الوزير دمشق يوم الاثنين.')).toEqual([]);
  });
  it('a weekday before the plan, or in another clause, is still the last such day', () => {
    expect(dates('He said on Monday he will visit Damascus.')).toEqual(['Monday=2023-05-08']);
    expect(dates('The talks, which began on Monday, will end today.')).toEqual(['Monday=2023-05-08', 'today=2023-05-10']);
  });
});
