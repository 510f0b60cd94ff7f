/**
 * Support as the purpose of the clause's act (branch pred38; pool b17, b28, b30): `وتنفذ الطائرات الروسية غارات … على
 * مواقع يُعتقد أنها مخابئ للتنظيم في البادية، دعماً لقوات الحكومة`, `وتنشر روسيا قوات في عدة قواعد في سوريا منذ تدخلها
 * العسكري عام 2015 دعماً لحكومة الرئيس بشار الأسد`, "Helicopters and drones of the US-led coalition struck IS positions …
 * in support of SDF fighters": the clause's opening subject (an owner after "of" included) supported the one after
 * `دعماً لـ` / "in support of". Look-alikes: a purpose with no named beneficiary, a subject behind a preposition.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'purpose of support after the clause (ar)': [
    ['rus supported syr', 'وتنفذ الطائرات الروسية غارات دورية على مواقع يُعتقد أنها مخابئ للتنظيم في البادية، دعماً لقوات الحكومة.'],
    ['rus supported syr', 'وتنشر روسيا قوات في عدة قواعد في سوريا منذ تدخلها العسكري عام 2015 دعماً لحكومة الرئيس بشار الأسد.'],
    ['irn supported syr', 'وأرسلت إيران مستشارين عسكريين إلى عدة جبهات في ريف حلب خلال السنوات الماضية، دعماً للقوات الحكومية.'],
    ['hezbollah supported hamas', 'وشنّ «حزب الله» هجمات شبه يومية على مواقع إسرائيلية على طول الحدود منذ تشرين الأول، دعماً لحركة «حماس».'],
  ],
  'purpose of support after the clause (en)': [
    ['usa supported sdf', 'Helicopters and drones of the US-led coalition struck IS positions around the prison on Friday in support of SDF fighters trying to regain control, a coalition spokesman said.'],
    ['rus supported syr', 'Russian warplanes carried out dozens of raids on rebel positions in Idlib province last week in support of Syrian government forces.'],
  ],
  'purpose of support: look-alikes': [
    ['no usa supported isis', 'US aircraft struck IS positions in support of the operation.'],
  ],
});
