/**
 * An accord noun described by a verb that carries it as object pronoun names its parties after that verb (branch
 * pred38; diagnosis-batch33 #55, pool b29, b32, b33): `بموجب اتفاق أبرمته «قسد» مع دمشق` in a long sentence, `منذ اتفاق
 * توصلت إليه «قسد» مع دمشق`, `تفاهم توصلت إليه موسكو وأنقرة`, `اتفاق لوقف إطلاق النار أبرمته روسيا وتركيا` → the
 * verb's own subject agreed with the one after مع (or the pair). The verb is never an indefinite act noun's own verb with
 * no doer ("هجوم استهدف مقر" stays none). English: "an agreement reached between A and B".
 */
import { describeCases } from './helpers.ts';

describeCases({
  'accord noun with a describing verb that carries it (ar)': [
    ['sdf agreed_with syr', 'وتنتشر قوات حكومية سورية في عدد من النقاط على طول خطوط التماس غرب منبج، بموجب اتفاق أبرمته «قسد» مع دمشق برعاية روسية في تشرين الأول/أكتوبر 2019.'],
    ['sdf agreed_with syr', 'وتنتشر قوات روسية وأخرى تابعة للجيش السوري في محيط المدينة منذ اتفاق توصلت إليه «قسد» مع دمشق في تشرين الأول/أكتوبر 2019.'],
    ['rus agreed_with tur', 'وتنتشر قوات روسية وأخرى تابعة للجيش السوري في محيط كوباني منذ تشرين الأول/أكتوبر 2019، بموجب تفاهم توصلت إليه موسكو وأنقرة في ذلك الشهر.'],
    ['syr agreed_with sdf', 'وانتشرت وحدات من الجيش السوري في عدد من القرى على طول الحدود مع تركيا بموجب اتفاق أبرمته دمشق مع «قسد» عام 2019.'],
    ['tur agreed_with rus', 'وتسيّر القوات التركية دوريات في عدد من المناطق على طول الطريق الدولي إم 4 بموجب تفاهم توصلت إليه أنقرة مع موسكو.'],
  ],
  'accord noun past its لـ complement (ar)': [
    ['rus agreed_with tur', 'ويسري في إدلب اتفاق لوقف إطلاق النار أبرمته روسيا وتركيا في آذار/مارس 2020، غير أنه يتعرض لخروقات متكررة.'],
    ['rus agreed_with tur', 'وتراجعت حدة القصف منذ اتفاق لخفض التصعيد توصلت إليه موسكو وأنقرة في سوتشي.'],
  ],
  'describing verb: an act noun with no doer stays none (ar)': [
    ['no syr attacked sdf', 'وقُتل ثلاثة مدنيين في عدد من القرى على طول خطوط التماس غرب منبج في هجوم استهدف مواقع «قسد».'],
  ],
});
