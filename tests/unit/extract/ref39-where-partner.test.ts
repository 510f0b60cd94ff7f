/**
 * Partners in a where-relative (branch ref39, diagnosis-batch34 §6 ref39 rank 2; pool b32/b33 rukban-camp rows):
 * "P, where US forces are stationed alongside Y": the forces' state (a mention that includes its military head: "US
 * forces") and the partner after "alongside" are both present in P; the partner is coordinated_with the state.
 */
import { describeCases } from './helpers.ts';

const TANF = 'The camp lies inside a 55-km deconfliction zone around the al-Tanf garrison, where US forces are stationed alongside the Maghaweir al-Thawra faction.';
const TANF2 = 'The camp lies inside a 55-kilometre exclusion zone around the al-Tanf garrison, where US forces are deployed alongside the Syrian Free Army, a local faction they train.';

describeCases({
  'where-relative with a partner (en)': [
    ['usa deployed_in al-tanf', TANF],
    ['maghaweir-al-thawra deployed_in al-tanf', TANF],
    ['usa coordinated_with maghaweir-al-thawra', TANF],
    ['usa deployed_in al-tanf', TANF2],
    ['usa deployed_in manbij', 'The camp lies near Manbij, where US forces are stationed alongside the SDF.'],
    ['sdf deployed_in manbij', 'The camp lies near Manbij, where US forces are stationed alongside the SDF.'],
    ['usa deployed_in manbij', 'The town lies near Manbij, where US forces have been stationed since 2019 alongside the Kurdish-led SDF.'],
    ['sdf deployed_in manbij', 'The town lies near Manbij, where US forces have been stationed since 2019 alongside the Kurdish-led SDF.'],
    ['tur deployed_in afrin', 'The shells fell near Afrin, where Turkish forces operate alongside the Syrian National Army.'],
    ['syrian-national-army deployed_in afrin', 'The shells fell near Afrin, where Turkish forces operate alongside the Syrian National Army.'],
    ['usa deployed_in al-tanf', 'The camp lies near the al-Tanf garrison, where US forces are stationed.'],
  ],
  'where-relative with a partner (ar)': [
    ['usa deployed_in al-tanf', 'ويقع المخيم قرب قاعدة التنف، حيث تنتشر قوات أمريكية إلى جانب فصيل «مغاوير الثورة».'],
    ['maghaweir-al-thawra deployed_in al-tanf', 'ويقع المخيم قرب قاعدة التنف، حيث تنتشر قوات أمريكية إلى جانب فصيل «مغاوير الثورة».'],
    ['sdf deployed_in manbij', 'وتقع البلدة قرب منبج، حيث تتمركز القوات الأمريكية إلى جانب «قسد».'],
  ],
  'no partner presence (negatives)': [
    ['no sdf deployed_in manbij', 'The camp lies near Manbij, where US forces regularly strike positions alongside the SDF.'],
    ['no sdf deployed_in manbij', 'The camp lies near Manbij, where US forces were stationed until 2019. The SDF said on Monday it would hold talks.'],
    ['no usa deployed_in manbij', 'The camp lies near Manbij, where US forces could be deployed alongside the SDF.'],
  ],
});

describeCases({
  'a pronoun subject working with a partner against a foe': [
    ['usa attacked isis', 'About 900 US troops remain in northeastern Syria, where they work with the SDF against IS remnants.'],
    ['sdf attacked isis', 'About 900 US troops remain in northeastern Syria, where they work with the SDF against IS remnants.'],
    ['usa attacked isis', 'About 900 US troops remain in Syria, most of them in the northeast, where they work with the Kurdish-led Syrian Democratic Forces against Islamic State remnants.'],
    ['sdf attacked isis', 'About 900 US troops remain in Syria, most of them in the northeast, where they work with the Kurdish-led Syrian Democratic Forces against Islamic State remnants.'],
    ['tur attacked ypg', 'Turkish troops are stationed in northern Syria, where they work with the Syrian National Army against the YPG.'],
    ['syrian-national-army attacked ypg', 'Turkish troops are stationed in northern Syria, where they work with the Syrian National Army against the YPG.'],
    ['usa attacked isis', 'About 900 US troops are deployed in Syria, where they work with the SDF against the remnants of Islamic State.'],
    ['no isis attacked sdf', 'About 900 US troops remain in northeastern Syria, where they work with the SDF against IS remnants.'],
    ['no usa attacked sdf', 'About 900 US troops remain in northeastern Syria, where they work with the SDF against IS remnants.'],
  ],
});
