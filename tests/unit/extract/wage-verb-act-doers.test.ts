/**
 * Act nouns' doers through the verb that wages them, past a time adjunct (np30, diagnosis-batch26 §6 fix 1, §5 point 1):
 * an Arabic waging verb (cues.csv `wage_verb` ar: `شنّ`, `نفّذ`, `خاض`, `صعّد`, `كثّف`, `أطلق`, `استأنف`), VSO or SVO,
 * gives its subject to the indefinite campaign or war noun it takes (`حملة`, `حرب`: `own_doer_noun`), with a date,
 * `منذ سنوات`, `خلال العامين الماضيين`, `أمس` (cues.csv `time_filler`), quotes and commas between; English "waged a
 * decades-long campaign" (a hyphen is no word). The target keeps its slot past a group kind noun before a quoted name
 * (`حملة على تنظيم «داعش»`) and past a role group (`غارات على قادة «حراس الدين»`: the leaders' group is struck).
 * English "missions" and "sorties" against X are attacks (patterns.en.csv; not the singular "mission", a standing mandate).
 * Negative cells: a negated verb, a campaign that is a clause's subject, a meeting noun's role group keeps its reading.
 * Sentences of our own.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the waging verb gives the campaign its doer past a time adjunct (ar)': [
    ['hts attacked hurras-al-din', 'وقد شنت «هيئة تحرير الشام» خلال العامين الماضيين حملة على «حراس الدين».'],
    ['isr attacked hezbollah', 'وتشن إسرائيل منذ سنوات حربا على «حزب الله».'],
    ['tur attacked isis', 'شنت تركيا منذ عام 2016 حملة على «داعش».'],
    ['rus attacked idlib', 'وشنت روسيا، أمس الأحد، حملة جوية على إدلب.'],
    ['tur attacked isis', 'وكانت تركيا شنت في آذار/مارس 2023 حملة على تنظيم «داعش».'],
    ['sdf attacked isis', 'وقد شنت «قسد» حملة على «داعش».'],
    ['hts attacked hurras-al-din', 'شنت «هيئة تحرير الشام» حملة على «حراس الدين».'],
    ['tur attacked sdf', 'وكانت تركيا شنت في تشرين الأول/أكتوبر الماضي حملة غارات جوية واسعة على مواقع لـ«قسد».'],
    ['tur attacked sdf', 'بعد قصف مدفعي شنته القوات التركية مطلع تموز/يوليو الجاري على مواقع لـ«قسد».'],
    ['isr attacked hezbollah', 'وتشن إسرائيل منذ سنوات غارات متكررة على مواقع لـ«حزب الله» في سوريا.'],
    ['tur attacked ypg', 'وصعّدت تركيا خلال الأسبوع الماضي هجماتها على مواقع «وحدات حماية الشعب».'],
    ['rus attacked idlib', 'وقالت المعارضة إن روسيا كثفت في الأيام الأخيرة غاراتها على إدلب.'],
    ['tur attacked pkk', 'ونفذت القوات التركية يوم الأحد ضربات جوية على «وحدات حماية الشعب» وحزب العمال الكردستاني.'],
    ['no tur attacked isis', 'ولم تشن تركيا منذ أشهر أي حملة على «داعش».'],
    ['no tur attacked isis', 'وقالت تركيا أمس إن حملة على «داعش» بدأت.'],
    ['no tur attacked ypg', 'ولم تشن تركيا منذ أشهر أي غارات على مواقع «وحدات حماية الشعب».'],
  ],
  'a kind noun or a role group between the preposition and the name (ar)': [
    ['tur attacked isis', 'شنت تركيا حملة على تنظيم «داعش».'],
    ['tur attacked isis', 'شنت تركيا حملة ضد تنظيم «داعش».'],
    ['tur attacked isis', 'شنت تركيا حملة على تنظيم «الدولة الإسلامية».'],
    ['tur attacked hurras-al-din', 'شنت تركيا حملة على قادة «حراس الدين».'],
    ['tur attacked hurras-al-din', 'شنت تركيا غارات على قادة «حراس الدين».'],
    ['tur attacked hurras-al-din', 'وقد شنت تركيا خلال العامين الماضيين حملة على قادة «حراس الدين».'],
    ['no hurras-al-din attacked tur', 'شنت تركيا غارات على قادة «حراس الدين».'],
    ['no syr attacked deir-ez-zor', 'قُتل 23 عنصراً من قوات النظام أمس في هجوم لتنظيم «الدولة الإسلامية» استهدف حافلة عسكرية بريف دير الزور.'],
  ],
  'the waging verb past a date or a relative clause (en)': [
    ['tur attacked pkk', 'Turkey has waged a decades-long campaign against the PKK and its affiliates.'],
    ['tur attacked pkk', 'Turkey has waged a campaign against the PKK.'],
    ['tur attacked ypg', 'Turkey launched on Sunday a wave of air strikes against the YPG.'],
    ['tur attacked ypg', 'Turkey, which has troops in Syria, carried out strikes on Sunday against YPG positions.'],
    ['tur attacked ypg', 'Turkey has stepped up in recent weeks its drone strikes on the YPG.'],
    ['rus attacked idlib', 'Russia carried out in March 2023 dozens of air strikes on Idlib.'],
    ['tur attacked ypg', 'Turkey, which last year launched a series of air strikes on the YPG, threatened a new ground operation.'],
    ['no tur attacked ypg', 'Turkey has not carried out strikes on the YPG since March.'],
    ['no usa attacked isis', 'The campaign against Islamic State began in 2014.'],
    ['usa attacked isis', 'US and partner forces conducted 196 missions against Islamic State over the same period.'],
    ['usa attacked isis', 'US forces, which keep about 900 troops in Syria, conducted 196 missions in March against Islamic State.'],
    ['rus attacked hts', 'Russian jets flew dozens of sorties against Hayat Tahrir al-Sham on Sunday.'],
    ['no usa attacked syr', 'The United States sent a fact-finding mission to Syria.'],
    ['no usa attacked isis', 'Under the deal, the military mission of the US-led coalition against Islamic State in Iraq will end in 2025.'],
  ],
});
