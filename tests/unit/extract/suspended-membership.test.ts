/**
 * A suspended membership is a sanction (gold rule 11): the organisation `sanctioned` the member, dated as the text dates
 * the suspension; a suspension told as a state ("remains suspended", `معلّقة`) or with no date of its own at publication.
 * New sentences only (other members, other organisations), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const sanctions = (text: string, lang: 'ar' | 'en', date = '2021-06-10') =>
  extract(text, lang, date)
    .relations.filter((r) => r.relation === 'sanctioned')
    .map((r) => `${r.source} ${r.target} ${r.date}`)
    .sort();

describe('a suspended membership is sanctioned, organisation → member', () => {
  it('English: "suspended X\'s membership", "X\'s membership was suspended", "X\'s membership, suspended in …"', () => {
    expect(sanctions("The Gulf Cooperation Council suspended Qatar's membership in June 2017.", 'en')).toEqual(['gulf-cooperation-council qat 2017-06']);
    expect(sanctions("Libya's membership of the Arab League was suspended in February 2011 over the crackdown.", 'en')).toEqual(['arab-league lby 2011-02']);
    expect(sanctions("The ministers voted to restore Libya's membership, suspended in February 2011, at a meeting in the Arab League's headquarters.", 'en')).toContain(
      'arab-league lby 2011-02',
    );
  });
  it('English: a suspension told as a state is dated at publication', () => {
    expect(sanctions("Qatar's membership of the Gulf Cooperation Council remains suspended, diplomats said.", 'en')).toEqual(['gulf-cooperation-council qat 2021-06-10']);
  });
  it('Arabic: `علّق X عضوية Y`, `عُلّقت عضوية Y في X`, `منذ تعليق عضويتها في X عام …`, `بعد تعليق عضويتها منذ عام …`', () => {
    expect(sanctions('وكان مجلس التعاون الخليجي قد علّق عضوية قطر في حزيران/يونيو 2017.', 'ar')).toEqual(['gulf-cooperation-council qat 2017-06']);
    expect(sanctions('وعُلّقت عضوية ليبيا في جامعة الدول العربية في شباط/فبراير 2011.', 'ar')).toEqual(['arab-league lby 2011-02']);
    expect(sanctions('وحضرت ليبيا الاجتماع للمرة الأولى منذ تعليق عضويتها في جامعة الدول العربية عام 2011.', 'ar')).toEqual(['arab-league lby 2011']);
    expect(sanctions('واستعادت ليبيا مقعدها في جامعة الدول العربية، بعد تعليق عضويتها منذ عام 2011.', 'ar')).toEqual(['arab-league lby 2011']);
  });
  it('Arabic: `لا تزال عضوية Y في X معلّقة منذ …` and a call to end the suspension presuppose it: publication', () => {
    expect(sanctions('ولا تزال عضوية قطر في مجلس التعاون الخليجي معلّقة منذ عام 2017.', 'ar')).toEqual(['gulf-cooperation-council qat 2021-06-10']);
    expect(sanctions('ودعت الجزائر جامعة الدول العربية إلى إنهاء تعليق عضوية ليبيا.', 'ar')).toEqual(['arab-league lby 2021-06-10']);
  });
  it('the organisation of the member\'s story when the sentence names none', () => {
    expect(
      sanctions("Libya was readmitted to the Arab League on Sunday. Libya's membership was suspended in February 2011 over the crackdown.", 'en'),
    ).toEqual(['arab-league lby 2011-02']);
    expect(sanctions("Libya's leader attended the Arab League summit on Sunday. Libya's membership was suspended in February 2011.", 'en')).toEqual(['arab-league lby 2011-02']);
    // (a news agency a report was attributed to is no organisation of members)
    expect(sanctions("Libyan leader Mohamed al-Menfi met Egyptian President Abdel Fattah al-Sisi in Cairo, Reuters reported. Libya's membership was suspended in February 2011.", 'en')).toEqual([]);
  });
  it('no suspension: a call or threat to suspend, a suspension of talks, a membership with no suspension', () => {
    expect(sanctions("Egypt called for suspending Libya's membership of the Arab League.", 'en')).toEqual([]);
    expect(sanctions('وهددت السعودية بتعليق عضوية قطر في مجلس التعاون الخليجي.', 'ar')).toEqual([]);
    expect(sanctions('The Arab League suspended talks with Libya on Monday.', 'en')).toEqual([]);
    expect(sanctions("Libya's membership of the Arab League was discussed on Monday.", 'en')).toEqual([]);
  });
});
