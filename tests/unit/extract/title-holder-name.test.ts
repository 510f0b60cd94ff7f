/**
 * A title followed by a name is the holder (diagnosis-batch25 §7 fix 3, branch names28): the organisation or the inner
 * role of an office is no argument when the holder's name closes the office (`رئيس منظمة X NAME`, `زعيم حزب X NAME`,
 * `كبير مساعدي وزير الخارجية X … NAME`, "X leader NAME", "an aide to the foreign minister, NAME"; mentions.ts
 * officeHolders); an unknown Arabic name after such an office is a discovered person (discover, genitiveAfterTitle);
 * "King Abdullah" is the one king of that name reigning at the date (roles.csv); the bare `التحالف`, "the coalition",
 * "the commission" are the last one named (cues.csv `org_head`); names the lexicon lacked (Human Rights Watch). A
 * paraphrase suite of our own sentences: subject, object, under urged/accused/criticised, a visit, a list, and the
 * look-alikes that keep the organisation (no name after the office).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'title then name: the holder (ar)': [
    ['hassan-nasrallah urged usa', 'دعا زعيم حزب الله حسن نصر الله الولايات المتحدة إلى الانسحاب من سوريا.'],
    ['no hezbollah urged usa', 'دعا زعيم حزب الله حسن نصر الله الولايات المتحدة إلى الانسحاب من سوريا.'],
    ['no hezbollah urged hassan-nasrallah', 'دعا زعيم حزب الله حسن نصر الله الولايات المتحدة إلى الانسحاب من سوريا.'],
    ['khaled-hboubati accused usa', 'واتهم رئيس منظمة الهلال الأحمر العربي السوري خالد حبوباتي الولايات المتحدة بعرقلة وصول المساعدات.'],
    ['no sarc accused usa', 'واتهم رئيس منظمة الهلال الأحمر العربي السوري خالد حبوباتي الولايات المتحدة بعرقلة وصول المساعدات.'],
    ['faisal-mekdad met khaled-hboubati', 'التقى وزير الخارجية فيصل المقداد رئيس منظمة الهلال الأحمر العربي السوري خالد حبوباتي في دمشق.'],
    ['no faisal-mekdad met sarc', 'التقى وزير الخارجية فيصل المقداد رئيس منظمة الهلال الأحمر العربي السوري خالد حبوباتي في دمشق.'],
    ['bashar-al-assad hosted ali-asghar-khaji', 'استقبل الرئيس بشار الأسد كبير مساعدي وزير الخارجية الإيراني علي أصغر خاجي في دمشق.'],
    ['no bashar-al-assad hosted hossein-amir-abdollahian', 'استقبل الرئيس بشار الأسد كبير مساعدي وزير الخارجية الإيراني علي أصغر خاجي في دمشق.'],
    ['ali-asghar-khaji visited damascus', 'ووصل كبير مساعدي وزير الخارجية الإيراني للشؤون السياسية علي أصغر خاجي إلى دمشق أمس.'],
    ['no hossein-amir-abdollahian visited damascus', 'ووصل كبير مساعدي وزير الخارجية الإيراني للشؤون السياسية علي أصغر خاجي إلى دمشق أمس.'],
    // (an unknown name after the office is a discovered person, not the organisation)
    ['samr-alkhtyb urged eu', 'دعا رئيس منظمة الهلال الأحمر العربي السوري سامر الخطيب الاتحاد الأوروبي إلى رفع العقوبات.'],
    ['no sarc urged eu', 'دعا رئيس منظمة الهلال الأحمر العربي السوري سامر الخطيب الاتحاد الأوروبي إلى رفع العقوبات.'],
    // (a long office with no name of its own inside opens the holder's mention: the holder is the verb's subject)
    ['hikmat-al-hijri urged syr', 'وأعلن الرئيس الروحي لطائفة الموحدين الدروز الشيخ حكمت الهجري تأييده للاحتجاجات، ودعا الحكومة السورية إلى الاستجابة لمطالب المحتجين.'],
    ['tedros-adhanom-ghebreyesus visited aleppo', 'ووصل المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إلى حلب أمس.'],
    ['no who visited aleppo', 'ووصل المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إلى حلب أمس.'],
    // (offices in a row, joined by و to the name before: both met)
    ['serdar-kilic met ruben-rubinyan', 'وقالت وزارة الخارجية التركية إن السفير سردار كيليتش ونائب رئيس البرلمان الأرمني روبن روبينيان أجريا محادثات مثمرة.'],
    // (no name after it: the organisation is the actor)
    ['sarc urged eu', 'دعت منظمة الهلال الأحمر العربي السوري الاتحاد الأوروبي إلى رفع العقوبات.'],
    ['hezbollah criticized usa', 'وانتقد حزب الله الولايات المتحدة.'],
    // (names the lexicon lacked)
    ['human-rights-watch accused tur', 'واتهمت منظمة «هيومن رايتس ووتش» السلطات التركية بترحيل لاجئين سوريين.'],
  ],
  'title then name: the holder (en)': [
    ['hassan-nasrallah urged usa', 'Hezbollah leader Hassan Nasrallah urged the United States to leave Syria.'],
    ['no hezbollah urged usa', 'Hezbollah leader Hassan Nasrallah urged the United States to leave Syria.'],
    ['khaled-hboubati accused usa', 'Syrian Arab Red Crescent head Khaled Hboubati accused the United States of blocking aid.'],
    ['no sarc accused usa', 'Syrian Arab Red Crescent head Khaled Hboubati accused the United States of blocking aid.'],
    ['human-rights-watch accused tur', 'Human Rights Watch accused the Turkish authorities of deporting Syrian refugees.'],
    ['mohammed-bin-salman met abdullah-ii', 'Saudi Crown Prince Mohammed bin Salman held talks with King Abdullah in Amman on Tuesday.'],
    ['abdullah-ii hosted mohammed-bin-salman', 'King Abdullah received Crown Prince Mohammed bin Salman at the palace.'],
  ],
  'bare coalition and commission heads (ar)': [
    ['syr accused usa', 'شنّ التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع داعش. واتهمت دمشق التحالف بسرقة النفط السوري.'],
    ['sau accused irn', 'وشنّ التحالف بقيادة السعودية غارات على صنعاء. ويتهم التحالف إيران بتزويد الحوثيين بالصواريخ.'],
    ['no usa accused irn', 'وشنّ التحالف بقيادة السعودية غارات على صنعاء. ويتهم التحالف إيران بتزويد الحوثيين بالصواريخ.'],
    ['no sau accused irn', 'ويتهم التحالف إيران بتزويد الحوثيين بالصواريخ.'],
    ['human-rights-watch accused tur', 'أصدرت منظمة «هيومن رايتس ووتش» تقريراً عن أوضاع اللاجئين. واتهمت المنظمة السلطات التركية بترحيلهم قسراً.'],
  ],
  'bare coalition and commission heads (en)': [
    ['syr accused usa', 'The US-led coalition struck Islamic State positions near Deir ez-Zor. Damascus accused the coalition of stealing Syrian oil.'],
    ['un-commission-of-inquiry-on-syria urged tur', 'The UN Commission of Inquiry on Syria released its report on Wednesday. The commission urged Turkey to investigate the strikes.'],
    ['no un-commission-of-inquiry-on-syria urged tur', 'The commission urged Turkey to investigate the strikes.'],
    ['syr accused usa', 'The operation was coordinated with the coalition led by the United States. Damascus accused the coalition of stealing Syrian oil.'],
    // ("the king" after "King Abdullah": the title-and-name descriptor names its holder for the head noun)
    ['abdullah-ii hosted mohammed-bin-salman', 'Crown Prince Mohammed bin Salman held talks with King Abdullah in Amman. The king received the crown prince at the palace.'],
  ],
  'a document is its issuer (en)': [
    ['syr accused usa', 'The Syrian foreign ministry rejected the claims in a statement on Tuesday. The statement accused the United States of supporting terrorist groups.'],
    ['no syr accused usa', 'The statement accused the United States of supporting terrorist groups.'],
  ],
  'a document is its issuer (ar)': [
    ['syr accused usa', 'نفت وزارة الخارجية السورية أمس الاتهامات. وقالت الوزارة في بيان إن الادعاءات لا أساس لها. واتهم البيان الولايات المتحدة بدعم تنظيمات إرهابية.'],
    ['no joe-biden accused usa', 'نفت وزارة الخارجية السورية أمس الاتهامات. وقالت الوزارة في بيان إن الادعاءات لا أساس لها. وكان الرئيس الأمريكي جو بايدن قد اتهم دمشق باحتجازه. واتهم البيان الولايات المتحدة بدعم تنظيمات إرهابية.'],
    ['syr accused usa', 'نفت وزارة الخارجية السورية أمس الاتهامات. وقالت الوزارة في بيان إن الادعاءات لا أساس لها. وكان الرئيس الأمريكي جو بايدن قد اتهم دمشق باحتجازه. واتهم البيان الولايات المتحدة بدعم تنظيمات إرهابية.'],
    ['no syr accused usa', 'واتهم البيان الولايات المتحدة بدعم تنظيمات إرهابية.'],
    ['syr accused usa', 'شنّ التحالف الدولي بقيادة الولايات المتحدة غارات جديدة. وأضاف أن العملية جاءت بالتنسيق مع التحالف بقيادة الولايات المتحدة. واتهمت دمشق التحالف بسرقة النفط السوري.'],
  ],
};

describeCases(CASES);

// (before 2005-08-01 and after 2015-01-22 one King Abdullah reigned; in between two did, and the bare form names no one)
describeCases(
  {
    'king and first name while two reigned (en)': [['no mohammed-bin-salman met abdullah-ii', 'Crown Prince Mohammed bin Salman held talks with King Abdullah in Amman.']],
  },
  '2010-05-01',
);

// (the organisation nouns inside an office are matched normalised: `هيئة` and `مؤسسة` normalise to هييه and موسسه, so the
// organisation after them is part of the office, and the office's holder, not the organisation, is the mention)
describe('organisation nouns with a hamza on a seat inside an office (ar)', () => {
  it.each([
    ['falih-al-fayyadh', 'popular-mobilization-forces', 'وكان رئيس هيئة «الحشد الشعبي» فالح الفياض قد زار دمشق الثلاثاء، والتقى الرئيس بشار الأسد.'],
    ['hassan-nasrallah', 'hezbollah', 'وقال زعيم حزب الله حسن نصر الله إن الحزب لن يسمح بذلك.'],
  ])('%s holds the office, %s is no mention of its own', (holder, org, text) => {
    const ids = mentionIds(text, 'ar');
    expect(ids).toContain(holder);
    expect(ids).not.toContain(org);
  });
});
