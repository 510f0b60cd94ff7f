/**
 * dates44, class L of diagnosis-batch40 §2 (a context date leaking forward): a call (`urged`) by a new agent — one the
 * story's opening does not name and that is not the subject the sentence before goes on with — in a story whose
 * opening tells neither a meeting nor an attack (an arrival, a protest, an exercise, a release) is that agent's
 * standing call, dated by publication (gold rule 6), not the opening's day. Negatives: a meeting's party stating its
 * call there (rule 8's occasion), the opening's own actor, a speaker going on from the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, rel = 'urged') =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === rel)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a new agent\'s call after an opening that tells no meeting and no attack keeps publication', () => {
  it('Arabic: an arrival lead, then `من جهتها، دعت «قسد» روسيا …`', () => {
    const text =
      'وصلت تعزيزات عسكرية روسية جديدة، أمس الخميس، إلى مطار القامشلي في ريف الحسكة، بحسب مصادر محلية.\n' +
      'ويلوّح الرئيس التركي رجب طيب أردوغان منذ أيام بعملية برية في شمال سوريا.\n' +
      'من جهتها، دعت «قسد» روسيا والولايات المتحدة إلى اتخاذ موقف أكثر حزماً.';
    const got = dated(text, 'ar', '2022-12-02');
    expect(got).toContain('sdf urged rus 2022-12-02');
    expect(got).toContain('sdf urged usa 2022-12-02');
  });
  it('Arabic: a participle call after a claim (`وتبنّت X الهجمات، مطالبة بانسحاب القوات الأمريكية`)', () => {
    const text =
      'وصلت تعزيزات عسكرية أمريكية جديدة، مساء أمس الأحد، إلى قاعدة الشدادي جنوب الحسكة، بحسب مصادر محلية.\n' +
      'ويأتي ذلك في ظل تصاعد الهجمات على القواعد الأمريكية في سوريا والعراق.\n' +
      'وتبنّت «المقاومة الإسلامية في العراق» معظم هذه الهجمات، مطالبة بانسحاب القوات الأمريكية من المنطقة.';
    expect(dated(text, 'ar', '2024-01-01')).toContain('islamic-resistance-in-iraq urged usa 2024-01-01');
  });
  it('English: a protest lead, then "The United States … urged the Syrian government …"', () => {
    const text =
      'Hundreds of protesters gathered in the main square of Suwayda on Friday for a fourth week, keeping up protests against President Bashar al-Assad.\n' +
      'State media have described the protests as limited.\n' +
      'The United States said it was following events closely and urged the Syrian government to respect the right to peaceful protest.';
    expect(dated(text, 'en', '2023-09-16')).toContain('usa urged syr 2023-09-16');
  });
  it('English: a relative clause and a date-free modifier between the parts', () => {
    const text =
      'Hundreds of protesters gathered in the main square of Suwayda on Friday, keeping up protests against President Bashar al-Assad.\n' +
      'State media have described the protests as limited.\n' +
      'The US State Department, which has long backed the opposition, on its part urged Damascus to release the detainees.';
    expect(dated(text, 'en', '2023-09-16')).toContain('usa urged syr 2023-09-16');
  });
});

describe('negatives: the call is the occasion\'s, or its speaker goes on', () => {
  it('a party to the opening\'s meeting states its call there (rule 8: the meeting\'s day)', () => {
    const text =
      'Russian Foreign Minister Sergei Lavrov met his Syrian counterpart Faisal Mekdad in Moscow on Monday.\n' +
      'The two ministers discussed the situation in northern Syria.\n' +
      'Mekdad urged Turkey to withdraw its forces from Syrian territory.';
    expect(dated(text, 'en', '2023-05-10')).toContain('faisal-mekdad urged tur 2023-05-08');
  });
  it('the opening\'s own actor goes on (Arabic)', () => {
    const text =
      'أعلنت «قوات سوريا الديمقراطية» (قسد)، أمس الخميس، انتهاء حملة أمنية في مخيم الهول شرق الحسكة.\n' +
      'وقالت مصادر محلية إن الحملة استمرت أسبوعين.\n' +
      'ودعت «قسد» الدول المعنية إلى استعادة رعاياها، وطالبت الأمم المتحدة بدعم المخيم.';
    expect(dated(text, 'ar', '2022-12-02')).toContain('sdf urged united-nations 2022-12-01');
  });
  it('a call after an opening that tells a body\'s vote is the session\'s (English and Arabic)', () => {
    const en = 'The UN Security Council voted on Monday to extend the cross-border aid mandate for six months.\nRussia had pressed for a shorter renewal.\nUS Ambassador Linda Thomas-Greenfield welcomed the vote and urged the council to keep the crossing open.';
    expect(dated(en, 'en', '2023-01-10')).toContain('linda-thomas-greenfield urged unsc 2023-01-09');
    const ar = 'صوّت مجلس الأمن الدولي، أمس الاثنين، على تمديد آلية إدخال المساعدات عبر الحدود لستة أشهر.\nوكانت روسيا قد طالبت بتمديد أقصر.\nودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش مجلس الأمن إلى إبقاء المعبر مفتوحاً.';
    expect(dated(ar, 'ar', '2023-01-10')).toContain('antonio-guterres urged unsc 2023-01-09');
  });
});
