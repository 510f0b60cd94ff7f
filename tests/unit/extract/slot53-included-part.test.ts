/**
 * slot53 (diagnosis-batch50 §6 slot52 rank 1, a set after `بينها`/"including"; pool: batches 36, 46): a presence's place
 * followed by its included members told through a part or a post of them — ", including at posts on the edge of P",
 * ", including the oil-rich parts of P east of the river", `، بما فيها أجزاء من P`, `، بينها نقاط على أطراف P` — is a
 * presence in P too. Look-alikes: a member that came from P ("including some who arrived from P": no presence there), a
 * person or a group after the inclusion word.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'including a part or a post of P (en)': [
    ['tur deployed_in jabal-al-zawiya', 'Turkey, which backs the opposition, keeps thousands of soldiers in Idlib, including at posts on the edge of Jabal al-Zawiya.'],
    ['tur deployed_in idlib', 'Turkey, which backs the opposition, keeps thousands of soldiers in Idlib, including at posts on the edge of Jabal al-Zawiya.'],
    ['sdf deployed_in deir-ez-zor', "The SDF, which is backed by the United States, controls most of Syria's northeast, including the oil-rich parts of Deir ez-Zor east of the river."],
    // (a date, another post noun, "near")
    ['tur deployed_in saraqeb', 'Since 2020 Turkey has kept thousands of soldiers in Idlib, including at bases near Saraqeb.'],
    ['rus deployed_in kobani', 'Russia keeps military police in several towns along the frontier, including at posts near Kobani.'],
    ['hts deployed_in latakia', 'HTS controls most of Idlib province, including large parts of the Latakia countryside.'],
  ],
  'including: look-alikes (en)': [
    ['no tur deployed_in hatay', 'Turkey keeps thousands of soldiers in Idlib, including many who arrived from Hatay last month.'],
    ['no tur deployed_in idlib', 'Turkey keeps military posts in Hama province, including several south of Idlib city.'],
    ['no usa deployed_in irq', 'The United States keeps about 900 troops in Syria, including some who were sent from Iraq.'],
  ],
  'بينها/بما فيها جزء أو موقع من P (ar)': [
    ['hts deployed_in latakia', 'وتسيطر «هيئة تحرير الشام» على معظم محافظة إدلب، بما فيها أجزاء من ريف اللاذقية.'],
    ['tur deployed_in jabal-al-zawiya', 'وتنشر تركيا آلاف الجنود في إدلب، بينها نقاط على أطراف جبل الزاوية.'],
    ['tur deployed_in saraqeb', 'وتنشر تركيا منذ عام 2020 آلاف الجنود في إدلب، بينها قواعد قرب سراقب.'],
    ['no tur deployed_in hatay', 'وتنشر تركيا آلاف الجنود في إدلب، بينهم عناصر قدموا من هاتاي.'],
  ],
});
