/**
 * Discourse memory for descriptors across sentences (diagnosis of batch 20 §5 fix 1; src/lib/extract/relations/discourse.ts
 * orgHeadAnaphors, anaphora.ts anaphorAt): a bare organisation head ("the bloc", `الاتحاد`, `الوزارة`) is the last
 * organisation named with that head (cues.csv `org_head`) within ORG_HEAD_WINDOW sentences; a counted group ("the five
 * countries", `الدول الخمس`) is the last list of that many; a masculine possessive ه with no person before it is the clause
 * subject named by a masculine head. Sentences of our own, with the look-alikes that must not give a triple: no
 * antecedent of that head, an antecedent too far back, a head with an adjective of its own, a count that does not match.
 */
import { describeCases, type Case } from './helpers.ts';

const FILLER_AR = 'وقال رئيس الوزراء اللبناني نجيب ميقاتي إن الاقتصاد يتعافى. وارتفعت أسعار الوقود في الأسواق المحلية. وتراجع سعر صرف العملة أمس.';

const CASES: Record<string, Case[]> = {
  'bare organisation heads (ar)': [
    ['eu urged syr', 'مدد الاتحاد الأوروبي العقوبات على الحكومة السورية عاماً إضافياً. ودعا الاتحاد دمشق إلى الانخراط في العملية السياسية.'],
    // (a ministry is its state's)
    ['syr accused usa', 'انتقدت وزارة الخارجية السورية العقوبات الجديدة. واتهمت الوزارة الولايات المتحدة بعرقلة عودة اللاجئين.'],
    ['hamas accused isr', 'وصل وفد من حركة «حماس» إلى القاهرة أمس. واتهمت الحركة إسرائيل بعرقلة المفاوضات.'],
    // (no organisation with that head named before)
    ['no eu urged syr', 'وقال رئيس الوزراء إن الاقتصاد يتعافى. ودعا الاتحاد دمشق إلى الحوار.'],
    // (named too far back: more than ORG_HEAD_WINDOW sentences before)
    ['no eu urged syr', `مدد الاتحاد الأوروبي العقوبات على الحكومة السورية. ${FILLER_AR} وارتفعت الأسعار مجدداً. ودعا الاتحاد دمشق إلى الحوار.`],
    // (an adjective of its own makes it another name: "the National Council" is no Security Council)
    ['no unsc urged syr', 'ناقش مجلس الأمن الدولي الوضع في سوريا. ودعا المجلس الوطني دمشق إلى الحوار.'],
  ],
  'bare organisation heads (en)': [
    ['eu urged syr', 'The European Union extended its sanctions on Syria on Friday. The bloc urged Damascus to engage in the political process.'],
    ['isis accused sdf', 'Islamic State claimed a bombing in Raqqa on Monday. The group accused the Syrian Democratic Forces of torturing its members.'],
    ['no eu urged syr', 'Oil prices rose sharply on Friday. The bloc urged Damascus to engage in the political process.'],
    // ("the council of" is a council of its own)
    ['no unsc urged syr', 'The Security Council met on Syria on Monday. The council of tribal elders urged Damascus to release detainees.'],
  ],
  'counted groups: the last list of that many (ar)': [
    ['grc urged eu', 'والدول الموقعة على الرسالة هي إيطاليا والنمسا وكرواتيا وقبرص واليونان. وطالبت الدول الخمس الاتحاد الأوروبي بتعيين مبعوث إلى سوريا.'],
    ['ita urged eu', 'والدول الموقعة على الرسالة هي إيطاليا والنمسا وكرواتيا وقبرص واليونان. وطالبت الدول الخمس الاتحاد الأوروبي بتعيين مبعوث إلى سوريا.'],
    // (the count does not match the list)
    ['no grc urged eu', 'والدول الموقعة على الرسالة هي إيطاليا والنمسا وكرواتيا وقبرص واليونان. وطالبت الدول الست الاتحاد الأوروبي بتعيين مبعوث إلى سوريا.'],
  ],
  'counted groups: the last list of that many (en)': [
    ['grc urged eu', 'The letter came from Italy, Austria, Croatia, Cyprus and Greece. The five countries urged the European Union to appoint an envoy.'],
    ['no grc urged eu', 'The letter came from Italy, Austria, Croatia, Cyprus and Greece. The seven countries urged the European Union to appoint an envoy.'],
  ],
  'a joint noun past another party is no act of the subject list among itself (ar)': [
    ['ita urged eu', 'وطالبت إيطاليا والنمسا وكرواتيا الاتحاد الأوروبي بتهيئة الظروف لعودة اللاجئين.'],
    ['no ita reconciled_with aut', 'وطالبت إيطاليا والنمسا وكرواتيا الاتحاد الأوروبي بتهيئة الظروف لعودة اللاجئين.'],
    ['rus agreed_with tur', 'واتفقت روسيا وتركيا على تسيير دوريات مشتركة.'],
  ],
  'a masculine possessive with no person before it is the clause subject (ar)': [
    ['isr attacked syr', 'وقال وزير الدفاع السوري إن الغارات لن تمر دون رد. ولم يعلّق الجيش الإسرائيلي على الحادث، وهو يكثف ضرباته في سوريا منذ أشهر.'],
    // (a person before it is still the one meant)
    ['no isr attacked syr', 'ولم يعلّق الجيش الإسرائيلي على تصريحات أردوغان، الذي يواصل ضرباته في سوريا.'],
  ],
};

describeCases(CASES);
