/**
 * Lists in every slot (diagnosis-batch26 §6 fix 4, branch slot29). Whatever the first member of a list gets (subject,
 * object, place), every member gets; a kind noun before a quoted name (`فصائل «X»`, "the X group") is part of its member;
 * a place and a country in one list are each struck ("Israel struck Idlib and Lebanon"); a list subject does not take
 * the place of its target's positions. A paraphrase suite (new sentences only): the head varies (shelled, struck,
 * bombed; `قصفت`، `استهدفت`), a date, a relative or a third member stands between the paired words, both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a place and a country in one object list are each struck': [
    ['isr attacked idlib', 'Israel struck Idlib and Lebanon on Tuesday.'],
    ['isr attacked lbn', 'Israel struck Idlib and Lebanon on Tuesday.'],
    ['isr attacked idlib', 'On Sunday, Israeli jets bombed Lebanon and Idlib.'],
    ['isr attacked lbn', 'On Sunday, Israeli jets bombed Lebanon and Idlib.'],
    ['tur attacked qamishli', 'Turkish drones, which have been active for weeks, hit Qamishli and Iraq late on Monday.'],
    ['tur attacked irq', 'Turkish drones, which have been active for weeks, hit Qamishli and Iraq late on Monday.'],
    ['no isr attacked syr', 'Israel struck Idlib and Lebanon on Tuesday.'],
  ],
  'a place and a country in one object list are each struck (ar)': [
    ['isr attacked idlib', 'قصفت إسرائيل إدلب ولبنان أمس.'],
    ['isr attacked lbn', 'قصفت إسرائيل إدلب ولبنان أمس.'],
    ['isr attacked idlib', 'استهدفت الطائرات الإسرائيلية يوم الثلاثاء لبنان وإدلب.'],
    ['isr attacked lbn', 'استهدفت الطائرات الإسرائيلية يوم الثلاثاء لبنان وإدلب.'],
  ],
  'a group\'s kind noun before a quoted name is part of its list member (ar)': [
    ['tur attacked manbij', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» قرى في محيط مدينة منبج.'],
    ['syrian-national-army attacked manbij', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» قرى في محيط مدينة منبج.'],
    ['no tur attacked syrian-national-army', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» قرى في محيط مدينة منبج.'],
    ['syrian-national-army attacked manbij', 'كما قصفت المدفعية التركية وفصائل «الجيش الوطني السوري» الموالية لها، يوم الأحد، قرى في ريف منبج.'],
    ['no tur attacked syrian-national-army', 'كما قصفت المدفعية التركية وفصائل «الجيش الوطني السوري» الموالية لها، يوم الأحد، قرى في ريف منبج.'],
    ['no tur attacked hts', 'استهدفت القوات الروسية وجماعة «هيئة تحرير الشام» مواقع في ريف إدلب.'],
    ['no rus attacked hts', 'استهدفت القوات الروسية وجماعة «هيئة تحرير الشام» مواقع في ريف إدلب.'],
    ['hamas attacked isr', 'هاجمت حركة «حماس» وجماعة «الجهاد الإسلامي» إسرائيل يوم السبت.'],
    ['no hamas attacked islamic-jihad', 'هاجمت حركة «حماس» وجماعة «الجهاد الإسلامي» إسرائيل يوم السبت.'],
  ],
  'a list subject does not take the place of its target\'s positions (ar)': [
    ['no tur deployed_in ain-issa', 'قصفت القوات التركية و«الجيش الوطني السوري» الموالي لها مواقع لـ«قسد» في ريف عين عيسى.'],
    ['no syrian-national-army deployed_in ain-issa', 'قصفت القوات التركية و«الجيش الوطني السوري» الموالي لها مواقع لـ«قسد» في ريف عين عيسى.'],
    ['sdf deployed_in ain-issa', 'قصفت القوات التركية و«الجيش الوطني السوري» الموالي لها مواقع لـ«قسد» في ريف عين عيسى.'],
    ['tur attacked sdf', 'قصفت القوات التركية و«الجيش الوطني السوري» الموالي لها مواقع لـ«قسد» في ريف عين عيسى.'],
    ['no tur deployed_in manbij', 'استهدفت تركيا وفصائل موالية لها يوم الأحد مواقع لـ«قسد» في ريف منبج.'],
    ['no tur deployed_in ain-issa', 'قصفت القوات التركية مواقع لـ«قسد» في ريف عين عيسى.'],
  ],
  'a share of more places after "and": each member of its list': [
    ['hts deployed_in latakia', 'HTS controls most of Idlib province and parts of the neighbouring Latakia and Aleppo countryside.'],
    ['hts deployed_in aleppo', 'HTS controls most of Idlib province and parts of the neighbouring Latakia and Aleppo countryside.'],
    ['hts deployed_in hama', 'HTS, which grew out of al-Nusra, controls much of Idlib and parts of Hama and Latakia.'],
    ['hts deployed_in latakia', 'HTS, which grew out of al-Nusra, controls much of Idlib and parts of Hama and Latakia.'],
    ['hts deployed_in idlib', 'HTS, which grew out of al-Nusra, controls much of Idlib and parts of Hama and Latakia.'],
  ],
  'a share of more places after و: each member of its list (ar)': [
    ['hts deployed_in hama', 'تسيطر «هيئة تحرير الشام» على معظم محافظة إدلب وأجزاء من أرياف حلب واللاذقية وحماة.'],
    ['hts deployed_in latakia', 'تسيطر «هيئة تحرير الشام» على معظم محافظة إدلب وأجزاء من أرياف حلب واللاذقية وحماة.'],
    ['hts deployed_in aleppo', 'تسيطر «هيئة تحرير الشام» منذ عام 2019 على معظم إدلب وأجزاء من ريف حلب واللاذقية.'],
    ['hts deployed_in latakia', 'تسيطر «هيئة تحرير الشام» منذ عام 2019 على معظم إدلب وأجزاء من ريف حلب واللاذقية.'],
  ],
  'the places of an included member named by what lies there': [
    ['sdf deployed_in deir-ez-zor', 'The SDF controls most of northeastern Syria, including the main oil fields in Deir ez-Zor and Hasakah.'],
    ['sdf deployed_in hasakah', 'The SDF, which Washington backs, controls most of northeastern Syria, including the main oil fields in Deir ez-Zor and Hasakah.'],
  ],
  'the places of an included member named by what lies there (ar)': [
    ['sdf deployed_in deir-ez-zor', 'وتسيطر «قسد» على معظم مناطق شمال شرق سوريا، بما فيها حقول النفط الرئيسية في دير الزور والحسكة.'],
    ['sdf deployed_in hasakah', 'وتسيطر «قسد» منذ عام 2019 على معظم مناطق شمال شرق سوريا، بما فيها حقول النفط في دير الزور والحسكة.'],
  ],
  'every giver of a support adjunct, the second demonym too (ar)': [
    ['irn supported syr', 'شنت القوات الحكومية هجوماً بدعم روسي وإيراني.'],
    ['rus supported syr', 'شنت القوات الحكومية هجوماً بدعم روسي وإيراني.'],
    ['no syr attacked irn', 'شنت القوات الحكومية هجوماً بدعم روسي وإيراني.'],
    ['irn supported syr', 'استعادت القوات الحكومية عام 2018 السيطرة على المنطقة بدعم من روسيا وإيران.'],
    ['no syr attacked irn', 'سيطرت القوات الحكومية أمس على البلدة بدعم جوي روسي وإيراني.'],
  ],
  'a list subject does not take the place of its target\'s positions': [
    ['no tur deployed_in manbij', 'Turkey and the Syrian National Army shelled SDF positions near Manbij on Friday.'],
    ['no syrian-national-army deployed_in manbij', 'Turkey and the Syrian National Army shelled SDF positions near Manbij on Friday.'],
  ],
});
