/**
 * Bare regions of the story's state (branch bugs42b): Arabic `في الشمال`, `في الشمال الشرقي` (a `bare_direction` word of
 * cues.csv's Arabic row with its article and no word of its own after it) and English "the oil-rich northeast", "the
 * rebel-held northwest" (one hyphenated modifier after "the") are the region of that direction of the state the story is
 * about, as "the north" already was (discourse.ts bareDirectionAt / bareDirectionArAt); `منطقة الجزيرة السورية` is
 * northeastern Syria (entities.csv). Look-alikes: an Iraq story's north is Iraq's; the first actor's own state's north
 * is not read; `الشمال` with a word of its own after it is no bare region.
 */
import { describeCases } from './helpers.ts';

const SY_AR = 'ندد وزير الخارجية السوري فيصل المقداد بالعدوان. وقالت دمشق إن سوريا ترفض ذلك. ';
const SY_EN = "Syria's government said on Monday that Syria would not accept it. ";
const IQ_EN = "Iraq's government said on Monday that Iraq would not accept it. ";

describeCases({
  'a bare Arabic direction is the story state\'s region (ar)': [
    // the pool's row (b14)
    ['tur deployed_in northern-syria', `${SY_AR}وانتقد الوزير السوري كذلك استمرار الوجود العسكري التركي في الشمال، معتبراً أنه «احتلال».`],
    // variants: a clitic preposition, the turned direction, a clause after it, another verb
    ['tur deployed_in northern-syria', `${SY_AR}وتنتشر القوات التركية في الشمال منذ عام 2016.`],
    ['tur attacked northeastern-syria', `${SY_AR}وقصفت طائرات مسيرة تركية مواقع في الشمال الشرقي أمس.`],
    ['usa deployed_in northeastern-syria', `${SY_AR}وتنتشر القوات الأمريكية في منطقة الجزيرة السورية.`],
    ['usa deployed_in northeastern-syria', 'وتنتشر القوات الأمريكية في منطقة الجزيرة السورية حيث حقول النفط.'],
  ],
  'look-alikes (ar)': [
    // a word of its own after it
    ['no tur deployed_in northern-syria', `${SY_AR}وتنتشر القوات التركية في الشمال الأوروبي.`],
    // an operation to be avoided is no attack (cues.csv `foil`: لتفادي, لتجنب)
    ['no tur attacked northern-syria', `${SY_AR}وقال مظلوم عبدي إن روسيا اقترحت نشر قوات الجيش السوري على الحدود لتفادي عملية برية تركية في الشمال.`],
    ['no tur attacked syr', 'وقال مظلوم عبدي إن روسيا اقترحت نشر قوات الجيش السوري على الحدود لتجنب عملية برية تركية في سوريا.'],
    // no story state
    ['no tur deployed_in northern-syria', 'وتنتشر القوات التركية في الشمال منذ عام 2016.'],
  ],
  'a bare direction after a hyphenated modifier (en)': [
    ['tur attacked northeastern-syria', `${SY_EN}Turkish drones struck the oil-rich northeast on Sunday.`],
    ['tur deployed_in northwestern-syria', `${SY_EN}Turkish troops are deployed in the rebel-held northwest.`],
    ['tur attacked northeastern-syria', `${SY_EN}Turkish drones struck the northeast on Sunday.`],
  ],
  'an Iraq story keeps its own north (en)': [
    ['no tur attacked northeastern-syria', `${IQ_EN}Turkish drones struck the oil-rich north on Sunday.`],
    ['tur attacked northern-iraq', `${IQ_EN}Turkish drones struck the oil-rich north on Sunday.`],
  ],
});
