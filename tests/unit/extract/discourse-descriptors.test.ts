/**
 * Discourse memory for descriptors across sentences (diagnosis of batch 20 §5 fix 1; src/lib/extract/relations/discourse.ts
 * orgHeadAnaphors, criticisedDecision, anaphora.ts anaphorAt, theyGroup): a bare organisation head ("the bloc", `الاتحاد`, `الوزارة`) is the last
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
  'plural descriptors: the last list of that kind (en)': [
    ['geir-pedersen urged syr', 'Delegations of the Syrian government and the opposition met in Geneva on Monday. Pedersen urged both delegations to compromise.'],
    ['geir-pedersen urged syrian-opposition', 'Delegations of the Syrian government and the opposition met in Geneva on Monday. Pedersen urged both delegations to compromise.'],
    // (a list of that kind in its own sentence first, not the list of the sentence before)
    ['tur accused swe', 'Blinken pledged aid to Turkey and Syria. Turkey blocked the bids of Sweden and Finland on Monday, accusing both countries of harbouring militants.'],
    ['no tur accused syr', 'Blinken pledged aid to Turkey and Syria. Turkey blocked the bids of Sweden and Finland on Monday, accusing both countries of harbouring militants.'],
    // ("the two militaries": the two states the last relation of the sentence before joined)
    ['rus agreed_with usa', 'Moscow accused Washington of violating the protocols. The two militaries agreed on Monday to keep a hotline open.'],
    ['no rus agreed_with usa', 'Moscow has deployed jets to Syria. The two militaries agreed on Monday to keep a hotline open.'],
  ],
  '"they": a plural subject, a meeting\'s pair, never the last list named anywhere (en)': [
    ['tur supported syr', 'Iran, Russia and Turkey held talks in Astana on Monday. The three guarantor states said they supported the Syrian government.'],
    ['tur supported syr', 'Iran, Russia and Turkey, the guarantor states, said on Monday they supported the Syrian government.'],
    ['hossein-amir-abdollahian agreed_with josep-borrell', 'Amir-Abdollahian held talks with Josep Borrell in Amman, who said they agreed to keep channels open.'],
    ['irn criticized isr', 'Iran, Russia and Turkey reaffirmed their support for Syria. They condemned the Israeli strikes.'],
    // (the list of three was no subject of the sentence before)
    ['no emmanuel-macron agreed_with jor', 'The meeting was organised by Emmanuel Macron, Iraq and Jordan. Amir-Abdollahian met Josep Borrell, who said they agreed to keep channels open.'],
    ['no irn criticized isr', 'Erdogan met leaders from Iran, Russia and Turkey on Monday. Analysts said they condemned the Israeli strikes.'],
  ],
  'a criticised decision is its doer\'s (ar)': [
    ['syr criticized eu', 'مدد الاتحاد الأوروبي العقوبات المفروضة على الحكومة السورية عاماً إضافياً. وانتقدت وزارة الخارجية السورية القرار.'],
    ['rus criticized usa', 'فرضت الولايات المتحدة عقوبات جديدة على إيران. وانتقدت روسيا الخطوة.'],
    // (no act told before; the critic's own act)
    ['no syr criticized eu', 'التقى وزير الخارجية السوري نظيره العراقي في بغداد. وانتقدت وزارة الخارجية السورية القرار.'],
    ['no eu criticized eu', 'مدد الاتحاد الأوروبي العقوبات المفروضة على الحكومة السورية. وانتقد الاتحاد القرار.'],
  ],
  'a criticised decision is its doer\'s (en)': [
    ['rus criticized usa', 'The United States imposed new sanctions on Syria on Monday. Russia criticised the decision.'],
    // (named too far back: more than DECISION_WINDOW sentences before)
    ['no rus criticized usa', 'The United States imposed new sanctions on Syria on Monday. Oil prices rose. The markets fell. Traders were worried. Rain fell in Damascus. Russia criticised the decision.'],
  ],
  'a state\'s crews and pilots are the state (en)': [
    ['usa accused rus', 'The Pentagon accused Russian pilots of flying dangerously close to US drones.'],
    ['usa accused rus', 'The Pentagon accused the Russian crews of unsafe behaviour over Syria.'],
    ['no usa accused rus', 'The Pentagon accused pilots of flying dangerously close to US drones.'],
  ],
  'the attack blamed on someone is the one condemned next (ar)': [
    ['irn criticized isr', 'انفجرت عبوات في بيروت أمس الثلاثاء، واتهمت سوريا إسرائيل بالوقوف وراء الهجوم. كما دانت طهران الهجوم، ووصفه وزير الخارجية الإيراني عباس عراقجي بأنه جريمة.'],
    ['no irn criticized abbas-araghchi', 'انفجرت عبوات في بيروت أمس الثلاثاء، واتهمت سوريا إسرائيل بالوقوف وراء الهجوم. كما دانت طهران الهجوم، ووصفه وزير الخارجية الإيراني عباس عراقجي بأنه جريمة.'],
  ],
  'its territory is the clause subject\'s (en)': [
    ['tur attacked irq', 'Iraq condemned Turkish strikes on its territory.'],
    // (a territory is where, never who; a state's own name as a demonym is the doer, not the owner)
    ['no irq attacked tur', 'Hussein said Baghdad would not allow its territory to be used for attacks on Turkey.'],
    ['no tur attacked tur', 'Turkish strikes on its territory continued.'],
  ],
  'its territory is the clause subject\'s (ar)': [
    ['tur deployed_in syr', 'وطالبت سوريا بانسحاب القوات التركية من أراضيها.'],
    ['tur attacked irq', 'ودانت بغداد الغارات التركية على أراضيها.'],
  ],
  'the two sides of a relation told before them in the sentence reconcile (en)': [
    ['syr reconciled_with hamas', 'Damascus cut ties with Hamas in 2012, before the two sides reconciled in 2022.'],
    ['no syr reconciled_with hamas', 'Damascus cut ties with Hamas in 2012, and the two sides have not reconciled since.'],
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
