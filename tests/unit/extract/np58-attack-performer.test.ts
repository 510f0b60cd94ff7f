/**
 * (np58) An attack noun named by its performer relative (`هجوم شنّته X على نقطة لـY`): the performer may be a group
 * "of" its body (`مجموعة من «هيئة تحرير الشام»`, `فصيل من …`: a proxy noun before من, a guillemet between), and an
 * Arabic means phrase may stand between the noun and the relative (`بهجوم بطائرة مسيّرة انتحارية شنّته X`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a group of a body performs the attack (ar)': [
    ['hts attacked syr', 'قُتل ثلاثة عناصر من قوات النظام إثر هجوم شنّته مجموعة من «هيئة تحرير الشام» على نقطة لقوات النظام في ريف إدلب.'],
    ['hts attacked syr', 'إثر هجوم شنّته مجموعة من هيئة تحرير الشام على نقطة لقوات النظام.'],
    ['isis attacked sdf', 'وقتل مقاتلان في هجوم نفذته مجموعة من تنظيم «داعش» على حاجز لـ«قسد» في ريف دير الزور الشرقي.'],
    ['isis attacked syr', 'وأصيب جنود في هجوم نفذته خلية من تنظيم «داعش» على نقطة للجيش السوري في البادية.'],
    // (as before: members, or the body itself)
    ['hts attacked syr', 'إثر هجوم شنّته «هيئة تحرير الشام» على نقطة لقوات النظام.'],
    ['isis attacked syr', 'في هجوم نفذه مسلحون من تنظيم «داعش» على نقطة للجيش السوري.'],
    // (the target's owner is never the performer)
    ['no syr attacked hts', 'إثر هجوم شنّته مجموعة من «هيئة تحرير الشام» على نقطة لقوات النظام في ريف إدلب.'],
  ],
  'a means phrase between the attack noun and its performer (ar)': [
    ['hts attacked syr', 'قُتل جنديان بهجوم بطائرة مسيّرة انتحارية شنّته «هيئة تحرير الشام» على نقطة للجيش السوري في ريف اللاذقية.'],
    ['isis attacked sdf', 'وقتل عنصران في هجوم بسيارة مفخخة نفذه تنظيم «داعش» على حاجز لـ«قسد» في ريف الحسكة.'],
    ['tur attacked sdf', 'وأصيب مقاتلون بقصف بالطائرات المسيرة شنته تركيا على مواقع لـ«قسد» في ريف الحسكة.'],
    ['no syr attacked hts', 'قُتل جنديان بهجوم بطائرة مسيّرة انتحارية شنّته «هيئة تحرير الشام» على نقطة للجيش السوري.'],
  ],
  'the English twins (performer and members)': [
    ['hts attacked syr', 'The attack carried out by militants from HTS on Syrian army positions killed three soldiers.'],
    ['isis attacked sdf', 'The attack carried out by Islamic State on SDF positions near Deir ez-Zor left two dead.'],
  ],
});
