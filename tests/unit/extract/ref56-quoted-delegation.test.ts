import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref56 (rule 4: a delegation stands for its body; pool b48 `أجرى وفد من «الإدارة الذاتية لشمال وشرق سوريا» محادثات …`):
 * a delegation noun with من/عن/"from" before a QUOTED body is that body, as before an unquoted one (mentions.ts, the
 * `delegation_noun` pass: the opening quote mark is skipped).
 */
const DAY = '2022-06-08';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a delegation from a quoted body is that body', () => {
  it.each([
    // the row's own construction: light verb + talks noun, a place between
    ['أجرى وفد من «الإدارة الذاتية لشمال وشرق سوريا» محادثات في أربيل مع مسؤولين في حكومة إقليم كردستان العراق.', 'aanes met krg'],
    // with a date and commas between the noun and مع
    ['أجرى وفد من «الإدارة الذاتية» محادثات في أربيل، أمس الثلاثاء، مع مسؤولين في حكومة إقليم كردستان العراق.', 'aanes met krg'],
    // a meeting verb, the host a quoted body too
    ['التقى وفد من «قوات سوريا الديمقراطية» مسؤولين روس في قاعدة حميميم يوم الأحد.', 'sdf met rus'],
    // an urging verb, with عن
    ['طالب وفد عن «مجلس سوريا الديمقراطية» الأمم المتحدة بالضغط على تركيا.', 'syrian-democratic-council urged united-nations'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('English: a delegation from a quoted body', () => {
    expect(en('A delegation from the "Syrian Democratic Council" met Russian officials in Moscow on Monday.')).toContain('syrian-democratic-council met rus');
  });
});

describe('not without a delegation noun', () => {
  it('fighters from a quoted group stay a partitive of it (no delegation reading)', () => {
    const got = ar('قُتل ثلاثة مقاتلين من «قوات سوريا الديمقراطية» بقصف تركي على ريف الحسكة أمس.');
    expect(got).not.toContain('sdf attacked tur');
  });
});
