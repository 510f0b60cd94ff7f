/**
 * Noun-phrase presence by slot kind, round 3 (np33, diagnosis-batch28 §6 fix 1a). Sentences of our own, both languages.
 * - People of a group with a participle or adjective of lurking between them and their place ("IS cells hiding in the
 *   Syrian desert", "militants operating in", "fighters active in", `خلايا نشطة في البادية`, `عناصر … المتحصنة في`): the
 *   group's presence (gold rule 13), in any slot; not kin or detainees, not people with no holder named.
 * - Holdings of a group as heads (hideouts, strongholds, lairs; `مخابئ`, `معاقل`, `أوكار`): "strikes on IS hideouts in the
 *   Syrian desert", `مخابئ تنظيم «داعش» في البادية`: the holder's presence, also as the object of an attack.
 * - A lost holding ("IS lost its last territorial stronghold in Syria in March 2019", `خسارة التنظيم آخر معاقله في بلدة
 *   الباغوز في آذار/مارس 2019`): the loser was there, dated as the loss is; not the speaker, not a loss with no holding.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

describeCases({
  'people of a group with a lurking participle before their place': [
    ['isis deployed_in syrian-desert', 'IS cells hiding in the Syrian desert have waged a low-level insurgency against government forces.'],
    ['isis deployed_in syrian-desert', 'Islamic State militants operating in the Syrian desert killed four soldiers on Tuesday.'],
    ['hts deployed_in idlib', 'Russian jets struck HTS fighters active in Idlib province on Monday, a monitor said.'],
    ['pkk deployed_in northern-iraq', 'Ankara says PKK militants holed up in northern Iraq plan attacks on Turkish soil.'],
    ['isis deployed_in syrian-desert', 'The army said it had killed dozens of IS members, still hiding in the Syrian desert, in a week of raids.'],
    ['no isis deployed_in al-hol-camp', 'The families of IS members living in the al-Hol camp remain in limbo.'],
  ],
  'people of a group with a lurking participle or adjective before their place (ar)': [
    ['isis deployed_in syrian-desert', 'ولا يزال تنظيم «داعش» يحتفظ بخلايا نشطة في البادية السورية.'],
    ['isis deployed_in syrian-desert', 'وقالت مصادر إن خلايا تنظيم «داعش» النشطة في البادية السورية صعّدت هجماتها.'],
    ['hts deployed_in jabal-al-zawiya', 'وقصفت القوات الحكومية عناصر من «هيئة تحرير الشام» المتحصنة في جبل الزاوية.'],
    ['no isis deployed_in al-hol-camp', 'وتعيش عائلات عناصر تنظيم «داعش» الموجودة في مخيم الهول ظروفاً صعبة.'],
  ],
  'holdings of a group as heads': [
    ['isis deployed_in syrian-desert', 'Russian warplanes carried out dozens of strikes on IS hideouts in the Syrian desert on Wednesday.'],
    ['rus attacked isis', 'Russian warplanes carried out dozens of strikes on IS hideouts in the Syrian desert on Wednesday.'],
    ['pkk deployed_in northern-iraq', 'Turkish jets struck PKK hideouts in northern Iraq overnight, the defence ministry said.'],
    ['isis deployed_in syrian-desert', 'The coalition said the raids destroyed hideouts of the Islamic State group in the Badia.'],
    ['hts deployed_in idlib', 'Government forces shelled HTS strongholds in Idlib province on Sunday.'],
  ],
  'areas under the control participle with the region after the holder (ar)': [
    ['sdf deployed_in northeastern-syria', 'إذ لم تُفتح مراكز اقتراع في المناطق الخاضعة لسيطرة «قوات سوريا الديمقراطية» في شمال شرق البلاد، ولا في إدلب.'],
    ['sdf deployed_in northeastern-syria', 'وتقع البلدة في المناطق الخاضعة لسيطرة «قوات سوريا الديمقراطية» في شمال شرق سوريا.'],
    ['sdf deployed_in northeastern-syria', 'وقصفت القوات التركية قرى في مناطق خاضعة لسيطرة «قسد» شمال شرق سوريا.'],
    ['syrian-national-army deployed_in jarablus', 'وتقع جرابلس ضمن المناطق الخاضعة لسيطرة فصائل «الجيش الوطني السوري».'],
    ['no sdf deployed_in idlib', 'ولم تفتح مراكز اقتراع في المناطق الخاضعة لسيطرة «قسد» وإدلب.'],
  ],
  'holdings of a group as heads (ar)': [
    ['isis deployed_in syrian-desert', 'واستهدفت الطائرات الروسية مخابئ تنظيم «داعش» في البادية السورية.'],
    ['hts deployed_in idlib', 'وقصفت القوات الحكومية معاقل «هيئة تحرير الشام» في إدلب.'],
    ['pkk deployed_in northern-iraq', 'وقالت أنقرة إنها دمّرت أوكاراً لحزب العمال الكردستاني في شمال العراق.'],
  ],
});

// (a lost holding is no presence at publication, np33; since gold rule 19f (rule19) it is the loser's presence dated as
// the loss when the clause names the place and the date: tests/unit/extract/rule19.test.ts)
describe('a lost holding gives no presence at publication', () => {
  const cases: [string, 'ar' | 'en', string][] = [
    ['IS lost its last territorial stronghold in Syria in March 2019, but its cells continue to launch attacks.', 'en', 'isis syr'],
    ['The Islamic State group lost its last stronghold in Baghouz in March 2019.', 'en', 'isis baghuz'],
    ['ويتخذ التنظيم من صحراء البادية ملاذاً منذ خسارته آخر معاقله في الباغوز عام 2019.', 'ar', 'isis baghuz'],
    ['ونشط التنظيم في البادية منذ خسارة تنظيم «داعش» آخر معاقله في الباغوز عام 2019.', 'ar', 'isis baghuz'],
  ];
  it.each(cases)('%s', (text, lang, not) => {
    expect(datedOf(text, lang, '2024-06-02', 'deployed_in')).not.toContain(not + ' 2024-06-02');
  });
  it('the cells kept are there, the stronghold lost only at the loss', () => {
    const got = datedOf('ولا يزال تنظيم «داعش» يحتفظ بخلايا نشطة في البادية السورية، رغم خسارته آخر معاقله في بلدة الباغوز في آذار/مارس 2019.', 'ar', '2024-06-02', 'deployed_in');
    expect(got).toContain('isis syrian-desert 2024-06-02');
    expect(got).not.toContain('isis baghuz 2024-06-02');
    expect(got).toContain('isis baghuz 2019-03');
  });
  it('the attacker of a stronghold with a clitic owner is not there', () => {
    expect(datedOf('وقصفت الطائرات الروسية معاقله في البادية السورية بعد أن هاجم تنظيم «داعش» حافلة.', 'ar', '2024-06-02', 'deployed_in')).toEqual([]);
  });
});
