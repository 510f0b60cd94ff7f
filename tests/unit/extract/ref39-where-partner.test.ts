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
