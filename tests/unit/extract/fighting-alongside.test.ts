/**
 * Fighting or working alongside is military cooperation, `coordinated_with` (gold rule 12), not `supported`; standing
 * by, siding with and "on the side of" stay `supported`. Sentences of our own, both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'fighting and working alongside coordinate': [
    ['hezbollah coordinated_with irq', 'Hezbollah, which fought alongside Iraqi forces against IS, has backed the plan.'],
    ['no hezbollah supported irq', 'Hezbollah, which fought alongside Iraqi forces against IS, has backed the plan.'],
    ['fra coordinated_with peshmerga', 'France keeps special forces in Iraq, where they work alongside the Kurdish Peshmerga.'],
    ['wagner-group coordinated_with lby', 'The Wagner group has fought in Libya alongside Libyan forces since 2019.'],
  ],
  'siding with and standing by support': [
    ['qat supported tur', 'Qatar has openly sided with Turkey since the crisis began.'],
    ['irn supported lbn', 'Iran said it would always stand by Lebanon.'],
  ],
  'fighting and working beside someone (ar)': [
    ['popular-mobilization-forces coordinated_with irq', 'ويقاتل «الحشد الشعبي» إلى جانب القوات العراقية منذ عام 2014.'],
    ['no popular-mobilization-forces supported irq', 'ويقاتل «الحشد الشعبي» إلى جانب القوات العراقية منذ عام 2014.'],
    ['fra coordinated_with peshmerga', 'وتنشر فرنسا نحو 600 جندي في شمال العراق، يعملون إلى جانب «البيشمركة» في محاربة التنظيم.'],
  ],
  'standing beside someone (ar)': [
    ['tur supported aze', 'وقفت تركيا إلى جانب أذربيجان في الحرب.'],
  ],
});
