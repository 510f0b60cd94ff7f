/**
 * Anaphors by POSITION, not by word (diagnosis of batch 21 §5 fix 1, §2 ANA): a paraphrase suite of our own sentences
 * that varies the head, the argument position and the frame, with the look-alikes that must give nothing.
 * - A dual or plural descriptor as the OBJECT ("hosted the two ministers", `ودعا X الطرفين إلى`), after a meeting or
 *   after a many-sided event whose subject pair acted with others (the two signatories); never when the pair holds the
 *   subject itself, never with no pair told before (args.ts groupObject, index.ts signingPair).
 * - A vow of a response that names no one ("vowed to respond", "vowed revenge", `توعّد X بالرد`): the doer of the last
 *   attack told on the threatener's side, else of the story's recent attack; never the threatener's own side, never an
 *   attack it took part in, never with no attack told (discourse.ts vowedResponse).
 * - A newcomer to the meeting just told ("also took part in the meeting", "The talks also included X", `وشارك في
 *   الاجتماع الثلاثي X`): meets each party of the last event, not a compatriot; never an indefinite meeting or one named
 *   by its own genitive (meetings.ts joinedMeeting).
 * - A reciprocal with no "with" ("the two leaders spoke by phone … after the earthquakes that hit southern Turkey"): names
 *   in a relative clause inside a temporal phrase are no object (args.ts temporalRelative).
 * - `الجانبان` the story already called so (the host and guest) stays that pair past a side meeting of one of them with a
 *   third party (anaphora.ts anaphorAt, Discourse.sides).
 * - English "his/her government|country" as an object: the country of the one person named before it in its sentence
 *   (anaphora.ts anaphorAt, args.ts groupObject).
 * - An Arabic object pronoun past the subject named after the verb and one word (`قطع الرياض علاقاتها معها`): a feminine ها
 *   is the last state or group named before the verb (index.ts), never past a comma.
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
    // (an accusative dual (ين) right after the verb is its object, the subject elsewhere: SVO, a relative clause's antecedent,
    // past a sentence pair that holds the subject)
    ['mevlut-cavusoglu hosted dmytro-kuleba', 'التقى لافروف كوليبا في أنطاليا. وكان جاووش أوغلو قد استضاف الوزيرين على هامش المنتدى.'],
    ['mevlut-cavusoglu hosted sergei-lavrov', 'التقى لافروف كوليبا في أنطاليا. وحضر وزير الخارجية التركي مولود جاووش أوغلو، الذي استضاف الوزيرين على هامش المنتدى.'],
    ['mevlut-cavusoglu hosted dmytro-kuleba', `${MET_AR} وشارك في الاجتماع الثلاثي وزير الخارجية التركي مولود جاووش أوغلو، الذي استضاف الوزيرين على هامش المنتدى.`],
    // (an indefinite plural is no dual: "حيث التقى مسؤولين لبنانيين")
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
  'a newcomer to the meeting just told (ar)': [
    ['mevlut-cavusoglu met dmytro-kuleba', `${MET_AR} وشارك في الاجتماع الثلاثي وزير الخارجية التركي مولود جاووش أوغلو.`],
    ['mevlut-cavusoglu met sergei-lavrov', `${MET_AR} وشارك في الاجتماع الثلاثي وزير الخارجية التركي مولود جاووش أوغلو.`],
    ['mevlut-cavusoglu met dmytro-kuleba', 'التقى لافروف كوليبا في أنطاليا. وحضر الاجتماع جاووش أوغلو.'],
    ['mevlut-cavusoglu met dmytro-kuleba', 'التقى لافروف كوليبا في أنطاليا. وشارك جاووش أوغلو في المحادثات.'],
    // (a meeting of its own, named by its genitive)
    ['no mevlut-cavusoglu met dmytro-kuleba', 'التقى لافروف كوليبا في أنطاليا. وشارك جاووش أوغلو في اجتماع وزراء الخارجية العرب.'],
  ],
  'a newcomer to the meeting just told (en)': [
    ['mevlut-cavusoglu met dmytro-kuleba', `${MET_EN} Cavusoglu also took part in the meeting.`],
    ['mevlut-cavusoglu met sergei-lavrov', `${MET_EN} Cavusoglu also attended the talks.`],
    ['faisal-bin-farhan met abbas-araghchi', 'Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday. The talks also included Saudi Foreign Minister Prince Faisal bin Farhan.'],
    // (a compatriot of one party meets the other side, not his own)
    ['no faisal-bin-farhan met mohammed-bin-salman', 'Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday. The talks also included Saudi Foreign Minister Prince Faisal bin Farhan.'],
    // (an indefinite meeting, a meeting of its own, a party already in it, no meeting told)
    ['no mevlut-cavusoglu met dmytro-kuleba', `${MET_EN} Cavusoglu attended a meeting in Geneva.`],
    ['no mevlut-cavusoglu met dmytro-kuleba', `${MET_EN} Cavusoglu attended the meeting of the Arab League.`],
    ['no dmytro-kuleba met dmytro-kuleba', `${MET_EN} Kuleba also took part in the meeting.`],
    ['no mevlut-cavusoglu met dmytro-kuleba', 'Cavusoglu also took part in the meeting.'],
  ],
  'a reciprocal with no "with": the pair, not a name inside a temporal relative (en)': [
    ['recep-tayyip-erdogan phoned abdel-fattah-al-sisi', 'Erdogan received Sisi in Ankara on Monday. The two leaders spoke by phone in February after the earthquakes that hit southern Turkey and northern Syria.'],
    ['no recep-tayyip-erdogan phoned tur', 'Erdogan received Sisi in Ankara on Monday. The two leaders spoke by phone in February after the earthquakes that hit southern Turkey and northern Syria.'],
    ['no abdel-fattah-al-sisi phoned tur', 'Erdogan and Sisi spoke by phone in February after the earthquakes that hit southern Turkey and northern Syria.'],
    ['recep-tayyip-erdogan phoned abdel-fattah-al-sisi', 'Erdogan and Sisi spoke by phone in February after the earthquakes that hit southern Turkey and northern Syria.'],
  ],
  '"the two sides" the story already called so, past a side meeting (ar)': [
    ['ebrahim-raisi agreed_with mohammed-shia-al-sudani', 'استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي محمد شياع السوداني في طهران، ثم عقد الجانبان محادثات موسعة. كما التقى السوداني المرشد علي خامنئي. واتفق الجانبان على تعزيز التعاون.'],
    ['no mohammed-shia-al-sudani agreed_with ali-khamenei', 'استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي محمد شياع السوداني في طهران، ثم عقد الجانبان محادثات موسعة. كما التقى السوداني المرشد علي خامنئي. واتفق الجانبان على تعزيز التعاون.'],
    // (never called "the two sides" before: the last meeting's pair, as before)
    ['mohammed-shia-al-sudani agreed_with ali-khamenei', 'استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي محمد شياع السوداني في طهران. والتقى السوداني المرشد علي خامنئي. واتفق الجانبان على تعزيز التعاون.'],
    // (a new pair with no one in common: the new pair)
    ['recep-tayyip-erdogan agreed_with vladimir-putin', 'استقبل الرئيس الإيراني إبراهيم رئيسي رئيس الوزراء العراقي محمد شياع السوداني في طهران. وبحث الجانبان العلاقات الثنائية. والتقى أردوغان بوتين في سوتشي. واتفق الجانبان على تعزيز التعاون.'],
  ],
  '"his government" as an object: the one person named before it (en)': [
    ['usa sanctioned syr', 'Washington opposes normalisation with Assad and keeps sanctions on his government.'],
    ['tur supported swe', "Erdogan said his country would back Sweden's bid."],
    // (two people before it: no clear owner; none: no one)
    ['no recep-tayyip-erdogan criticized syr', 'Erdogan met Assad and criticised his government.'],
    ['no usa sanctioned syr', 'The United States keeps sanctions on his government.'],
  ],
  'an object pronoun past the subject and the ties (ar)': [
    ['sau sanctioned irn', 'وكانت إيران قد أعادت فتح سفارتها في الرياض في حزيران، بعد سبع سنوات من قطع الرياض علاقاتها معها.'],
    ['sau sanctioned irn', 'بعد سبع سنوات من قطع الرياض علاقاتها مع إيران.'],
    // (no antecedent in its sentence; a pronoun past a comma belongs to another clause)
    ['no sau sanctioned irn', 'وقطعت السعودية علاقاتها معها.'],
    ['no tur attacked syr', 'ونددت وزارة الخارجية السورية بالغارات التركية، معتبرة إياها «انتهاكاً للسيادة السورية».'],
  ],
};

describeCases(CASES);
