import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';

// Sentences written for these tests (not taken from data/articles or data/heldout).
const dates = (t: string, pub: string) => findDates(t, 0, t.length, pub).map((d) => d.date);
const spans = (t: string, pub: string) => findDates(t, 0, t.length, pub).map((d) => t.slice(d.start, d.end));
/** Each row: a sentence, its publication date, the dates found in it. */
const check = (rows: [string, string, string[]][]) => {
  for (const [text, pub, want] of rows) expect(dates(text, pub), text).toEqual(want);
};

describe('findDates: a month placed by the words after it', () => {
  it('"من العام الماضي" / "last year" after a month is that month of the year before', () =>
    check([
      ['وكان الوزير قد زار بغداد في تموز/يوليو من العام الماضي.', '2021-03-10', ['2020-07']],
      ['زار الوفد أنقرة في شباط من السنة الماضية', '2021-03-10', ['2020-02']],
      ['The minister last visited Baghdad in July last year.', '2021-03-10', ['2020-07']],
      ['talks held in October of last year', '2021-03-10', ['2020-10']],
    ]));
  it('"من العام الجاري" / "this year" is the publication year', () =>
    check([
      ['في شباط/فبراير من العام الجاري', '2021-09-01', ['2021-02']],
      ['in February this year', '2021-09-01', ['2021-02']],
      ['on the 12th of February this year', '2021-09-01', ['2021-02-12']],
      ['on 3rd March', '2021-09-01', ['2021-03-03']],
    ]));
  it('"X الماضي" is the last such month before the publication month; "X الجاري" this year', () =>
    check([
      ['التقيا مطلع آذار الماضي', '2021-06-20', ['2021-03']],
      ['التقيا أواخر تشرين الثاني الماضي', '2021-06-20', ['2020-11']],
      // the publication month itself: a year ago
      ['في حزيران الماضي', '2021-06-20', ['2020-06']],
      ['منتصف أيار/مايو الجاري', '2021-05-25', ['2021-05']],
    ]));
  it('a day with "الماضي" is the last such day before publication, ordinal days too', () =>
    check([
      ['في 3 حزيران الماضي', '2021-06-20', ['2021-06-03']],
      ['في 25 حزيران الماضي', '2021-06-20', ['2020-06-25']],
      ['يوم العاشر من نيسان/أبريل الجاري', '2021-04-22', ['2021-04-10']],
      ['في الخامس من تشرين الأول', '2021-10-30', ['2021-10-05']],
      ['في الثالث من كانون الثاني من العام الماضي', '2021-04-22', ['2020-01-03']],
    ]));
  it('a month after "مطلع"/"أواخر" or "in early/late" keeps month precision', () =>
    check([
      ['وقعت الاشتباكات أواخر نيسان', '2021-06-20', ['2021-04']],
      ['fighting broke out in late April', '2021-06-20', ['2021-04']],
      ['the mid-April raids', '2021-06-20', ['2021-04']],
    ]));
  it('does not read a month name that is a word ("مارس ضغوطاً", "may") without such words', () =>
    check([
      ['مارس الوزير ضغوطاً على الوفد', '2021-06-20', []],
      ['He may visit Baghdad', '2021-06-20', []],
    ]));
});

describe('findDates: relative periods', () => {
  it('"last week" and "الأسبوع الماضي" give the month a week ago, not a made-up day', () =>
    check([
      ['التقى الوزيران الأسبوع الماضي', '2021-06-03', ['2021-05']],
      ['the two met last week', '2021-06-20', ['2021-06']],
    ]));
  it('"earlier this month/year", "في وقت سابق من هذا الشهر", "مطلع العام الجاري"', () =>
    check([
      ['Ankara said earlier this month that', '2021-06-20', ['2021-06']],
      ['as agreed earlier this year', '2021-06-20', ['2021']],
      ['وكان قد أعلن في وقت سابق من هذا الشهر', '2021-06-20', ['2021-06']],
      ['الاتفاق الذي وُقّع مطلع العام الجاري', '2021-06-20', ['2021']],
      ['في وقت سابق من الشهر الحالي', '2021-06-20', ['2021-06']],
      // "later this month" is to come
      ['talks are due later this month', '2021-06-20', []],
    ]));
  it('a time to come dates nothing: "الأحد المقبل", "next Monday", "الشهر المقبل", "next year"', () =>
    check([
      ['سيلتقي الوزيران يوم الأحد المقبل', '2021-06-17', []],
      ['the envoys will meet next Monday', '2021-06-17', []],
      ['تعقد الجولة المقبلة الشهر المقبل', '2021-06-17', []],
      ['a summit planned for next year', '2021-06-17', []],
      // but the day before is still a past day
      ['التقيا يوم الأحد الماضي', '2021-06-17', ['2021-06-13']],
    ]));
  it('"في الليلة نفسها", "that night" refer back: no date of their own', () =>
    check([
      ['وردّ الجيش في الليلة نفسها بقصف مدفعي', '2021-06-17', []],
      ['the army hit back that night', '2021-06-17', []],
    ]));
});

describe('findDates: a year, a day of this month', () => {
  it('"في 2019", "مطلع عام 2019", "in early 2019"; "في 12 الجاري"', () =>
    check([
      ['انسحبت القوات في 2019', '2021-06-18', ['2019']],
      ['انسحبت القوات مطلع عام 2019', '2021-06-18', ['2019']],
      ['the troops withdrew in early 2019', '2021-06-18', ['2019']],
      ['التقى الوزيران في 12 الجاري', '2021-06-18', ['2021-06-12']],
      // a count, not a year or a day
      ['قتل 2019 شخصاً في الغارات', '2021-06-18', []],
      ['منذ مطلع عام 2019', '2021-06-18', []],
    ]));
});

describe('findDates: counted back from publication ("قبل يومين", "two days ago")', () => {
  it('days give a day, weeks a month, months a month, years a year', () =>
    check([
      ['التقى الوزيران قبل يومين في بغداد', '2021-06-18', ['2021-06-16']],
      ['وكان قد زار أنقرة قبل ثلاثة أيام', '2021-06-18', ['2021-06-15']],
      ['وصل الوفد منذ يومين', '2021-06-18', ['2021-06-16']],
      ['the envoy arrived two days ago', '2021-06-18', ['2021-06-16']],
      ['وقّع الطرفان الاتفاق قبل أسبوعين', '2021-06-10', ['2021-05']],
      ['the talks broke down a month ago', '2021-06-18', ['2021-05']],
      ['التقيا قبل عامين في موسكو', '2021-06-18', ['2019']],
    ]));
  it('not "قبل أيام" (no day), "منذ عامين" (for two years), nor "قبل يومين من القمة" (before another day)', () =>
    check([
      ['وصل الوفد قبل أيام', '2021-06-18', []],
      ['تنتشر القوات هناك منذ عامين', '2021-06-18', []],
      ['وصل الوفد قبل يومين من القمة', '2021-06-18', []],
      ['قبل أن يغادر الوفد', '2021-06-18', []],
    ]));
});

describe('findDates: weekday + date pairs, Gregorian forms', () => {
  it('a weekday right before a full date takes that date', () =>
    check([
      // 2021-06-17 is a Thursday; the paper is a week later, so "الخميس" alone would be 06-24
      ['اجتمعا يوم الخميس 17 حزيران/يونيو', '2021-06-25', ['2021-06-17', '2021-06-17']],
      ['يوم الخميس، الموافق 17 حزيران 2021', '2021-06-25', ['2021-06-17', '2021-06-17']],
      ['they met on Thursday, June 17', '2021-06-25', ['2021-06-17', '2021-06-17']],
      // not paired when something else stands between
      ['اجتمعا يوم الخميس في بغداد بعد لقاء 10 حزيران', '2021-06-25', ['2021-06-24', '2021-06-10']],
    ]));
  it('"أمس"/"اليوم" right before a weekday take the weekday (a paper dated a day late)', () =>
    check([
      // 2021-06-18 is a Friday
      ['التقى الوزيران أمس الأربعاء', '2021-06-18', ['2021-06-16', '2021-06-16']],
      ['يلتقي الوزيران اليوم الخميس', '2021-06-18', ['2021-06-17', '2021-06-17']],
      ['التقى الوزيران أمس في بغداد، وسافرا الأربعاء', '2021-06-18', ['2021-06-17', '2021-06-16']],
    ]));
  it('reads year/month/day and ignores Hijri years', () =>
    check([
      ['بتاريخ 2021/06/17', '2021-06-25', ['2021-06-17']],
      ['في عام 1442 هـ', '2021-06-25', []],
      ['بتاريخ 7/11/1442 هـ الموافق 17/6/2021', '2021-06-25', ['2021-06-17']],
    ]));
  it('gives the whole expression as the span', () => {
    expect(spans('في 17 حزيران (يونيو) من العام الماضي', '2021-06-25')).toEqual(['17 حزيران (يونيو) من العام الماضي']);
  });
});

describe('findDates: feminine forms', () => {
  it('"السنة الماضية", "السنة الجارية"', () =>
    check([
      ['وقّع البلدان اتفاقاً السنة الماضية', '2021-06-20', ['2020']],
      ['في آب من السنة الجارية', '2021-09-20', ['2021-08']],
    ]));
});

describe('findDates: Arabic ordinal days past the tenth', () => {
  it('"الحادي عشر", "الثاني والعشرين", "الحادي والثلاثين" before "من" + month', () =>
    check([
      ['في الحادي عشر من آذار', '2021-06-20', ['2021-03-11']],
      ['يوم الثاني والعشرين من أيار الماضي', '2021-06-20', ['2021-05-22']],
      ['في العشرين من الشهر الجاري', '2021-06-25', ['2021-06-20']],
      ['في الحادي والثلاثين من كانون الأول', '2021-01-05', ['2020-12-31']],
      // an ordinal that is not a day: no "من" + month after it
      ['الجولة الحادية عشرة من المحادثات', '2021-06-20', []],
      // an ordinal of a part of the month, not a day
      ['في الأسبوع الأول من آذار', '2021-06-20', []],
      ['خلال النصف الثاني من أيار', '2021-06-20', []],
    ]));
});
