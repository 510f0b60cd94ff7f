/**
 * (Also the attributing relative `غارات نسبتها دمشق إلى إسرائيل`: the attributer accused the one named after إلى,
 * diagnosis-batch31 #81.)
 * A blocking said of another by a speaker is an accusation (gold README rule 10; branch pred36, diagnosis-batch31 #60):
 * `تقول الولايات المتحدة إن الحكومة السورية تمنع وصول قوافل الأمم المتحدة`, "Washington says the Syrian government is
 * blocking UN convoys", as a deliberate act (pred33) is. Look-alikes: sanctions said to obstruct aid (no actor before the
 * verb), a blocking with no speaker.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'blocking said of another (ar)': [
    ['usa accused syr', 'في المقابل، تقول الولايات المتحدة إن الحكومة السورية تمنع وصول قوافل الأمم المتحدة إلى المخيم.'],
    ['no syr accused usa', 'ويطالب مسؤولون سوريون برفع العقوبات الأمريكية والأوروبية التي يقولون إنها تعرقل وصول المساعدات.'],
  ],
  'blocking said of another (en)': [
    ['usa accused syr', 'Washington says the Syrian government is blocking UN convoys from reaching the camp.'],
    ['no syr accused usa', 'Syrian officials have demanded the lifting of US sanctions, which they say obstruct aid deliveries.'],
  ],
  'an attributing relative accuses (ar)': [
    ['syr accused isr', 'وتأتي المكالمة بعد أيام من غارات نسبتها دمشق إلى إسرائيل، استهدفت مواقع في ريف دمشق ودرعا.'],
    ['syr accused isr', 'وندد الوزير بالهجمات التي نسبها الجيش السوري إلى إسرائيل.'],
  ],
});
