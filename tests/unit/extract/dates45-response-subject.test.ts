/**
 * dates45: a response keeps the context date (diagnosis-batch42 §2 D6, §6 dates45 rank 2) when its subject has head nouns
 * before its name (`وردّت فصائل غرفة عمليات «الفتح المبين» بقصف …`, `وردّت فصائل «الجيش الوطني» بقصف …`), when it names
 * what it answers (`ردّت على الهجوم بقصف …`) and when its act noun is carried on by a verb (`بقصف مدفعي استهدف مواقع …`).
 * Negatives: a stance after a dated opening keeps publication; a pluperfect response is background.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, pub: string) => extract(text, 'ar', pub).relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

const LEAD = 'شنّت طائرات حربية روسية، يوم الخميس، سلسلة غارات على قرى في ريف جسر الشغور غربي إدلب، وفق ما أفاد الدفاع المدني السوري.\nوفي اليوم ذاته، قصفت قوات النظام بالمدفعية الثقيلة بلدة سرمين شرقي إدلب، بحسب المرصد السوري لحقوق الإنسان.\n';

describe('a response keeps the day told before it', () => {
  it('head nouns before the subject\'s name (`وردّت فصائل غرفة عمليات «الفتح المبين» بقصف`, b42 D6)', () => {
    const got = rows(LEAD + 'وردّت فصائل غرفة عمليات «الفتح المبين» بقصف مواقع لقوات النظام في محيط مدينة سراقب.', '2024-02-09');
    expect(got).toContain('al-fath-al-mubin attacked syr 2024-02-08');
  });
  it('one head noun (`وردّت فصائل «الجيش الوطني» بقصف مدفعي على قرى …`)', () => {
    const text = 'قُتل عنصران من «الجيش الوطني السوري»، مساء الأربعاء، في هجوم تسلل شنّته «قوات سوريا الديمقراطية» على محور قرية عون الدادات شمال منبج.\nوردّت فصائل «الجيش الوطني» بقصف مدفعي على قرى في ريف منبج الشمالي.';
    expect(rows(text, '2024-09-12')).toContain('syrian-national-army attacked manbij 2024-09-11');
  });
  it('what it answers, and the act noun carried on by a verb (`ردّت على الهجوم بقصف مدفعي استهدف مواقع للهيئة`)', () => {
    const text = 'قُتل جنديان من قوات النظام السوري، أمس الجمعة، في هجوم شنّته «هيئة تحرير الشام» على موقع لقوات النظام قرب بلدة قسطون في سهل الغاب.\nوأضافت المصادر أن قوات النظام ردّت على الهجوم بقصف مدفعي استهدف مواقع للهيئة في قرى جبل الزاوية جنوب إدلب.';
    expect(rows(text, '2023-06-10')).toContain('syr attacked hts 2023-06-09');
  });
  it('another response verb and a list subject (`وردّت القوات التركية والفصائل الموالية لها بقصف …`)', () => {
    const text = 'قُتل جندي تركي، يوم الثلاثاء، في هجوم شنّته «قوات سوريا الديمقراطية» على قاعدة تركية قرب مارع.\nوردّت فصائل «الجيش الوطني» على الهجوم بقصف مواقع لـ«قسد» في محيط تل رفعت.';
    expect(rows(text, '2022-08-18')).toContain('syrian-national-army attacked sdf 2022-08-16');
  });
});

describe('negatives', () => {
  it('a stance after a dated opening keeps publication (`ونفت «قسد» …، ودعت روسيا …`)', () => {
    const text = 'دخلت تعزيزات عسكرية تركية، مساء السبت، إلى ريف حلب الشمالي.\nفي المقابل، نفت «قسد» أي صلة لها بالتفجير، ودعت روسيا والولايات المتحدة إلى منع أي توغل تركي.';
    expect(rows(text, '2022-12-04').filter((x) => x.startsWith('sdf urged') && !x.endsWith('2022-12-04'))).toEqual([]);
  });
  it('a pluperfect response is background (`وكانت فصائل «الجيش الوطني» قد ردّت بقصف …`)', () => {
    const text = 'قُتل عنصران من «الجيش الوطني السوري»، مساء الأربعاء، في هجوم شنّته «قسد» شمال منبج.\nوكانت فصائل «الجيش الوطني» قد ردّت بقصف قرى في ريف منبج الشمالي.';
    expect(rows(text, '2024-09-12').filter((x) => x.startsWith('syrian-national-army attacked') && x.endsWith('2024-09-11'))).toEqual([]);
  });
});

const rowsEn = (text: string, pub: string) => extract(text, 'en', pub).relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('English: a response reported in the pluperfect after "said" keeps the story\'s day', () => {
  it('"HTS … said its fighters had responded by shelling army positions near Saraqeb" (b36)', () => {
    const text = 'Russian warplanes struck the outskirts of Idlib city on Friday, killing two civilians, the Syrian Civil Defence said.\nHours later, Syrian government artillery shelled the town of Sarmin, according to the Syrian Observatory for Human Rights.\nHayat Tahrir al-Sham, the jihadist group that dominates Idlib province, said its fighters had responded by shelling army positions near Saraqeb.';
    expect(rowsEn(text, '2023-08-05')).toContain('hts attacked syr 2023-08-04');
  });
  it('another verb ("said its fighters had retaliated by shelling …")', () => {
    const text = 'Turkish drones struck a car near Qamishli on Tuesday, killing two SDF fighters, the SDF said.\nThe SDF said its fighters had retaliated by shelling Turkish army positions near the border.';
    expect(rowsEn(text, '2023-09-14')).toContain('sdf attacked tur 2023-09-12');
  });
  it('negative: a sentence\'s vague month before it does not carry ("earlier this week" then "said its fighters had responded")', () => {
    const text = 'Syrian government artillery shelled the town of Ariha in Idlib province on Friday, killing three civilians, the Syrian Civil Defence said.\nRussian jets also struck the outskirts of Jisr al-Shughur earlier this week, the Syrian Observatory for Human Rights said.\nHTS said its fighters had responded by targeting army positions near Saraqeb.';
    expect(rowsEn(text, '2024-08-30').filter((x) => x.startsWith('hts attacked') && x.endsWith(' 2024-08'))).toEqual([]);
  });
  it('negative: a plain pluperfect with no "said" is background ("HTS had responded by shelling …")', () => {
    const text = 'Russian warplanes struck the outskirts of Idlib city on Friday, killing two civilians.\nIn June, HTS had responded by shelling army positions near Saraqeb.';
    expect(rowsEn(text, '2023-08-05').filter((x) => x.startsWith('hts attacked') && x.endsWith('2023-08-04'))).toEqual([]);
  });
});
