/**
 * A coordinated verb after a complement clause belongs to the main clause (branch bugs43, fix 2): "Nasser Kanaani denied
 * on Wednesday that Tehran had any link to the groups targeted, and condemned the strikes" is Kanaani's condemnation, not
 * Tehran's (relations/complementsubject.ts complementMainSubject, read before clauses.ts hostOf, which took the nearest
 * relation verb inside the complement as the host). Arabic `وقال X إن Y …، وأدان …` is args.ts reportSpeaker's (already
 * read; checked here). Look-alikes: an attack verb after ", and" continues the reported clause; a verb with its own
 * subject after "and" keeps it.
 */
import { describeCases } from './helpers.ts';

const STRIKES_EN = 'US warplanes struck Iran-backed militias in Deir ez-Zor on Tuesday. ';
const STRIKES_AR = 'قصفت طائرات أمريكية مواقع لفصائل موالية لإيران في دير الزور يوم الثلاثاء. ';

describeCases({
  'the main clause subject after a that-clause (en)': [
    // the pool's row (heldout-2022-08-25-us-strikes-deir-ezzor-militias, batch 15)
    ['nasser-kanaani criticized usa', `${STRIKES_EN}Iran's foreign ministry spokesman Nasser Kanaani denied on Wednesday that Tehran had any link to the groups targeted, and condemned the strikes as an aggression on Syria's sovereignty.`],
    ['no irn criticized usa', `${STRIKES_EN}Iran's foreign ministry spokesman Nasser Kanaani denied on Wednesday that Tehran had any link to the groups targeted, and condemned the strikes as an aggression on Syria's sovereignty.`],
    // variants: an opening date, a relative clause and a list inside the complement, an adverb before the verb
    ['nasser-kanaani criticized usa', `${STRIKES_EN}On Wednesday, Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran, which backs several militias in Syria, had any link to the groups, and condemned the strikes.`],
    ['nasser-kanaani criticized usa', `${STRIKES_EN}Nasser Kanaani denied that Tehran and Damascus had any link to the groups targeted, and strongly condemned the strikes.`],
    // another speech verb, a complement with no "that", another relation
    ['faisal-mekdad criticized usa', 'Syrian Foreign Minister Faisal Mekdad said that Turkey occupies Syrian land, and criticised US support for the SDF.'],
    ['faisal-mekdad criticized usa', 'Syrian Foreign Minister Faisal Mekdad said Turkey occupies Syrian land, and criticised US support for the SDF.'],
    ['no tur criticized usa', 'Syrian Foreign Minister Faisal Mekdad said Turkey occupies Syrian land, and criticised US support for the SDF.'],
    ['sergei-lavrov urged usa', 'Russian Foreign Minister Sergei Lavrov said on Monday that Turkey and Iran support the Astana process, and urged Washington to withdraw its troops from Syria.'],
    ['recep-tayyip-erdogan accused usa', 'Erdogan insisted Turkey would never accept a terror corridor on its border, and accused the United States of arming the YPG.'],
  ],
  'look-alikes (en)': [
    // an attack verb continues the reported clause
    ['no rus attacked kobani', 'Russia said that Turkish drones struck a village near Kobani, and killed three civilians.'],
    ['tur attacked kobani', 'Russia said that Turkish drones struck a village near Kobani, and killed three civilians.'],
    // a name after "and" is the verb's own subject
    ['usa criticized tur', 'Russia said that Turkey had shelled Tal Rifaat, and the United States criticised Ankara.'],
  ],
  'the speaker after a reported clause (ar)': [
    ['nasser-kanaani criticized usa', `${STRIKES_AR}ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني يوم الأربعاء أن تكون لطهران أي صلة بالمجموعات المستهدفة، وأدان الغارات الأمريكية.`],
    ['faisal-mekdad criticized usa', 'وقال وزير الخارجية السوري فيصل المقداد إن تركيا تحتل أراضي سورية، وانتقد الدعم الأمريكي لقسد.'],
    ['rus accused usa', 'ونفت روسيا أن تكون سوريا قد استخدمت أسلحة كيميائية، واتهمت الولايات المتحدة بالكذب.'],
    ['no syr accused usa', 'ونفت روسيا أن تكون سوريا قد استخدمت أسلحة كيميائية، واتهمت الولايات المتحدة بالكذب.'],
    ['hossein-amir-abdollahian criticized usa', 'وأكد وزير الخارجية الإيراني حسين أمير عبد اللهيان أن طهران لا علاقة لها بالجماعات المستهدفة، وندد بالغارات الأمريكية.'],
  ],
}, '2022-08-25');
