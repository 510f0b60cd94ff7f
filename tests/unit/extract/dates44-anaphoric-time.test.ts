/**
 * dates44, class E of diagnosis-batch40 §2 (discourse dates): an act told "at the time" of an event the text dated before
 * takes that event's date, also "accused X at the time of doing …" (of + a gerund is the verb's complement) and "said at
 * the time that …" (a speech verb's "that"); an act "during that visit" (`خلال تلك الزيارة`) takes the date of the
 * sentence that told the visit, by its verb ("visited Damascus in July"). Negatives: "at the time of writing"; a state
 * told by a noun in the saying ("its ally Russia said at the time that …") stays at publication.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, rel: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === rel)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('"at the time" takes the date of the event told before', () => {
  it('English: "accused Moscow at the time of trying to …"', () => {
    const text =
      'No UN aid convoys have crossed through Bab al-Hawa for three weeks, since Russia vetoed an extension of the mechanism at the Security Council on July 11.\n' +
      'The United States, Britain and France accused Moscow at the time of trying to force all deliveries through government-held territory.';
    const got = dated(text, 'en', '2023-08-01', 'accused');
    expect(got).toContain('usa accused rus 2023-07-11');
    expect(got).toContain('fra accused rus 2023-07-11');
  });
  it('English: "Israel said at the time that Hezbollah was using the crossing …"', () => {
    const text =
      'The Masnaa crossing has been impassable since an Israeli strike on October 4 cratered the road.\n' +
      'Israel said at the time that Hezbollah was using the crossing to bring weapons in from Syria, and accused the group of smuggling arms.';
    expect(dated(text, 'en', '2024-11-18', 'accused')).toContain('isr accused hezbollah 2024-10-04');
  });
  it('Arabic: `واتهمت واشنطن موسكو حينها بمحاولة …`', () => {
    const text =
      'استخدمت روسيا حق النقض في مجلس الأمن في 11 تموز/يوليو ضد تمديد آلية إدخال المساعدات.\n' +
      'واتهمت واشنطن موسكو حينها بمحاولة حصر المساعدات بمناطق سيطرة الحكومة.';
    expect(dated(text, 'ar', '2023-08-01', 'accused')).toContain('usa accused rus 2023-07-11');
  });
  it('negative: "at the time of writing" is no anaphor', () => {
    const text = 'Turkish jets struck Kurdish positions in January.\nAt the time of writing, Turkey accused the PKK of planning new attacks.';
    expect(dated(text, 'en', '2024-03-01', 'accused')).toContain('tur accused pkk 2024-03-01');
  });
  it('negative: a state told by a noun in the saying stays at publication', () => {
    const text = 'Inspectors said chlorine was used in an attack on Douma in April 2018.\nDamascus and its ally Russia said at the time that the Douma attack had been staged.';
    expect(dated(text, 'en', '2023-01-27', 'supported')).toContain('rus supported syr 2023-01-27');
  });
});

describe('"during that visit" takes the date of the sentence that told the visit', () => {
  it('English: "visited Damascus in July … agreed during that visit to …"', () => {
    const text =
      'Jordanian Foreign Minister Ayman Safadi visited Damascus in July for talks with President Bashar al-Assad on the drug trade.\n' +
      'Jordan and Syria agreed during that visit to set up a joint committee to curb smuggling across the frontier.';
    expect(dated(text, 'en', '2023-08-07', 'agreed_with')).toContain('jor agreed_with syr 2023-07');
  });
  it('Arabic: `زار الصفدي دمشق في تموز … واتفق البلدان خلال تلك الزيارة على …`', () => {
    const text =
      'زار وزير الخارجية الأردني أيمن الصفدي دمشق في تموز/يوليو الماضي، والتقى الرئيس السوري بشار الأسد.\n' +
      'واتفق الأردن وسوريا خلال تلك الزيارة على تشكيل لجنة مشتركة لمكافحة التهريب عبر الحدود.';
    expect(dated(text, 'ar', '2023-08-07', 'agreed_with')).toContain('jor agreed_with syr 2023-07');
  });
  it('negative: an act with no demonstrative event keeps publication', () => {
    const text =
      'Jordanian Foreign Minister Ayman Safadi visited Damascus in July for talks with President Bashar al-Assad.\n' +
      'Jordan and Syria have agreed to set up a joint committee to curb smuggling, officials say.';
    expect(dated(text, 'en', '2023-08-07', 'agreed_with')).not.toContain('jor agreed_with syr 2023-07');
  });
});
