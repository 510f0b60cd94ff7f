/**
 * Office groups over states named before (brief ref24b): "the defence ministers of the two countries", "the foreign
 * ministers of the four countries", `وزيرا دفاع البلدين`, `وزراء خارجية الدول الأربع`, and "their Russian and Iranian
 * counterparts" name the holders (roles.csv, at the sentence's date) of that office in the N states last named together,
 * in this sentence or an earlier one. Only when the group is unambiguous and each state has a holder; else nothing.
 * A paraphrase suite: the head varies (foreign / defence ministers; plural, dual, "both"), the group word (the two
 * countries, both countries, the two neighbours, the three / four countries, البلدين, الدول الثلاث), where the states
 * were named (same sentence, sentence before, two sentences before), the frame (met, held talks, hosted, agreed,
 * negated) and the counterparts of a pair. New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the office holders of the two countries': [
      ['hulusi-akar met ali-mahmoud-abbas', 'Ankara and Damascus cut ties in 2012, but the defence ministers of the two countries met in Moscow on Wednesday.'],
      ['hulusi-akar met ali-mahmoud-abbas', 'Turkey and Syria have been at odds for a decade. The defence ministers of the two countries held talks in Moscow on Wednesday.'],
      ['hulusi-akar met ali-mahmoud-abbas', 'Turkey has backed rebels against Syria since 2011. On Wednesday the defence ministers of both countries met in Moscow.'],
      ['mevlut-cavusoglu met faisal-mekdad', 'Turkey and Syria have been at odds for a decade. Officials said a thaw was possible. The foreign ministers of the two countries met in Moscow on Wednesday.'],
      ['ali-mahmoud-abbas met sergei-shoigu', 'Ankara and Damascus cut ties in 2012, but the defence ministers of the two countries met in Moscow on Wednesday with their Russian counterpart.'],
      ['hulusi-akar met sergei-shoigu', 'Ankara and Damascus cut ties in 2012, but the defence ministers of the two countries met in Moscow on Wednesday with their Russian counterpart.'],
      ['vladimir-putin hosted hulusi-akar', 'Turkey and Syria have been at odds for a decade. Russian President Vladimir Putin hosted the defence ministers of the two countries in Moscow on Wednesday.'],
      ['hulusi-akar met ali-mahmoud-abbas', "Turkey and Syria have been at odds for a decade. The two countries' defence ministers met in Moscow on Wednesday."],
      ['sergei-lavrov met hossein-amir-abdollahian', "Russia, Turkey and Iran back rival sides. The three countries' foreign ministers met in Geneva on Friday."],
      ['no mevlut-cavusoglu met faisal-mekdad', 'Turkey and Syria cut ties in 2012. The foreign ministers of the two countries have not met since.'],
      // (three states named: "the two countries" is no group we can tell)
      ['no mevlut-cavusoglu met faisal-mekdad', 'Russia, Turkey and Iran back rival sides in Syria. The foreign ministers of the two countries met on Wednesday.'],
    ],
    'the office holders of the three and four countries': [
      ['sergei-lavrov met hossein-amir-abdollahian', 'Russia, Turkey and Iran back rival sides in the war. The foreign ministers of the three countries met in Geneva on Friday.'],
      ['hossein-amir-abdollahian met mevlut-cavusoglu', 'Russia and Iran have sought to revive talks between Turkey and Syria, and the foreign ministers of the four countries met in Moscow on Wednesday.'],
      ['sergei-lavrov met faisal-mekdad', 'Russia and Iran have sought to revive talks between the two neighbours, Turkey and Syria. The foreign ministers of the four countries met in Moscow on Wednesday.'],
      ['no sergei-lavrov met hossein-amir-abdollahian', 'Russia and Iran back Syria. The foreign ministers of the four countries met on Wednesday.'],
    ],
    'a named group with its members in apposition': [
      ['sergei-lavrov met mevlut-cavusoglu', 'The foreign ministers of the guarantors, Russia, Turkey and Iran, met in Doha on Saturday.'],
      ['no rus met tur', 'The foreign ministers of the guarantors, Russia, Turkey and Iran, met in Doha on Saturday.'],
      ['no mevlut-cavusoglu met qat', 'The foreign ministers of the guarantors met on the sidelines of the Doha Forum on Saturday.'],
    ],
    'a named group with its members in apposition (ar)': [
      ['mevlut-cavusoglu met hossein-amir-abdollahian', 'ويُنتظر أن يلتقي وزراء خارجية الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران، على هامش منتدى الدوحة الشهر المقبل.'],
      ['no mevlut-cavusoglu met qat', 'ويُنتظر أن يلتقي وزراء خارجية الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران، على هامش منتدى الدوحة الشهر المقبل.'],
      ['faisal-mekdad met sameh-shoukry', 'والتقى الوزير السوري فيصل المقداد على هامش الاجتماعات نظيره المصري سامح شكري.'],
      ['no rus met tur', 'ويُنتظر أن يلتقي وزراء خارجية الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران، على هامش منتدى الدوحة الشهر المقبل.'],
    ],
    'the office holders of the two countries (ar)': [
      ['hulusi-akar met ali-mahmoud-abbas', 'قطعت أنقرة ودمشق علاقاتهما عام 2012، لكن وزيري دفاع البلدين التقيا في موسكو الأربعاء.'],
      ['hulusi-akar met ali-mahmoud-abbas', 'تدعم تركيا فصائل معارضة لسوريا منذ 2011. والتقى وزيرا دفاع البلدين في موسكو أمس الأربعاء.'],
      ['mevlut-cavusoglu met faisal-mekdad', 'قطعت تركيا وسوريا علاقاتهما عام 2012. وعقد وزيرا خارجية البلدين اجتماعاً في موسكو أمس الأربعاء.'],
      ['no mevlut-cavusoglu met faisal-mekdad', 'قطعت تركيا وسوريا علاقاتهما عام 2012. ولم يلتق وزيرا خارجية البلدين منذ ذلك الحين.'],
      ['no mevlut-cavusoglu met faisal-mekdad', 'تدعم روسيا وتركيا وإيران أطرافاً متنافسة في سوريا. والتقى وزيرا خارجية البلدين أمس الأربعاء.'],
    ],
    'the office holders of the three and four countries (ar)': [
      ['sergei-lavrov met mevlut-cavusoglu', 'تدعم روسيا وتركيا وإيران أطرافاً متنافسة في الحرب. واجتمع وزراء خارجية الدول الثلاث في جنيف أمس الجمعة.'],
      ['hossein-amir-abdollahian met faisal-mekdad', 'تسعى روسيا وإيران إلى تقريب المواقف بين تركيا وسوريا. وعقد وزراء خارجية الدول الأربع اجتماعاً في موسكو أمس الأربعاء.'],
      ['no sergei-lavrov met hossein-amir-abdollahian', 'تدعم روسيا وإيران سوريا. واجتمع وزراء خارجية الدول الأربع أمس الأربعاء.'],
    ],
    'the counterparts of a pair': [
      ['mevlut-cavusoglu met sergei-lavrov', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts.'],
      ['faisal-mekdad met hossein-amir-abdollahian', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts.'],
      ['sergei-lavrov met hossein-amir-abdollahian', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts, and the four ministers agreed to draw up a road map.'],
      ['mevlut-cavusoglu agreed_with hossein-amir-abdollahian', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts, and the four ministers agreed to draw up a road map.'],
      ['no mevlut-cavusoglu reconciled_with faisal-mekdad', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts, and the four ministers agreed to draw up a road map for restoring ties between Ankara and Damascus.'],
      ['faisal-mekdad agreed_with sergei-lavrov', 'Cavusoglu met Mekdad in Moscow on Wednesday together with their Russian and Iranian counterparts, and the four ministers agreed to draw up a road map for restoring ties between Ankara and Damascus.'],
      ['faisal-mekdad met sergei-lavrov', 'Turkish Foreign Minister Mevlut Cavusoglu held talks with Syrian Foreign Minister Faisal Mekdad and their Russian counterpart in Moscow on Wednesday.'],
      ['no mevlut-cavusoglu met sergei-lavrov', 'Cavusoglu met Mekdad in Moscow on Wednesday, and Lavrov later criticised their Russian and Iranian counterparts.'],
      ['no mevlut-cavusoglu met sergei-lavrov', 'Cavusoglu met Mekdad in Ankara on Wednesday, but their Russian counterpart did not attend.'],
      ['ali-mahmoud-abbas met sergei-shoigu', 'Turkish Defence Minister Hulusi Akar met Syrian Defence Minister Ali Mahmoud Abbas in Moscow on Wednesday along with their Russian counterpart.'],
      ['no recep-tayyip-erdogan met sergei-lavrov', 'Erdogan met Mekdad in Ankara on Wednesday together with their Russian counterpart.'],
    ],
    'the counterparts of a pair (ar)': [
      ['mevlut-cavusoglu met sergei-lavrov', 'التقى جاويش أوغلو المقداد في موسكو أمس الأربعاء بحضور نظيريهما الروسي والإيراني.'],
      ['faisal-mekdad met hossein-amir-abdollahian', 'التقى جاويش أوغلو المقداد في موسكو أمس الأربعاء بحضور نظيريهما الروسي والإيراني.'],
      ['sergei-lavrov met hossein-amir-abdollahian', 'بحث جاويش أوغلو مع المقداد في موسكو أمس الأربعاء العلاقات بين البلدين بمشاركة نظيريهما الروسي والإيراني.'],
      ['no recep-tayyip-erdogan met sergei-lavrov', 'التقى أردوغان المقداد في أنقرة أمس الأربعاء بحضور نظيرهما الروسي.'],
      ['hulusi-akar met sergei-shoigu', 'قطعت أنقرة ودمشق علاقاتهما عام 2012. والتقى وزيرا دفاع البلدين في موسكو أمس الأربعاء بحضور نظيرهما الروسي.'],
    ],
  },
  '2022-12-29',
);
