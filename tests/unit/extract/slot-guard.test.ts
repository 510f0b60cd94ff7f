/**
 * The slot guard (diagnosis-batch25 §4, §7 fix 5; extends guard24). The doer of an adjunct noun ("in support of X") is the
 * clause subject, never the nearest name (an object, a place); no subject, no doer. An Arabic urging verb whose demanded act
 * opens right after it (`بإيصال`, `إلى`, `على`) urges the act's doer, never a name behind a preposition or a locative inside
 * the act (`من داخل سوريا`, `المفروضة على سوريا`).
 * Place slots: the place of a presence, a visit or
 * a withdrawal is filled by a place, never by an actor named near it: a person, a group, or a state named by one of its
 * bodies ("government forces", "Israeli forces", `قوات النظام`). The place named with the actor stays; a state named by its
 * land ("Syrian territory", `الأراضي السورية`) is a place. A paraphrase suite (new sentences only): the head varies
 * (forces, troops, army, government, regime), the frame (support, separating, alongside, near), the relation (deployed,
 * stationed, visited, withdrew).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a state named by its forces is no place of a presence': [
    ['no rus deployed_in syr', 'Russian warplanes have repeatedly bombed Islamic State hideouts in the desert in support of government forces.'],
    ['no rus deployed_in isr', 'Russian military police set up new posts near the line separating Syrian and Israeli forces.'],
    ['no irn deployed_in syr', 'Iranian advisers have deployed to back the Syrian army.'],
    ['no rus deployed_in syr', 'Russian jets have often hit militant positions in the Badia in support of regime forces.'],
    ['no rus deployed_in isr', 'Russian military police have set up posts near the line separating Syrian and Israeli troops.'],
    ['no tur deployed_in syr', 'Turkish soldiers have taken up positions facing Syrian government forces.'],
    ['no usa deployed_in sdf', 'US troops have patrolled with the SDF fighters near the border.'],
    ['rus deployed_in syr', 'Russian military police have deployed to new posts in southern Syria near the line separating Syrian and Israeli forces.'],
    ['tur deployed_in syr', 'Turkey has deployed troops inside Syrian territory.'],
  ],
  'the doer of an adjunct noun ("in support of") is the clause subject, never the nearest name': [
    ['rus supported syr', 'Russian warplanes have regularly struck Islamic State positions in the desert in support of government forces.'],
    ['no isis supported syr', 'Russian warplanes have regularly struck Islamic State positions in the desert in support of government forces.'],
    ['no hts supported tur', 'Turkish drones bombed HTS hideouts near Idlib in support of Turkey\'s allies.'],
    ['tur supported syrian-national-army', 'Turkey has sent troops to northern Syria in support of the Syrian National Army.'],
    ['hezbollah supported bashar-al-assad', 'Hezbollah fighters have fought in Syria in support of Assad.'],
    ['no isis supported irq', 'US jets struck Islamic State cells in the desert in support of Iraqi forces, the Pentagon said.'],
  ],
  'a name behind a preposition inside an urging verb\'s demanded act is never the one urged (ar)': [
    ['no rus urged syr', 'وتطالب دمشق وموسكو بإيصال المساعدات من داخل سوريا.'],
    ['no rus urged syr', 'ودعت روسيا إلى وقف الهجمات على سوريا.'],
    ['no jor urged syr', 'وطالب الأردن برفع العقوبات المفروضة على سوريا.'],
    ['no qat urged syr', 'وطالبت قطر بإدخال المساعدات عبر الحدود إلى سوريا.'],
    ['tur urged usa', 'وطالبت تركيا بانسحاب القوات الأمريكية من سوريا.'],
    ['syr urged tur', 'وطالبت دمشق بانسحاب القوات التركية من أراضيها.'],
    ['tur urged usa', 'وتطالب أنقرة واشنطن بوقف دعمها للوحدات الكردية.'],
    ['rus urged tur', 'وضغطت روسيا على تركيا لإعادة فتح المعبر.'],
    ['jor urged syr', 'ودعا وفد الأردن برئاسة أيمن الصفدي دمشق إلى ضبط الحدود.'],
    ['no usa urged tur', 'ودعا مظلوم عبدي التحالف بقيادة الولايات المتحدة إلى موقف حازم من الضربات التركية.'],
  ],
  'an own VSO subject after a fronted place phrase blocks the carried subject (ar)': [
    ['no syr visited damascus-international-airport', 'وقال الرئيس السوري بشار الأسد إن بلاده تقدّر الدعم. ووصلت صباح اليوم إلى مطار دمشق الدولي أول طائرة إماراتية محمّلة بالمساعدات.'],
    ['no syr visited aleppo-international-airport', 'وشكرت دمشق الدول الداعمة. ووصلت أمس إلى مطار حلب طائرة سعودية تحمل مساعدات.'],
    ['no syr deployed_in idlib', 'وقصف الجيش السوري مواقع المعارضة. وانتشرت في ريف إدلب قوة تركية جديدة.'],
  ],
  'a person or a group is no place': [
    ['no syr visited sameh-shoukry', 'Shoukry visited Damascus on the same day he went to Ankara, Syria said.'],
    ['no tur deployed_in ypg', 'Turkish troops are deployed near the YPG.'],
  ],
  'a state named by its forces is no place of a presence (ar)': [
    ['no rus deployed_in syr', 'وتنتشر الشرطة العسكرية الروسية قرب مواقع قوات النظام.'],
    ['tur deployed_in syr', 'وتنشر تركيا قوات في مناطق حدودية داخل الأراضي السورية.'],
    ['tur deployed_in syr', 'وتنشر تركيا قوات في سوريا.'],
  ],
});
