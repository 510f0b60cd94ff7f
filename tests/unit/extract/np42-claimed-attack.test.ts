/**
 * np42: the claimant of an attack noun attacked the attack's place or target (diagnosis-batch37 §6 np41 rank 2, "claimed
 * by" / "claimed responsibility for the Ankara bombing"; pool b18, b21): "X claimed responsibility for the Ankara
 * bombing", "X claimed the explosions that killed … in the city of Kerman", "a shooting in P, claimed by X,",
 * `تبنّى X هجوماً … استهدف مدينة P`, `في هجوم … تبنّته X واستهدف منشآت في P`. New sentences, both languages, look-alikes.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an active claim of an attack noun (en)': [
    ['pkk attacked ankara', 'The PKK, which has fought the Turkish state since 1984, claimed responsibility for the Ankara bombing.'],
    ['isis attacked kerman', 'The Islamic State group on Thursday claimed responsibility for the two explosions that killed scores of people at a memorial in the city of Kerman.'],
    // (another noun, a modifier, no "responsibility")
    ['isis attacked kerman', 'Islamic State claimed the twin suicide bombings in Kerman on Thursday.'],
    ['pkk attacked ankara', 'The PKK claimed Sunday’s suicide attack outside the interior ministry in Ankara.'],
  ],
  'the people hit, named by their state, before the place (en; rule 10)': [
    ['islamic-resistance-in-iraq attacked usa', 'The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, claimed a drone attack in January that killed three US soldiers at the Tower 22 outpost in Jordan.'],
    ['no islamic-resistance-in-iraq attacked jor', 'The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, claimed a drone attack in January that killed three US soldiers at the Tower 22 outpost in Jordan.'],
  ],
  'a passive claim after the attack noun (en)': [
    ['isis attacked kerman', 'On Wednesday a bombing in the southern city of Kerman, claimed by the Islamic State group, killed dozens of people.'],
    ['isis attacked kerman', 'A suicide attack in Kerman, which was claimed by Islamic State, wounded two police officers.'],
    // (a capital struck, read by the frames: its state, as before)
    ['pkk attacked tur', 'A suicide attack in Ankara, which was claimed by the PKK, wounded two police officers.'],
  ],
  'an active or relative claim of an attack noun (ar)': [
    ['irgc attacked erbil', 'تبنّى الحرس الثوري الإيراني أمس الأحد هجوماً بنحو 12 صاروخاً باليستياً استهدف مدينة أربيل عاصمة إقليم كردستان العراق، قائلاً إنه ضرب «مركزاً استراتيجياً» إسرائيلياً.'],
    ['irgc attacked erbil', 'وتبنّى الحرس الثوري الهجوم الصاروخي على أربيل.'],
    ['houthis attacked are', 'قُتل ثلاثة أشخاص أمس الاثنين في هجوم بطائرات مسيّرة تبنّته جماعة الحوثيين اليمنية واستهدف منشآت نفطية في أبوظبي.'],
    ['irgc attacked erbil', 'قُتل شخصان أمس في هجوم بطائرات مسيّرة تبنّاه الحرس الثوري الإيراني واستهدف منشآت نفطية في أربيل.'],
    ['isis attacked kerman', 'وتبنّى تنظيم «داعش» التفجير الذي وقع في مدينة كرمان.'],
  ],
  'no claimed attack read (en, ar)': [
    // (the claimant of a statement, not of an attack)
    ['no isis attacked kerman', 'Officials in Kerman claimed that the Islamic State group was weakened.'],
    // (a denial of a claim)
    ['no pkk attacked ankara', 'The PKK did not claim the bombing in Ankara.'],
  ],
});
