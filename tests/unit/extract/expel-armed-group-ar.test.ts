/**
 * pred30: expelling or routing an armed group is an attack on it in Arabic too (`طردت`, `يطرد`, `دحرت`), as pred29 made
 * it in English; for every member of a subject list, past a date or a relative clause, and after a temporal conjunction
 * (`منذ أن`, `بعد أن`, `حين`, `عندما`) with no subject of its own, where the main verb's subject is the expeller
 * (`وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها`). An ambassador expelled is no armed group, and the bare `طرد`
 * (as often the verbal noun) is no trigger.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'expel an armed group (ar)': [
    ['sdf attacked isis', 'وطردت «قسد» تنظيم «داعش» من منبج عام 2016.'],
    ['sdf attacked isis', 'وطردت «قسد»، في آب/أغسطس 2016، تنظيم «داعش» من منبج.'],
    ['tur attacked ypg', 'وطردت القوات التركية، أمس، مقاتلي وحدات حماية الشعب من القرية.'],
    ['sdf attacked isis', 'ودحرت «قسد» تنظيم «داعش» من آخر معاقله في الباغوز.'],
    ['syr attacked isis', 'وطردت القوات الحكومية، التي تدعمها روسيا، تنظيم «داعش» من البادية.'],
    ['tur attacked isis', 'حين طردت القوات التركية وفصائل سورية موالية لها تنظيم «الدولة الإسلامية» منها ضمن عملية «درع الفرات».'],
    ['sdf attacked isis', 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016 بدعم من التحالف الدولي.'],
    ['usa supported sdf', 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016 بدعم من التحالف الدولي بقيادة واشنطن.'],
    ['no usa supported isis', 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016 بدعم من التحالف الدولي بقيادة واشنطن.'],
    ['syr attacked isis', 'وتسيطر القوات الحكومية على تدمر بعد أن طردت تنظيم «داعش» منها عام 2017.'],
    ['no egy attacked tur', 'وتدهورت العلاقات بين البلدين عام 2013، وتبادل البلدان طرد السفراء.'],
    ['no egy attacked tur', 'وطردت مصر السفير التركي عام 2013.'],
  ],
  'a verb after a temporal conjunction keeps its own subject (ar)': [
    ['yair-lapid visited ankara', 'والتقى جاووش أوغلو لابيد في أيار/مايو، قبل أن يزور لابيد أنقرة في حزيران/يونيو.'],
    ['vladimir-putin hosted bashar-al-assad', 'وكان الأسد قد زار موسكو آخر مرة في مارس 2023، حين استقبله بوتين في الكرملين.'],
    ['tur attacked isis', 'وتسيطر فصائل «الجيش الوطني» على مدينة الباب منذ شباط/فبراير 2017، حين طردت القوات التركية تنظيم «داعش» منها.'],
  ],
});
