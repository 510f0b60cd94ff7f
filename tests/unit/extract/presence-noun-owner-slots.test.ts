/**
 * Presence from a noun that holds a place, by the slot its owner fills (gold rule 13; diagnosis-batch26 §6 fix 1, §5
 * point 2): positions, posts, checkpoints, bases and forces of X in Y are X's presence in Y whether the owner is a
 * demonym, an "of"/`لـ` phrase, a possessive pronoun or an Arabic suffix pronoun (`مواقعها`, `مواقعهما`: the clause's
 * subject, each member of a subject list), past a stationing participle ("stationed at", `المتمركزة في`) and with the
 * place behind an edge word ("on the outskirts of", `على أطراف`). Dates, relative clauses and lists stand between.
 * A noun with no owner ("positions near X"), a negated one, a compound's first part ("the SDF-affiliated Asayish") give
 * nothing of their own.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'presence nouns by owner slot (en)': [
    ['asayish deployed_in qamishli', 'Turkish drones struck a checkpoint of the Asayish near Qamishli on Thursday, killing two members.'],
    ['asayish deployed_in qamishli', 'Turkish drones struck a checkpoint of the SDF-affiliated Asayish security forces near Qamishli on Thursday.'],
    ['no sdf deployed_in qamishli', 'Turkish drones struck a checkpoint of the SDF-affiliated Asayish security forces near Qamishli on Thursday.'],
    ['sdf deployed_in manbij', 'Turkish artillery on Monday shelled two SDF checkpoints near Manbij, the observatory said.'],
    ['tur deployed_in jarablus', 'Turkey, which backs several rebel factions, shelled villages on Sunday from its positions near Jarablus.'],
    ['tur deployed_in jarablus', 'Turkey and the Syrian National Army shelled villages west of Manbij from their positions near Jarablus.'],
    ['syrian-national-army deployed_in jarablus', 'Turkey and the Syrian National Army shelled villages west of Manbij from their positions near Jarablus.'],
    ['tur deployed_in manbij', 'The SDF said Turkey, which has backed the rebels since 2016, had shelled villages from its posts near Manbij.'],
    ['no sdf deployed_in manbij', 'The SDF said Turkey, which has backed the rebels since 2016, had shelled villages from its posts near Manbij.'],
    ['no isr deployed_in homs', 'Israel on Monday struck Syrian air defences and its positions near Homs.'],
    ['usa deployed_in al-tanf', 'Russia accused US forces stationed at the al-Tanf base of training militants to attack government troops.'],
    ['usa deployed_in al-tanf', 'Moscow said on Friday that American troops, stationed at al-Tanf since 2016, were training militants.'],
    ['ypg deployed_in tal-rifaat', 'Turkish jets on Sunday struck positions of the YPG on the outskirts of Tal Rifaat.'],
    ['hezbollah deployed_in homs', 'Israeli jets struck Hezbollah outposts around Homs late on Monday.'],
  ],
  'no owner, no presence (en)': [
    ['no tur deployed_in manbij', 'Turkish artillery shelled positions near Manbij on Monday.'],
    ['no sdf deployed_in raqqa', 'There are no SDF checkpoints in Raqqa, the official said.'],
    ['no tur deployed_in manbij', 'Turkey has no positions near Manbij, the ministry said.'],
  ],
  'presence nouns by owner slot (ar)': [
    ['tur deployed_in jarablus', 'كما قصفت المدفعية التركية قرى في ريف منبج الغربي انطلاقاً من مواقعها في محيط مدينة جرابلس.'],
    ['tur deployed_in jarablus', 'وقصفت تركيا، أمس الأحد، قرى في ريف منبج من قواعدها في محيط جرابلس.'],
    ['tur deployed_in jarablus', 'قصفت القوات التركية و«الجيش الوطني السوري»، أمس الأحد، قرى في ريف منبج انطلاقاً من مواقعهما في محيط مدينة جرابلس.'],
    ['syrian-national-army deployed_in jarablus', 'قصفت القوات التركية و«الجيش الوطني السوري»، أمس الأحد، قرى في ريف منبج انطلاقاً من مواقعهما في محيط مدينة جرابلس.'],
    ['sdf deployed_in manbij', 'وقصفت «قسد»، التي تدعمها الولايات المتحدة، قرى في ريف حلب من مواقعها قرب منبج.'],
    ['no sdf deployed_in manbij', 'وقصفت تركيا مواقع «قسد»، أمس، من قواعدها قرب منبج.'],
    ['tur deployed_in manbij', 'وقصفت تركيا مواقع «قسد»، أمس، من قواعدها قرب منبج.'],
    ['rus deployed_in syr', 'ووصلت إلى مطار دمشق طائرات مساعدات من الإمارات والعراق، فيما أرسلت موسكو فرق إنقاذ من قواتها الموجودة في سوريا.'],
    ['no irq deployed_in syr', 'ووصلت إلى مطار دمشق طائرات مساعدات من الإمارات والعراق، فيما أرسلت موسكو فرق إنقاذ من قواتها الموجودة في سوريا.'],
    ['tur deployed_in jarablus', 'وقالت وزارة الدفاع التركية إن قواتها ردت على مصادر النيران من مواقعها في محيط جرابلس.'],
    ['usa deployed_in al-tanf', 'اتهمت روسيا أمس الجمعة القوات الأمريكية المتمركزة في قاعدة التنف جنوب شرقي سوريا بتدريب مسلحين.'],
    ['tur deployed_in idlib', 'وقالت دمشق إن القوات التركية المنتشرة في إدلب وعفرين تدعم الفصائل.'],
    ['tur deployed_in afrin', 'وقالت دمشق إن القوات التركية المنتشرة في إدلب وعفرين تدعم الفصائل.'],
    ['asayish deployed_in qamishli', 'واستهدفت مسيرة تركية يوم الخميس حاجزاً لـ«الأسايش» قرب القامشلي.'],
    ['ypg deployed_in tal-rifaat', 'وقصفت القوات التركية مواقع لـ«وحدات حماية الشعب» على أطراف تل رفعت.'],
    ['hezbollah deployed_in homs', 'واستهدفت الغارات الإسرائيلية فجر اليوم حواجز لـ«حزب الله» في ريف حمص.'],
  ],
  'no owner, no presence (ar)': [
    ['no tur deployed_in manbij', 'وقصفت القوات التركية مواقع قرب منبج.'],
    ['no hezbollah deployed_in homs', 'وقال المسؤول إنه لا توجد مواقع لـ«حزب الله» في حمص.'],
    ['no tur deployed_in jarablus', 'وقصفت القوات التركية مواقع في محيط جرابلس.'],
    ['no sdf deployed_in syr', 'وتطالب دمشق بحل «قسد» ودمج عناصرها في الجيش السوري.'],
    ['no syr deployed_in tafas', 'واندلعت أمس اشتباكات بين مسلحين وعناصر من «الفرقة الرابعة» في قوات النظام السوري على أطراف مدينة طفس.'],
  ],
});
