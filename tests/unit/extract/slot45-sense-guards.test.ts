/**
 * slot45: FP guards on senses (diagnosis-batch43 FP 52, FP 25; pool b33, b37 ceasefire, b13 mikati): a ceasefire
 * (`وقف إطلاق النار`) is no fire between its parties (relations/ceasefire.ts); a leader's threat or warning never targets
 * his own state (emit.ts ownState). The fire that is told (`تبادل إطلاق النار مع`, `اشتباكات`) and threats on others stay.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a ceasefire is no fire between its parties (ar)': [
    ['no rus attacked tur', 'وتشهد محاور ريفي اللاذقية وإدلب تصعيداً متقطعاً منذ أسابيع، رغم اتفاق وقف إطلاق النار الموقّع بين روسيا وتركيا في آذار/مارس 2020.'],
    ['rus agreed_with tur', 'وتشهد محاور ريفي اللاذقية وإدلب تصعيداً متقطعاً منذ أسابيع، رغم اتفاق وقف إطلاق النار الموقّع بين روسيا وتركيا في آذار/مارس 2020.'],
    ['no rus attacked tur', 'ودعت الأمم المتحدة إلى احترام وقف إطلاق النار بين روسيا وتركيا في إدلب.'],
    ['no syr attacked hts', 'وطالب المبعوث الأممي بإيقاف إطلاق النار بين قوات النظام و«هيئة تحرير الشام» فوراً.'],
  ],
  'fire that is told stays (ar)': [
    ['syr attacked hts', 'وتبادلت قوات النظام إطلاق النار مع «هيئة تحرير الشام» على محور كبانة، يوم الأحد.'],
    ['syr attacked hts', 'اندلعت اشتباكات بين قوات النظام و«هيئة تحرير الشام» رغم وقف إطلاق النار، يوم الأحد.'],
  ],
  'no threat on the leader\'s own state (ar)': [
    ['no abdullah-ii threatened jor', 'حذّر العاهل الأردني الملك عبد الله الثاني، يوم الإثنين، من تصاعد نشاط الميليشيات المدعومة من إيران قرب حدود المملكة.'],
    ['no najib-mikati threatened lbn', 'وكان رئيس حكومة تصريف الأعمال نجيب ميقاتي قد هدد في حزيران/يونيو الماضي بالعمل على إخراج السوريين من لبنان «بالطرق القانونية».'],
  ],
  'threats on others stay (en)': [
    ['recep-tayyip-erdogan threatened ypg', 'Turkish President Recep Tayyip Erdogan threatened the YPG with a new offensive on Monday.'],
  ],
});
