/**
 * The predicate lexicon by class, round 33 (branch pred33, diagnosis-batch28 §6 fix 3): each class in both languages,
 * the row's own construction and variants (a date, a list, another noun of the class), with look-alikes that must not
 * give it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'aid as goods sent to someone is support': [
    ['who supported syr', 'The World Health Organization sent shipments of medicine to Damascus on Monday.'],
    ['chn supported syr', 'China delivered vaccines to Syria in March.'],
    ['are supported syr', 'The UAE sent food supplies to Damascus after the earthquake.'],
    ['no who supported syr', 'Syria suffers from a shortage of medicines, the World Health Organization said.'],
  ],
  'aid as goods sent to someone is support (ar)': [
    ['who supported syr', 'وأرسلت منظمة الصحة العالمية شحنات من الأدوية ومستلزمات الفحص إلى دمشق، فيما وزّعت منظمة الأمم المتحدة للطفولة (يونيسف) أقراص تعقيم المياه في المناطق المتضررة.'],
    ['are supported syr', 'وأرسلت الإمارات الأسبوع الماضي مواد غذائية وأدوية إلى دمشق.'],
    ['popular-mobilization-forces supported syr', 'وأعلن «الحشد الشعبي» بدوره إرسال قوافل إغاثة إلى سوريا.'],
    ['no who supported syr', 'وحذّرت منظمة الصحة العالمية من نقص الأدوية في سوريا.'],
  ],
  'a deliberate act reported of another is an accusation': [
    ['aanes accused tur', 'The Kurdish-led Autonomous Administration says Turkey is deliberately cutting the flow of the Euphrates.'],
    ['syr accused isr', 'Syria said on Sunday that Israel had deliberately targeted civilians in the raid.'],
    ['no syr accused tur', 'Syria said the dam on the Euphrates was deliberately built by Turkey.'],
  ],
  'a deliberate act reported of another is an accusation (ar)': [
    ['aanes accused tur', 'في المقابل، تقول «الإدارة الذاتية» لشمال وشرق سوريا إن تركيا تتعمّد خفض تدفق مياه الفرات عبر سدودها، وهو ما تنفيه أنقرة.'],
    ['syr accused isr', 'وقالت دمشق يوم الأحد إن إسرائيل تعمدت استهداف المدنيين.'],
    ['no tur accused aanes', 'في المقابل، تقول «الإدارة الذاتية» لشمال وشرق سوريا إن تركيا تتعمّد خفض تدفق مياه الفرات عبر سدودها، وهو ما تنفيه أنقرة.'],
  ],
  'a declared partnership is an agreement of its parties': [
    ['bashar-al-assad agreed_with xi-jinping', "Assad and Chinese President Xi Jinping announced a strategic partnership between the two countries during Assad's visit to China in September."],
    ['syr agreed_with irn', 'Syria and Iran announced the establishment of a strategic partnership in 2023.'],
    ['no syr agreed_with irn', 'Syria praised the strategic partnership that Iran offered to Iraq.'],
  ],
  'a declared partnership is an agreement of its parties (ar)': [
    ['bashar-al-assad agreed_with xi-jinping', 'وكان الرئيس بشار الأسد ونظيره الصيني شي جين بينغ قد أعلنا إقامة شراكة استراتيجية بين البلدين.'],
    ['bashar-al-assad agreed_with xi-jinping', 'وأعلن الأسد وشي جين بينغ إقامة شراكة استراتيجية.'],
    ['syr agreed_with irn', 'ووقعت سوريا وإيران اتفاقية شراكة استراتيجية شاملة.'],
  ],
  'a withdrawal set as the condition of any reconciliation urges the party': [
    ['syr urged tur', 'Damascus ties any normalisation with Ankara to a withdrawal of Turkish troops.'],
    ['syr urged tur', 'Damascus has linked any rapprochement with Ankara to the withdrawal of Turkish forces from northern Syria.'],
    ['no tur urged syr', 'Damascus ties any normalisation with Ankara to a withdrawal of Turkish troops.'],
  ],
  'a withdrawal set as the condition of any reconciliation urges the party (ar)': [
    ['syr urged tur', 'وتنشر تركيا قوات في شمال سوريا، فيما تربط دمشق أي تطبيع للعلاقات معها بانسحاب هذه القوات.'],
    ['bashar-al-assad urged tur', 'ويربط الأسد أي تقارب مع أنقرة بانسحاب القوات التركية من الشمال السوري.'],
    ['no tur urged syr', 'وتنشر تركيا قوات في شمال سوريا، فيما تربط دمشق أي تطبيع للعلاقات معها بانسحاب هذه القوات.'],
    ['no syr urged rus', 'وتربط دمشق وموسكو علاقات وثيقة منذ عقود.'],
  ],
  'a claimed attack with its victims is an attack on the victims\' state': [
    ['isis attacked jor', 'Jordan has kept its side of the border sealed since June 2016, when a suicide car bombing claimed by Islamic State killed seven Jordanian soldiers at a nearby military post.'],
    ['pkk attacked tur', 'A car bombing claimed by the PKK killed four Turkish soldiers in Hakkari on Sunday.'],
    ['no pkk attacked tur', 'A car bombing claimed by the PKK killed four people in Hakkari on Sunday.'],
  ],
  'a claimed attack with its victims is an attack (ar)': [
    ['isis attacked syr', 'وتبنّى تنظيم «داعش» هجوماً على حاجز للجيش السوري في ريف دير الزور.'],
    ['isis attacked sdf', 'وتبنى تنظيم «الدولة الإسلامية» الهجوم الذي استهدف نقطة عسكرية لـ«قسد» في ذيبان.'],
  ],
  'bringing a member back into an organisation is the organisation\'s reconciliation with it': [
    ['arab-league reconciled_with syr', 'Jordan has pressed Damascus to curb the trade, which it sees as a test of the rapprochement that brought Syria back into the Arab League in May.'],
    ['arab-league reconciled_with syr', 'Arab states welcomed Syria back into the Arab League in May 2023.'],
    ['no irn reconciled_with syr', 'Syria brought its ambassador back to Damascus.'],
  ],
  'a facility an actor uses is its presence (ar)': [
    ['rus deployed_in hmeimim-air-base', 'وقصفت الطائرات قاعدة حميميم التي تستخدمها القوات الروسية في ريف اللاذقية.'],
    ['no syr deployed_in hmeimim-air-base', 'وقصفت الطائرات قاعدة حميميم التي تستخدمها القوات الروسية في ريف اللاذقية.'],
  ],
  'a facility an actor uses is its presence': [
    ['usa deployed_in al-tanf', 'Three drones attacked the garrison used by US forces at al-Tanf in southern Syria on Friday.'],
  ],
  'putting a place out of service is an attack on it': [
    ['isr attacked aleppo-international-airport', 'The two diplomats also discussed Israeli air strikes that have repeatedly put the international airports of Damascus and Aleppo out of service this month, the ministry said in a statement.'],
    ['isr attacked damascus-international-airport', 'The two diplomats also discussed Israeli air strikes that have repeatedly put the international airports of Damascus and Aleppo out of service this month, the ministry said in a statement.'],
    ['isr attacked aleppo-international-airport', 'Israel put Aleppo airport out of service on Sunday.'],
    ['isr attacked aleppo-international-airport', 'Israeli strikes put Aleppo airport out of service on Sunday.'],
    ['no isr attacked damascus', 'Israel put pressure on Damascus on Sunday.'],
  ],
  'putting a place out of service is an attack on it (ar)': [
    ['isr attacked aleppo-international-airport', 'وأخرجت إسرائيل مطار حلب الدولي عن الخدمة يوم الأحد.'],
    ['isr attacked aleppo-international-airport', 'وبحث الجانبان الغارات الإسرائيلية التي أخرجت مطاري دمشق وحلب الدوليين عن الخدمة مراراً هذا الشهر.'],
    ['isr attacked damascus-international-airport', 'ودان الوزير السوري الغارات الإسرائيلية المتكررة على سوريا، ومنها الغارة التي أخرجت مطار دمشق الدولي من الخدمة في حزيران/يونيو الماضي.'],
    ['no isr attacked aleppo-international-airport', 'وأخرجت السلطات السورية الركاب من مطار حلب الدولي يوم الأحد.'],
  ],
});
