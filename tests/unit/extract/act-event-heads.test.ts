/**
 * Act and event heads as data (diagnosis-batch21 §5 fix 4): a war, a campaign, explosions and shootings are attack nouns
 * that take only the doer named on their own noun phrase (cues.csv `own_doer_noun`); a siege, a blockade, a crime and a
 * decision are heads that make a demonym name its doer (`state_head`), so that the existing attack-noun, criticised-act
 * and owner readers read them. A paraphrase suite: the head varies (war, campaign, siege, blockade, crime, decision,
 * explosions), the doer's position (possessor, demonym, possessive pronoun, suffix, genitive, VSO subject of a light verb)
 * and the frame (bare, in a criticism, in a temporal phrase, as a topic, negated). New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a war with its own doer is an attack; criticism of it criticises the doer': [
    ['sau criticized isr', "Riyadh has condemned Israel's war in Gaza."],
    ['isr attacked gaza', "Riyadh has condemned Israel's war in Gaza."],
    ['qat criticized isr', 'Qatar denounced the Israeli war on Lebanon.'],
    ['isr attacked lbn', 'Qatar denounced the Israeli war on Lebanon.'],
    ['no qat criticized lbn', 'Qatar denounced the Israeli war on Lebanon.'],
    ['jor criticized rus', "Jordan criticised Russia's war against Ukraine."],
    ['rus attacked ukr', "Jordan criticised Russia's war against Ukraine."],
    ['isr attacked gaza', 'Tensions have risen since Israel launched its war in Gaza last October.'],
    ['rus attacked ukr', 'Russia waged war on Ukraine in February.'],
    ['rus attacked ukr', 'Borrell said Moscow was busy with its war in Ukraine.'],
    ['isr attacked gaza', "Riyadh has condemned Israel's offensive in Lebanon and its war in Gaza."],
    ['no lbn attacked gaza', "Riyadh has condemned Israel's offensive in Lebanon and its war in Gaza."],
  ],
  'a war with no doer of its own is nobody\'s act, and hides no other relation': [
    ['no rus attacked ukr', 'Putin flew to Riyadh for talks on oil and the war in Ukraine.'],
    ['no sau attacked ukr', 'Putin flew to Riyadh for talks on oil and the war in Ukraine.'],
    ['no tur attacked syr', 'Turkey and Russia back opposing sides in the Syrian war.'],
    ['no syr attacked syr', 'Turkey and Russia back opposing sides in the Syrian war.'],
    ['isr attacked syr', 'Israel has stepped up its strikes on Syria since the Gaza war began.'],
    ['no isr attacked gaza', 'Israel has stepped up its strikes on Syria since the Gaza war began.'],
    ['rus supported syr', "Russia has been the Syrian government's main backer throughout the war."],
    ['no sau criticized isr', "Riyadh did not condemn Israel's war in Gaza."],
  ],
  'a campaign against X with its own doer': [
    ['isr attacked hezbollah', 'Israel escalated its campaign against Hezbollah on Monday.'],
    ['no usa attacked isis', 'Washington said the offensive would endanger the campaign against Islamic State.'],
  ],
  'coordinated and adjectival kind words between a possessive doer and its act noun ("drone and missile attack")': [
    ['irn attacked isr', "Jordan condemned Iran's missile and drone attack on Israel."],
    ['jor criticized irn', "Jordan condemned Iran's missile and drone attack on Israel."],
    ['no jor attacked isr', "Jordan condemned Iran's missile and drone attack on Israel."],
    ['irn attacked isr', "Biden hosted the Iraqi prime minister on Monday, two days after Iran's drone and missile attack on Israel."],
    ['no joe-biden attacked isr', "Biden hosted the Iraqi prime minister on Monday, two days after Iran's drone and missile attack on Israel."],
    ['hamas attacked isr', "The attacks followed Hamas's cross-border assault on Israel."],
    ['isr attacked gaza', "The strikes came after Israel's ensuing bombardment of the Gaza Strip."],
  ],
  'explosions and blasts claimed': [
    ['isis attacked kerman', 'The Islamic State claimed responsibility for the two explosions in the city of Kerman.'],
    ['isis attacked kerman', 'Islamic State claimed the blasts in Kerman.'],
    ['no isis attacked qasem-soleimani', 'The Islamic State claimed responsibility for the two explosions that killed scores of people at a memorial for slain commander Qassem Soleimani.'],
  ],
  'a siege, a blockade, a decision named by a demonym or possessor are the doer\'s': [
    ['kwt criticized isr', 'Kuwait condemned the Israeli siege of Gaza.'],
    ['kwt criticized isr', "Kuwait condemned Israel's blockade of the Gaza Strip."],
    ['amnesty-international criticized tur', 'Amnesty International criticised the Turkish decision.'],
    ['egy criticized isr', 'Egypt criticised the Israeli decision.'],
    ['fra criticized tur', "France criticised Ankara's decision to close the crossing."],
  ],
  'an attack named with its own doer is a fact even as a topic of talks': [
    ['isr attacked gaza', "The two ministers discussed Israel's war on Gaza."],
    ['no gaza attacked gaza', 'The two ministers discussed the attack on Gaza.'],
  ],
  'a rejection told by its noun': [
    ['egy criticized tur', 'Egypt voiced its rejection of the Turkish military operation in northern Syria.'],
  ],
  'an act noun owned by another: its "of" complement is not the one criticised': [
    ['no recep-tayyip-erdogan criticized mohamed-morsi', "Erdogan sharply criticised the army's removal of Mohamed Morsi."],
    ['tur criticized syr', "Turkey criticised the Syrian government's treatment of the Kurds."],
    ['fra criticized rus', "France criticised Russia's annexation of Crimea."],
  ],
  'an attack named with its own doer is a fact even as a topic of talks (ar)': [
    ['isr attacked gaza', 'وبحث الوزيران الحرب الإسرائيلية على قطاع غزة.'],
    ['isr attacked gaza', 'وأجرى الوزير مباحثات مع نظيره تناولت التصعيد الإسرائيلي على قطاع غزة.'],
    ['no isr attacked gaza', 'وبحث الوزيران سبل وقف الحرب على غزة.'],
  ],
  'a rejection told by its noun criticises the doer of the act rejected (ar)': [
    ['jor criticized isr', 'أعلن الأردن استدعاء سفيره، تعبيراً عن رفض الأردن للحرب الإسرائيلية على غزة.'],
    ['isr attacked gaza', 'أعلن الأردن استدعاء سفيره، تعبيراً عن رفض الأردن للحرب الإسرائيلية على غزة.'],
    ['egy criticized tur', 'وأكدت مصر رفضها للعملية العسكرية التركية في شمال سوريا.'],
    ['no tur withdrew_from syr', 'وأكد رفض تركيا للانسحاب من سوريا.'],
    ['no syr criticized syr', 'وجدد المبعوث الصيني رفض بلاده للعقوبات الأحادية المفروضة على سوريا.'],
    ['no chn criticized syr', 'وجدد المبعوث الصيني رفض بلاده للعقوبات الأحادية المفروضة على سوريا.'],
  ],
  'a war with its own doer (ar)': [
    ['syr criticized isr', 'ودانت سوريا الحرب الإسرائيلية على غزة.'],
    ['isr attacked gaza', 'ودانت سوريا الحرب الإسرائيلية على غزة.'],
    ['qat criticized isr', 'وانتقدت قطر الحرب الإسرائيلية على لبنان.'],
    ['no qat criticized lbn', 'وانتقدت قطر الحرب الإسرائيلية على لبنان.'],
    ['rus attacked ukr', 'وتنشغل روسيا بحربها في أوكرانيا.'],
    ['rus attacked ukr', 'وتنشغل روسيا، الحليف الأبرز لدمشق، بحربها في أوكرانيا.'],
    ['no syr attacked ukr', 'وتنشغل روسيا، الحليف الأبرز لدمشق، بحربها في أوكرانيا.'],
    ['isr attacked lbn', 'وصعّدت إسرائيل غاراتها على سوريا منذ بدء حربها على لبنان.'],
    ['no syr attacked lbn', 'وصعّدت إسرائيل غاراتها على سوريا منذ بدء حربها على لبنان.'],
    ['rus attacked ukr', 'وشنت روسيا حرباً على أوكرانيا في شباط.'],
  ],
  'a war with no doer of its own (ar)': [
    ['no tur attacked ukr', 'وتستغل أنقرة انشغال العالم بالحرب في أوكرانيا.'],
    ['no syr attacked syr', 'والتقى وزيرا الخارجية التركي والسوري للمرة الأولى منذ اندلاع الحرب السورية.'],
    ['isr attacked syr', 'وتصاعدت الضربات الإسرائيلية على سوريا منذ اندلاع الحرب في غزة.'],
    ['no isr attacked gaza', 'وتصاعدت الضربات الإسرائيلية على سوريا منذ اندلاع الحرب في غزة.'],
    ['no syr criticized isr', 'ولم تدن سوريا الحرب الإسرائيلية على غزة.'],
    ['no sau hosted isr', 'وتأتي الزيارة قبل قمة تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
    ['no sau hosted lbn', 'وتأتي الزيارة قبل قمة تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان.'],
  ],
  'a siege, a crime, a decision named by a demonym (ar)': [
    ['abdullah-ii criticized isr', 'انتقد الملك عبد الله الثاني الحصار الإسرائيلي المفروض على غزة.'],
    ['syr criticized isr', 'ودانت وزارة الخارجية السورية ما وصفته بـ«الجريمة الإسرائيلية».'],
    ['amnesty-international criticized tur', 'وانتقدت منظمة العفو الدولية القرار التركي.'],
    ['tur criticized isr', 'وانتقدت تركيا القرار الإسرائيلي.'],
    ['no isr criticized najib-mikati', 'ودان نجيب ميقاتي الغارة، معتبراً أنها جريمة إسرائيلية جديدة.'],
  ],
});
