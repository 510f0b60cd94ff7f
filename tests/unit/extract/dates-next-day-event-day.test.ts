/**
 * Dates relative to an event (names26, docs/diagnosis-batch24.md §5): `غداة` / "the day after" after an undated act of
 * the story ("the attack came the day after Ankara launched …") puts the act after it a day before the story's day;
 * a day named by an event (`يوم الزلزال`, "on the day of the quake") is the day the article gives that event, and
 * nothing is read when the article gives it none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', date: string, rel?: string) =>
  extract(text, lang, date)
    .relations.filter((r) => !rel || r.relation === rel)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('the day after a story event', () => {
  it('Arabic `غداة`', () => {
    const t = 'قُتل ثلاثة أشخاص أمس الاثنين جراء سقوط قذائف على بلدة قرقميش. وجاء الهجوم غداة إطلاق أنقرة عملية «المخلب-السيف» الجوية التي استهدفت مواقع لحزب العمال الكردستاني في شمال العراق.';
    expect(dated(t, 'ar', '2022-11-22', 'attacked')).toContain('tur attacked pkk 2022-11-20');
  });
  it('Arabic `وجاء … غداة` with a verb', () => {
    const t = 'قصفت القوات التركية أمس الثلاثاء مواقع في عين العرب. وجاء القصف غداة زيارة أردوغان إلى الدوحة.';
    expect(dated(t, 'ar', '2022-11-16', 'visited')).toEqual(['recep-tayyip-erdogan visited doha 2022-11-14']);
  });
  it('English "the day after"', () => {
    const t = 'Turkish jets struck Kobani on Monday. The strikes came the day after Ankara accused the YPG of the Istanbul bombing.';
    expect(dated(t, 'en', '2022-11-15', 'accused')).toContain('tur accused ypg 2022-11-13');
  });
  it('a date of its own after `غداة` is still counted back (", غداة هجوم حماس")', () => {
    const t = 'ويتبادل «حزب الله» وإسرائيل القصف عبر الحدود منذ الثامن من تشرين الأول/أكتوبر، غداة هجوم «حماس» على جنوب إسرائيل.';
    expect(dated(t, 'ar', '2024-01-03')).toContain('hamas attacked isr 2023-10-07');
  });
});

describe('a day named by an event', () => {
  it('Arabic `يوم الزلزال`, the quake dated elsewhere in the article', () => {
    const t = 'زار الرئيس بشار الأسد، أمس الجمعة، مدينة حلب، في أول ظهور له منذ الزلزال الذي ضرب البلاد فجر الاثنين. وكان رئيس الإمارات الشيخ محمد بن زايد قد اتصل بالأسد يوم الزلزال.';
    expect(dated(t, 'ar', '2023-02-11', 'phoned')).toEqual(['mohamed-bin-zayed phoned bashar-al-assad 2023-02-06']);
  });
  it('English "on the day of the quake"', () => {
    const t = 'The quake struck on Monday, February 6. Sisi phoned Assad on the day of the quake.';
    expect(dated(t, 'en', '2023-02-11', 'phoned')).toEqual(['abdel-fattah-al-sisi phoned bashar-al-assad 2023-02-06']);
  });
  it('no day given to the event in the article: not read', () => {
    const t = 'وكان رئيس الإمارات الشيخ محمد بن زايد قد اتصل بالأسد يوم الزلزال.';
    expect(dated(t, 'ar', '2023-02-11', 'phoned')).toEqual(['mohamed-bin-zayed phoned bashar-al-assad 2023-02-11']);
  });
  it('a weekday after `يوم` is no event', () => {
    const t = 'ووقع الانفجار فجر الاثنين. واتصل الشيخ محمد بن زايد بالأسد يوم الخميس.';
    expect(dated(t, 'ar', '2023-02-11', 'phoned')).toEqual(['mohamed-bin-zayed phoned bashar-al-assad 2023-02-09']);
  });
});
