/**
 * Known extraction bugs fixed as general rules (branch bugs36), one suite per construction: forces pushed to a place
 * (`دفع ب`); deployed or stationed at a place; a threat told as one's own state acting; "hit by" sanctions; a spokesman
 * for a group; "alleged" as an adjective; custody presence; reinforcements arriving; a quoted name before its adjective;
 * continuing to support; ships and special forces kept; a coordinated light verb; a closed relative clause; "it was
 * waging an open war" (src/lib/extract/README.md, bugs36).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'forces pushed to a place: presence there, no urging (ar)': [
    ['tur deployed_in syr', 'ودفع الجيش التركي بتعزيزات إلى سوريا'],
    ['no tur urged syr', 'ودفع الجيش التركي بتعزيزات إلى سوريا'],
    ['tur deployed_in idlib', 'ودفع الجيش التركي بتعزيزات عسكرية جديدة إلى نقاطه في ريف إدلب'],
    ['tur deployed_in idlib', 'ودفعت تركيا بتعزيزات عسكرية إلى إدلب'],
    // (a date and the pluperfect between)
    ['syr deployed_in suwayda', 'وكانت دمشق قد دفعت خلال الأسابيع الماضية بتعزيزات عسكرية إلى السويداء'],
    // (another noun of the class: more forces)
    ['rus deployed_in qamishli-airport', 'دفعت روسيا بمزيد من القوات إلى مطار القامشلي'],
    ['rus deployed_in qamishli-airport', 'وزجّت روسيا بقوات إلى مطار القامشلي'],
    // (pushing an actor to act stays a call)
    ['rus urged tur', 'ودفعت روسيا تركيا إلى الحوار مع دمشق'],
    ['no rus deployed_in tur', 'ودفعت روسيا تركيا إلى الحوار مع دمشق'],
  ],
  'forces pushed to a place (en)': [
    ['tur deployed_in idlib', 'Turkey sent reinforcements to Idlib.'],
    ['tur deployed_in idlib', 'Turkey rushed reinforcements to Idlib on Monday.'],
  ],
});

describeCases({
  'deployed or stationed at a place': [
    ['usa deployed_in al-tanf', 'The US has deployed troops at the al-Tanf base.'],
    ['rus deployed_in qamishli-airport', 'Russia has stationed troops at Qamishli airport.'],
    ['rus deployed_in qamishli-airport', 'Russia, which intervened in 2015, has deployed military police at Qamishli airport, a Russian official said.'],
    ['rus deployed_in qamishli-airport', 'In January Russia deployed troops at Qamishli airport.'],
    ['no rus coordinated_with qamishli-airport', 'Russia has deployed troops at Qamishli airport.'],
  ],
});

describeCases({
  "a threat told as the threatener's own state acting: the target is the clause's (ar)": [
    ['recep-tayyip-erdogan threatened ypg', 'هدد أردوغان بأن تركيا ستشن عملية عسكرية جديدة ضد الوحدات الكردية في شمال سوريا'],
    ['no recep-tayyip-erdogan threatened tur', 'هدد أردوغان بأن تركيا ستشن عملية عسكرية جديدة ضد الوحدات الكردية في شمال سوريا'],
    // (another verb in the clause, its object right after it)
    ['recep-tayyip-erdogan threatened sdf', 'وهدد أردوغان بأن تركيا ستلاحق «قسد» في شمال سوريا'],
    // (a title and a date between)
    ['recep-tayyip-erdogan threatened sdf', 'وهدد الرئيس التركي رجب طيب أردوغان أمس بأن تركيا ستشن عملية برية ضد «قسد»'],
    // (the state itself as the threatener)
    ['tur threatened sdf', 'وهددت أنقرة بأن تركيا ستشن عملية ضد «قسد»'],
  ],
  "a threat told as the threatener's own state acting: the target is the clause's": [
    ['recep-tayyip-erdogan threatened ypg', 'Erdogan threatened that Turkey would launch a new operation against the YPG.'],
    ['no recep-tayyip-erdogan threatened tur', 'Erdogan threatened on Monday that Turkey would launch a new operation against the YPG.'],
  ],
});

describeCases({
  'hit by a non-military act noun: no attack': [
    ['no usa attacked irn', "Turkey's economy was hit by US sanctions on Iran."],
    ['no usa attacked irn', "Turkey's economy has been hit hard by US sanctions on Iran and by the war."],
    ['no usa attacked syr', "Syria's economy, which was hit by Western sanctions, is collapsing."],
    // (a strike noun after the demonym stays an attack)
    ['isr attacked hezbollah', 'Hezbollah positions were struck by Israeli jets.'],
  ],
  'hit by a non-military act noun: no attack (ar)': [
    ['usa sanctioned irn', 'وضربت العقوبات الأمريكية على إيران الاقتصاد التركي'],
    ['no usa attacked irn', 'وضربت العقوبات الأمريكية على إيران الاقتصاد التركي'],
  ],
});

describeCases({
  "a spokesman speaks for the group whose spokesman he is": [
    ['isis accused hts', 'The Islamic State group said its leader was killed in clashes with HTS. In an audio message, the group\'s spokesman accused HTS of handing the body to Turkey.'],
    // (a group named in between, the tie broken by the latest named)
    ['isis accused hts', 'Hayat Tahrir al-Sham said it killed the leader. The Islamic State group said its leader was killed. The group\'s spokesman accused HTS of handing the body to Turkey.'],
    ['hamas attacked isr', 'Hezbollah said it fired rockets at Israel. Hamas also claimed attacks. The group said it would continue to strike Israel.'],
    ['sdf accused tur', "The SDF's spokesman accused Turkey of shelling villages."],
    ['sdf accused tur', 'On Monday a spokesman for the SDF accused Turkey of shelling villages.'],
    // (a spokesman named by name is that person)
    ['farhad-shami accused tur', "The SDF's spokesman Farhad Shami accused Turkey of shelling villages."],
    ['no sdf accused tur', "The SDF's spokesman Farhad Shami accused Turkey of shelling villages."],
  ],
  "a spokesman speaks for the group whose spokesman he is (ar)": [
    ['sdf accused tur', 'واتهم المتحدث باسم «قسد» تركيا بقصف القرى'],
    ['isis accused hts', 'أعلن تنظيم «داعش» مقتل زعيمه في اشتباكات مع «هيئة تحرير الشام». واتهم المتحدث باسم التنظيم «هيئة تحرير الشام» بتسليم الجثة إلى تركيا'],
  ],
});

describeCases({
  'holding the alleged: no accusation': [
    ['no sdf accused isis', 'The SDF holds thousands of alleged Islamic State fighters in prisons in Hasakah.'],
    ['sdf deployed_in hasakah', 'The SDF holds thousands of alleged Islamic State fighters in prisons in Hasakah.'],
    ['no irq accused isis', 'Iraq has tried hundreds of alleged Islamic State members since 2018.'],
    // (the verb "alleged" still accuses)
    ['tur accused ypg', 'Turkey alleged that the YPG carried out the attack.'],
  ],
});

describeCases({
  'the keeper of a named camp or prison is present there': [
    ['sdf deployed_in al-hol-camp', 'The SDF holds thousands of women and children in the al-Hol and Roj camps.'],
    ['sdf deployed_in roj-camp', 'The SDF holds thousands of women and children in the al-Hol and Roj camps.'],
    // (a relative clause between the keeper and its verb)
    ['sdf deployed_in hasakah', 'The SDF, which Washington backs, holds about 10,000 IS fighters in prisons in Hasakah.'],
    // (the ones held are no presence)
    ['no isis deployed_in hasakah', 'The SDF, which Washington backs, holds about 10,000 IS fighters in prisons in Hasakah.'],
    ['no isis deployed_in al-hol-camp', 'Thousands of relatives of Islamic State fighters remain in the al-Hol camp.'],
  ],
  'the keeper of a named camp or prison is present there (ar)': [
    ['sdf deployed_in al-hol-camp', 'وتحتجز «قوات سوريا الديمقراطية» (قسد) آلاف النساء والأطفال من عائلات عناصر التنظيم في مخيمي الهول وروج بمحافظة الحسكة.'],
    ['sdf deployed_in roj-camp', 'وتحتجز «قوات سوريا الديمقراطية» (قسد) آلاف النساء والأطفال من عائلات عناصر التنظيم في مخيمي الهول وروج بمحافظة الحسكة.'],
    ['no isis deployed_in al-hol-camp', 'وتحتجز «قوات سوريا الديمقراطية» (قسد) آلاف النساء والأطفال من عائلات عناصر التنظيم في مخيمي الهول وروج بمحافظة الحسكة.'],
    ['sdf deployed_in al-hol-camp', 'وتحتجز «قسد» آلاف النساء والأطفال في مخيم الهول'],
    ['sdf deployed_in ghweran-prison', 'وتحتجز «قسد» آلاف العناصر في سجن غويران بالحسكة'],
    // (the place as the genitive of the place of custody)
    ['sdf deployed_in hasakah', 'وتحتجز «قسد» آلاف العناصر من تنظيم الدولة في سجون الحسكة'],
  ],
});

describeCases({
  'reinforcements arriving at a place: their state is present there': [
    ['rus deployed_in qamishli-airport', 'Russian reinforcements arrived at Qamishli airport on Monday.'],
    ['rus deployed_in qamishli-airport', 'A Russian convoy arrived at Qamishli airport.'],
    ['rus deployed_in qamishli-airport', 'Reinforcements of the Russian army arrived at Qamishli airport.'],
    // (reinforcements of no one named: no triple, gold rule 7)
    ['no rus deployed_in qamishli-airport', 'Reinforcements arrived at Qamishli airport on Monday.'],
  ],
  'reinforcements arriving at a place: their state is present there (ar)': [
    ['rus deployed_in qamishli-airport', 'ووصلت تعزيزات عسكرية روسية إلى مطار القامشلي'],
    ['rus deployed_in qamishli-airport', 'ووصلت أمس تعزيزات عسكرية روسية جديدة إلى مطار القامشلي'],
    ['rus deployed_in qamishli-airport', 'ووصلت تعزيزات للجيش الروسي إلى مطار القامشلي'],
  ],
});

describeCases({
  'a quoted name before its adjective is the name the adjective ends (ar)': [
    ['ypg deployed_in manbij', 'وتلوّح أنقرة منذ أشهر بعملية برية لطرد «الوحدات» الكردية من تل رفعت ومنبج.'],
    ['ypg deployed_in tal-rifaat', 'وتنتشر «الوحدات» الكردية و«قسد» في تل رفعت ومنبج'],
    ['sdf deployed_in manbij', 'وتنتشر «الوحدات» الكردية و«قسد» في تل رفعت ومنبج'],
    ['tur attacked ypg', 'وتقصف تركيا مواقع «الوحدات» الكردية في تل رفعت'],
    ['ypg deployed_in kobani', 'وتسيطر «وحدات حماية الشعب» الكردية على عين العرب'],
    // (an adjective no name ends with stays an adjective)
    ['usa supported sdf', 'وتدعم واشنطن «قسد» الكردية في شمال سوريا'],
  ],
});

describeCases({
  'continuing to support is support (ar)': [
    ['irn supported syr', 'من جهته، أكد رئيسي أن طهران ستواصل دعم دمشق حتى تحقيق «النصر النهائي» على الإرهاب، بحسب وكالة «إرنا».'],
    ['tur supported syrian-opposition', 'مؤكدة أن أنقرة ستواصل دعم المعارضة السورية و«الحل السياسي وفق القرار الأممي 2254».'],
    ['irn supported syr', 'بينما قال باقري كني إن طهران ستواصل دعمها لسوريا «في مواجهة الاحتلال والإرهاب».'],
    ['rus supported syr', 'وتواصل روسيا دعم الحكومة السورية منذ عام 2015'],
    ['irn supported syr', 'وقال إن إيران تستمر في دعم سوريا'],
    // (continuing to strike stays an attack)
    ['tur attacked sdf', 'وتواصل تركيا قصف مواقع «قسد» في ريف الحسكة'],
  ],
  'continuing to support is support': [
    ['irn supported syr', 'Iran will continue to support Syria.'],
    ['irn supported syr', 'Iran will keep supporting Syria.'],
    ['irn supported syr', 'Iran will continue supporting Syria, Raisi said.'],
    ['rus supported bashar-al-assad', 'Russia has continued to back Assad since 2015.'],
  ],
});

describeCases({
  'ships and special forces kept at a place are presence there': [
    ['rus deployed_in tartus', 'Russia keeps warships at Tartus.'],
    ['rus deployed_in tartus', 'Russia, which intervened in 2015, still keeps warships and submarines at Tartus.'],
    ['fra deployed_in northern-iraq', 'France keeps special forces in northern Iraq.'],
    ['usa deployed_in al-tanf', 'The US maintains special operations forces at al-Tanf.'],
    ['no usa attacked al-tanf', 'The US maintains special operations forces at al-Tanf.'],
    // (keeping no forces is no presence)
    ['no rus deployed_in tur', 'Russia keeps pressure on Turkey.'],
  ],
  'ships and special forces kept at a place are presence there (ar)': [
    ['rus deployed_in tartus', 'وتحتفظ روسيا بسفن حربية في طرطوس'],
    ['fra deployed_in northern-iraq', 'وتحتفظ فرنسا بقوات خاصة في شمال العراق'],
  ],
});

describeCases({
  "a demonym before missiles or rockets names the state that fired them": [
    ['isr attacked aleppo-international-airport', 'Israeli missiles struck Aleppo International Airport on Wednesday evening, causing material damage.'],
    ['isr attacked aleppo-international-airport', 'On Tuesday Israeli missiles, fired from the Golan, hit Aleppo International Airport.'],
    ['irn attacked erbil', 'Iranian ballistic missiles struck Erbil on Monday.'],
    // (missiles with no demonym name no state)
    ['no syr attacked latakia', 'A Syrian military source said the missiles were fired at dawn from the Mediterranean west of Latakia.'],
  ],
});

describeCases({
  'an act noun of a coordinated verb phrase after a verb of the same relation is its own act': [
    ['jor attacked syr', 'Jordan has killed dozens of smugglers and has carried out air strikes inside Syria.'],
    ['jor attacked syr', 'Jordan killed smugglers on Monday and carried out air strikes inside Syria.'],
    ['jor attacked syr', 'The Jordanian army says it has killed dozens of smugglers this year in clashes along the frontier and has carried out air strikes inside Syria on suspected drug depots.'],
    ['tur attacked pkk', 'Turkey has shelled villages in the north and has also launched strikes on the PKK.'],
    // (an attack noun as the means of the verb stays the verb's)
    ['isr attacked hezbollah', 'Israel struck Hezbollah in air strikes on Monday.'],
  ],
});

describeCases({
  'an accusation or denial inside a closed relative clause does not reach the main verb': [
    ['syr coordinated_with jor', 'Damascus, which is accused of smuggling drugs, says it is cooperating with Jordan.'],
    ['syr coordinated_with jor', 'Damascus, which denies the charge, says it is cooperating with Jordan.'],
    ['syr met jor', 'Damascus, which denies the charge, said it had met Jordan.'],
    ['syr attacked jor', 'Syria, which has long denied the charge, attacked Jordan.'],
    // (a denial whose clause holds the act still denies it)
    ['no syr attacked jor', 'Damascus denied that it attacked Jordan.'],
    // (an accusation's content stays the accusation's)
    ['no syr attacked jor', 'Amman accused Damascus of attacking Jordan.'],
  ],
});

describeCases({
  'a war waged by "it": the pronoun is the doer past the waging verb and an adjective': [
    ['sdf attacked isis', 'The SDF said it was waging an open war against Islamic State cells.'],
    ['sdf attacked isis', 'The SDF said on Monday that it was waging an open war against Islamic State cells.'],
    ['sdf attacked isis', 'The SDF, stressing it has waged an open war against IS cells, said the sweep would continue.'],
    ['sdf attacked isis', 'The SDF said it was waging a relentless war against Islamic State.'],
    ['tur attacked pkk', 'Turkey has waged an open war on the PKK since 2015.'],
  ],
  'a war waged by "it": the pronoun is the doer past the waging verb and an adjective (ar)': [
    ['sdf attacked isis', 'وقالت «قسد» في بيان، مؤكدة أنها تخوض حرباً مفتوحة ضد خلايا تنظيم «داعش»'],
  ],
});
