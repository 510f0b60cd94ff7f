/**
 * dates45: `بدعم من X` inside a dated act takes the act's date (diagnosis-batch42 §2 D2–D3, §6 dates45 rank 3): after a
 * since-clause's date set off by a comma (`منذ انتزعت «قسد» السيطرة عليها … في تشرين الأول 2017، بدعم من الولايات
 * المتحدة`), and set off by commas right after a past verb whose clause is dated after it (`قد شنّت، بدعم من القوات
 * الأمريكية، حملة … خلال آذار الماضي`). Negatives: an imperfect (a standing campaign), a "since" date, English appositions.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const support = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'supported')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a support adjunct after a since-clause\'s date takes that date', () => {
  it('the row\'s own construction (`منذ انتزعت … في تشرين الأول/أكتوبر 2017، بدعم من الولايات المتحدة`)', () => {
    const text = 'ويدير المجلس شؤون المدينة منذ انتزعت «قوات سوريا الديمقراطية» السيطرة عليها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من الولايات المتحدة.';
    expect(support(text, 'ar', '2022-08-03')).toContain('usa supported sdf 2017-10');
  });
  it('the noun of taking (`منذ انتزاعها من «داعش» في …، بدعم من التحالف الدولي بقيادة الولايات المتحدة`)', () => {
    const text = 'وتسيطر «قوات سوريا الديمقراطية» على مدينة الرقة منذ انتزاعها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي بقيادة الولايات المتحدة.';
    expect(support(text, 'ar', '2023-08-14')).toContain('usa supported sdf 2017-10');
  });
  it('another verb and a bare year (`منذ أن طردت «قسد» التنظيم منها عام 2016، بدعم من واشنطن`)', () => {
    const text = 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها عام 2016، بدعم من واشنطن.';
    expect(support(text, 'ar', '2024-04-20')).toContain('usa supported sdf 2016');
  });
});

describe('a support adjunct set off by commas after a past verb takes the date closing its clause', () => {
  it('the pluperfect and a month (`قد شنّت، بدعم من القوات الأمريكية، حملة … خلال آذار/مارس الماضي`)', () => {
    const text = 'وكانت «قسد» قد شنّت، بدعم من القوات الأمريكية، حملة أمنية واسعة في المخيم خلال آذار/مارس الماضي، أسفرت عن اعتقال أكثر من 120 شخصاً.';
    expect(support(text, 'ar', '2022-01-14')).toContain('usa supported sdf 2021-03');
  });
  it('a month and year (`قد نفّذت، بدعم من التحالف الدولي بقيادة واشنطن، حملة … في آب/أغسطس 2022`)', () => {
    const text = 'وكانت «قسد» قد نفّذت، بدعم من التحالف الدولي بقيادة واشنطن، حملة أمنية واسعة داخل المخيم في آب/أغسطس 2022 أسفرت عن اعتقال عشرات المشتبه بهم.';
    expect(support(text, 'ar', '2024-03-06')).toContain('usa supported sdf 2022-08');
  });
  it('a perfect, its subject and a day (`أطلقت القوات الحكومية، بدعم من روسيا، حملة تمشيط … يوم الأحد`)', () => {
    const text = 'وأطلقت القوات الحكومية، بدعم من روسيا، حملة تمشيط واسعة في البادية السورية يوم الأحد.';
    expect(support(text, 'ar', '2023-08-15')).toContain('rus supported syr 2023-08-13');
  });
});

describe('negatives', () => {
  it('an imperfect keeps publication (`وتنفذ قوات النظام، بدعم من الطيران الروسي، حملات تمشيط … منذ أشهر`)', () => {
    const text = 'وتنفذ قوات النظام، بدعم من الطيران الحربي الروسي، حملات تمشيط متكررة في البادية السورية منذ آب/أغسطس الماضي.';
    expect(support(text, 'ar', '2023-04-06')).toEqual(['rus supported syr 2023-04-06']);
  });
  it('a "since" date in the act\'s clause keeps publication (`وحاولت قوات النظام، بدعم من الطيران الروسي، … منذ عام 2019`)', () => {
    const text = 'وحاولت قوات النظام، بدعم من الطيران الروسي، السيطرة على التلة مرات عدة منذ عام 2019 من دون أن تنجح في ذلك.';
    expect(support(text, 'ar', '2022-02-21')).toEqual(['rus supported syr 2022-02-21']);
  });
  it('a support adjunct after a since-clause of a standing fact with no comma stays as before (a relative clause between)', () => {
    const text = 'وتحظى «قسد»، التي تسيطر على المدينة منذ عام 2017، بدعم من الولايات المتحدة.';
    expect(support(text, 'ar', '2022-11-22')).toEqual(['usa supported sdf 2022-11-22']);
  });
});
