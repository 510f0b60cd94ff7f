/**
 * np42: a threatened offensive told by the threat's noun or a circumstantial participle (diagnosis-batch36 §6 np41 rank 4,
 * `تلويح X بشن عملية ضد Y` → threatened, the planned operation no attack; pool b16, b34): `تلويح الرئيس التركي رجب طيب
 * أردوغان، في الأول من حزيران/يونيو، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب»`, `وجدد أردوغان التلويح بعملية برية
 * تستهدف «الوحدات» الكردية`, `…، ملوّحاً بعملية عسكرية جديدة ضد وحدات حماية الشعب`. New sentences, look-alikes.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the threat noun with its genitive subject, a date adjunct between (ar)': [
    ['recep-tayyip-erdogan threatened ypg', 'ويأتي الاستهداف بعد نحو شهرين من تلويح الرئيس التركي رجب طيب أردوغان، في الأول من حزيران/يونيو، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج.'],
    ['no recep-tayyip-erdogan attacked ypg', 'ويأتي الاستهداف بعد نحو شهرين من تلويح الرئيس التركي رجب طيب أردوغان، في الأول من حزيران/يونيو، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج.'],
    ['tur threatened sdf', 'وجاء ذلك بعد تلويح أنقرة بعملية برية ضد «قسد» في الشمال السوري.'],
  ],
  'the threat noun after a renew verb, an aimed relative (ar)': [
    ['recep-tayyip-erdogan threatened ypg', 'وجدد الرئيس التركي رجب طيب أردوغان مطلع الشهر الجاري التلويح بعملية برية تستهدف «الوحدات» الكردية.'],
  ],
  'a circumstantial participle of the speaker (ar)': [
    ['recep-tayyip-erdogan threatened ypg', 'وأضاف أردوغان أن أنقرة لن تسمح بإقامة «ممر إرهابي» على حدودها الجنوبية، ملوّحاً بعملية عسكرية جديدة ضد وحدات حماية الشعب الكردية «في أي لحظة».'],
  ],
  'no threat read (ar)': [
    // (an offensive launched, no threat word)
    ['no tur threatened sdf', 'وشنت تركيا عملية برية ضد «قسد» في الشمال السوري.'],
  ],
});
