/**
 * Known extraction bugs fixed as general rules (branch bugs35): "the group"/"the militia" is not a group its own sentence
 * names after it (mentions.ts shortGroupNamesEn).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the group: not a group the sentence names after it': [
    ['isis accused hts', 'The Islamic State group said on Thursday that its leader had been killed in clashes with Hayat Tahrir al-Sham. In an audio message, the group accused HTS of handing the body to Turkey.'],
    ['no hts accused hts', 'The Islamic State group said on Thursday that its leader had been killed in clashes with Hayat Tahrir al-Sham. In an audio message, the group accused HTS of handing the body to Turkey.'],
    // (a date and a relative clause between)
    ['isis accused hts', 'The Islamic State group said on Thursday that its leader had been killed in clashes with Hayat Tahrir al-Sham. On Friday the group, which named a successor, accused HTS of handing the body to Turkey.'],
    ['isis attacked sdf', 'Islamic State militants attacked a checkpoint of the Syrian Democratic Forces on Wednesday, the Kurdish-led force said. The SDF said the assailants fled. The SDF, which controls most of northeastern Syria, reported a rise in attacks. The group\'s cells still operate in the desert, from where they strike the SDF.'],
    ['no sdf attacked sdf', 'Islamic State militants attacked a checkpoint of the Syrian Democratic Forces on Wednesday, the Kurdish-led force said. The SDF said the assailants fled. The SDF, which controls most of northeastern Syria, reported a rise in attacks. The group\'s cells still operate in the desert, from where they strike the SDF.'],
    // (a list member after it)
    ['no sdf attacked sdf', 'Islamic State militants attacked the Syrian Democratic Forces on Wednesday. The SDF said the assailants fled. The SDF reported a rise in attacks. The group still strikes government forces and the SDF.'],
    // (another word of the class: "the militia")
    ['hezbollah attacked pkk', 'Hezbollah fighters clashed with the PKK. The PKK said it lost two men. The PKK denied it. The militia later attacked the PKK again.'],
    ['no pkk attacked pkk', 'Hezbollah fighters clashed with the PKK. The PKK said it lost two men. The PKK denied it. The militia later attacked the PKK again.'],
    // (a group named earlier in the same sentence still comes first; an apposition after a name is that name)
    ['tur attacked sdf', 'Islamic State claimed the attack on Thursday. Turkey, which regards the SDF as a terrorist organisation, has stepped up drone strikes on the group\'s positions in the northeast.'],
  ],
});
