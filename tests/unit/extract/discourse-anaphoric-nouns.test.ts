/**
 * Discourse memory for anaphoric nouns (issue #3, diagnosis of batch 17 §3 fix 3; src/lib/extract/relations/discourse.ts):
 * the last attack event (its doer even when the sentence gave no relation, every doer of it, the place it struck) for
 * "the attack", "the strikes", `الغارة`; the last place for "the area", "the region", `المنطقة`, "both towns". Sentences
 * of our own, both languages where the construction exists in both, with the look-alikes that must not give a triple.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'the attack: its doer told without a relation (en)': [
    // "Russian jets struck a water station": no target the lexicon knows, but the doer is told
    ['unicef criticized rus', 'Russian jets struck a water pumping station on Sunday. UNICEF condemned the attack.'],
    ['syr criticized isr', 'Two officers were killed in an Israeli missile strike near a village on Monday. The Syrian foreign ministry condemned the attack.'],
  ],
  'the attack: a background attack does not displace the story (en)': [
    ['syr criticized isr', 'Israeli strikes on army positions in Daraa killed eight soldiers on Wednesday. Tensions have risen since Hamas attacked Israel on October 7. Damascus condemned the strikes as aggression.'],
    ['no syr criticized hamas', 'Israeli strikes on army positions in Daraa killed eight soldiers on Wednesday. Tensions have risen since Hamas attacked Israel on October 7. Damascus condemned the strikes as aggression.'],
  ],
  'the attack: a habit is no event (en)': [
    ['egy criticized rus', 'Russian jets struck Idlib on Sunday. Syrian aircraft regularly strike targets in Turkey. Egypt condemned the attack.'],
    ['no egy criticized syr', 'Russian jets struck Idlib on Sunday. Syrian aircraft regularly strike targets in Turkey. Egypt condemned the attack.'],
  ],
  'the attack: named by the place it struck (en)': [
    ['syr criticized isr', 'An Israeli strike hit a building in Mezzeh on Tuesday. Syria\'s foreign ministry condemned the Mezzeh attack.'],
    // (a capital before the noun acts for its state: not passed over as a place)
    ['no syr criticized isr', 'An Israeli strike hit a building in Mezzeh on Tuesday. Syria\'s foreign ministry condemned the Moscow attack.'],
  ],
  'the attack: a critic among the doers criticises the other (en)': [
    ['syr criticized isr', 'An Israeli strike and Syrian shelling hit Quneitra on Monday. The Syrian foreign ministry condemned the attack.'],
  ],
  'the area, the region (en)': [
    ['rus attacked idlib', 'Idlib is the last stronghold of the rebels. A ceasefire has largely held, though Russian aircraft still bomb the region.'],
    ['syr attacked idlib', 'Russian jets struck Idlib on Sunday. Syrian government jets also strike the area.'],
    ['sdf deployed_in tal-rifaat', 'Turkey wants to take Tal Rifaat and Manbij. Both towns are held by Kurdish-led forces.'],
    ['sdf deployed_in manbij', 'Turkey wants to take Tal Rifaat and Manbij. Both towns are held by Kurdish-led forces.'],
    // (a capital acts for its state: never the area; the region at large is no place struck)
    ['no rus attacked ankara', 'A ceasefire was brokered by Moscow and Ankara. Russian aircraft still bomb the region.'],
    ['no hts deployed_in idlib', 'Idlib was struck on Monday. Hurras al-Din has been weakened by a crackdown by HTS, the dominant group in the area.'],
  ],
  'a list that is the subject of a passive of control (en)': [
    ['sdf deployed_in tal-rifaat', 'Tal Rifaat and Manbij are held by Kurdish-led forces.'],
    ['sdf deployed_in manbij', 'Tal Rifaat and Manbij are held by Kurdish-led forces.'],
  ],
  'المنطقة (ar)': [
    ['rus attacked idlib', 'وتسيطر «هيئة تحرير الشام» على إدلب. وتتعرض المنطقة لغارات روسية بين حين وآخر.'],
    ['rus attacked jisr-al-shughur', 'استهدفت غارات روسية جسر الشغور في ريف إدلب أمس. وقال المرصد إن الطائرات الروسية نفذت عشر غارات على المنطقة.'],
    ['tur deployed_in idlib', 'وقصفت الطائرات الروسية إدلب أمس. وتنتشر في المنطقة نقاط عسكرية للجيش التركي.'],
    // (the region at large, «إشعال المنطقة», is no place)
    ['syr accused isr', 'قصفت إسرائيل مطار دمشق أمس. واتهمت سوريا إسرائيل بالسعي إلى «إشعال المنطقة».'],
    ['no isr attacked damascus-international-airport', 'واتهمت سوريا إسرائيل بالسعي إلى «إشعال المنطقة».'],
  ],
  'the group: the most named armed group (en)': [
    ['isis attacked sdf', 'The Islamic State group said its leader had been killed. The group named a new leader. He was killed by fighters of the Free Syrian Army. The group still carries out attacks on the SDF.'],
    ['no fsa attacked sdf', 'The Islamic State group said its leader had been killed. The group named a new leader. He was killed by fighters of the Free Syrian Army. The group still carries out attacks on the SDF.'],
  ],
  'a list of parties struck, its last one past a compound (en)': [
    ['isis attacked sdf', 'Islamic State still carries out attacks on Syrian government forces in the desert and on the US-backed Syrian Democratic Forces in the northeast.'],
    ['no isis attacked usa', 'Islamic State still carries out attacks on Syrian government forces in the desert and on the US-backed Syrian Democratic Forces in the northeast.'],
  ],
  'killed in the attack told (en)': [
    ['usa attacked abu-bakr-al-baghdadi', 'US forces carried out a raid near Qamishli on Thursday. Abu Bakr al-Baghdadi was killed in the raid.'],
    ['isr attacked hassan-nasrallah', 'An Israeli strike hit a building in Damascus on Tuesday. Among those killed was Hassan Nasrallah.'],
    // (an indefinite attack is a new one, with no doer told)
    ['no usa attacked abu-bakr-al-baghdadi', 'US forces carried out a raid near Qamishli on Thursday. Abu Bakr al-Baghdadi was later killed in a raid.'],
  ],
  'killed in the attack told (ar)': [
    ['isr attacked hassan-nasrallah', 'شنت إسرائيل غارة على دمشق أمس قتل فيها القيادي في «حزب الله» حسن نصر الله.'],
    ['isr attacked hassan-nasrallah', 'شنت إسرائيل غارة على دمشق أمس. وقُتل في الغارة نفسها القيادي في «حزب الله» حسن نصر الله.'],
    ['no hezbollah attacked hassan-nasrallah', 'شنت إسرائيل غارة على دمشق أمس. وقُتل في الغارة نفسها القيادي في «حزب الله» حسن نصر الله.'],
  ],
  'a claim of the attack told (en)': [
    ['pkk attacked tur', 'Two assailants attacked the interior ministry in Ankara on Sunday. The PKK claimed Sunday\'s suicide bombing.'],
    ['isis attacked sayyida-zeinab', 'Gunmen attacked the Sayyida Zeinab shrine on Thursday. Islamic State later claimed responsibility for the attack.'],
    // (a claim of something else is none)
    ['no isis attacked sayyida-zeinab', 'Gunmen attacked the Sayyida Zeinab shrine on Thursday. Islamic State later claimed the town.'],
  ],
  'a claim of the attack told (ar)': [
    ['isis attacked sayyida-zeinab', 'هاجم مسلحون مقام السيدة زينب أمس. وأعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم.'],
  ],
  'the attack told: a condemnation after a subject with its title (ar)': [
    // (the light verb's subject is the doer even when the place struck is unknown; the subject with its title sits
    // between the verb of condemnation and the attack noun)
    ['nasser-kanaani criticized isr', 'شنّت إسرائيل، مساء أمس الخميس، غارات صاروخية على منطقة نائية. كما ندّد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالغارات.'],
    ['no nasser-kanaani criticized irn', 'شنّت إسرائيل، مساء أمس الخميس، غارات صاروخية على منطقة نائية. كما ندّد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالغارات.'],
  ],
  'the two presidents of the states set "between" before them (ar)': [
    ['abdel-fattah-al-sisi met recep-tayyip-erdogan', 'اتصل الأسد بالسيسي أمس. وكانت العلاقات بين القاهرة وأنقرة متوترة، قبل أن يتصافح الرئيسان في الدوحة.'],
    ['no abdel-fattah-al-sisi met bashar-al-assad', 'اتصل الأسد بالسيسي أمس. وكانت العلاقات بين القاهرة وأنقرة متوترة، قبل أن يتصافح الرئيسان في الدوحة.'],
  ],
  'the two presidents of the states set "between" before them (en)': [
    ['abdel-fattah-al-sisi met recep-tayyip-erdogan', 'Ties between Cairo and Ankara were strained for years before the two presidents shook hands in Doha.'],
  ],
  'a dual or plural anaphor opening the main clause is the subject of its circumstantial (ar)': [
    ['can accused syr', 'رفعت كندا وهولندا قضية أمام المحكمة. وكانت الدولتان قد أقامتا الدعوى في حزيران الماضي، متهمتين دمشق بانتهاك الاتفاقية.'],
    ['nld accused syr', 'رفعت كندا وهولندا قضية أمام المحكمة. وكانت الدولتان قد أقامتا الدعوى في حزيران الماضي، متهمتين دمشق بانتهاك الاتفاقية.'],
  ],
  'تتعرض X لغارات Y: a place (ar)': [
    ['rus attacked idlib', 'وتتعرض إدلب لغارات روسية.'],
  ],
};

describeCases(CASES);
