/**
 * slot33 (diagnosis-batch28 FP 30, 31): an Arabic attack verb that describes the indefinite act noun right before it
 * (`بعملية برية تستهدف «وحدات حماية الشعب» في منبج`) has that act as its subject: the name after the verb is the one
 * targeted, never the attacker of the places after it; the act's doer is the one who wages it (`وشنت إسرائيل غارات
 * استهدفت`), else none.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the target after a describing verb is no attacker (ar)': [
    ['no ypg attacked manbij', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
    ['no ypg attacked tal-rifaat', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
    ['recep-tayyip-erdogan threatened ypg', 'ولوّح الرئيس التركي رجب طيب أردوغان مراراً بعملية برية تستهدف «وحدات حماية الشعب» في منبج وتل رفعت.'],
    ['no sdf attacked manbij', 'وهدد أردوغان بشن عملية عسكرية تستهدف «قسد» في منبج.'],
    ['no hts attacked idlib', 'وتحدثت مصادر عن عملية عسكرية وشيكة تستهدف «هيئة تحرير الشام» في إدلب.'],
  ],
  'a waged act keeps its doer (ar)': [
    ['isr attacked hezbollah', 'وشنت إسرائيل غارات استهدفت مواقع لـ«حزب الله» في القصير.'],
    ['tur attacked ypg', 'وقصفت تركيا مواقع لـ«وحدات حماية الشعب» في منبج.'],
    ['syr agreed_with sdf', 'وتنتشر قوات روسية في محيط تل تمر بموجب تفاهم توصلت إليه دمشق و«قسد» في تشرين الأول/أكتوبر 2019.'],
  ],
  'the same in English (positive and negative)': [
    ['no ypg attacked manbij', 'Erdogan has repeatedly threatened a ground operation targeting the YPG in Manbij and Tal Rifaat.'],
    ['isr attacked hezbollah', 'Israel launched strikes that targeted Hezbollah positions near Qusayr.'],
  ],
});
