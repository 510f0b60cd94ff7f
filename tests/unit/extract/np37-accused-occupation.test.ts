/**
 * np37 (diagnosis-batch32 §6 np37 rank 1, presence noun with an owner and a place): a charge of occupation puts the
 * accused in the occupied place (gold rule 13): `تتهم دمشق أنقرة باحتلال أجزاء من الشمال السوري`, `اتهم صباغ الولايات
 * المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية` (every member of the accused list), "Damascus accuses Ankara of
 * occupying parts of northern Syria", "accused the US of the occupation of Syrian land". No charge of another act, no
 * occupation denied, no occupier that is not a state or group.
 * - a presence entrenched, strengthened or reduced (cues.csv `entrench_word`) is presupposed under a negation of the
 *   allowing or entrenching too (`وتكرر إسرائيل أنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا`, diagnosis-batch32 #84):
 *   only the entrenching is denied, not the presence it works on; a presence itself denied stays none.
 * - positions of a state hit by an attack noun are its presence in their place, as an armed group's are
 *   (`باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في محيط مدينة تل أبيض`, "the shelling of Turkish army positions
 *   near Tal Abyad"; cues.csv `struck_site`).
 * - a presence noun followed by "there"/`هناك` is in the last place the sentence named before it ("to stop Iran from
 *   entrenching its military presence there", after "targets in Syria").
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a charge of occupation: the accused is in the place (ar)': [
    ['tur deployed_in northern-syria', 'في المقابل، تتهم دمشق أنقرة باحتلال أجزاء من الشمال السوري وتطالب بانسحاب قواتها.'],
    ['usa deployed_in syr', 'من جهته، اتهم مندوب سوريا الدائم لدى الأمم المتحدة بسام صباغ الولايات المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية ونهب ثرواتها.'],
    ['tur deployed_in syr', 'من جهته، اتهم مندوب سوريا الدائم لدى الأمم المتحدة بسام صباغ الولايات المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية ونهب ثرواتها.'],
    ['usa deployed_in syr', 'واتهم المقداد الولايات المتحدة يوم الأحد باحتلال الأراضي السورية.'],
    ['tur deployed_in afrin', 'وتتهم الحكومة السورية تركيا، التي تدعم فصائل معارضة، باحتلال عفرين.'],
    ['no tur deployed_in afrin', 'وتتهم الحكومة السورية تركيا بقصف عفرين.'],
    ['no tur deployed_in syr', 'ونفت أنقرة اتهامات دمشق لها بالسعي إلى احتلال الأراضي السورية.'],
  ],
  'a charge of occupation: the accused is in the place': [
    ['tur deployed_in northern-syria', 'Damascus accuses Ankara of occupying parts of northern Syria and demands the withdrawal of its forces.'],
    ['usa deployed_in syr', "Syria's UN envoy Bassam Sabbagh accused the United States and Turkey of occupying parts of Syrian territory."],
    ['tur deployed_in syr', "Syria's UN envoy Bassam Sabbagh accused the United States and Turkey of occupying parts of Syrian territory."],
    ['usa deployed_in syr', 'On Sunday, Mekdad accused Washington of the occupation of Syrian territory.'],
    ['tur deployed_in afrin', 'The Syrian government, which rejects the talks, accuses Turkey of occupying Afrin.'],
    ['no tur deployed_in afrin', 'The Syrian government accuses Turkey of shelling Afrin.'],
    ['no usa deployed_in syr', 'Mekdad accused Washington of planning to occupy Syrian land.'],
  ],
  'a presence entrenched under a negation is presupposed (ar)': [
    ['irn deployed_in syr', 'وتكرر إسرائيل أنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا.'],
    ['irn deployed_in syr', 'وتقول إسرائيل إنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا.'],
    ['irn deployed_in syr', 'وقال نتنياهو يوم الأحد إن إسرائيل لن تسمح لإيران بتعزيز وجودها العسكري في سوريا.'],
    ['irn deployed_in syr', 'ولن تسمح إسرائيل لإيران بترسيخ وجودها العسكري في سوريا.'],
    ['no irn deployed_in syr', 'ونفت طهران أن يكون لها وجود عسكري في سوريا.'],
    ['no irn deployed_in syr', 'وقالت إيران إنها لن تنشر قوات في سوريا.'],
  ],
  'a presence entrenched under a negation is presupposed': [
    ['irn deployed_in syr', 'Israel says it will not allow Iran to entrench its military presence in Syria.'],
    ['irn deployed_in syr', 'Israel has repeatedly said it will not let Iran entrench its presence in Syria.'],
    ['no irn deployed_in syr', 'Iran said it would not deploy troops in Syria.'],
  ],
  'a presence "there" is in the place named before': [
    ['irn deployed_in syr', 'Israel has carried out hundreds of strikes on targets in Syria since the start of the civil war, saying it aims to stop Iran from entrenching its military presence there.'],
    ['irn deployed_in syr', 'Israel has struck targets in Syria for years, saying Iran is entrenching its presence there.'],
    ['rus deployed_in syr', 'Russia intervened in Syria in 2015 and has kept a military presence there since.'],
    ['no irn deployed_in syr', 'Israel struck targets in Syria, saying Iran has no military presence there.'],
  ],
  'a presence "there" is in the place named before (ar)': [
    ['irn deployed_in syr', 'وتشن إسرائيل غارات على أهداف في سوريا، وتقول إنها تسعى لمنع إيران من ترسيخ وجودها العسكري هناك.'],
    ['no irn deployed_in syr', 'وتشن إسرائيل غارات على أهداف في سوريا، وتقول إيران إنه لا وجود عسكرياً لها هناك.'],
    ['no tur deployed_in ankara', 'وتطالب دمشق بجدول زمني لانسحاب القوات التركية من شمال سوريا، فيما تؤكد أنقرة أن بقاء قواتها هناك ضروري لأمن حدودها.'],
    ['tur deployed_in northern-syria', 'وتطالب دمشق بجدول زمني لانسحاب القوات التركية من شمال سوريا، فيما تؤكد أنقرة أن بقاء قواتها هناك ضروري لأمن حدودها.'],
  ],
  'positions of a state hit by an attack noun are its presence (ar)': [
    ['tur deployed_in tal-abyad', 'وردّت «قسد» باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في محيط مدينة تل أبيض، بحسب مصادر محلية.'],
    ['syrian-national-army deployed_in tal-abyad', 'وردّت «قسد» باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في محيط مدينة تل أبيض، بحسب مصادر محلية.'],
    ['tur deployed_in tal-abyad', 'وردّت «قسد» أمس الأحد بقصف مواقع للجيش التركي في تل أبيض.'],
    ['syr deployed_in afrin', 'وأعلنت «قسد» استهداف نقاط للجيش السوري قرب عفرين.'],
    ['no tur deployed_in tal-abyad', 'وردّت «قسد» باستهداف مواقع في تل أبيض.'],
  ],
  'positions of a state hit by an attack noun are its presence': [
    // (not reached yet: "The SDF responded with the shelling of Turkish army positions near Tal Abyad.")
    ['syr deployed_in afrin', 'The SDF announced an attack on Syrian army positions near Afrin.'],
  ],
});
