/**
 * slot51: rule 20c's reply told by an attack noun and its asyndetic relative verb (`وردّت «قسد» ليل الاثنين بقصف مدفعي طال
 * مواقع لفصائل «الجيش الوطني السوري»`; pool b35 zirgan, b43 kafr-nabl, b47 kabani-front): the relative's object is hit by
 * the replier the response verb names — past a time adjunct, an apposition, or SVO after `أن` — not by the story's last
 * attacker the bare noun would otherwise stand for. Look-alikes: a reply with no attack, a negated one, a noun with a doer
 * of its own.
 */
import { describeCases } from './helpers.ts';

const BEFORE = 'قُتل خمسة عناصر من قوات النظام السوري، فجر الأربعاء، في هجوم شنّته «هيئة تحرير الشام» على نقاط لقوات النظام على محور كفرنبل في ريف إدلب الجنوبي. ';

describeCases({
  'a reply by shelling that reached P: the replier hit P (ar)': [
    ['sdf attacked syrian-national-army', 'وردّت «قسد» ليل الاثنين بقصف مدفعي طال مواقع لفصائل «الجيش الوطني السوري» المدعومة من تركيا في محيط مدينة رأس العين، وفق مصادر محلية.'],
    ['syr attacked jisr-al-shughur', 'وردّت القوات الحكومية ليل الثلاثاء بقصف مدفعي طال بلدات في ريف جسر الشغور الغربي، ما أسفر عن إصابة مدنيين اثنين.'],
    // (SVO after أن, coordinated adjectives between the noun and the verb)
    ['syr attacked ariha', 'وأضاف «المرصد» أن القوات الحكومية ردّت بقصف مدفعي وصاروخي مكثف طال أطراف مدينة أريحا وبلدة سرمين، ما أسفر عن إصابة أربعة مدنيين.'],
    ['syr attacked sarmin', 'وأضاف «المرصد» أن القوات الحكومية ردّت بقصف مدفعي وصاروخي مكثف طال أطراف مدينة أريحا وبلدة سرمين، ما أسفر عن إصابة أربعة مدنيين.'],
    // (after the attack it answers: the replier, not the story's attacker)
    ['syr attacked ariha', BEFORE + 'وأضاف «المرصد» أن القوات الحكومية ردّت بقصف مدفعي وصاروخي مكثف طال أطراف مدينة أريحا وبلدة سرمين.'],
    ['no hts attacked ariha', BEFORE + 'وأضاف «المرصد» أن القوات الحكومية ردّت بقصف مدفعي وصاروخي مكثف طال أطراف مدينة أريحا وبلدة سرمين.'],
    // (another verb of the class, `استهدف`; a date; an apposition between commas)
    ['syr attacked ariha', 'وردّت قوات النظام، يوم الخميس، بقصف صاروخي استهدف مدينة أريحا.'],
    ['national-front-for-liberation attacked syr', 'وردّت «الجبهة الوطنية للتحرير»، المدعومة من تركيا، بقصف صاروخي طال مواقع لقوات النظام في سهل الغاب.'],
    // (a list subject)
    ['syrian-national-army attacked sdf', 'وردّت القوات التركية و«الجيش الوطني السوري» بقصف مدفعي طال مواقع لـ«قسد» قرب عين عيسى.'],
    ['tur attacked sdf', 'وردّت القوات التركية و«الجيش الوطني السوري» بقصف مدفعي طال مواقع لـ«قسد» قرب عين عيسى.'],
    // (look-alikes: a reply by a statement; the noun's own doer stays)
    ['no sdf attacked syr', 'وردّت «قسد» على اتهامات الحكومة السورية ببيان طال انتقادات عدة.'],
    ['tur attacked manbij', 'وردّت «قسد» على القصف، فيما شنّت القوات التركية قصفاً مدفعياً طال قرى في ريف منبج.'],
    ['no sdf attacked manbij', 'وردّت «قسد» على القصف، فيما شنّت القوات التركية قصفاً مدفعياً طال قرى في ريف منبج.'],
  ],
  // ("answered" as a response verb; the speaker's own forces as the replier: pool b47 jabal-zawiya, b48 tadef)
  'a reply by an attack: "answered", "its fighters had responded"': [
    ['hts attacked syr', 'Syrian government forces shelled villages in Jabal al-Zawiya on Friday. Hayat Tahrir al-Sham answered by shelling army posts on the Maarat al-Numan front.'],
    ['hts attacked syr', 'Syrian government forces shelled villages in Jabal al-Zawiya on Friday. Hayat Tahrir al-Sham, the dominant force in Idlib, said its fighters had answered by shelling army posts on the Maarat al-Numan front.'],
    ['hts attacked syr', 'Syrian government forces shelled villages in Jabal al-Zawiya on Friday. Hayat Tahrir al-Sham said its units had retaliated by shelling army posts near Maarat al-Numan.'],
    // (a returned-fire phrase on an unnamed place stays returnfire.ts's: no one)
    ['no hts attacked rus', 'Russian jets struck villages in Jabal al-Zawiya on Sunday. Hayat Tahrir al-Sham said its fighters had responded with rocket fire on the outskirts, without giving details.'],
    ['syrian-national-army attacked syr', 'Syrian army artillery shelled SNA positions near al-Bab on Friday. The SNA answered with rocket fire on army positions in the nearby town of Tadef, a commander said.'],
    ['syr attacked syrian-national-army', 'Fighters of the Syrian National Army shelled army positions near Tadef on Monday, and government artillery answered by pounding the outskirts of al-Bab, the monitor said.'],
    // (look-alikes: an answer in words; answered questions)
    ['no syr attacked tur', 'Turkey shelled villages near Manbij on Monday. Damascus answered with a statement condemning the shelling.'],
    ['no syr attacked hts', 'Hayat Tahrir al-Sham shelled army posts near Saraqeb on Sunday. The Syrian defence minister answered questions from reporters in Damascus.'],
  ],
});
