/**
 * Anaphors by POSITION, not by word (diagnosis of batch 21 §5 fix 1, §2 ANA): a paraphrase suite of our own sentences
 * that varies the head, the argument position and the frame, with the look-alikes that must give nothing.
 * - A dual or plural descriptor as the OBJECT ("hosted the two ministers", `ودعا X الطرفين إلى`), after a meeting or
 *   after a many-sided event whose subject pair acted with others (the two signatories); never when the pair holds the
 *   subject itself, never with no pair told before (args.ts groupObject, index.ts signingPair).
 * - A vow of a response that names no one ("vowed to respond", "vowed revenge", `توعّد X بالرد`): the doer of the last
 *   attack told on the threatener's side, else of the story's recent attack; never the threatener's own side, never an
 *   attack it took part in, never with no attack told (discourse.ts vowedResponse).
 */
import { describeCases, type Case } from './helpers.ts';

const MET_AR = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأوكراني دميترو كوليبا في أنطاليا.';
const MET_EN = 'Lavrov met Kuleba in Antalya on Thursday.';
const SIGNED_AR = 'وقّعت روسيا وأوكرانيا اتفاقين مع تركيا والأمم المتحدة في إسطنبول.';
const SIGNED_EN = 'Russia and Ukraine signed two agreements with Turkey and the United Nations in Istanbul.';
const STRIKE_AR = 'شنت إسرائيل غارة على بلدة في جنوب لبنان يوم الثلاثاء.';
const MISSILES_AR = 'أطلقت إيران صواريخ على إسرائيل يوم الثلاثاء.';
const STRIKE_EN = 'Israel struck a town in southern Lebanon on Tuesday.';
const MISSILES_EN = 'Iran fired missiles at Israel on Tuesday.';

const CASES: Record<string, Case[]> = {
  'duals and plurals as objects (ar)': [
    ['mevlut-cavusoglu hosted sergei-lavrov', `${MET_AR} واستضاف وزير الخارجية التركي مولود جاووش أوغلو الوزيرين.`],
    ['mevlut-cavusoglu hosted dmytro-kuleba', `${MET_AR} واستضاف وزير الخارجية التركي مولود جاووش أوغلو الوزيرين.`],
    ['antony-blinken urged sergei-lavrov', 'اجتمع لافروف مع كوليبا في أنطاليا. وحث بلينكن الطرفين على وقف إطلاق النار.'],
    ['antonio-guterres urged vladimir-putin', 'التقى بوتين أردوغان في سوتشي. ودعا غوتيريش الجانبين إلى الحوار.'],
    // (after a many-sided event: the subject pair, the two signatories, not the last two names)
    ['antonio-guterres urged rus', `${SIGNED_AR} ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى تنفيذ الاتفاق.`],
    ['antonio-guterres urged ukr', `${SIGNED_AR} ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى تنفيذ الاتفاق.`],
    ['no antonio-guterres urged united-nations', `${SIGNED_AR} ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى تنفيذ الاتفاق.`],
    // (no pair told before; a pair that holds the subject)
    ['no antonio-guterres urged rus', 'ودعا غوتيريش الطرفين إلى الحوار.'],
    ['no dmytro-kuleba urged sergei-lavrov', 'التقى لافروف كوليبا في أنطاليا. ودعا كوليبا الطرفين إلى الحوار.'],
  ],
  'duals and plurals as objects (en)': [
    ['mevlut-cavusoglu hosted sergei-lavrov', `${MET_EN} Cavusoglu hosted the two ministers.`],
    ['mevlut-cavusoglu hosted dmytro-kuleba', `${MET_EN} Cavusoglu hosted the two ministers.`],
    ['antony-blinken urged dmytro-kuleba', `${MET_EN} Blinken urged both sides to keep talking.`],
    ['emmanuel-macron phoned vladimir-putin', 'Putin met Erdogan in Sochi. Macron later phoned the two leaders.'],
    ['emmanuel-macron phoned recep-tayyip-erdogan', 'Putin met Erdogan in Sochi. Macron later phoned the two leaders.'],
    ['antonio-guterres urged rus', `${SIGNED_EN} Guterres urged the two sides to implement the deal.`],
    ['antonio-guterres urged ukr', `${SIGNED_EN} Guterres urged the two sides to implement the deal.`],
    ['no antonio-guterres urged tur', `${SIGNED_EN} Guterres urged the two sides to implement the deal.`],
    ['no antonio-guterres urged rus', 'Guterres urged the two sides to implement the deal.'],
    ['no antonio-guterres urged rus', 'Oil prices rose on Monday. Guterres urged both sides to show restraint.'],
  ],
  'a vowed response that names no one (ar)': [
    ['hezbollah threatened isr', `${STRIKE_AR} وتوعّد «حزب الله» بالرد.`],
    ['isr threatened irn', `${MISSILES_AR} وتوعدت إسرائيل في بيان بالرد.`],
    ['benjamin-netanyahu threatened irn', `${MISSILES_AR} وتوعد نتنياهو بالانتقام.`],
    // (the threatener's own attack; no attack told)
    ['no isr threatened isr', `${STRIKE_AR} وتوعدت إسرائيل بالرد.`],
    ['no hezbollah threatened isr', 'وتوعّد «حزب الله» بالرد.'],
  ],
  'a vowed response that names no one (en)': [
    ['isr threatened irn', `${MISSILES_EN} Israel has vowed to respond.`],
    ['benjamin-netanyahu threatened irn', `${MISSILES_EN} Netanyahu vowed to retaliate.`],
    ['hezbollah threatened isr', `${STRIKE_EN} Hezbollah vowed revenge.`],
    // (in a relative clause on the one attacked, in the attack's own sentence)
    ['isr threatened irn', 'The meeting came ten days after Iran fired about 180 ballistic missiles at Israel, which has vowed to retaliate.'],
    // (its own object wins)
    ['isr threatened hamas', `${MISSILES_EN} Israel vowed to respond to Hamas.`],
    ['no isr threatened irn', `${MISSILES_EN} Israel vowed to respond to Hamas.`],
    // (the threatener's own attack; no attack told; an attack it took part in)
    ['no irn threatened isr', `${MISSILES_EN} Iran vowed to respond.`],
    ['no hezbollah threatened isr', 'Hezbollah vowed to respond.'],
    ['no syr threatened rus', 'Syrian and Russian jets struck Idlib on Thursday. The Syrian army blamed militants and vowed to respond with full force.'],
  ],
};

describeCases(CASES);
