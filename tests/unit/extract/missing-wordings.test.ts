/**
 * Wordings of news prose that had no trigger (issue #3, diagnosis of batch 17, class b), both languages where the
 * construction exists in both, each on sentences of our own, with the look-alikes that must not give the relation.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'criticized (ar)': [
    // a circumstantial of criticism after a comma is the main subject's (as متهماً, داعياً)
    ["faisal-mekdad criticized usa", "وقال وزير الخارجية السوري فيصل المقداد إن القرار منحاز، منتقداً الولايات المتحدة."],
    ["syr criticized usa", "وقالت سوريا إن القرار باطل، منتقدةً الولايات المتحدة."],
    // (not a name inside an adjunct that opens the sentence)
    ["irn criticized united-nations", "وفي المناطق الخاضعة لسيطرة تركيا، قالت إيران إن المساعدات تأخرت، منتقدةً الأمم المتحدة."],
    ["no tur criticized united-nations", "وفي المناطق الخاضعة لسيطرة تركيا، قالت إيران إن المساعدات تأخرت، منتقدةً الأمم المتحدة."],
  ],
  'supported (ar)': [
    ["syr supported rus", "وأكد الأسد وقوف سوريا إلى جانب روسيا في حربها."],
    ["syr supported irn", "وأكد الأسد أن سوريا ستبقى إلى جانب إيران."],
    ["irn supported syr", "وقال رئيسي إن إيران تبقى إلى جانب سوريا في مواجهة الإرهاب."],
    // (the noun's subject is its genitive, never the speaker)
    ["no bashar-al-assad supported syr", "وأكد الأسد أن الزيارة تعبر عن وقوف الشعوب العربية إلى جانب سوريا."],
  ],
  'supported (en)': [
    ["rus supported bashar-al-assad", "Russia intervened in the war in 2015 on the side of Assad."],
    ["hezbollah supported syr", "Hezbollah has fought in Syria on the side of Syrian government forces since 2013."],
  ],
  'met (ar)': [
    ["recep-tayyip-erdogan met bashar-al-assad", "وتصافح الرئيس التركي رجب طيب أردوغان ونظيره السوري بشار الأسد في الدوحة."],
    ["recep-tayyip-erdogan met bashar-al-assad", "وصافح الرئيس التركي رجب طيب أردوغان الرئيس السوري بشار الأسد في الدوحة."],
  ],
  'accused (ar)': [
    ["tur accused pkk", "وشهدت المدينة هجمات تنسبها تركيا إلى «حزب العمال الكردستاني»."],
  ],
  'accused (en)': [
    ["irq accused irn", "Iraq filed a complaint against Iran with the UN Security Council."],
    ["syr accused isr", "Syria lodged a complaint against Israel at the United Nations on Monday."],
  ],
  'agreed_with (en)': [
    ["isr agreed_with hezbollah", "Israel announced a ceasefire with Hezbollah on Tuesday."],
    ["tur agreed_with pkk", "Turkey declared a truce with the PKK in 2013."],
  ],
  'sanctioned (en)': [
    ["eu sanctioned bashar-al-assad", "The EU imposed an asset freeze on Assad."],
    ["eu sanctioned bashar-al-assad", "EU sanctions include an oil embargo and an asset freeze on Assad."],
  ],
  'deployed_in (en)': [
    ["rus deployed_in manbij", "Russian military police are also present around Manbij."],
    ["tur deployed_in idlib", "Turkish troops are present in Idlib."],
  ],
  'attacked (en)': [
    ["tur attacked manbij", "Turkey would clear the town of Manbij of Kurdish militants."],
    ["tur attacked afrin", "Turkey cleared Afrin of Kurdish militants in 2018."],
    ["sdf attacked isis", "Islamic State lost its last territory to the Syrian Democratic Forces in 2019."],
    ["hts attacked syr", "The Syrian army lost control of Idlib to HTS in 2015."],
    // (the adjective is no verb)
    ["no sergei-lavrov attacked tur", "Lavrov said normalisation required a clear understanding on the future of Turkish troops in Syria."],
  ],
};

describeCases(CASES);
