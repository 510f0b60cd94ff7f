/**
 * slot32 (pooled 13-26 false positives, "a wrong slot filler"): the patron of an unnamed armed group named as whose the
 * struck things are ("depots used by groups loyal to Iran", `مستودعات تستخدمها مجموعات موالية لإيران`) is no actor hit
 * (gold rule 7/10); a name joined after the patron, a named owner ("Iran-linked targets", `مواقع لإيران`) and the
 * attacks of the group itself stay. Both languages, past a date, a verb or a noun trigger, a list.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the patron of an unnamed group is not hit (ar)': [
    ['no isr attacked irn', 'شنت إسرائيل غارات على سوريا. وذكر المرصد أن الضربة استهدفت مستودعات تستخدمها مجموعات موالية لإيران و«حزب الله» اللبناني.'],
    ['isr attacked hezbollah', 'شنت إسرائيل غارات على سوريا. وذكر المرصد أن الضربة استهدفت مستودعات تستخدمها مجموعات موالية لإيران و«حزب الله» اللبناني.'],
    ['no isr attacked irn', 'شنت إسرائيل غارات على سوريا. وقال المرصد إن الضربات طالت مستودعات أسلحة تابعة لمجموعات موالية لإيران في محيط المطار.'],
    ['no isr attacked irn', 'قصفت طائرات إسرائيلية، أمس الأحد، مواقع لفصائل مدعومة من إيران قرب البوكمال.'],
    ['isr attacked irn', 'قصفت طائرات إسرائيلية، أمس الأحد، مواقع تابعة لإيران قرب البوكمال.'],
    ['isr attacked hezbollah', 'قصفت طائرات إسرائيلية، أمس الأحد، مواقع لـ«حزب الله» قرب القصير.'],
  ],
  'the patron of an unnamed group is not hit': [
    ['no isr attacked irn', 'Israeli strikes hit a depot used by Iran-backed groups at the airport on Sunday.'],
    ['no isr attacked irn', 'Israeli jets struck positions of militias linked to Iran in eastern Syria.'],
    ['no usa attacked irn', 'US jets on Friday struck a weapons depot of groups loyal to Iran near Albu Kamal.'],
    ['isr attacked irn', 'Israeli strikes hit Iran-linked targets near Damascus.'],
    ['isr attacked hezbollah', 'Israeli jets struck Hezbollah positions near Qusayr on Sunday.'],
  ],
  'a pronoun after a subjectless speech verb is the clause subject (ar)': [
    ['isr attacked irn', 'ودانت وزارة الخارجية السورية العدوان. وتشنّ إسرائيل منذ سنوات مئات الغارات على الأراضي السورية، وتقول إنها تستهدف مواقع للقوات الإيرانية وحلفائها.'],
    ['no syr attacked irn', 'ودانت وزارة الخارجية السورية العدوان. وتشنّ إسرائيل منذ سنوات مئات الغارات على الأراضي السورية، وتقول إنها تستهدف مواقع للقوات الإيرانية وحلفائها.'],
    ['tur attacked pkk', 'ودانت بغداد القصف. وتنفذ تركيا منذ عام 2019 عمليات في شمال العراق، وتقول إنها تستهدف مقاتلي حزب العمال الكردستاني.'],
    ['no irq attacked pkk', 'ودانت بغداد القصف. وتنفذ تركيا منذ عام 2019 عمليات في شمال العراق، وتقول إنها تستهدف مقاتلي حزب العمال الكردستاني.'],
  ],
});
