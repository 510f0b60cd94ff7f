/**
 * Threat nouns with their owners (branch np43; diagnosis-batch39 §6 np43 rank 4 #21; diagnosis-batch38 rank 5 #18; pool
 * b14 sdf-damascus-army-deployment): "Turkish threats of a new incursion against the YPG" (a demonym owner), "Turkey kept
 * up threats to launch a new incursion against the YPG" (the subject of a light verb), `تهديد الرئيس التركي …، مطلع
 * حزيران/يونيو الماضي، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب»` (a noun, a comma-bounded date between) give
 * `threatened` the one the offensive is against (gold rule 11), never `attacked`. relations/threatop.ts.
 */
import { describeCases } from './helpers.ts';

const EN_21 = 'Mekdad also briefed his counterpart on Turkish threats of a new incursion against the Kurdish YPG militia in northern Syria.';
const EN_18 = 'The Syrian army sent fresh reinforcements to front lines near Manbij on Saturday, as Turkey kept up threats to launch a new incursion against the Kurdish YPG militia.';
const AR_B14 = 'ويأتي ذلك بعد أسابيع من تهديد الرئيس التركي رجب طيب أردوغان، مطلع حزيران/يونيو الماضي، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في منبج وتل رفعت.';

describeCases({
  'the row constructions: a demonym owner, the subject of "kept up"': [
    ['tur threatened ypg', EN_21],
    ['no tur attacked ypg', EN_21],
    ['tur threatened ypg', EN_18],
  ],
  'variants: a possessive owner, a date, another light verb, another offensive noun': [
    ["tur threatened ypg", "Ankara's repeated threats of a ground offensive against the YPG have alarmed Washington."],
    ['tur threatened sdf', 'On Monday, Turkey renewed its threats of a military operation against the SDF in northern Syria.'],
    ['recep-tayyip-erdogan threatened ypg', 'Erdogan stepped up his threats to launch a new incursion against the YPG.'],
  ],
  'negatives: a threat to a place, a threat that is not an offensive, threats against the owner': [
    ['no tur threatened ypg', 'The YPG rejected Turkish threats.'],
    ['no ypg threatened tur', 'The YPG warned of Turkish threats of an incursion against northern Syria.'],
  ],
  'the row construction and variants (ar)': [
    ['recep-tayyip-erdogan threatened ypg', AR_B14],
    ['recep-tayyip-erdogan threatened ypg', 'وجاء ذلك بعد تهديد أردوغان بشن عملية عسكرية ضد «وحدات حماية الشعب».'],
    ['tur threatened sdf', 'وتصاعدت المخاوف بعد تهديد تركيا، الأسبوع الماضي، بشن عملية برية ضد «قسد».'],
  ],
  'negatives: a threat noun that names no offensive (ar)': [
    ['no tur threatened sdf', 'وقالت «قسد» إن تركيا تشكل تهديداً لمناطقها.'],
  ],
}, '2022-06-26');
