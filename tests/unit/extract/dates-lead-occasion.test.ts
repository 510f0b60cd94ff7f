/**
 * The lead's occasion (gold rules 6 and 8; sentences of this file's own): a follow-up sentence with no date of its own
 * that tells what a party of the dated opening's occasion said or did there (an accusation, a call, a meeting on the
 * sidelines, a plan in the party's own words) takes the occasion's day, not the publication date. Not in the story of an
 * attack, not background (pluperfect, "has …", "since", a relative clause, "after …"), not the reporter's schedule.
 */
import { describe, expect, it } from 'vitest';
import { datedOf as dated } from './helpers.ts';

describe("a follow-up sentence takes the lead's occasion day", () => {
  it('English: a participant named after the lead of a gathering accuses and calls on another', () => {
    const text =
      'Leaders from the region gathered in Amman on Tuesday for a conference on Iraq.\nKing Abdullah II hosted French President Emmanuel Macron.\nMacron accused Iran of destabilising the region and called on Tehran to stop interfering.';
    expect(dated(text, 'en', '2023-03-02', 'accused')).toEqual(['emmanuel-macron irn 2023-02-28']);
    expect(dated(text, 'en', '2023-03-02', 'urged')).toEqual(['emmanuel-macron irn 2023-02-28']);
  });
  it('Arabic: the speaker of a dated lead goes on (`واتهم X …` after `طالب X أمس الاثنين …`)', () => {
    expect(
      dated('طالب وزير الخارجية السوري فيصل المقداد أمس الاثنين الولايات المتحدة بسحب قواتها من سوريا.\nواتهم المقداد أنقرة بدعم الفصائل المسلحة في إدلب.', 'ar', '2023-05-16', 'accused'),
    ).toEqual(['faisal-mekdad tur 2023-05-15']);
  });
  it('an act of the lead\'s event needs no words said (`ونظّمت X الرحلة بالتنسيق مع Y` after a dated departure)', () => {
    expect(
      dated('غادرت قافلة تقل لاجئين سوريين بلدة عرسال في شرق لبنان، أمس الثلاثاء، متجهة إلى سوريا.\nونظّمت السلطات اللبنانية الرحلة بالتنسيق مع السلطات السورية.', 'ar', '2024-05-15', 'coordinated_with'),
    ).toEqual(['lbn syr 2024-05-14']);
  });
  it('a habit in the act reported ("accused X of repeatedly flying …") is no habit of the accusing', () => {
    expect(
      dated('The Pentagon said on Wednesday that it was sending more jets to the region.\nDefence Secretary Lloyd Austin accused Russian jets of repeatedly flying close to US drones.', 'en', '2023-06-15', 'accused'),
    ).toEqual(['lloyd-austin rus 2023-06-14']);
  });
  it("a plan in a party's own words is dated by the occasion it was stated at (rule 8)", () => {
    expect(
      dated('Russian Foreign Minister Sergei Lavrov met his Iranian counterpart Hossein Amir-Abdollahian in Moscow on Wednesday.\nLavrov said Moscow and Tehran would coordinate closely on Syria.', 'en', '2023-03-31', 'coordinated_with'),
    ).toEqual(['rus irn 2023-03-29']);
  });
  it('not the reporter\'s schedule ("is due to", `من المقرر`), which stays at publication', () => {
    expect(
      dated('Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Moscow on Wednesday.\nFidan is due to visit Tehran to meet Iranian officials, the ministry said.', 'en', '2023-03-31', 'visited'),
    ).toEqual(['hakan-fidan tehran 2023-03-31']);
    expect(
      dated('Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Moscow on Wednesday.\nFidan said he would visit Tehran soon.', 'en', '2023-03-31', 'visited'),
    ).toEqual(['hakan-fidan tehran 2023-03-29']);
  });
  it('not the reactions in the story of an attack, nor background told in a pluperfect', () => {
    expect(dated('Israeli jets struck targets near Damascus on Sunday.\nSyria accused Israel of violating its sovereignty.', 'en', '2023-05-16', 'accused')).toEqual(['syr isr 2023-05-16']);
    expect(
      dated('طالب وزير الخارجية السوري فيصل المقداد أمس الاثنين الولايات المتحدة بسحب قواتها من سوريا.\nوكان المقداد قد اتهم أنقرة بدعم الفصائل المسلحة في إدلب.', 'ar', '2023-05-16', 'accused'),
    ).toEqual(['faisal-mekdad tur 2023-05-16']);
  });
});
