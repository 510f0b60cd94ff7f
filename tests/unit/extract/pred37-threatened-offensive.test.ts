/**
 * Threatened offensives (branch pred37, diagnosis-batch32 §6 pred37 rank 2, #28; pool b15, b24): a verb of threat or vow
 * (cues.csv `threat_op_verb`) with an offensive noun after it (`offensive_noun`) threatens the one it is against, the one
 * it would push out (`oust_verb`), or the one the threatener struck in the same sentence. The threatener is the actor
 * right before the verb (past auxiliaries), else the sentence's subject across a closed relative or an "and".
 * Look-alikes: a third actor named before "where X has threatened", an offensive "in" a place with no one struck.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'threatened offensive against X (en)': [
    ['tur threatened ypg', "Turkey, which considers the SDF's main component, the YPG, a terrorist group, has threatened a new offensive against the YPG in northern Syria."],
    ['tur threatened sdf', 'Turkey has repeatedly threatened a ground operation against the SDF in Manbij and Tal Rifaat.'],
    ['recep-tayyip-erdogan threatened ypg', 'President Recep Tayyip Erdogan has vowed since May to launch a new ground offensive to push the YPG out of Tal Rifaat and Manbij.'],
    ['tur threatened pkk', 'Ankara pledged a fresh military operation to clear the PKK from the border.'],
    ['tur threatened ypg', 'Turkey has carried out air strikes on the Kurdish YPG militia in northern Syria since November 20, blaming it for a bomb attack in Istanbul a week earlier, and has threatened a new ground offensive.'],
    ['recep-tayyip-erdogan threatened sdf', 'Ankara has stepped up drone strikes in northeastern Syria since November, when President Recep Tayyip Erdogan threatened a ground offensive against the SDF.'],
    ['no tur threatened sdf', 'Ankara has stepped up drone strikes in northeastern Syria since November, when President Recep Tayyip Erdogan threatened a ground offensive against the SDF.'],
    ['no rus threatened sdf', 'Russia has sent additional troops to positions around Manbij, a town held by the Syrian Democratic Forces (SDF), where Turkey has threatened to launch a ground offensive against the SDF, a war monitor said.'],
    ['tur threatened sdf', 'Russia has sent additional troops to positions around Manbij, a town held by the Syrian Democratic Forces (SDF), where Turkey has threatened to launch a ground offensive against the SDF, a war monitor said.'],
    ['no tur threatened syr', 'Turkey has threatened a new offensive in northern Syria.'],
  ],
  'threatened offensive against a pronoun (en)': [
    ['tur threatened sdf', "Ankara views the SDF as an extension of the Kurdistan Workers' Party (PKK) and has threatened new operations against it."],
    ['tur threatened ypg', 'Turkey considers the YPG a terrorist group and has repeatedly threatened a ground offensive against it.'],
    ['no tur threatened pkk', "Ankara views the SDF as an extension of the Kurdistan Workers' Party (PKK) and has threatened new operations against it."],
  ],
  'threatened offensive (ar)': [
    ['tur threatened sdf', 'وتطالب أنقرة منذ سنوات بانسحاب «قسد» من المدينة إلى شرق نهر الفرات، وهددت مراراً بشن عملية عسكرية ضدها.'],
    ['tur threatened ypg', 'وتطالب أنقرة منذ سنوات بإخراج «وحدات حماية الشعب» الكردية من منبج، وتلوّح بين حين وآخر بشن عملية عسكرية ضدها في المدينة.'],
    ['tur threatened sdf', 'وهددت تركيا بشن عملية برية ضد «قسد» في منبج.'],
    ['tur threatened ypg', 'ولوّحت أنقرة مجدداً بعملية عسكرية ضد وحدات حماية الشعب الكردية.'],
    ['no tur threatened manbij', 'وهددت تركيا بشن عملية برية ضد «قسد» في منبج.'],
  ],
});
