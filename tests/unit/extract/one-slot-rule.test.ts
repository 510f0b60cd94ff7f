/**
 * One slot-filling rule (diagnosis-batch26 §6 fix 3, branch slot29): a slot is filled only from its own clause and only by
 * a mention of the kind it takes. A target never takes the place inside the target's noun phrase ("sanctions on firms in
 * Syria"); a place slot never takes a capital that is the actor of another relation (`وتطالب دمشق …، وتتهمها بالتعاون مع
 * «الاحتلال الأميركي»`); a "during" adjunct is the occasion, no party; a warning whose pronoun is the subject of the
 * clause it reports ("warned it cannot …") has no addressee and threatens nobody. A paraphrase suite (new sentences only):
 * the head varies (sanctions, accused, support; agreed, reached, signed; warned, cautioned), a date, a list or a relative
 * stands between, both languages, with the look-alikes that keep their triple.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the place inside the target noun phrase is no target': [
    ['no usa sanctioned syr', 'The US imposed sanctions on individuals and firms in Syria and Lebanon on Friday.'],
    ['no usa sanctioned lbn', 'The US imposed sanctions on individuals and firms in Syria and Lebanon on Friday.'],
    ['no gbr sanctioned syr', 'Britain, which has long opposed normalisation, in March imposed sanctions on several traders in Syria.'],
    ['no irn accused irq', 'Iran accused armed groups in Iraq of plotting attacks.'],
    ['usa sanctioned syr', 'The US imposed new sanctions on Syria and Lebanon on Friday.'],
    ['usa sanctioned hezbollah', 'The US imposed sanctions on Hezbollah officials in Lebanon.'],
  ],
  'the place inside the target noun phrase is no target (ar)': [
    ['no usa sanctioned syr', 'فرضت الولايات المتحدة في آذار عقوبات على أفراد وشركات في سوريا ولبنان.'],
    ['no usa sanctioned lbn', 'فرضت الولايات المتحدة في آذار عقوبات على أفراد وشركات في سوريا ولبنان.'],
    ['no irgc accused irn', 'قصف الحرس الثوري مقرات الحزب قرب كويسنجق، متهماً إياه بتأجيج الاحتجاجات داخل إيران.'],
    ['usa sanctioned syr', 'فرضت الولايات المتحدة أمس عقوبات على سوريا.'],
  ],
  'a capital that is the actor of another relation is no place of an occupation (ar)': [
    ['no usa deployed_in damascus', 'وتطالب دمشق بحل «قسد»، وتتهمها بالتعاون مع «الاحتلال الأميركي».'],
    ['no usa deployed_in damascus', 'وترفض دمشق، التي تطالب بخروج القوات الأجنبية، ما تسميه «الاحتلال الأميركي».'],
    ['usa deployed_in hasakah', 'وتتهم دمشق «قسد» بالتعاون مع «الاحتلال الأميركي» في الحسكة.'],
  ],
  'a "during" adjunct is the occasion, no party (ar)': [
    ['no astana-format agreed_with rus', 'وتنتشر قوات روسية في المنطقة بموجب تفاهم بين موسكو وأنقرة توصل إليه الجانبان خلال اجتماعات أستانا.'],
    ['no astana-format agreed_with tur', 'وتنتشر قوات روسية في المنطقة بموجب تفاهم بين موسكو وأنقرة توصل إليه الجانبان خلال اجتماعات أستانا.'],
    ['rus agreed_with tur', 'وتنتشر قوات روسية في المنطقة بموجب تفاهم بين موسكو وأنقرة توصل إليه الجانبان خلال اجتماعات أستانا.'],
    ['syr urged tur', 'وطالبت دمشق خلال الاجتماع بانسحاب القوات التركية من شمال سوريا.'],
  ],
  'the body a speech is given before is its occasion, no party (ar)': [
    ['no rus urged unsc', 'ودعت روسيا في كلمتها أمس أمام مجلس الأمن الدولي الحكومة السورية والمعارضة إلى الحوار.'],
    ['rus urged syr', 'ودعت روسيا في كلمتها أمس أمام مجلس الأمن الدولي الحكومة السورية والمعارضة إلى الحوار.'],
    ['rus urged syrian-opposition', 'ودعت روسيا في كلمتها أمس أمام مجلس الأمن الدولي الحكومة السورية والمعارضة إلى الحوار.'],
    ['no fra urged unsc', 'وطالبت فرنسا أمام مجلس الأمن، الذي عقد جلسة طارئة، إسرائيل بوقف الغارات.'],
  ],
  'a "during" adjunct is the occasion, no party': [
    ['no astana-format agreed_with rus', 'Russia and Turkey, the two guarantors, signed the deal in 2019 during the Astana talks.'],
    ['rus agreed_with tur', 'Russia and Turkey, the two guarantors, signed the deal in 2019 during the Astana talks.'],
  ],
  'an English relative on the subject: arms or troops before ", which" act for their owner': [
    ['rus supported syr', 'Russian warplanes, which back the Syrian army, have intensified strikes on Idlib since June.'],
    ['rus supported syr', 'Russian jets, which have backed the Syrian army since 2015, struck Idlib on Tuesday.'],
    ['irn supported hezbollah', 'Iranian troops, which support Hezbollah and the Houthis, are based near Damascus.'],
    ['tur supported syrian-national-army', 'Turkish forces, which back the Syrian National Army, shelled Manbij.'],
    ['no irn supported syr', 'Iranian-backed militias, which back the Syrian army, were hit.'],
    ['rus attacked idlib', 'Russian jets, which back the Syrian army, struck Idlib.'],
  ],
  'an apposition with a passive participle names the agreement\'s parties, titles before them too': [
    ['recep-tayyip-erdogan agreed_with vladimir-putin', 'That deal, agreed by President Recep Tayyip Erdogan and President Vladimir Putin in Moscow, halted a government offensive.'],
    ['recep-tayyip-erdogan agreed_with vladimir-putin', 'The ceasefire, which held for months, was agreed by President Recep Tayyip Erdogan and President Vladimir Putin.'],
    ['tur agreed_with rus', 'That deal, agreed by Turkey and Russia in March 2020, halted the offensive.'],
  ],
  'a verb describing an indefinite act noun has the noun as subject, nothing carried (ar)': [
    ['no irn accused isr', 'وقالت إيران إنها تدعم الفصائل. وتتعرض مواقع الفصائل أمس لغارات تنسب إلى إسرائيل.'],
    ['no rus accused usa', 'وأعلنت روسيا دعمها للحكومة السورية. وتتعرض مواقع «حزب الله» في سوريا لضربات تنسب إلى الولايات المتحدة.'],
    ['irn accused isr', 'وتتهم إيران إسرائيل بشن غارات على مواقع الفصائل.'],
  ],
  'a relation noun described by a verb with its own subject names no parties itself (ar)': [
    ['no rus agreed_with syr', 'وتنتشر قوات روسية وقوات حكومية سورية في عين عيسى بموجب تفاهمات أبرمتها «قسد» مع دمشق وموسكو في تشرين الأول/أكتوبر 2019.'],
    ['sdf agreed_with syr', 'وتنتشر قوات روسية وقوات حكومية سورية في عين عيسى بموجب تفاهمات أبرمتها «قسد» مع دمشق وموسكو في تشرين الأول/أكتوبر 2019.'],
    ['no rus agreed_with usa', 'وتنتشر قوات روسية في المنطقة منذ أمس بموجب تفاهمات أبرمتها تركيا مع الولايات المتحدة.'],
    ['tur agreed_with usa', 'وتنتشر قوات روسية في المنطقة منذ أمس بموجب تفاهمات أبرمتها تركيا مع الولايات المتحدة.'],
  ],
  'the last word of the clause before a ، و-verb is no SVO subject of it; its own VSO subject follows (ar)': [
    ['waleed-al-khuraiji hosted faisal-mekdad', 'وكان المقداد قد وصل إلى جدة مساء الثلاثاء على رأس وفد سوري، واستقبله في المطار نائب وزير الخارجية السعودي وليد الخريجي.'],
    ['no faisal-mekdad hosted waleed-al-khuraiji', 'وكان المقداد قد وصل إلى جدة مساء الثلاثاء على رأس وفد سوري، واستقبله في المطار نائب وزير الخارجية السعودي وليد الخريجي.'],
    ['faisal-mekdad hosted hossein-amir-abdollahian', 'وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق أمس على رأس وفد إيراني، واستقبله في المطار وزير الخارجية السوري فيصل المقداد.'],
    ['no irn hosted hossein-amir-abdollahian', 'وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق أمس على رأس وفد إيراني، واستقبله في المطار وزير الخارجية السوري فيصل المقداد.'],
  ],
  'a warning whose pronoun opens the clause it reports has no addressee': [
    ['no sdf threatened isis', 'The SDF holds about 9,000 suspected Islamic State fighters in prisons and has warned it cannot detain them indefinitely.'],
    ['no sdf threatened isis', 'The SDF, which guards Islamic State prisoners, on Monday warned it could not hold them for long.'],
    ['no tur threatened pkk', 'Turkey, which struck the PKK on Monday, warned it will keep its troops in Iraq.'],
    ['tur threatened pkk', 'Turkey accused the PKK of the attack and warned it would pay a heavy price.'],
    ['irn threatened isr', 'Iran named Israel and warned it.'],
  ],
});
