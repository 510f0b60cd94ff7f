/**
 * A label relative clause with an apposition inside it (en43, the English misses of the pool 13–37): "Turkey, which
 * regards the YPG, the backbone of the SDF, as an extension of the PKK, has repeatedly criticised Washington", "Turkey,
 * which considers the SDF's main component, the YPG, a terrorist group, has threatened …": the clause runs past the
 * apposition's commas to the comma after the label's complement, so the main verb's subject is the antecedent (Turkey),
 * never the last name inside the label (the PKK).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'regards X, APPOSITION, as Y, VERB (en)': [
    ['tur criticized usa', "Turkey, which regards the YPG, the backbone of the SDF, as an extension of the outlawed Kurdistan Workers' Party (PKK), has repeatedly criticised Washington for arming the YPG."],
    ['no pkk criticized usa', "Turkey, which regards the YPG, the backbone of the SDF, as an extension of the outlawed Kurdistan Workers' Party (PKK), has repeatedly criticised Washington for arming the YPG."],
    ['tur threatened ypg', "Turkey, which regards the SDF's main component, the YPG, as an offshoot of the outlawed PKK, has repeatedly threatened a new ground offensive against the YPG."],
    ['no pkk threatened ypg', "Turkey, which regards the SDF's main component, the YPG, as an offshoot of the outlawed PKK, has repeatedly threatened a new ground offensive against the YPG."],
    ['tur criticized usa', 'Ankara, which has long regarded the YPG, the main force in the SDF, as a terrorist group, condemned Washington on Monday.'],
  ],
  'considers X, APPOSITION, Y, VERB (en)': [
    ['tur threatened ypg', "Turkey, which considers the SDF's main component, the YPG, a terrorist group, has threatened a new offensive against the YPG in northern Syria."],
    ['no pkk threatened ypg', "Turkey, which considers the SDF's main component, the YPG, an offshoot of the PKK, has threatened a new offensive against the YPG."],
  ],
  'no apposition: unchanged (en)': [
    ['tur criticized usa', 'Turkey, which regards the YPG as a terrorist group, has repeatedly criticised Washington for arming it.'],
    ['tur threatened ypg', 'Turkey, which considers the YPG a terrorist group, has threatened a new offensive against the YPG.'],
  ],
});
