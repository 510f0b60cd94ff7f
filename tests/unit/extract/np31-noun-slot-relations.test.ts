/**
 * Noun-phrase relations by slot kind (np31, diagnosis-batch27 §6 fix 1). Sentences of our own, both languages.
 * - A demanded withdrawal of forces with a stationing participle after them (`بانسحاب القوات الأمريكية المنتشرة في A وB`,
 *   "the withdrawal of US troops stationed in A and at B"): the forces are deployed in every place of the participle's
 *   list, not in the urging state's own soil; the English participle's subject is the forces, not the clause's subject.
 * - A clash noun with a "between" pair (`اندلعت اشتباكات، مساء أمس، بين A وعناصر من B`, "Clashes broke out on Monday
 *   between A and B"): each party attacked the other, past a time adjunct and a verb of breaking out; a second member
 *   as "members/fighters of X" is X. Nothing for a "between" of another noun, or a compound's first part.
 * - An attack's preposition before a partitive head (`معارك مع خلايا تنظيم «داعش»`, `غارات على عناصر «حزب الله»`): the
 *   group is the one attacked, not the place after it.
 * - People of a group in a place (gold rule 13), English: "11 militants of the PKK and the YPG in northern Iraq and
 *   northern Syria" (each holder with each place), "PKK militants in", "IS cells in the Badia", in any slot; not
 *   detainees or kin ("families of IS members in", "suspected IS members in prisons"), not an indefinite collective.
 *   Arabic: `عناصر من X في Y`, `11 عنصراً من X في Y`, `مسلحين من X في Y`.
 * - Posts and forces as the subject of a presence verb, Arabic (`تنتشر نقاط للجيش السوري والشرطة العسكرية الروسية في X`),
 *   also with the place as a pronoun before them (`فيما تنتشر فيه نقاط لـX`, `حيث تنتشر فيها قوات أمريكية`): each holder.
 * - A waging verbal noun under a response or performing verb (`وردّت الطائرات الحربية الروسية فجر اليوم بشن غارات على Y`,
 *   `وقامت إسرائيل بشن غارات على`, `بتنفيذ ضربات جوية على`): the verb's subject attacked Y; not under a threat or demand.
 * - The intervention noun with a clitic owner and no adjective (`منذ تدخلها في أيلول/سبتمبر 2015`): a deployment; not
 *   interference in affairs (`تدخلها في الشؤون الداخلية`).
 * - Control nouns with the region right after the holder (`في مناطق سيطرة «قسد» شمال شرق سوريا`, also under an attack
 *   verb, past an abbreviation): the holder is deployed there; not a place joined by و (a list, not the areas' region).
 * - A base with a clitic owner in any frame (`انطلاقاً من قاعدتها في التنف` inside an accusation): the owner's presence.
 * - An act word right after a separate preposition is its noun, not a finite verb (`تزامنت الغارات مع قصف مدفعي لقوات
 *   النظام على X`): the noun's own doer (`لـX` before its target) attacked X.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a stationing participle after the forces a withdrawal is demanded of (ar)': [
    ['usa deployed_in northeastern-syria', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['usa deployed_in al-tanf', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['no usa deployed_in syr', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['tur deployed_in afrin', 'وطالبت دمشق، أمس الثلاثاء، بانسحاب القوات التركية المتمركزة في إدلب وعفرين.'],
    ['tur deployed_in idlib', 'وطالبت دمشق، أمس الثلاثاء، بانسحاب القوات التركية المتمركزة في إدلب وعفرين.'],
    ['usa deployed_in al-tanf', 'ودعت الخارجية السورية إلى انسحاب القوات الأمريكية الموجودة في قاعدة التنف.'],
    ['tur deployed_in northern-syria', 'وطالبت دمشق بانسحاب القوات التركية من شمال سوريا.'],
  ],
  'a stationing participle after the forces a withdrawal is demanded of': [
    ['usa deployed_in al-tanf', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['usa deployed_in northeastern-syria', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['no syr deployed_in al-tanf', 'Damascus renewed its demand for the withdrawal of US forces deployed in northeastern Syria and at al-Tanf.'],
    ['tur deployed_in afrin', 'Syria on Tuesday called for the withdrawal of Turkish troops stationed in Idlib and Afrin.'],
    ['no syr deployed_in idlib', 'Syria on Tuesday called for the withdrawal of Turkish troops stationed in Idlib and Afrin.'],
    ['tur deployed_in northern-syria', 'Damascus demanded the withdrawal of Turkish forces from northern Syria.'],
  ],
  'a clash noun with its between pair (ar)': [
    ['men-of-dignity attacked syr', 'اندلعت اشتباكات، مساء أمس الإثنين، بين حركة «رجال الكرامة» وعناصر من فرع الأمن العسكري عند حاجز على طريق السويداء–دمشق.'],
    ['syr attacked men-of-dignity', 'اندلعت اشتباكات، مساء أمس الإثنين، بين حركة «رجال الكرامة» وعناصر من فرع الأمن العسكري عند حاجز على طريق السويداء–دمشق.'],
    ['syr attacked men-of-dignity', 'اندلعت اشتباكات أمس بين حركة «رجال الكرامة» وقوات النظام السوري عند حاجز.'],
    ['syrian-national-army attacked sdf', 'اندلعت اشتباكات بين «قسد» و«الجيش الوطني السوري» قرب منبج.'],
    ['sdf attacked syrian-national-army', 'اندلعت اشتباكات بين «قسد» و«الجيش الوطني السوري» قرب منبج.'],
    ['syr attacked hts', 'وشهدت المنطقة مواجهات عنيفة، يوم الجمعة، بين «هيئة تحرير الشام» وقوات النظام في ريف إدلب.'],
    ['hts attacked syr', 'وشهدت المنطقة مواجهات عنيفة، يوم الجمعة، بين «هيئة تحرير الشام» وقوات النظام في ريف إدلب.'],
  ],
  'a clash noun with its between pair': [
    ['hts attacked syr', 'Heavy clashes erupted between Hayat Tahrir al-Sham and Syrian government forces in Idlib.'],
    ['syr attacked hts', 'Heavy clashes erupted between Hayat Tahrir al-Sham and Syrian government forces in Idlib.'],
    ['isis attacked sdf', 'Fierce clashes on Friday between the SDF and fighters of the Islamic State group left 12 dead.'],
    ['sdf attacked isis', 'Fierce clashes on Friday between the SDF and fighters of the Islamic State group left 12 dead.'],
    ['sdf attacked syr', 'Clashes broke out on Monday between the SDF and Syrian government forces near Deir ez-Zor.'],
    ['syr attacked sdf', 'Clashes broke out on Monday between the SDF and Syrian government forces near Deir ez-Zor.'],
    ['no sdf attacked tur', 'Clashes broke out on Monday between the SDF and Turkish-backed factions near Manbij.'],
    ['no tur attacked sdf', 'Clashes broke out on Monday between the SDF and Turkish-backed factions near Manbij.'],
    ['no rus attacked tur', 'The talks between Russia and Turkey came after clashes in Idlib.'],
    ['no rus attacked tur', 'Clashes in Idlib were discussed in talks between Russia and Turkey.'],
  ],
  'a partitive head between the attack preposition and the group (ar)': [
    ['sdf attacked isis', 'ويأتي القصف في وقت تخوض فيه «قسد» معارك مع خلايا تنظيم «داعش» في محيط سجن غويران بمدينة الحسكة منذ مساء الخميس.'],
    ['no sdf attacked ghweran-prison', 'ويأتي القصف في وقت تخوض فيه «قسد» معارك مع خلايا تنظيم «داعش» في محيط سجن غويران بمدينة الحسكة منذ مساء الخميس.'],
    ['sdf attacked isis', 'وخاضت «قسد» أمس اشتباكات مع خلايا «داعش» في ريف دير الزور.'],
    ['no sdf attacked deir-ez-zor', 'وخاضت «قسد» أمس اشتباكات مع خلايا «داعش» في ريف دير الزور.'],
    ['irq attacked isis', 'وخاضت القوات العراقية معارك مع مقاتلي تنظيم «داعش» قرب الحدود.'],
    ['isr attacked hezbollah', 'وشنت الطائرات الإسرائيلية غارات على عناصر «حزب الله» في جنوب لبنان.'],
  ],
  'a partitive head between the attack preposition and the group': [
    ['sdf attacked isis', 'The SDF is fighting battles with cells of the Islamic State group near Ghweran prison.'],
  ],
  'people of a group in a place': [
    ['pkk deployed_in northern-iraq', 'Turkey\'s defence ministry said separately that its forces had "neutralised" 11 militants of the PKK and the People\'s Protection Units (YPG) in northern Iraq and northern Syria over the past week.'],
    ['ypg deployed_in northern-syria', 'Turkey\'s defence ministry said separately that its forces had "neutralised" 11 militants of the PKK and the People\'s Protection Units (YPG) in northern Iraq and northern Syria over the past week.'],
    ['no ypg deployed_in northern-iraq', 'Turkey\'s defence ministry said separately that its forces had "neutralised" 11 militants of the PKK and the People\'s Protection Units (YPG) in northern Iraq and northern Syria over the past week.'],
    ['pkk deployed_in northern-iraq', 'Turkish forces neutralised 11 PKK militants in northern Iraq on Tuesday.'],
    ['pkk deployed_in northern-iraq', 'Turkish forces neutralised several members of the PKK in northern Iraq.'],
    ['isis deployed_in syrian-desert', 'IS cells in the Badia launched attacks on government forces.'],
    ['isis deployed_in syrian-desert', 'The man was in charge of financing IS cells in the Badia, it said.'],
    ['no isis deployed_in northeastern-syria', 'The camps hold thousands of families of IS members in northeastern Syria.'],
    ['no isis deployed_in hasakah', 'The SDF, which holds thousands of suspected IS members in prisons in Hasakah, warned of attacks.'],
    ['no isis deployed_in hasakah', 'IS members held in SDF prisons in Hasakah tried to escape.'],
  ],
  'people of a group in a place (ar)': [
    ['pkk deployed_in northern-iraq', 'وحيّدت القوات التركية 11 عنصراً من «حزب العمال الكردستاني» في شمال العراق.'],
    ['pkk deployed_in northern-iraq', 'وحيّدت القوات التركية عنصرين من «حزب العمال الكردستاني» في شمال العراق.'],
    ['pkk deployed_in northern-iraq', 'وقتلت القوات التركية عناصر من «حزب العمال الكردستاني» في شمال العراق.'],
    ['pkk deployed_in northern-iraq', 'وقتلت القوات التركية مسلحين من «حزب العمال الكردستاني» في شمال العراق.'],
    ['tur attacked pkk', 'وقتلت القوات التركية مسلحين من «حزب العمال الكردستاني» في شمال العراق.'],
  ],
  'posts and forces as the subject of a presence verb (ar)': [
    ['syr deployed_in tal-tamr', 'وتسيطر «قسد» على ريف تل تمر، فيما تنتشر فيه نقاط للجيش السوري والشرطة العسكرية الروسية.'],
    ['rus deployed_in tal-tamr', 'وتسيطر «قسد» على ريف تل تمر، فيما تنتشر فيه نقاط للجيش السوري والشرطة العسكرية الروسية.'],
    ['rus deployed_in tal-tamr', 'وتسيطر «قسد» على ريف تل تمر، فيما تنتشر فيه قوات روسية.'],
    ['syr deployed_in tal-tamr', 'وتنتشر نقاط للجيش السوري والشرطة العسكرية الروسية في ريف تل تمر.'],
    ['rus deployed_in tal-tamr', 'وتنتشر نقاط للجيش السوري والشرطة العسكرية الروسية في ريف تل تمر.'],
    ['usa deployed_in manbij', 'وتسيطر «قسد» على مدينة منبج، حيث تنتشر فيها قوات أمريكية.'],
  ],
  'posts and forces as the subject of a presence verb': [
    ['rus deployed_in tal-tamr', 'Posts of the Syrian army and Russian military police are deployed in Tal Tamr.'],
    ['syr deployed_in tal-tamr', 'Posts of the Syrian army and Russian military police are deployed in Tal Tamr.'],
  ],
  'a waging verbal noun under a response or performing verb (ar)': [
    ['rus attacked jabal-al-zawiya', 'وردّت الطائرات الحربية الروسية فجر اليوم الثلاثاء بشن غارات على أطراف بلدتي الرامي ومرعيان في جبل الزاوية جنوبي إدلب.'],
    ['rus attacked jabal-al-zawiya', 'وردّت الطائرات الحربية الروسية بشن غارات على جبل الزاوية.'],
    ['tur attacked jabal-al-zawiya', 'وردت تركيا بشن غارات على جبل الزاوية.'],
    ['isr attacked jabal-al-zawiya', 'وقامت إسرائيل بشن غارات على جبل الزاوية.'],
    ['isr attacked rif-dimashq', 'وقامت إسرائيل بشن غارات على مواقع في ريف دمشق.'],
    ['tur attacked sdf', 'وقامت القوات التركية أمس بتنفيذ ضربات جوية على مواقع لـ«قسد» في ريف الحسكة.'],
    ['no tur attacked manbij', 'وهددت تركيا بشن غارات على منبج.'],
    ['no tur attacked manbij', 'وتوعدت تركيا بشن غارات على منبج.'],
    ['no tur attacked manbij', 'وطالبت موسكو أنقرة بعدم شن غارات على منبج.'],
  ],
  'a bare intervention noun with its owner (ar)': [
    ['rus deployed_in syr', 'وتدعم روسيا قوات النظام السوري عسكرياً منذ تدخلها في أيلول/سبتمبر 2015.'],
    ['rus deployed_in syr', 'وتدعم روسيا قوات النظام السوري منذ تدخلها في سوريا عام 2015.'],
    ['no irn deployed_in usa', 'وانتقدت طهران واشنطن بسبب تدخلها في شؤون المنطقة.'],
    ['no syr deployed_in tur', 'واتهمت دمشق أنقرة بالتدخل في شؤونها، ورفضت تدخلها في الشؤون الداخلية السورية.'],
    ['no tur deployed_in syr', 'واتهمت دمشق أنقرة بالتدخل في شؤونها، ورفضت تدخلها في الشؤون الداخلية السورية.'],
  ],
  'areas of control with the region right after the holder (ar)': [
    ['sdf deployed_in northeastern-syria', 'وكانت الطائرات المسيّرة التركية قد استهدفت في كانون الثاني/يناير الماضي منشآت للطاقة ومحطات كهرباء في مناطق سيطرة «قسد» شمال شرق سوريا.'],
    ['hts deployed_in northwestern-syria', 'ويقيم آلاف النازحين في مناطق سيطرة «هيئة تحرير الشام» شمال غربي سوريا.'],
    ['sdf deployed_in northeastern-syria', 'ويقيم آلاف النازحين في مناطق سيطرة «قوات سوريا الديمقراطية» (قسد) شمال شرق سوريا.'],
    ['sdf deployed_in northeastern-syria', 'ويقيم آلاف النازحين في مناطق سيطرة «قسد» في شمال شرق سوريا.'],
    ['no sdf deployed_in idlib', 'ويعيش اللاجئون في مناطق سيطرة «قسد» وإدلب.'],
  ],
  'areas of control with the region right after the holder': [
    ['sdf deployed_in northeastern-syria', 'The strikes hit energy facilities in SDF-controlled areas of northeastern Syria.'],
  ],
  'a base with a clitic owner inside an accusation (ar)': [
    ['usa deployed_in al-tanf', 'ويتهم مسؤولون سوريون الولايات المتحدة بدعم مسلحين انطلاقاً من قاعدتها في التنف قرب الحدود مع الأردن والعراق.'],
    ['usa deployed_in al-tanf', 'واتهمت دمشق واشنطن بدعم مسلحين انطلاقاً من قاعدتها في التنف.'],
    ['usa deployed_in al-tanf', 'وتدعم الولايات المتحدة مسلحين انطلاقاً من قاعدتها في التنف.'],
  ],
  'a base with a possessive owner inside an accusation': [
    ['usa deployed_in al-tanf', 'Syrian officials accuse the United States of backing militants from its base at al-Tanf.'],
  ],
  'an act word after a separate preposition is a noun (ar)': [
    ['syr attacked jabal-al-zawiya', 'وتزامنت الغارات مع قصف مدفعي لقوات النظام على بلدات في جبل الزاوية.'],
    ['syr attacked jabal-al-zawiya', 'وتزامنت الغارات مع قصف لقوات النظام استهدف جبل الزاوية.'],
  ],
  'an act noun with its doer after a preposition': [
    ['syr attacked jabal-al-zawiya', 'The raids coincided with artillery shelling by government forces that targeted towns in Jabal al-Zawiya.'],
  ],
});
