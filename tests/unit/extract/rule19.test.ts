/**
 * Gold rule 19 (rulings of 2026-12-01), branch rule19. Sentences of our own, both languages.
 * (f) A lost or taken stronghold is dated presence: the loser is deployed in the place it lost, dated as the loss; a
 *     place taken from a named group likewise; no place or no date gives none.
 * Not read yet (left for a later branch): a stronghold whose owner is a pronoun or an anaphor that resolves to the captor
 * ("the SDF captured the group's last stronghold, the eastern village of Baghouz, in March 2019", "when the SDF captured its
 * last stronghold of Baghuz"), and a defeat verb ("since defeating IS in its last enclave of Baghouz in March 2019").
 */
import { datedSuite, describeCases } from './helpers.ts';

datedSuite('19f: a lost stronghold is the loser\'s presence dated as the loss', `
en 2022-06-07 deployed_in isis_baghuz_2019-03 | Islamic State claimed the attack. / The group lost its last territory in Syria at Baghuz in March 2019, but its remnants still operate in the desert.
en 2022-06-07 deployed_in isis_baghuz_2019-03 | Islamic State lost its last stronghold, Baghuz, in March 2019.
en 2022-06-07 deployed_in isis_baghuz_2019 | Islamic State, which lost its last bastion in Baghuz in 2019, still mounts attacks in the desert.
en 2022-06-07 deployed_in isis_syr_2019 | Islamic State lost its last territory in Syria in 2019.
en 2022-06-07 deployed_in isis_syr_2019 | Islamic State claimed the attack. / The group lost the last of its territory in Syria in 2019 but still stages attacks in the Syrian desert.
en 2022-06-07 deployed_in isis_syr_2019 | Islamic State claimed the attack. / Although it lost its last territory in Syria in 2019, the group still carries out attacks.
en 2022-06-07 deployed_in isis_syr_2019 | Islamic State claimed the attack. / The group was driven from its last enclave in Syria in 2019, but its cells still mount attacks.
en 2022-06-07 deployed_in isis_syr_2019 | Islamic State, which lost its last territory in Syria in 2019, still operates from hideouts in the vast desert.
en 2022-06-07 deployed_in isis_baghuz_2019-03 | Islamic State lost the last territory of its self-declared caliphate to the US-backed Syrian Democratic Forces at Baghouz in March 2019.
en 2022-06-07 deployed_in !isis_syr_2022-06-07 | Islamic State claimed the attack. / The group lost its last territory in 2019.
en 2022-06-07 deployed_in !isis_raqqa_2022-06-07 | Islamic State claimed the attack in its former stronghold of Raqqa.
en 2022-06-07 withdrew_from !isis_baghuz_2019-03 | Islamic State lost its last stronghold, Baghuz, in March 2019.
ar 2022-06-07 deployed_in isis_baghuz_2019 | ويشن «داعش» هجمات على قوات الحكومة في البادية، رغم خسارته آخر معاقله في الباغوز عام 2019.
ar 2022-06-07 deployed_in isis_baghuz_2019-03 | ورغم خسارته آخر معاقله في الباغوز في آذار/مارس 2019، لا يزال تنظيم «داعش» ينشط عبر خلايا متفرقة في البادية السورية.
ar 2022-06-07 deployed_in isis_baghuz_2019-03 | وكان تنظيم «داعش» قد خسر آخر معاقله في بلدة الباغوز في آذار/مارس 2019 أمام «قسد» المدعومة من الولايات المتحدة.
ar 2022-06-07 deployed_in isis_baghuz_2019 | ويتخذ تنظيم «داعش» من صحراء البادية ملاذاً منذ خسارته آخر معاقله في الباغوز عام 2019.
ar 2022-06-07 deployed_in isis_baghuz_2019 | وخسر تنظيم «داعش» آخر معاقله في الباغوز عام 2019.
ar 2022-06-07 deployed_in !isis_baghuz_2022-06-07 | ويشن «داعش» هجمات على قوات الحكومة في البادية، رغم خسارته آخر معاقله عام 2019.
`);

datedSuite('19f: a place taken from a named group is its presence dated as the capture', `
en 2022-06-20 deployed_in ypg_afrin_2018 | Turkish troops and allied Syrian fighters seized Afrin from the Kurdish YPG militia in 2018.
en 2022-06-20 deployed_in ypg_afrin_2018 | Turkey and its Syrian allies seized the Afrin area from the Kurdish YPG militia in 2018.
en 2022-06-20 deployed_in isis_manbij_2016 | The SDF, which captured Manbij from Islamic State in 2016, still holds the town.
en 2022-06-20 deployed_in isis_baghuz_2019 | The camps are run by the Syrian Democratic Forces, which captured the last IS stronghold of Baghouz in 2019.
en 2022-06-20 deployed_in !isis_afrin_2022-06-20 | Turkish troops seized weapons from Islamic State near Afrin in 2018.
ar 2022-04-04 deployed_in isis_mayadin_2017-10 | وكانت القوات الحكومية قد استعادت مدينة الميادين من تنظيم «داعش» في تشرين الأول/أكتوبر 2017 بدعم روسي وإيراني.
ar 2022-04-04 deployed_in syr_mayadin_2017-10 | وكانت القوات الحكومية قد استعادت مدينة الميادين من تنظيم «داعش» في تشرين الأول/أكتوبر 2017 بدعم روسي وإيراني.
ar 2022-06-14 deployed_in isis_manbij_2016 | ويتولى مجلس منبج العسكري السيطرة على مدينة منبج منذ طرد تنظيم «داعش» منها عام 2016.
ar 2022-06-14 deployed_in isis_manbij_2016-08 | وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016 بدعم من التحالف الدولي.
ar 2022-06-14 deployed_in isis_abu-kamal_2017 | وينتشر الحرس الثوري الإيراني في منطقة البوكمال منذ طرد تنظيم «الدولة الإسلامية» منها عام 2017.
ar 2022-06-14 deployed_in isis_kobani_2015 | وتحوّلت عين العرب إلى رمز للمعركة، بعدما تمكّنت الوحدات الكردية من طرد تنظيم «داعش» منها مطلع عام 2015.
ar 2022-06-14 deployed_in isis_abu-kamal_2017 | وينتشر الحرس الثوري الإيراني في منطقة البوكمال منذ إخراج تنظيم «داعش» منها عام 2017.
en 2022-06-14 deployed_in isis_manbij_2016 | The SDF has held the town since it expelled Islamic State from Manbij in 2016.
ar 2022-06-14 deployed_in !pkk_kobani_2015 | وتحوّلت عين العرب إلى رمز للمعركة ضد «داعش»، بعدما تمكّنت الوحدات الكردية من طرد التنظيم منها مطلع عام 2015.
en 2022-10-09 deployed_in isis_al-bab_2017 | Turkish troops have held al-Bab since 2017, when they drove Islamic State out of the town.
ar 2022-06-14 deployed_in !isis_manbij_2022-06-14 | وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها.
`);

describeCases({
  '19c: people carried in a vehicle that is hit are no presence': [
    ['no sdf deployed_in qamishli', 'A Turkish drone struck a vehicle carrying members of the Syrian Democratic Forces on the outskirts of Qamishli on Sunday.'],
    ['no sdf deployed_in qamishli', 'A Turkish drone hit a car transporting SDF fighters near Qamishli, killing two.'],
    ['no sdf deployed_in qamishli', 'A drone struck a military vehicle that was carrying three SDF members near Qamishli.'],
    ['tur attacked sdf', 'A Turkish drone struck a vehicle carrying members of the Syrian Democratic Forces on the outskirts of Qamishli on Sunday.'],
    ['sdf deployed_in qamishli', 'A Turkish drone struck a checkpoint of the SDF on the outskirts of Qamishli on Sunday.'],
    ['sdf deployed_in qamishli', 'Turkish drones struck members of the SDF in Qamishli on Sunday.'],
    ['isis deployed_in syrian-desert', 'Islamic State cells in the Syrian desert attacked an army convoy.'],
  ],
  '19c: people carried in a vehicle that is hit are no presence (ar)': [
    ['no sdf deployed_in qamishli', 'استهدفت طائرة مسيّرة تركية سيارة عسكرية تقل عناصر من «قسد» قرب القامشلي.'],
    ['sdf deployed_in qamishli', 'استهدفت طائرة مسيّرة تركية نقطة عسكرية لـ«قسد» قرب القامشلي.'],
  ],
});

describeCases({
  '19e: depots and warehouses of X near P are X there': [
    ['hezbollah deployed_in damascus-international-airport', 'Israeli strikes hit Hezbollah depots near Damascus airport on Friday.'],
    ['isr attacked hezbollah', 'Israeli strikes hit Hezbollah depots near Damascus airport on Friday.'],
    ['hezbollah deployed_in damascus-international-airport', 'The strikes targeted weapons warehouses of Hezbollah near Damascus airport.'],
    ['no irn deployed_in damascus-international-airport', 'Israeli jets struck weapons depots used by Iran-backed groups near Damascus airport.'],
  ],
  '19e: depots and warehouses of X near P are X there (ar)': [
    ['hezbollah deployed_in aleppo-international-airport', 'وقال المرصد إن الغارات طالت مستودعات صواريخ تابعة لـ«حزب الله» قرب مطار حلب الدولي.'],
    ['hezbollah deployed_in damascus-international-airport', 'واستهدفت الغارات مستودعات أسلحة تابعة لـ«حزب الله» قرب مطار دمشق الدولي.'],
    ['no irn deployed_in damascus-international-airport', 'واستهدفت الغارات مستودعات أسلحة تابعة لمجموعات موالية لإيران قرب مطار دمشق الدولي.'],
  ],
});

describeCases({
  '19a: a discussion held by phone is phoned, not met (ar)': [
    ['recep-tayyip-erdogan phoned vladimir-putin', 'بحث الرئيس التركي رجب طيب أردوغان هاتفياً مع نظيره الروسي فلاديمير بوتين الوضع في سوريا.'],
    ['no recep-tayyip-erdogan met vladimir-putin', 'بحث الرئيس التركي رجب طيب أردوغان هاتفياً مع نظيره الروسي فلاديمير بوتين الوضع في سوريا.'],
    ['sergei-lavrov phoned hakan-fidan', 'وبحث وزير الخارجية الروسي سيرغي لافروف هاتفياً مع نظيره التركي هاكان فيدان، يوم الثلاثاء، الأوضاع في إدلب.'],
    ['no sergei-lavrov met hakan-fidan', 'وبحث وزير الخارجية الروسي سيرغي لافروف هاتفياً مع نظيره التركي هاكان فيدان، يوم الثلاثاء، الأوضاع في إدلب.'],
    ['recep-tayyip-erdogan met vladimir-putin', 'بحث الرئيس التركي رجب طيب أردوغان مع نظيره الروسي فلاديمير بوتين في سوتشي الوضع في سوريا.'],
  ],
  '19a: a discussion held by phone is phoned, not met': [
    ['sergei-lavrov phoned hakan-fidan', 'Russian Foreign Minister Sergei Lavrov discussed the situation in Idlib by phone with his Turkish counterpart Hakan Fidan on Tuesday.'],
    ['no sergei-lavrov met hakan-fidan', 'Russian Foreign Minister Sergei Lavrov discussed the situation in Idlib by phone with his Turkish counterpart Hakan Fidan on Tuesday.'],
    ['sergei-lavrov met hakan-fidan', 'Russian Foreign Minister Sergei Lavrov discussed the situation in Idlib with his Turkish counterpart Hakan Fidan in Moscow on Tuesday.'],
  ],
});

describeCases({
  '19b: an ally apposition is the ally supporting the one it is ally of': [
    ['jor supported usa', 'Jordan, a close US ally, hosts about 1.3 million Syrians by its own count.'],
    ['no usa supported jor', 'Jordan, a close US ally, hosts about 1.3 million Syrians by its own count.'],
    ['egy supported usa', 'Egypt, a key American ally, has called for restraint.'],
    ['jor supported usa', 'Jordan, a close ally of the United States, hosts about 1.3 million Syrians.'],
    ['no jor supported usa', 'Jordan, a country bordering Syria, hosts US troops.'],
  ],
});
