/**
 * A joint statement is an agreement of its parties (brief ref24b, lexicon growth): `أكد البلدان في بيان مشترك`, "Turkey and
 * Egypt issued a joint statement", `أصدرت روسيا وتركيا بياناً مشتركاً`. A paraphrase suite: the parties (a list, a dual
 * anaphor), the verb (issued, said in, affirmed in), negation, and a statement by one party alone. New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'a joint statement agrees its parties': [
      ['tur agreed_with egy', 'Turkey and Egypt issued a joint statement on Wednesday.'],
      ['no tur agreed_with egy', 'Turkey and Egypt did not issue a joint statement on Wednesday.'],
      ['no tur agreed_with egy', 'Turkey issued a statement on Wednesday criticising Egypt.'],
    ],
    'a joint statement agrees its parties (ar)': [
      ['sau agreed_with tur', 'تسعى السعودية وتركيا إلى تحسين العلاقات. وأكد البلدان في بيان مشترك عزمهما بدء حقبة جديدة من التعاون.'],
      ['rus agreed_with tur', 'أصدرت روسيا وتركيا بياناً مشتركاً أمس الأربعاء.'],
      ['no rus agreed_with tur', 'لم تصدر روسيا وتركيا بياناً مشتركاً أمس الأربعاء.'],
    ],
  },
  '2022-06-23',
);
