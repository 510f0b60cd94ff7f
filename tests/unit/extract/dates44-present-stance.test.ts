/**
 * dates44, class L of diagnosis-batch40 §2 (a context date leaking forward), the signal "an ongoing verb": a stance told
 * in the present — an Arabic sentence opened by an imperfect verb and its subject (`وتتهم دمشق …`, `وترفض دمشق …، متهمة
 * …`), an English bare verb after a plural head of people ("Israeli officials accuse Iran …") — is a standing stance,
 * dated by publication (gold rule 6), not the day of the story's meeting or speaker. Negatives: the same statements in
 * the past tense are made at the occasion and keep its day; `وتأتي`/`ويأتي` ("comes after") is no stance.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, rel: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === rel)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

const LEAD_AR = 'التقى وزير الخارجية السوري فيصل المقداد المبعوث الأممي غير بيدرسن، أمس الأربعاء، في دمشق، وبحثا مسار اللجنة الدستورية.\n';
const LEAD_EN = 'Israeli President Isaac Herzog met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, the first such visit in 14 years.\n';

describe('a stance told in the present keeps publication', () => {
  it('Arabic: `وترفض دمشق …، متهمة سويسرا …` after a meeting lead', () => {
    const text = LEAD_AR + 'وترفض دمشق عقد اجتماعات اللجنة في جنيف، متهمة سويسرا بالتخلي عن حيادها.';
    expect(dated(text, 'ar', '2024-06-20', 'accused')).toContain('syr accused che 2024-06-20');
  });
  it('Arabic: `وتتهم دمشق وموسكو واشنطن …` (a list subject)', () => {
    const text = LEAD_AR + 'وتتهم دمشق وموسكو واشنطن بإبقاء سكان مخيم الركبان رهائن لتبرير وجودها العسكري «غير الشرعي» في التنف.';
    const got = dated(text, 'ar', '2024-06-20', 'criticized').concat(dated(text, 'ar', '2024-06-20', 'accused'));
    expect(got.filter((x) => x.startsWith('syr ') && x.includes(' usa '))).not.toEqual([]);
    expect(got.filter((x) => x.startsWith('syr ') && x.includes(' usa ') && !x.endsWith('2024-06-20'))).toEqual([]);
  });
  it('English: "Israeli officials accuse Iran of …" after a meeting lead', () => {
    const text = LEAD_EN + 'Israeli officials accuse Iran of entrenching itself in Syria.';
    expect(dated(text, 'en', '2022-03-10', 'accused')).toContain('isr accused irn 2022-03-10');
  });
  it('English: "Jordanian officials accuse …" after a dated downing', () => {
    const text = 'The Jordanian army said on Saturday it had shot down a drone carrying crystal meth from Syria.\nJordan said the drone was the third this month.\nJordanian officials accuse Iran-backed militias and units of the Syrian army of protecting the trade in Captagon.';
    expect(dated(text, 'en', '2023-06-11', 'accused')).toContain('jor accused syr 2023-06-11');
  });
});

describe('negatives: a past-tense statement at the occasion keeps its day', () => {
  it('Arabic: `واتهم المقداد سويسرا …` (past) after the meeting lead', () => {
    const text = LEAD_AR + 'واتهم المقداد سويسرا بالتخلي عن حيادها.';
    expect(dated(text, 'ar', '2024-06-20', 'accused')).toContain('faisal-mekdad accused che 2024-06-19');
  });
  it('English: "Herzog accused Iran …" (past) after the meeting lead', () => {
    const text = LEAD_EN + 'Herzog accused Iran of entrenching itself in Syria.';
    expect(dated(text, 'en', '2022-03-10', 'accused')).toContain('isaac-herzog accused irn 2022-03-09');
  });
  it('a modal after the plural noun is no present: "Raisi said American troops must leave …"', () => {
    const text = 'Iranian President Ebrahim Raisi hosted Putin and Erdogan in Tehran on Tuesday for a summit on Syria.\nRaisi said American troops must leave northeastern Syria.';
    expect(dated(text, 'en', '2022-07-20', 'urged')).toContain('ebrahim-raisi urged usa 2022-07-19');
  });
});
