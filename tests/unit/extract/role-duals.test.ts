/**
 * Role-bearing duals across sentences (brief ref24): "the two ministers", "both presidents", الوزيران, الرئيسان name the
 * latest two people a relation joined who BOTH hold that kind of office (roles.csv) at the sentence's date, not whoever
 * the last person-to-person relation joined (a president who received one of the ministers in between). A paraphrase
 * suite: the head varies (ministers, presidents; dual and "both"), the intervening event (received by, met, phoned), the
 * relation of the dual (agreed, met, signed), the distance (next sentence, two sentences on). With no pair of the office,
 * nothing. New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the two ministers are the two ministers, past a president who received one of them': [
      ['benny-gantz agreed_with hulusi-akar', 'Israeli Defence Minister Benny Gantz held talks with Turkish Defence Minister Hulusi Akar in Ankara on Thursday. Gantz was also received by President Recep Tayyip Erdogan. The two ministers agreed to resume defence cooperation.'],
      ['no recep-tayyip-erdogan agreed_with benny-gantz', 'Israeli Defence Minister Benny Gantz held talks with Turkish Defence Minister Hulusi Akar in Ankara on Thursday. Gantz was also received by President Recep Tayyip Erdogan. The two ministers agreed to resume defence cooperation.'],
      ['benny-gantz agreed_with hulusi-akar', 'Benny Gantz met Hulusi Akar in Ankara on Thursday. Erdogan later received Gantz at the presidential palace. Both ministers agreed to resume cooperation.'],
      ['no benny-gantz agreed_with recep-tayyip-erdogan', 'Benny Gantz met Hulusi Akar in Ankara on Thursday. Erdogan later received Gantz at the presidential palace. Both ministers agreed to resume cooperation.'],
      ['benny-gantz agreed_with hulusi-akar', 'Benny Gantz met Hulusi Akar in Ankara on Thursday. Erdogan later received Gantz at the presidential palace. The visit was the first in a decade. The two ministers agreed to resume cooperation.'],
      ['benny-gantz agreed_with hulusi-akar', 'Benny Gantz held talks with Hulusi Akar in Ankara on Thursday. The two ministers agreed to resume cooperation.'],
    ],
    'the two presidents are the two presidents, past a minister': [
      ['no recep-tayyip-erdogan agreed_with hakan-fidan', 'President Recep Tayyip Erdogan received President Abdel Fattah al-Sisi in Ankara on Wednesday. Sisi also met Foreign Minister Hakan Fidan. The two presidents signed a joint declaration.'],
      ['no abdel-fattah-al-sisi agreed_with hakan-fidan', 'President Recep Tayyip Erdogan received President Abdel Fattah al-Sisi in Ankara on Wednesday. Sisi also met Foreign Minister Hakan Fidan. The two presidents signed a joint declaration.'],
    ],
    'no pair of the office: nothing': [
      ['no recep-tayyip-erdogan agreed_with benny-gantz', 'Benny Gantz was received by President Recep Tayyip Erdogan in Ankara on Thursday. The two ministers agreed to resume cooperation.'],
    ],
    'the two ministers past a president (ar)': [
      ['benny-gantz agreed_with hulusi-akar', 'التقى وزير الدفاع الإسرائيلي بيني غانتس نظيره التركي خلوصي أكار في أنقرة أمس الخميس. واستقبل الرئيس رجب طيب أردوغان غانتس في القصر الرئاسي. واتفق الوزيران على استئناف التعاون الدفاعي.'],
      ['no recep-tayyip-erdogan agreed_with benny-gantz', 'التقى وزير الدفاع الإسرائيلي بيني غانتس نظيره التركي خلوصي أكار في أنقرة أمس الخميس. واستقبل الرئيس رجب طيب أردوغان غانتس في القصر الرئاسي. واتفق الوزيران على استئناف التعاون الدفاعي.'],
      ['benny-gantz agreed_with hulusi-akar', 'بحث وزير الدفاع الإسرائيلي بيني غانتس مع نظيره التركي خلوصي أكار في أنقرة أمس التعاون الدفاعي. والتقى غانتس الرئيس رجب طيب أردوغان. واتفق الوزيران على استئناف التعاون.'],
      ['benny-gantz agreed_with hulusi-akar', 'التقى وزير الدفاع الإسرائيلي بيني غانتس نظيره التركي خلوصي أكار في أنقرة أمس الخميس. واتفق الوزيران على استئناف التعاون الدفاعي.'],
      ['no recep-tayyip-erdogan agreed_with benny-gantz', 'استقبل الرئيس رجب طيب أردوغان وزير الدفاع الإسرائيلي بيني غانتس في أنقرة أمس الخميس. واتفق الوزيران على استئناف التعاون الدفاعي.'],
    ],
    'the two presidents past a minister (ar)': [
      ['no abdel-fattah-al-sisi agreed_with hakan-fidan', 'استقبل الرئيس التركي رجب طيب أردوغان نظيره المصري عبد الفتاح السيسي في أنقرة أمس. والتقى السيسي وزير الخارجية التركي هاكان فيدان. ووقّع الرئيسان إعلاناً مشتركاً.'],
    ],
  },
  '2022-10-28',
);
