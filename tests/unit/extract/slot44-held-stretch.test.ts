/**
 * slot44: every place of a held stretch or list is held (gold rule 13; diagnosis-batch40 #84, batch41 #7; pool b29
 * tal-tamr-khabur, b37 quake-leave-returns): `تسيطر تركيا على شريط حدودي يمتد بين رأس العين وتل أبيض` (both ends, args.ts
 * objectGroup's `between` inside a presence's own phrase), `وتسيطر القوات التركية والفصائل الموالية لها على مدينتي تل أبيض
 * ورأس العين` (the subject's affiliation pronoun is no patron of the object: structure.ts withoutAffiliated), "the SNA, a
 * coalition of factions that holds Azaz and Jarablus" (presence.ts controlPresence, each member). New sentences, both
 * languages, with look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'both ends of a held stretch (ar)': [
    ['tur deployed_in tal-abyad', 'وتسيطر تركيا وفصائل موالية لها على شريط حدودي يمتد بين رأس العين وتل أبيض منذ عام 2019.'],
    ['tur deployed_in ras-al-ain', 'وتسيطر تركيا وفصائل موالية لها على شريط حدودي يمتد بين رأس العين وتل أبيض منذ عام 2019.'],
    ['tur deployed_in ras-al-ain', 'وتسيطر القوات التركية والفصائل الموالية لها على شريط حدودي بين تل أبيض ورأس العين.'],
    // (a date between)
    ['tur deployed_in tal-abyad', 'وتسيطر تركيا منذ تشرين الأول/أكتوبر 2019 على المنطقة الممتدة بين رأس العين وتل أبيض.'],
  ],
  'an affiliation pronoun in the subject leaves the object list whole (ar)': [
    ['tur deployed_in tal-abyad', 'وتسيطر القوات التركية والفصائل الموالية لها على مدينتي تل أبيض ورأس العين منذ تشرين الأول/أكتوبر 2019.'],
    ['tur deployed_in ras-al-ain', 'وتسيطر القوات التركية والفصائل الموالية لها على مدينتي تل أبيض ورأس العين منذ تشرين الأول/أكتوبر 2019.'],
    ['tur deployed_in tal-abyad', 'وتسيطر القوات التركية والفصائل الموالية لها على تل أبيض ورأس العين.'],
  ],
  'a "between" that is no held stretch (ar)': [
    ['no syr deployed_in sdf', 'واندلعت اشتباكات بين الجيش السوري و«قسد» في ريف دير الزور.'],
    ['no tur deployed_in damascus', 'وبحث الوزير التركي العلاقات بين أنقرة ودمشق.'],
  ],
  'every place held by an apposition relative (en)': [
    ['syrian-national-army deployed_in jarablus', 'Turkey backs the Syrian National Army, a coalition of factions that holds the border strip between Azaz and Jarablus.'],
    ['syrian-national-army deployed_in azaz', 'Turkey backs the Syrian National Army, a coalition of factions that holds the border strip between Azaz and Jarablus.'],
    ['syrian-national-army deployed_in jarablus', 'Turkey backs the Syrian National Army, a coalition of factions that holds Azaz and Jarablus.'],
    ['hts deployed_in idlib', 'Rebels are led by Hayat Tahrir al-Sham, the jihadist group that dominates Idlib and parts of Latakia.'],
    ['hts deployed_in latakia', 'Rebels are led by Hayat Tahrir al-Sham, the jihadist group that dominates Idlib and parts of Latakia.'],
  ],
  'no presence from a "between" of talks (en)': [
    ['no tur deployed_in damascus', 'Turkey, which controls parts of the north, said talks between Ankara and Damascus would resume.'],
  ],
});
