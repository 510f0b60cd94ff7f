/**
 * Criticism of an event told before targets the event's doer (diagnosis-batch25 §0 and §6, "kinds no diagnosis has
 * named"; branch names28, discourse.ts criticisedEvent): a criticism verb whose object is a bare definite noun (`التدريبات`,
 * `العملية`, `الفيتو`, "the deportations", "the veto") that repeats a word of a sentence before (the noun, or an English
 * verb of the same stem, "deported") criticises the subject of that sentence. A paraphrase suite of our own sentences:
 * exercises, an operation, a veto, deportations, a list of doers, and the look-alikes that give nothing (no event told
 * before; a modifier, "the normalisation deals"; the critic itself as the doer).
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'criticism of an event told before (en)': [
    ['amnesty-international criticized lbn', 'Lebanese authorities deported dozens of Syrians on Wednesday. Amnesty International criticised the deportations, saying returnees risked torture.'],
    ['united-nations criticized tur', 'Turkey deported hundreds of Syrian refugees last week. The United Nations condemned the deportations.'],
    ['usa criticized rus', 'Russia vetoed the draft resolution on Friday. The United States criticised the veto.'],
    ['syr criticized tur', 'Turkey launched a ground operation in northern Syria on Monday. Damascus condemned the operation as an aggression.'],
    ['no amnesty-international criticized lbn', 'Amnesty International criticised the deportations, saying returnees risked torture.'],
    ['no irn criticized are', 'The UAE and Israel normalised ties in 2020. Iran has condemned the normalisation deals.'],
  ],
  'criticism of an event told before (ar)': [
    ['syr criticized usa', 'أجرت القوات الأمريكية و«قوات سوريا الديمقراطية» أمس تدريبات عسكرية مشتركة في ريف الحسكة. وانتقدت دمشق التدريبات، ووصفتها بأنها استفزاز.'],
    ['syr criticized sdf', 'أجرت القوات الأمريكية و«قوات سوريا الديمقراطية» أمس تدريبات عسكرية مشتركة في ريف الحسكة. وانتقدت دمشق التدريبات، ووصفتها بأنها استفزاز.'],
    ['syr criticized isr', 'نفذ الجيش الإسرائيلي عملية برية في ريف القنيطرة. وأدانت وزارة الخارجية السورية العملية، واعتبرتها انتهاكاً للسيادة.'],
    ['usa criticized rus', 'استخدمت روسيا حق النقض (الفيتو) ضد مشروع القرار. وانتقدت الولايات المتحدة الفيتو.'],
    ['no syr criticized usa', 'وانتقدت دمشق التدريبات، ووصفتها بأنها استفزاز.'],
  ],
};

describeCases(CASES);
