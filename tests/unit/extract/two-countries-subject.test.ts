/**
 * "The two countries" as the subject of a joint act, a sentence after two people met (brief ref24): البلدان / البلدين /
 * الدولتان / "the two countries" / "both countries" are the states of the pair just joined, also in SVO order before an
 * Arabic dual verb (`إن البلدين اتفقا`, `وكان البلدان قد وقّعا`), where the dual verb used to take the two people instead. A
 * paraphrase suite: the dual word varies, its position (VSO, SVO after إن/أن, after قد), the frame (reported speech, a
 * bare statement), the event before (met, hosted, held talks). New sentences only.
 */
import { describeCases } from './helpers.ts';

const MET_AR = 'التقى وزير الخارجية التركي مولود جاووش أوغلو أمس في القدس نظيره الإسرائيلي يائير لابيد.';
const HOST_AR = 'استقبل الرئيس التركي رجب طيب أردوغان أمس ولي العهد السعودي الأمير محمد بن سلمان في أنقرة.';
const MET_EN = 'Turkish Foreign Minister Mevlut Cavusoglu met his Israeli counterpart Yair Lapid in Jerusalem on Wednesday.';
const HOST_EN = 'President Recep Tayyip Erdogan hosted Saudi Crown Prince Mohammed bin Salman in Ankara on Wednesday.';

describeCases(
  {
    'the two countries before an Arabic dual verb are states (ar)': [
      ['tur agreed_with isr', `${MET_AR} وقال لابيد في مؤتمر صحفي إن البلدين اتفقا على تطوير التعاون.`],
      ['no mevlut-cavusoglu agreed_with yair-lapid', `${MET_AR} وقال لابيد في مؤتمر صحفي إن البلدين اتفقا على تطوير التعاون.`],
      ['tur agreed_with isr', `${MET_AR} وأعلن لابيد أن البلدين اتفقا على إعادة السفراء.`],
      ['tur agreed_with isr', `${MET_AR} وكان البلدان قد اتفقا على تطوير التعاون.`],
      ['tur agreed_with isr', `${MET_AR} واتفق البلدان على تطوير التعاون الاقتصادي.`],
      ['tur agreed_with sau', `${HOST_AR} وقالت الرئاسة التركية إن البلدين اتفقا على تعزيز التعاون.`],
      ['no recep-tayyip-erdogan agreed_with mohammed-bin-salman', `${HOST_AR} وقالت الرئاسة التركية إن البلدين اتفقا على تعزيز التعاون.`],
      ['tur agreed_with sau', `${HOST_AR} ووقّع البلدان اتفاقيات للتعاون الدفاعي.`],
      ['tur agreed_with sau', `${HOST_AR} وذكر بيان أن البلدين وقّعا اتفاقيات للتعاون.`],
    ],
    'the two sides and the two leaders before a dual verb stay the people (ar)': [
      ['recep-tayyip-erdogan agreed_with mohammed-bin-salman', `${HOST_AR} وقالت الرئاسة إن الجانبين اتفقا على تعزيز التعاون.`],
      ['recep-tayyip-erdogan agreed_with mohammed-bin-salman', `${HOST_AR} وكان الزعيمان قد اتفقا على تعزيز التعاون.`],
      ['mevlut-cavusoglu agreed_with yair-lapid', `${MET_AR} وأضاف أنهما اتفقا على تطوير التعاون.`],
    ],
    'the two countries are states': [
      ['tur agreed_with isr', `${MET_EN} Lapid said the two countries agreed to expand cooperation.`],
      ['no mevlut-cavusoglu agreed_with yair-lapid', `${MET_EN} Lapid said the two countries agreed to expand cooperation.`],
      ['tur agreed_with isr', `${MET_EN} The two countries agreed to return their ambassadors.`],
      ['tur agreed_with isr', `${MET_EN} Both countries agreed to return their ambassadors.`],
      ['tur agreed_with sau', `${HOST_EN} The two countries signed agreements on defence and energy.`],
      ['tur agreed_with sau', `${HOST_EN} A joint statement said the two countries had agreed to boost trade.`],
      ['recep-tayyip-erdogan agreed_with mohammed-bin-salman', `${HOST_EN} The two leaders agreed to boost trade.`],
    ],
  },
  '2022-05-26',
);
