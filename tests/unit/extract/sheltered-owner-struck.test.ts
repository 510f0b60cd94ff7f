/**
 * What was struck shelters or is used by a named actor: that actor is the one attacked (gold rule 10; relations/ctx.ts
 * ownerBefore, frames.ts ownerStruck; cues.csv `housing_word`): `غارات على مواقع يُعتقد أنها تؤوي خلايا التنظيم`, `مخابئ
 * للتنظيم`, "positions believed to house Islamic State cells", "depots used by the PKK" after a list of struck things,
 * "a facility in Deir ez-Zor province that the Pentagon said was used by X". And Arabic `جولة` held or "of" another act
 * is a round, no visit (guards.ts roundNotTour). Negative cells: a sheltering word with a place after it ("a safe house in
 * eastern Syria", "hideouts in Syria's Suwayda province"), unnamed owners, a tour that is a visit.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rel = (text: string, lang: 'ar' | 'en', relation: string) =>
  extract(text, lang, '2023-11-19').relations.filter((r) => r.relation === relation).map((r) => `${r.source} ${r.target}`);

describe('a struck site that shelters a named actor (ar)', () => {
  it('the sheltered actor is attacked, a members noun and من between allowed', () => {
    expect(rel('وشنّت الطائرات الحربية الروسية صباح اليوم سلسلة غارات على مواقع يُعتقد أنها تؤوي خلايا تنظيم «داعش» في البادية.', 'ar', 'attacked')).toContain('rus isis');
    expect(rel('وتنفذ الطائرات الروسية غارات دورية على مواقع يُعتقد أنها مخابئ لتنظيم داعش في البادية، دعماً لقوات الحكومة.', 'ar', 'attacked')).toContain('rus isis');
    expect(rel('وقصفت الطائرات الروسية أمس مواقع يعتقد أنها تؤوي عناصر من «هيئة تحرير الشام» قرب إدلب.', 'ar', 'attacked')).toContain('rus hts');
  });
  it('no named actor sheltered, no actor attacked', () => {
    expect(rel('وشنّت الطائرات الروسية غارات على مواقع يُعتقد أنها تؤوي خلايا إرهابية في البادية.', 'ar', 'attacked').filter((x) => !/ (syr|syrian-desert)$/.test(x))).toEqual([]);
  });
});

describe('a struck site that shelters or is used by a named actor (en)', () => {
  it('the owner is attacked', () => {
    expect(rel('Russian jets struck positions believed to house Islamic State cells in the Syrian desert on Saturday.', 'en', 'attacked')).toContain('rus isis');
    expect(rel('Turkish drones hit a building sheltering fighters of the PKK in Qamishli.', 'en', 'attacked')).toContain('tur pkk');
    expect(rel("The ministry said Turkish jets hit shelters, tunnels and ammunition depots used by the Kurdistan Workers' Party (PKK) in northern Iraq on Tuesday.", 'en', 'attacked')).toContain('tur pkk');
    const far = rel('US F-15 jets struck a weapons storage facility in Deir ez-Zor province that the Pentagon said was used by Iran\'s Revolutionary Guards.', 'en', 'attacked');
    expect(far).toContain('usa irgc');
    expect(far).not.toContain('usa deir-ez-zor');
  });
  it('a sheltering word before a place names no owner', () => {
    const safe = rel('US jets struck a training facility and a safe house in eastern Syria on Sunday.', 'en', 'attacked');
    expect(safe).toContain('usa syr');
    expect(rel("Jordanian jets struck suspected smugglers' hideouts in Syria's southern Suwayda province in January, killing several people.", 'en', 'attacked')).toEqual(['jor suwayda']);
  });
});

describe('Arabic جولة: a round is no visit (ar)', () => {
  it('a round held, or a round of another act', () => {
    expect(rel('وكانت اللجنة الدستورية قد عقدت جولتها الثامنة والأخيرة في جنيف مطلع حزيران/يونيو 2022.', 'ar', 'visited')).toEqual([]);
    expect(rel('وكان المبعوثان قد عقدا جولتهما الأولى في موسكو في 14 كانون الثاني/يناير الماضي.', 'ar', 'visited')).toEqual([]);
    expect(rel('وردّت واشنطن بعدة جولات من الغارات على منشآت في شرق سوريا.', 'ar', 'visited')).toEqual([]);
  });
  it('a tour stays a visit', () => {
    expect(rel('وأجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان جولة في دمشق وبيروت الأسبوع الماضي.', 'ar', 'visited').length).toBeGreaterThan(0);
  });
});
