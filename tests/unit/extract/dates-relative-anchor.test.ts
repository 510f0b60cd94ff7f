/**
 * Relative dates counted from another date (gold rule 6; diagnosis-batch21 §4; sentences of this file's own, a paraphrase
 * suite varying the head (noun, verb, participle), the position and the frame): "a day after X" and `غداة X` after a date
 * (also after "since"), "N months/weeks after X", "later that month" and `من ذلك العام` (the year or month of a date told
 * before, in an earlier sentence too), a coordinated verb after another verb's date, a date inside a verbal noun's phrase;
 * and a threat to respond after a visit's lead, which keeps its own date (not the occasion's).
 */
import { describe, expect, it } from 'vitest';
import { datedOf as dated } from './helpers.ts';

/**
 * One case a line: language, publication date, relation, the "source target date" the relation must give (with `_` for the
 * spaces), then "|" and the text (a text of two sentences has " / " between them).
 */
function suite(title: string, lines: string): void {
  describe(title, () => {
    for (const line of lines.trim().split('\n')) {
      const [head, text] = line.split(' | ') as [string, string];
      const [lang, pub, relation, want] = head.trim().split(' ') as ['ar' | 'en', string, string, string];
      it(`${lang}: ${text.slice(0, 70)}`, () => expect(dated(text.replaceAll(' / ', '\n'), lang, pub, relation)).toContain(want.replaceAll('_', ' ')));
    }
  });
}

suite(
  "\"a day after X\", \"the day after\", `غداة X`, `أي بعد يوم من`: X is a day before the date it is counted from, in the year that date is in (a past act: not after publication)",
  `
en 2024-08-25 attacked hamas_isr_2023-10-07 | Cross-border exchanges between Hezbollah and Israel began on October 8, a day after the Hamas attack on southern Israel.
en 2024-08-25 attacked hamas_isr_2023-10-07 | Hezbollah and Israel have traded fire since October 8, a day after Hamas attacked Israel.
en 2024-01-03 attacked hamas_isr_2023-10-07 | Hezbollah and Israel have traded fire almost daily since October 8, one day after the Hamas assault on Israel.
ar 2024-01-03 attacked hamas_isr_2023-10-07 | ويتبادل «حزب الله» وإسرائيل القصف عبر الحدود منذ الثامن من تشرين الأول/أكتوبر، غداة هجوم «حماس» على جنوب إسرائيل.
ar 2024-06-12 attacked hamas_isr_2023-10-07 | ويتبادل الحزب والجيش الإسرائيلي القصف بشكل شبه يومي منذ الثامن من تشرين الأول/أكتوبر، غداة هجوم «حماس» على جنوب إسرائيل.
ar 2024-06-12 attacked hamas_isr_2023-10-07 | وبدأ تبادل القصف بين الحزب وإسرائيل في الثامن من تشرين الأول/أكتوبر، غداة الهجوم الذي شنته «حماس» على إسرائيل.
ar 2024-06-12 attacked hamas_isr_2023-10-07 | بدأت المواجهات في الثامن من تشرين الأول/أكتوبر 2023، أي بعد يوم من هجوم «حماس» على إسرائيل.
en 2024-08-25 attacked hamas_isr_2023-10-07 | The clashes started on October 8, the day after Hamas attacked Israel.
`,
);

suite(
  "\"three months after X\", `بعد ثلاثة أشهر من X`, \"two weeks after\": X that long before the date (a month's precision for months)",
  `
en 2023-12-27 attacked rus_ukr_2022-02 | Sweden and Finland applied to join the alliance in May 2022, three months after Russia invaded Ukraine.
en 2023-12-27 attacked rus_ukr_2022-02 | Sweden asked to join NATO in May 2022, three months after Russia attacked Ukraine.
ar 2023-12-27 attacked rus_ukr_2022-02 | وتقدمت السويد وفنلندا بطلب الانضمام إلى الحلف في أيار/مايو 2022، بعد ثلاثة أشهر من غزو روسيا لأوكرانيا.
ar 2023-12-27 attacked rus_ukr_2022-02 | وتقدمت السويد بطلب الانضمام إلى الحلف في أيار/مايو 2022، أي بعد ثلاثة أشهر من الغزو الروسي لأوكرانيا.
en 2023-04-10 attacked tur_northern-iraq_2023-02-28 | Iraq summoned the Turkish ambassador on March 14, 2023, two weeks after Turkey struck targets in northern Iraq.
ar 2023-12-27 attacked rus_ukr_2022-03 | وانضمت فنلندا إلى المفاوضات في أيار/مايو 2022، بعد شهرين من غزو روسيا لأوكرانيا.
`,
);

suite(
  "\"later that month\", \"in January of that year\", `من ذلك العام`, `في وقت لاحق من ذلك العام`, `من العام ذاته`: the month or year of the date told last before it, also in an earlier sentence; none told: no date",
  `
en 2023-07-04 visited sameh-shoukry_tur_2023-02 | Relations began to thaw after the earthquake in Turkey in February 2023. / Egyptian Foreign Minister Sameh Shoukry visited Turkey later that month, and his Turkish counterpart Mevlut Cavusoglu travelled to Cairo in March.
en 2023-07-04 visited sameh-shoukry_tur_2022-11 | Erdogan and Sisi shook hands in Doha in November 2022. / Egyptian Foreign Minister Sameh Shoukry visited Turkey later that month.
ar 2023-08-19 sanctioned sau_irn_2016-01 | وأعدمت السعودية رجل الدين الشيعي نمر النمر عام 2016. / وقطعت السعودية علاقاتها مع إيران في كانون الثاني/يناير من ذلك العام إثر اقتحام محتجين سفارتها في طهران.
en 2023-08-19 sanctioned sau_irn_2016-01 | Saudi Arabia executed the Shi'ite cleric Nimr al-Nimr in 2016. / Saudi Arabia cut ties with Iran in January of that year after protesters stormed its embassy in Tehran.
ar 2023-08-19 visited adel-al-jubeir_tehran_2016-03 | اندلعت الأزمة عام 2016. / وزار وزير الخارجية السعودي طهران في آذار/مارس من العام نفسه.
en 2023-12-27 sanctioned swe_tur_2019-10 | Turkey launched an offensive against the YPG in 2019. / Sweden restricted arms sales to Turkey in October of that year.
en 2023-12-27 visited bashar-al-assad_ankara_2009 | Erdogan met Assad in Damascus in 2009. / Assad visited Ankara later that year.
ar 2023-12-27 visited bashar-al-assad_ankara_2009 | التقى أردوغان الأسد في دمشق عام 2009. / وزار الأسد أنقرة في وقت لاحق من ذلك العام.
ar 2023-12-27 visited bashar-al-assad_ankara_2009-05 | التقى أردوغان الأسد في دمشق في آذار/مارس 2009. / وزار الأسد أنقرة في أيار/مايو من العام ذاته.
en 2023-12-27 visited bashar-al-assad_ankara_2023-12-27 | Assad visited Ankara later that month.
`,
);

suite(
  "a date inside the act's noun phrase (`على تعاون أنقرة مع إسرائيل في حزيران الماضي`: a verbal noun after a preposition is no present verb)",
  `
ar 2022-09-21 coordinated_with tur_isr_2022-06 | وشكر لابيد أردوغان على تعاون أنقرة مع إسرائيل في حزيران/يونيو الماضي لحماية سياح إسرائيليين في إسطنبول.
en 2022-09-21 coordinated_with tur_isr_2022-06 | Lapid thanked Erdogan for Ankara's cooperation with Israel in June to protect Israeli tourists in Istanbul.
ar 2022-09-21 coordinated_with tur_rus_2022-06 | وأثنى الوزير على تعاون تركيا مع روسيا في حزيران/يونيو الماضي لإجلاء المدنيين.
ar 2022-09-21 coordinated_with tur_isr_2022-06 | وتحدث لابيد عن تعاون أنقرة مع إسرائيل في حزيران/يونيو الماضي.
ar 2022-09-21 visited recep-tayyip-erdogan_ankara_2022-09-21 | ويزور أردوغان أنقرة في إطار جولة إقليمية بدأت في حزيران/يونيو الماضي.
`,
);

suite(
  "a date before \"and\" + the act's verb belongs to the verb before; the act's own date after it wins (\"restored ties … in March … and hosted Assad … last month\"); alone it still dates the act",
  `
en 2023-06-07 hosted sau_bashar-al-assad_2023-05 | The visit comes after Riyadh restored ties with Iran in March under a China-brokered deal and hosted Syrian President Bashar al-Assad at an Arab League summit last month.
en 2023-06-07 hosted sau_bashar-al-assad_2023-05 | Saudi Arabia reopened its embassy in Tehran in March and hosted Assad at the Arab League summit in May.
ar 2023-06-07 hosted sau_bashar-al-assad_2023-05 | وأعادت الرياض علاقاتها مع طهران في آذار/مارس الماضي واستضافت الرئيس السوري بشار الأسد في القمة العربية الشهر الماضي.
en 2023-12-27 met recep-tayyip-erdogan_bashar-al-assad_2023-12-25 | Erdogan met Assad on Monday and agreed to hold further talks.
ar 2023-12-27 met recep-tayyip-erdogan_bashar-al-assad_2023-12-25 | التقى أردوغان الأسد يوم الاثنين واتفقا على عقد جولة جديدة من المحادثات.
`,
);

suite(
  "a threat to respond (`بالرد`, `بالانتقام`, \"retaliate\", \"revenge\") answers an act the story told, a killing: not the day of the visit the lead tells (occasionDays; cues.csv response_word); a statement at the talks still is",
  `
ar 2024-08-05 threatened irn_isr_2024-08-05 | أجرى وزير الخارجية الأردني أيمن الصفدي أمس الأحد محادثات في طهران مع نظيره الإيراني علي باقري كني. / وجاءت الزيارة بعد اغتيال إسماعيل هنية في طهران الأربعاء الماضي. / وتوعّدت طهران بالرد على إسرائيل، التي تحمّلها مسؤولية الاغتيال.
ar 2024-08-05 threatened irn_isr_2024-08-05 | أجرى وزير الخارجية الأردني أيمن الصفدي أمس الأحد محادثات في طهران مع نظيره الإيراني علي باقري كني. / وجاءت الزيارة بعد اغتيال إسماعيل هنية في طهران الأربعاء الماضي. / وهددت إيران إسرائيل بالانتقام لمقتل هنية.
en 2024-08-05 threatened irn_isr_2024-08-05 | Jordanian Foreign Minister Ayman Safadi held talks in Tehran on Sunday with Iran's acting Foreign Minister Ali Bagheri Kani. / The visit came days after Hamas leader Ismail Haniyeh was killed in Tehran. / Iran has vowed to retaliate against Israel, which it blames for the killing.
en 2024-08-05 threatened irn_isr_2024-08-05 | Jordanian Foreign Minister Ayman Safadi held talks in Tehran on Sunday with Iran's acting Foreign Minister Ali Bagheri Kani. / The visit came days after Hamas leader Ismail Haniyeh was killed in Tehran. / Iran threatened Israel with revenge for the assassination.
en 2024-08-05 criticized ali-bagheri-kani_isr_2024-08-04 | Jordanian Foreign Minister Ayman Safadi held talks in Tehran on Sunday with Iran's acting Foreign Minister Ali Bagheri Kani. / Bagheri Kani condemned Israel during the talks.
`,
);

suite(
  "\"three days before X\", `قبل يومين من`, `قبل ثلاثة أيام من` right after a date: X that many days after it (counted forward)",
  `
ar 2022-07-21 attacked rus_ukr_2022-02-24 | واعترفت موسكو بالمنطقتين الانفصاليتين في 21 شباط/فبراير، قبل ثلاثة أيام من غزو روسيا لأوكرانيا.
ar 2022-07-21 attacked rus_ukr_2022-02-23 | واعترفت موسكو بالمنطقتين الانفصاليتين في 21 شباط/فبراير، أي قبل يومين من الغزو الروسي لأوكرانيا.
en 2023-10-20 attacked isr_gaza_2023-10-09 | The United Nations warned on October 7, two days before Israel struck the Gaza Strip.
`,
);

suite(
  "\"from X, where …\", `قادماً من X، حيث …`: a date in the clause on the place of origin dates what happened there, not the arrival (which takes its story's day)",
  `
en 2022-07-16 visited joe-biden_jeddah_2022-07-15 | US President Joe Biden met Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday. / The president flew to Jeddah directly from Israel, where he and Prime Minister Yair Lapid signed a joint declaration on Thursday.
ar 2022-06-23 visited mohammed-bin-salman_ankara_2022-06-22 | استقبل الرئيس التركي رجب طيب أردوغان أمس الأربعاء ولي العهد السعودي الأمير محمد بن سلمان في أنقرة. / ووصل ولي العهد السعودي إلى أنقرة قادماً من عمّان، حيث التقى أول أمس الثلاثاء العاهل الأردني الملك عبد الله الثاني.
en 2023-12-06 visited recep-tayyip-erdogan_riyadh_2023-12-05 | Saudi Crown Prince Mohammed bin Salman hosted Turkish President Tayyip Erdogan in Riyadh on Tuesday. / Erdogan arrived in Riyadh from Doha, where he met Emir Tamim bin Hamad on Monday.
`,
);

suite(
  "\"since December, when …\", `منذ كانون الأول، حين …`, \"in December, when …\": the act of the \"when\" clause is of that month; \"since December\" alone dates nothing (an ongoing series: publication)",
  `
en 2023-08-10 met ali-mahmoud-abbas_sergei-shoigu_2022-12 | Moscow has hosted several rounds of talks between Syrian and Turkish officials since December, when the defence ministers of Syria, Turkey and Russia met in the Russian capital.
en 2023-08-10 attacked tur_ypg_2023-08-10 | Turkish jets have struck YPG positions since December.
ar 2023-08-10 met ali-mahmoud-abbas_sergei-shoigu_2022-12 | واستضافت موسكو جولات عدة من المحادثات بين مسؤولين سوريين وأتراك منذ كانون الأول/ديسمبر، حين التقى وزراء دفاع سوريا وتركيا وروسيا في العاصمة الروسية.
en 2023-06-04 met hulusi-akar_ali-mahmoud-abbas_2022-12 | He met Syrian intelligence chief Ali Mamlouk in Moscow in December, when the defence ministers of Turkey, Russia and Syria held their first talks, and took part in a second round of meetings there in April.
`,
);

suite(
  "\"on the 7th of that month\", `في السابع من ذلك الشهر`, `من الشهر نفسه`: a day of the month told before, in the sentence (also across `، إذ`) or an earlier one",
  `
ar 2024-09-26 phoned abdel-fattah-al-sisi_bashar-al-assad_2023-02-07 | وشهدت العلاقات بين القاهرة ودمشق تحسناً ملحوظاً منذ الزلزال المدمّر في شباط/فبراير 2023، إذ اتصل الرئيس عبد الفتاح السيسي بالأسد للمرة الأولى في السابع من ذلك الشهر.
ar 2024-09-26 phoned abdel-fattah-al-sisi_bashar-al-assad_2023-02-07 | ضرب الزلزال المدمّر سوريا وتركيا في شباط/فبراير 2023. / واتصل الرئيس عبد الفتاح السيسي بالأسد للمرة الأولى في السابع من الشهر نفسه.
en 2024-09-26 phoned abdel-fattah-al-sisi_bashar-al-assad_2023-02-07 | The earthquake struck Syria and Turkey in February 2023. / Egyptian President Abdel Fattah al-Sisi phoned Assad for the first time on the 7th of that month.
`,
);

suite(
  "aid announced on a day set off by commas (`أعلنت في بيروت، في الثاني من أيار، حزمة مساعدات`, \"announced in Beirut, on May 2, an aid package\") is given that day; a support stance after a comma still takes no date",
  `
ar 2024-05-15 supported ursula-von-der-leyen_lbn_2024-05-02 | وكانت رئيسة المفوضية الأوروبية أورسولا فون دير لاين قد أعلنت في بيروت، في الثاني من أيار/مايو، حزمة مساعدات للبنان بقيمة مليار يورو.
ar 2024-05-28 supported ursula-von-der-leyen_lbn_2024-05 | وكانت رئيسة المفوضية الأوروبية أورسولا فون دير لاين قد أعلنت مطلع أيار/مايو الجاري، خلال زيارتها إلى بيروت، حزمة مساعدات للبنان بقيمة مليار يورو.
en 2024-05-15 supported ursula-von-der-leyen_lbn_2024-05-02 | European Commission President Ursula von der Leyen announced in Beirut, on May 2, an aid package for Lebanon worth one billion euros.
ar 2024-05-15 supported rus_syr_2024-05-15 | وأعلنت موسكو في أيار/مايو، وفق الوكالة، أنها حليف وثيق لدمشق.
`,
);
