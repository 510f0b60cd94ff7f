/**
 * An expulsion presupposes the presence (names26, docs/diagnosis-batch24.md "Next": "drive X out of Y", `إخراج X من Y`,
 * "clear X from"): the one expelled is deployed in each place after out of / from / `من`, whatever frame the expulsion
 * stands in (a threat, a demand, a plan, an operation's purpose). A past expulsion told by a finite verb ("drove IS out
 * of Manbij in 2016", `طردت «داعش» منها`) tells no presence now; nor does a negated one.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'expulsion as presence': [
    ['ypg deployed_in manbij', 'Erdogan has repeatedly vowed to drive the YPG out of Manbij and Tal Rifaat.'],
    ['ypg deployed_in tal-rifaat', 'Erdogan has repeatedly vowed to drive the YPG out of Manbij and Tal Rifaat.'],
    ['pkk deployed_in sinjar', 'Turkey will complete a security ring by the summer, vowing to drive PKK militants from Sinjar.'],
    ['sdf deployed_in manbij', 'Ankara wants to push the SDF out of Manbij.'],
    ['ypg deployed_in tal-rifaat', 'The operation aims to clear the YPG from Tal Rifaat.'],
    ['usa deployed_in syr', 'Damascus has urged Moscow to help expel US forces from Syria.'],
    ['isis deployed_in raqqa', 'The coalition launched an offensive aimed at ousting Islamic State from Raqqa.'],
    // (a past expulsion is dated presence since gold rule 19f, rule19: `isis manbij 2016`)
    ['isis deployed_in manbij', 'The Kurdish-led SDF drove Islamic State out of Manbij in 2016.'],
    ['no ypg deployed_in manbij', 'Turkey did not try to drive the YPG out of Manbij.'],
    ['no tur deployed_in egy', 'Egypt expelled the Turkish ambassador from Cairo in 2013.'],
  ],
  'expulsion as presence (ar)': [
    ['ypg deployed_in tal-rifaat', 'وكان الرئيس التركي رجب طيب أردوغان قد لوّح مراراً بعملية عسكرية لإخراج الوحدات الكردية من تل رفعت ومنبج.'],
    ['ypg deployed_in manbij', 'وكان الرئيس التركي رجب طيب أردوغان قد لوّح مراراً بعملية عسكرية لإخراج الوحدات الكردية من تل رفعت ومنبج.'],
    ['ypg deployed_in manbij', 'وتطالب أنقرة منذ سنوات بإخراج وحدات حماية الشعب الكردية من تل رفعت ومنبج.'],
    ['sdf deployed_in manbij', 'وتسعى تركيا إلى طرد «قسد» من منبج.'],
    ['usa deployed_in syr', 'ودعت دمشق إلى إخراج القوات الأمريكية من سوريا.'],
    ['isis deployed_in raqqa', 'وأطلق التحالف عملية تهدف إلى إبعاد تنظيم «داعش» من الرقة.'],
    ['isis deployed_in manbij', 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016.'],
    ['no ypg deployed_in manbij', 'وقال إن تركيا لن تسعى إلى إخراج الوحدات الكردية من منبج.'],
  ],
});
