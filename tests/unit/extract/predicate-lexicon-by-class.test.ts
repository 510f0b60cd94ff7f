/**
 * The predicate lexicon by class (branch pred31, diagnosis-batch27 §6 fixes 2 and 6, NAME): joint action as
 * coordination, defeat and capture of an armed group as an attack, losing to X as X's attack, taking troops out of a
 * place as withdrawal, a phrase whose relation word is none (`بحثاً عن`), courts and deserts as names. Sentences of our
 * own in both languages: the row's construction and variants (a date, a modifier, a list, another verb of the class),
 * with look-alikes that must not give it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'joint action is coordination with the one it is done with': [
    ['sdf coordinated_with usa', 'The SDF carried out a raid on a village east of Raqqa with the cooperation of US forces.'],
    ['sdf coordinated_with usa', 'The SDF, in cooperation with US forces, detained two IS officials in Deir ez-Zor on Monday.'],
    ['nld coordinated_with sdf', 'The Netherlands repatriated 12 women and 28 children in cooperation with the SDF.'],
    ['nld coordinated_with sdf', 'The Netherlands repatriated the women jointly with the SDF in November.'],
    ['irq coordinated_with syr', 'Iraq seized a shipment of captagon in coordination with Syria.'],
    ['no sdf coordinated_with usa', 'The SDF raided a village east of Raqqa, US forces said.'],
    ['sdf coordinated_with usa', 'The Syrian Democratic Forces (SDF) said on Wednesday they had captured a senior Islamic State official in a raid on a village east of Raqqa carried out with US forces.'],
    ['no isis coordinated_with usa', 'The Syrian Democratic Forces (SDF) said on Wednesday they had captured a senior Islamic State official in a raid on a village east of Raqqa carried out with US forces.'],
    ['sdf coordinated_with usa', 'The SDF detained an IS leader in an operation conducted with the US-led coalition in Deir ez-Zor.'],
    ['no isr coordinated_with irn', 'Israel struck Iranian targets in an attack carried out with precision missiles.'],
    ['no isis coordinated_with sdf', 'IS said the group was taken out of the Roj camp with the cooperation of the Syrian Democratic Forces (SDF).'],
    ['no tur coordinated_with sdf', 'Turkey said the women were taken out of the camp in cooperation with the SDF.'],
  ],
  'joint action is coordination (ar)': [
    ['sdf coordinated_with usa', 'وشنّت «قسد» بالتعاون مع القوات الأمريكية حملة مداهمات في ذيبان.'],
    ['sdf coordinated_with usa', 'وشنّت «قسد» بالتعاون مع القوات الأمريكية، صباح اليوم الإثنين، حملة مداهمات في ذيبان والبلدات المجاورة.'],
    ['sdf coordinated_with usa', 'ونفذت «قسد» بالاشتراك مع التحالف الدولي عملية إنزال في ريف دير الزور.'],
  ],
  'defeat and capture of an armed group is an attack on it': [
    ['sdf attacked isis', 'The SDF defeated IS in Baghouz in March 2019.'],
    ['sdf attacked isis', 'The SDF has controlled the countryside since defeating IS in its last enclave of Baghouz in March 2019.'],
    ['sdf attacked isis', 'The Syrian Democratic Forces said on Wednesday they had captured a senior Islamic State official in a raid.'],
    ['sdf attacked isis', 'The SDF captured dozens of IS fighters in Raqqa.'],
    ['tur attacked ypg', 'Turkey captured Afrin from the YPG in 2018.'],
    ['no sdf attacked raqqa', 'The SDF captured Raqqa in 2017.'],
    ['sdf attacked isis', 'The SDF captured the last IS stronghold of Baghouz in 2019.'],
    ['sdf attacked isis', 'The Syrian Democratic Forces (SDF) said on Wednesday they had captured a senior Islamic State official in a raid on a village east of Raqqa carried out with US forces.'],
    ['no sdf deployed_in raqqa', 'The Syrian Democratic Forces (SDF) said on Wednesday they had captured a senior Islamic State official in a raid on a village east of Raqqa carried out with US forces.'],
    ['sdf deployed_in raqqa', 'The SDF captured Raqqa in 2017.'],
    ['no tur attacked pkk', "Turkish troops remain in Afrin, seized in an offensive launched after the PKK's 20 January attack on Kilis."],
    ['sdf attacked isis', 'The camps, including al-Hol and Roj, are run by the Kurdish-led Syrian Democratic Forces (SDF), which captured the last IS stronghold of Baghouz in 2019.'],
    ['sdf attacked isis', 'The camps are run by the Syrian Democratic Forces (SDF), which defeated IS in 2019.'],
    ['sdf attacked isis', 'The SDF, which captured the last IS stronghold of Baghouz in 2019, runs the camps.'],
  ],
  'losing to X is X’s attack': [
    ['sdf attacked isis', 'Islamic State lost its last stronghold of Baghouz to the SDF in March 2019.'],
    ['no isis attacked sdf', 'Islamic State lost its last stronghold of Baghouz to the SDF in March 2019.'],
  ],
  'losing to X is X’s attack (ar)': [
    ['sdf attacked isis', 'وخسر تنظيم «داعش» آخر معاقله أمام «قسد».'],
    ['sdf attacked isis', 'وكان تنظيم «داعش» قد خسر آخر معاقله في الباغوز في آذار/مارس 2019 أمام «قسد» المدعومة من الولايات المتحدة.'],
    ['no usa attacked isis', 'وكان تنظيم «داعش» قد خسر آخر معاقله في الباغوز في آذار/مارس 2019 أمام «قسد» المدعومة من الولايات المتحدة.'],
    ['sdf attacked isis', 'وانهزم تنظيم «داعش» أمام «قسد» في الباغوز عام 2019.'],
  ],
  'taking troops out of a place is withdrawal': [
    ['rus withdrew_from syr', 'Russia has begun moving some of its troops and equipment out of Syria.'],
    ['rus withdrew_from syr', 'Russia has withdrawn some of its troops from Syria.'],
    ['rus withdrew_from syr', 'Russia has withdrawn an S-300 air defence system from Syria.'],
    ['usa withdrew_from northern-syria', 'The United States pulled hundreds of troops out of northern Syria in October 2019.'],
    ['irn withdrew_from syr', 'Iran is taking its advisers out of Syria.'],
    ['no rus withdrew_from syr', 'Russia moved its troops into Syria in 2015.'],
    ['no fra withdrew_from syr', 'The French minister moved from Damascus to Beirut.'],
  ],
  '`بحثاً عن`, in search of, is no discussion (ar)': [
    ['no sdf met usa', 'وشنّت «قسد» بالتعاون مع القوات الأمريكية حملة مداهمات في ذيبان بحثاً عن المهاجمين.'],
    ['no sdf met isis', 'وبحثت «قسد» عن عناصر تنظيم «داعش» في ريف دير الزور.'],
    ['sdf coordinated_with usa', 'وشنّت «قسد» بالتعاون مع القوات الأمريكية حملة مداهمات في ذيبان بحثاً عن المهاجمين.'],
  ],
  'warning someone against an act is urging; a warning that something will happen is a threat (ar)': [
    ['rus urged tur', 'وحذّرت روسيا أنقرة من أي عملية عسكرية جديدة في شمال سوريا.'],
    ['antony-blinken urged tur', 'وحذر وزير الخارجية الأمريكي تركيا من شن عملية عسكرية في شمال سوريا.'],
    ['rus urged tur', 'وحذّرت موسكو، أمس الثلاثاء، أنقرة من مغبة أي توغل جديد في الأراضي السورية.'],
    ['no rus threatened tur', 'وحذّرت روسيا أنقرة من أي عملية عسكرية جديدة في شمال سوريا.'],
    ['irn threatened isr', 'وحذرت إيران إسرائيل من أن ردها سيكون قاسياً.'],
    ['tur threatened sdf', 'حذرت تركيا قوات سوريا الديمقراطية من عملية عسكرية.'],
    ['no irn urged isr', 'وحذرت إيران إسرائيل من أن ردها سيكون قاسياً.'],
    ['no abdullah-ii urged rus', 'وكان العاهل الأردني الملك عبد الله الثاني قد حذّر في أيار/مايو من أن تراجع الوجود الروسي في جنوب سوريا قد يفسح المجال أمام إيران.'],
  ],
  'warning someone against an act is urging': [
    ['rus urged tur', 'Russia warned Turkey against launching a new operation in northern Syria.'],
  ],
  'stationed alongside X is coordination with X (gold rule 12); a joint fight against a foe attacks it': [
    ['usa coordinated_with sdf', 'About 900 US troops are stationed in northeastern Syria alongside the SDF.'],
    ['usa deployed_in northeastern-syria', 'About 900 US troops are stationed in northeastern Syria alongside the SDF.'],
    ['usa coordinated_with sdf', 'US troops stationed in Syria alongside the Kurdish-led SDF came under attack on Friday.'],
    ['irn coordinated_with syr', 'Iranian advisers operating alongside Syrian government forces were killed in the strike.'],
    ['usa attacked isis', 'About 900 US troops are deployed in northeastern Syria, where they work alongside the SDF against IS remnants.'],
    ['sdf attacked isis', 'About 900 US troops are deployed in northeastern Syria, where they work alongside the SDF against IS remnants.'],
    ['no usa coordinated_with sdf', 'About 900 US troops are stationed in northeastern Syria.'],
    ['irn deployed_in masyaf', 'The strikes hit sites near Masyaf, where Iranian personnel are stationed.'],
    ['wagner-group deployed_in syr', 'Wagner fighters have been deployed in Syria since 2015, fighting alongside government forces.'],
    ['no usa attacked isis', 'US troops work alongside the SDF in Hasakah.'],
  ],
  'a joint fight against a foe attacks it (ar)': [
    ['hezbollah attacked isis', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية ضد تنظيم «داعش» في البادية.'],
    ['syr attacked isis', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية ضد تنظيم «داعش» في البادية.'],
    ['usa attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» ضد خلايا تنظيم «داعش».'],
    ['sdf attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» ضد خلايا تنظيم «داعش».'],
  ],
  'forces arriving in a place are present there': [
    ['usa deployed_in shaddadi', 'US reinforcements arrived at the Shaddadi base on Monday.'],
    ['tur deployed_in idlib', 'Turkish troops arrived in Idlib on Monday.'],
    ['tur deployed_in idlib', 'Turkish troops arrived on Monday in Idlib.'],
    ['usa deployed_in al-tanf', 'US troops arrived on Monday at the Tanf garrison.'],
    ['no tur deployed_in damascus', 'The Turkish foreign minister arrived in Damascus on Monday.'],
  ],
  'forces arriving in a place are present there (ar)': [
    ['usa deployed_in shaddadi', 'وصلت قوات أمريكية إلى الشدادي.'],
    ['tur deployed_in idlib', 'ووصلت تعزيزات عسكرية تركية إلى إدلب.'],
    ['tur deployed_in idlib', 'ووصلت قوات تركية، اليوم الإثنين، إلى إدلب.'],
    ['no tur deployed_in damascus', 'وصل وزير الخارجية التركي إلى دمشق.'],
  ],
  'taking charge of a place is presence (ar)': [
    ['manbij-military-council deployed_in manbij', 'ويتولى مجلس منبج العسكري، المنضوي في «قسد»، السيطرة على منبج منذ طرد تنظيم «داعش» منها عام 2016.'],
    ['sdf deployed_in al-hol-camp', 'وتتولى «قسد» إدارة مخيم الهول في ريف الحسكة.'],
    ['no lbn deployed_in syr', 'ويتولى الجيش اللبناني أمن المنطقة الحدودية مع سوريا.'],
  ],
  'an expulsion since which the subject holds the place is its attack on the one expelled': [
    ['sdf attacked isis', 'The SDF has held Manbij since driving IS out of the city in 2016.'],
  ],
  'an expulsion since which the subject holds the place is its attack on the one expelled (ar)': [
    ['manbij-military-council attacked isis', 'ويتولى مجلس منبج العسكري، المنضوي في «قسد»، السيطرة على المدينة منذ طرد تنظيم «داعش» منها عام 2016.'],
    ['sdf attacked isis', 'وتسيطر «قسد» على الرقة منذ طرد تنظيم «داعش» منها عام 2017.'],
    ['no irgc attacked isis', 'وينتشر الحرس الثوري الإيراني وفصائل عراقية موالية لطهران في منطقة البوكمال منذ طرد تنظيم «الدولة الإسلامية» منها عام 2017.'],
    ['no tur attacked ypg', 'وطالبت تركيا بطرد «وحدات حماية الشعب» من منبج.'],
  ],
  'control regained over a place is presence there (ar)': [
    ['syr deployed_in daraa', 'وتشهد محافظة درعا توتراً أمنياً متكرراً منذ استعادة الحكومة السورية السيطرة عليها في تموز/يوليو 2018.'],
    ['syr deployed_in daraa', 'واستعادت الحكومة السورية السيطرة على محافظة درعا في تموز/يوليو 2018.'],
    ['syr deployed_in aleppo', 'وتشهد مدينة حلب هدوءاً منذ استعادة الجيش السوري السيطرة عليها عام 2016.'],
    ['no syr deployed_in daraa', 'وتشهد محافظة درعا توتراً أمنياً منذ تموز/يوليو 2018.'],
  ],
  'courts and the desert by name': [
    ['european-court-of-human-rights criticized fra', "Last year, the European Court of Human Rights criticised France's handling of requests to repatriate two women."],
    ['european-court-of-human-rights criticized fra', 'The ECHR condemned France in September.'],
    ['isis deployed_in syrian-desert', 'Islamic State remnants mostly operate in the central desert.'],
  ],
  'courts and towns by name (ar)': [
    ['european-court-of-human-rights criticized fra', 'وانتقدت المحكمة الأوروبية لحقوق الإنسان فرنسا العام الماضي.'],
    ['rus attacked badama', 'شنّت الطائرات الحربية الروسية غارات عدة على محيط بلدة بداما في ريف جسر الشغور غربي إدلب.'],
  ],
});
