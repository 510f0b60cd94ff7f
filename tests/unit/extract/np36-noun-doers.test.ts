/**
 * np36 (diagnosis-batch31 §6 fix 2): relations told by a noun phrase, by slot kind, both languages.
 * - a demonym before a munition noun is the state that fired it ("Israeli missiles struck …", `صواريخ إسرائيلية`), as
 *   before its jets or drones; "the missiles were fired from …" after a speaker names no side (cues.csv `weapon_noun`).
 * - a demonym qualifying an aid noun of several words is its giver, alone or in a list (`قوافل مساعدات أردنية وإماراتية`,
 *   "Emirati and Jordanian aid convoys"), as with its one-word forms (`مساعدات أردنية`).
 * - an expulsion noun puts the one expelled in each place it is to be driven from, past the group's nisba adjective or
 *   its members' noun in Arabic (`لطرد «وحدات حماية الشعب» الكردية من تل رفعت ومنبج`, `لطرد مقاتلي «…» من`), as in English.
 * - support for a state's unity or sovereignty told by a verbal noun whose genitive is a masculine state right after a
 *   verb of saying or renewing (`أكد حسين دعم العراق لوحدة سوريا`, `وجدد الصفدي دعم الأردن لـ`): the genitive is the
 *   supporter (README 17d), as with a feminine one (`دعم روسيا لوحدة سوريا`) or in English ("Iraq's support for").
 * - the foe of an operation is in the places named after it (README 13), also past the foe's Arabic nisba adjective
 *   (`بعملية برية ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج`) and after the operation's targeting verb
 *   (`بعملية برية تستهدف «…» في منبج`, "an operation targeting the YPG in Manbij").
 * - a security campaign launched in a place puts its launcher there (`أطلقت «قسد» حملة أمنية جديدة داخل مخيم الهول`,
 *   "launched a security operation inside al-Hol camp"), dated as the campaign; no air campaign, no campaign merely said.
 * - Arabic artillery is forces (cues.csv `military`): stationed somewhere it is there (`المدفعية التركية المتمركزة في قاعدة
 *   قرب مارع`), as "Turkish artillery stationed at a base near Marea"; shelling a place puts it nowhere.
 * - sanctions said to target someone are the owners' sanctions on them ("its sanctions target the Assad government",
 *   "their measures target" beside a sanction noun, `تقول واشنطن إن عقوباتها تستهدف الحكومة السورية`).
 * - "with the help of X": X supports the clause's subject, never the owner of a noun in the object ("an IS siege"), and
 *   nobody when the subject is unnamed ("Kurdish fighters", README 18c).
 * - an intervention owned by "its"/"their" past a year modifier ("since its 2015 intervention in the war") is presence in
 *   the backed government's country (README 13), dated by that year.
 * - victims named before the attack that killed them (`قُتل عنصران من «قسد» … جراء استهداف طائرة مسيّرة تركية سيارة`):
 *   the attack noun's demonym doer attacked the victims' group, as in English "were killed in a Turkish drone strike".
 * - parties that agree at a meeting met (README 3), past the meeting noun's modifiers ("at an Arab ministerial meeting")
 *   and a round of talks ("during the fifth round of talks", `خلال الجولة الخامسة من المحادثات`).
 * - an attack on a state's consulate or embassy is an attack on that state ("an Israeli strike on Iran's consulate",
 *   `استهدفت غارة إسرائيلية مبنى القنصلية الإيرانية`); a visit to an embassy is none.
 */
import { datedSuite, describeCases } from './helpers.ts';

describeCases({
  'a demonym before a munition noun is the doer': [
    ['isr attacked aleppo-international-airport', 'Israeli missiles struck Aleppo International Airport on Wednesday evening.'],
    ['isr attacked aleppo-international-airport', 'Israeli missiles hit Aleppo International Airport on Tuesday, putting it out of service.'],
    ['isr attacked aleppo-international-airport', 'Israeli missiles, which were fired from the Golan, hit Aleppo International Airport.'],
    ['isr attacked damascus', 'On Sunday, Israeli rockets hit positions near Damascus, state media said.'],
    ['tur attacked tal-tamr', 'Turkish shells hit the town of Tal Tamr, which the SDF controls.'],
    ['rus attacked al-bara', 'Russian rockets struck the village of al-Bara in Jabal al-Zawiya on Friday.'],
    ['tur attacked sdf', 'Two Turkish missiles struck positions of the SDF near Qamishli.'],
    ['no syr attacked latakia', 'A Syrian military source said the missiles were fired at dawn from the Mediterranean west of Latakia.'],
    ['no syr attacked golan-heights', 'A Syrian military source said the missiles were fired at dawn from the occupied Golan Heights.'],
    ['no irn attacked tehran', 'Iranian missiles were displayed in Tehran at a parade.'],
  ],
  'a demonym after a munition noun is the doer (ar)': [
    ['isr attacked aleppo-international-airport', 'استهدفت صواريخ إسرائيلية مطار حلب الدولي فجر الأربعاء.'],
    ['isr attacked damascus', 'وقالت الوكالة إن صواريخ إسرائيلية استهدفت مواقع في محيط دمشق.'],
    ['tur attacked tal-tamr', 'وقصفت قذائف تركية قرى في ريف تل تمر.'],
    ['no syr attacked golan-heights', 'وقال مصدر عسكري سوري إن الصواريخ أطلقت من اتجاه الجولان المحتل.'],
  ],
  'a demonym on an aid noun of several words is the giver': [
    ['are supported syr', 'Emirati aid arrived in Syria.'],
    ['jor supported syr', 'Jordanian aid convoys arrived in Syria.'],
    ['are supported syr', 'Emirati and Jordanian aid convoys arrived in Syria on Friday.'],
    ['jor supported syr', 'Emirati and Jordanian aid convoys arrived in Syria on Friday.'],
    ['sau supported syr', 'Saudi aid convoys arrived in Aleppo.'],
    ['no syr supported syr', 'Syrian aid workers said the convoys arrived in Idlib.'],
  ],
  'a demonym on an aid noun of several words is the giver (ar)': [
    ['jor supported syr', 'وصلت قوافل مساعدات أردنية إلى سوريا.'],
    ['jor supported syr', 'وصلت قوافل مساعدات أردنية وإماراتية إلى سوريا.'],
    ['are supported syr', 'وصلت قوافل مساعدات أردنية وإماراتية إلى سوريا.'],
    ['jor supported syr', 'وصلت مساعدات أردنية إلى سوريا.'],
    ['are supported syr', 'وصلت المساعدات الإماراتية إلى سوريا.'],
  ],
  'an expulsion noun puts the expelled in the places (ar)': [
    ['ypg deployed_in tal-rifaat', 'هددت تركيا بعملية برية لطرد «وحدات حماية الشعب» الكردية من تل رفعت ومنبج.'],
    ['ypg deployed_in manbij', 'هددت تركيا بعملية برية لطرد «وحدات حماية الشعب» الكردية من تل رفعت ومنبج.'],
    ['tur threatened ypg', 'هددت تركيا بعملية برية لطرد «وحدات حماية الشعب» الكردية من تل رفعت ومنبج.'],
    ['sdf deployed_in manbij', 'تسعى تركيا إلى إخراج «قوات سوريا الديمقراطية» الكردية من منبج.'],
    ['ypg deployed_in tal-rifaat', 'وتهدد أنقرة بشن عملية عسكرية جديدة لطرد مقاتلي «وحدات حماية الشعب» من تل رفعت، بحسب مسؤولين أتراك.'],
    ['no tur deployed_in tal-rifaat', 'هددت تركيا بعملية برية لطرد «وحدات حماية الشعب» الكردية من تل رفعت ومنبج.'],
  ],
  'an expulsion noun puts the expelled in the places': [
    ['ypg deployed_in tal-rifaat', 'Turkey threatened a ground operation to drive the YPG out of Tal Rifaat and Manbij.'],
    ['ypg deployed_in manbij', 'Turkey threatened a ground operation to drive the YPG out of Tal Rifaat and Manbij.'],
    ['ypg deployed_in tal-rifaat', 'Turkey has threatened to drive the Kurdish YPG militia from Tal Rifaat.'],
  ],
  'support for sovereignty with a masculine genitive supporter (ar)': [
    ['irq supported syr', 'من جهته، أكد حسين دعم العراق لوحدة سوريا وسيادتها على كامل أراضيها.'],
    ['no fuad-hussein supported irq', 'من جهته، أكد فؤاد حسين دعم العراق لوحدة سوريا وسيادتها على كامل أراضيها.'],
    ['irq supported syr', 'أكد وزير الخارجية العراقي فؤاد حسين دعم العراق لوحدة سوريا وسيادتها على كامل أراضيها.'],
    ['irq supported syr', 'أكد فؤاد حسين دعم العراق لسيادة سوريا.'],
    ['irq supported syr', 'أكد لافروف دعم العراق لوحدة سوريا.'],
    ['jor supported syr', 'وجدد الصفدي دعم الأردن لوحدة سوريا.'],
    ['rus supported syr', 'أكد لافروف دعم روسيا لوحدة سوريا.'],
    ['irq supported syr', 'أكد فؤاد حسين دعم بغداد لوحدة سوريا.'],
    ['irq supported syr', 'دعم العراق سوريا في حربها على الإرهاب.'],
  ],
  'support for sovereignty with a possessive supporter': [
    ['irq supported syr', 'Fuad Hussein stressed Iraq\'s support for Syria\'s unity and sovereignty.'],
    ['jor supported syr', 'Safadi reiterated Jordan\'s support for the unity and sovereignty of Syria.'],
    ['no fuad-hussein supported irq', 'Fuad Hussein stressed Iraq\'s support for Syria\'s unity and sovereignty.'],
  ],
  'the foe of an operation is in the places after it (ar)': [
    ['ypg deployed_in tal-rifaat', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بشن عملية برية ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج وعين العرب.'],
    ['ypg deployed_in kobani', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بشن عملية برية ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج وعين العرب.'],
    ['ypg deployed_in manbij', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
    ['ypg deployed_in tal-rifaat', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
    ['no tur deployed_in manbij', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
  ],
  'the foe of an operation is in the places after it': [
    ['ypg deployed_in manbij', 'Erdogan has repeatedly threatened a ground operation against the YPG in Manbij and Tal Rifaat.'],
    ['ypg deployed_in manbij', 'Erdogan has repeatedly threatened a ground operation targeting the YPG in Manbij and Tal Rifaat.'],
    ['no tur deployed_in manbij', 'Erdogan has repeatedly threatened a ground operation against the YPG in Manbij and Tal Rifaat.'],
  ],
  'a security campaign in a place is its launcher\'s presence (ar)': [
    ['sdf deployed_in al-hol-camp', 'أطلقت «قوات سوريا الديمقراطية» (قسد)، فجر السبت، حملة أمنية جديدة داخل مخيم الهول شرق الحسكة، بمساندة من التحالف الدولي بقيادة واشنطن.'],
    ['sdf deployed_in al-hol-camp', 'أطلقت قوات سوريا الديمقراطية (قسد)، أمس الخميس، عملية أمنية واسعة في مخيم الهول بريف الحسكة الشرقي، قالت إنها تستهدف خلايا تنظيم «داعش» داخل المخيم.'],
    ['no usa deployed_in al-hol-camp', 'أطلقت «قوات سوريا الديمقراطية» (قسد)، فجر السبت، حملة أمنية جديدة داخل مخيم الهول شرق الحسكة، بمساندة من التحالف الدولي بقيادة واشنطن.'],
    ['no rus deployed_in idlib', 'شنت الطائرات الروسية حملة جوية على إدلب.'],
  ],
  'a security campaign in a place is its launcher\'s presence': [
    ['sdf deployed_in al-hol-camp', 'The SDF launched a security operation inside al-Hol camp on Saturday.'],
    ['sdf deployed_in al-hol-camp', 'The Syrian Democratic Forces, backed by the US-led coalition, launched a new security campaign in al-Hol camp.'],
    ['no usa deployed_in al-hol-camp', 'The Syrian Democratic Forces, backed by the US-led coalition, launched a new security campaign in al-Hol camp.'],
  ],
  'artillery stationed in a place is there (ar)': [
    ['tur deployed_in marea', 'استهدفت المدفعية التركية المتمركزة في قاعدة قرب مارع قرية الشيخ عيسى.'],
    ['tur deployed_in marea', 'وتتمركز المدفعية التركية في قاعدة قرب مارع.'],
    ['rus deployed_in hama', 'وقصفت المدفعية الروسية المنتشرة في ريف حماة بلدة كفرنبل.'],
    ['rus attacked kafr-nabl', 'وقصفت المدفعية الروسية المنتشرة في ريف حماة بلدة كفرنبل.'],
    ['no tur deployed_in aleppo', 'قصفت المدفعية التركية قرى في ريف حلب الشمالي.'],
    ['no tur deployed_in sheikh-issa', 'وقصفت المدفعية التركية، صباح الخميس، قرية الشيخ عيسى.'],
  ],
  'artillery stationed in a place is there': [
    ['tur deployed_in marea', 'Turkish artillery stationed at a base near Marea shelled the village of Sheikh Issa.'],
    ['tur attacked sheikh-issa', 'Turkish artillery stationed at a base near Marea shelled the village of Sheikh Issa.'],
  ],
  'sanctions said to target someone': [
    ['usa sanctioned syr', 'Washington has said its sanctions target the Assad government, not humanitarian aid.'],
    ['eu sanctioned syr', 'The United States and the European Union say their sanctions target the Syrian government.'],
    ['usa sanctioned syr', 'Damascus has long blamed Western sanctions for the deepening crisis, while the United States and the European Union say their measures target the Syrian government and exempt food and medicine.'],
    ['eu sanctioned syr', 'Damascus has long blamed Western sanctions for the deepening crisis, while the United States and the European Union say their measures target the Syrian government and exempt food and medicine.'],
    ['eu sanctioned syr', 'The EU says its sanctions are aimed at the Syrian government and its backers.'],
    ['no usa sanctioned isis', 'The United States says its security measures target Islamic State.'],
    ['no syr sanctioned syr', 'Damascus has long blamed Western sanctions for the deepening crisis, while the United States and the European Union say their measures target the Syrian government and exempt food and medicine.'],
  ],
  'sanctions said to target someone (ar)': [
    ['usa sanctioned syr', 'وتقول واشنطن إن عقوباتها تستهدف الحكومة السورية وليس المدنيين.'],
    ['eu sanctioned syr', 'ويقول الاتحاد الأوروبي إن العقوبات الأوروبية تستهدف الحكومة السورية.'],
  ],
  'with the help of X: X supports the clause subject': [
    ['no usa supported isis', 'Kurdish fighters repelled an IS siege in 2015 with the help of US air strikes.'],
    ['usa supported sdf', 'The SDF captured Raqqa in 2017 with the help of US-led coalition air strikes.'],
    ['rus supported syr', 'The Syrian army retook Palmyra with the help of Russia.'],
    ['rus supported syr', 'Syrian troops retook Palmyra with the help of Russian air strikes.'],
    ['no syr supported rus', 'Syrian troops retook Palmyra with the help of Russian air strikes.'],
    ['usa supported sdf', 'The SDF drove IS out of Baghouz with the backing of the United States.'],
  ],
  'victims before the attack that killed them (ar)': [
    ['tur attacked sdf', 'قُتل عنصران من «قوات سوريا الديمقراطية» (قسد) وأصيب ثالث بجروح، مساء أمس الاثنين، جراء استهداف طائرة مسيّرة تركية سيارة عسكرية على الطريق.'],
    ['tur attacked sdf', 'قُتل عنصران من «قسد» جراء استهداف طائرة مسيّرة تركية سيارة عسكرية كانت تقلّهم.'],
    ['tur attacked sdf', 'قُتل عنصران من «قسد» بغارة لطائرة مسيّرة تركية.'],
    ['isr attacked hezbollah', 'وقُتل ثلاثة من عناصر «حزب الله» إثر غارة لطائرة مسيّرة إسرائيلية على سيارة في جنوب لبنان.'],
    ['no tur attacked sdf', 'قُتل عنصران من «قسد» جراء انفجار لغم أرضي في ريف الحسكة.'],
  ],
  'victims before the attack that killed them': [
    ['tur attacked sdf', 'Two SDF fighters were killed in a Turkish drone strike on a car near Amuda.'],
    ['tur attacked sdf', 'Two SDF fighters were killed when a Turkish drone struck their vehicle.'],
  ],
  'parties agreeing at a meeting met': [
    ['jor met syr', 'Jordan and Syria agreed in May at an Arab ministerial meeting in Amman to fight smuggling.'],
    ['jor met syr', 'Jordan and Syria agreed at an emergency regional meeting in Amman to reopen the border.'],
    ['rus met irn', 'Russia, Turkey and Iran agreed during the fifth round of talks in Astana to extend the ceasefire.'],
    ['tur met irn', 'Russia, Turkey and Iran agreed during the fifth round of talks in Astana to extend the ceasefire.'],
    ['rus met tur', 'Russia and Turkey agreed during talks in Sochi to set up a buffer zone.'],
  ],
  'parties agreeing at a meeting met (ar)': [
    ['jor met syr', 'واتفق الأردن وسوريا خلال اجتماع وزاري عربي في عمّان على مكافحة التهريب.'],
    ['rus met tur', 'واتفقت روسيا وتركيا خلال جولة جديدة من المحادثات في سوتشي على إنشاء منطقة عازلة.'],
    ['rus met irn', 'واتفق ممثلو روسيا وتركيا وإيران خلال الجولة الخامسة من المحادثات في أستانا على تمديد وقف إطلاق النار.'],
  ],
  'an attack on a state\'s mission attacks the state': [
    ['isr attacked irn', 'An Israeli strike on Iran\'s consulate in Damascus killed seven members of the Revolutionary Guards.'],
    ['isr attacked irgc', 'An Israeli strike on Iran\'s consulate in Damascus killed seven members of the Revolutionary Guards.'],
    ['isr attacked irn', 'Israeli jets struck the Iranian embassy compound in Damascus on Monday.'],
    ['no isr attacked irn', 'Iran\'s ambassador visited the Iranian embassy in Damascus after the Israeli strike on Aleppo.'],
  ],
  'an attack on a state\'s mission attacks the state (ar)': [
    ['isr attacked irn', 'واستهدفت غارة إسرائيلية مبنى القنصلية الإيرانية في دمشق.'],
    ['isr attacked irn', 'وقصفت طائرات إسرائيلية السفارة الإيرانية في دمشق.'],
  ],
});

datedSuite('presence told by a noun, dated as the noun: a security campaign, an intervention', `
ar 2022-06-18 deployed_in sdf_al-hol-camp_2021-03 | وكانت «قسد» قد نفذت حملة أمنية في مخيم الهول في آذار/مارس 2021.
en 2022-06-18 deployed_in sdf_al-hol-camp_2021-03 | The SDF carried out a similar security campaign in al-Hol camp in March 2021.
en 2024-01-10 deployed_in rus_syr_2015 | Russia, President Bashar al-Assad's main ally, has operated the Hmeimim air base on the coast since its 2015 intervention in the war.
en 2024-01-10 deployed_in rus_syr_2015 | Russia has operated the Hmeimim air base since its 2015 intervention in the Syrian war.
en 2024-01-10 deployed_in irn_syr_2015 | Iran and Russia have propped up Assad since their 2015 intervention in the war.
ar 2024-01-10 deployed_in rus_syr_2015 | وتدير روسيا قاعدة حميميم منذ تدخلها العسكري في سوريا عام 2015.
en 2024-01-10 deployed_in !rus_syr_2015 | Russia threatened its 2015 intervention would be repeated.
`);
