/**
 * dates44: a presence told as the place of a threatened offensive's target (`تلويح أردوغان، في الأول من حزيران، بشن عملية
 * عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج`) takes the threat's date, as the gold dates it. Negatives:
 * facilities declared targets, an attack's target, a threat with no date of its own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'deployed_in')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('the target\'s presence in a dated threat takes the threat\'s date', () => {
  it('Arabic: a threat noun with a day between commas (`تلويح … في الأول من حزيران، بشن عملية … ضد «الوحدات» في تل رفعت ومنبج`)', () => {
    const text = 'ويأتي الاستهداف بعد نحو شهرين من تلويح الرئيس التركي رجب طيب أردوغان، في الأول من حزيران/يونيو، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج.';
    const got = dated(text, 'ar', '2022-08-04');
    expect(got).toContain('ypg deployed_in tal-rifaat 2022-06-01');
    expect(got).toContain('ypg deployed_in manbij 2022-06-01');
  });
  it('Arabic: a month in a since-clause verb (`منذ أن لوّح أردوغان في أيار الماضي بشنّ عملية … ضد الوحدات الكردية في تل رفعت`)', () => {
    const text = 'وتصاعدت الضربات التركية في شمال سوريا منذ أن لوّح الرئيس رجب طيب أردوغان في أيار/مايو الماضي بشنّ عملية عسكرية جديدة ضد الوحدات الكردية في تل رفعت ومنبج.';
    expect(dated(text, 'ar', '2022-07-23')).toContain('ypg deployed_in tal-rifaat 2022-05');
  });
  it('Arabic: a member noun after `ضد` (`ضد مقاتلي الوحدات الكردية في تل رفعت`)', () => {
    const text = 'وكان الرئيس التركي رجب طيب أردوغان قد لوّح في أيار/مايو الماضي بعملية عسكرية جديدة ضد مقاتلي الوحدات الكردية في تل رفعت ومنبج.';
    expect(dated(text, 'ar', '2022-08-19')).toContain('ypg deployed_in manbij 2022-05');
  });
});

describe('negatives', () => {
  it('facilities declared legitimate targets keep publication', () => {
    const text = 'وأعلنت أنقرة، يوم الأربعاء، أن جميع منشآت حزب العمال الكردستاني و«وحدات حماية الشعب» في سوريا والعراق باتت «أهدافاً مشروعة».';
    expect(dated(text, 'ar', '2023-10-07').filter((x) => !x.endsWith('2023-10-07'))).toEqual([]);
  });
  it('a threat with no date of its own keeps publication', () => {
    const text = 'ويلوّح الرئيس التركي رجب طيب أردوغان بعملية عسكرية جديدة ضد الوحدات الكردية في تل رفعت ومنبج.';
    expect(dated(text, 'ar', '2022-08-19').filter((x) => !x.endsWith('2022-08-19'))).toEqual([]);
  });
  it('English keeps publication (the gold of batch 27: "threatened in November to send troops against the SDF in Manbij")', () => {
    const text = 'Kurdish officials fear a deal, after Turkish President Recep Tayyip Erdogan threatened in November to send troops against the SDF in Manbij, Tal Rifaat and Kobani.';
    expect(dated(text, 'en', '2023-01-02').filter((x) => x.startsWith('sdf ') && !x.endsWith('2023-01-02'))).toEqual([]);
  });
});
