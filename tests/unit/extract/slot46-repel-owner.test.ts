/**
 * slot46: rule 20c's repeller told by its own forces (diagnosis-batch44 §6 slot46 rank 4: #41, #42; pool b35
 * kabani-infiltration-repelled, b34 ariha-sarmin-strikes-december): `أعلنت وزارة الدفاع السورية أن وحداتها العاملة في
 * ريف اللاذقية الشمالي أحبطت محاولة تسلل لمجموعات من «هيئة تحرير الشام»`, `إن مقاتليه أحبطوا محاولة تسلل لعناصر من
 * «الجيش الوطني»`, "said its forces had targeted … and thwarted an attempt by HTS fighters" → the owner and the attacker
 * attacked each other (relations/repel.ts; the plural `أحبطوا`, `أفشلوا` as repel verbs, cues.csv). Foiling with no
 * attack noun, and an owner behind a preposition, give none.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a repeller told by its own units (ar)': [
    ['syr attacked hts', 'أعلنت وزارة الدفاع السورية، أمس الجمعة، أن وحداتها العاملة في ريف اللاذقية الشمالي أحبطت ليل الخميس محاولة تسلل لمجموعات من «هيئة تحرير الشام» باتجاه نقاط الجيش.'],
    ['hts attacked syr', 'أعلنت وزارة الدفاع السورية، أمس الجمعة، أن وحداتها العاملة في ريف اللاذقية الشمالي أحبطت ليل الخميس محاولة تسلل لمجموعات من «هيئة تحرير الشام» باتجاه نقاط الجيش.'],
    ['manbij-military-council attacked syrian-national-army', 'وقال «مجلس منبج العسكري» إن مقاتليه أحبطوا محاولة تسلل لعناصر من «الجيش الوطني» نحو القرية.'],
    ['syrian-national-army attacked manbij-military-council', 'وقال «مجلس منبج العسكري» إن مقاتليه أحبطوا محاولة تسلل لعناصر من «الجيش الوطني» نحو القرية.'],
    // (another verb of the class, a date)
    ['sdf attacked isis', 'وذكرت «قوات سوريا الديمقراطية» أن مقاتليها أفشلوا فجر اليوم هجوماً لتنظيم «داعش» على حاجز قرب ذيبان.'],
  ],
  'a repeller told by its own forces (en)': [
    ['syr attacked hts', 'The Syrian defence ministry said its forces had targeted "terrorist" launch sites and thwarted an attempt by HTS fighters to infiltrate army lines in the Ghab plain.'],
    ['hts attacked syr', 'The Syrian defence ministry said its forces had targeted "terrorist" launch sites and thwarted an attempt by HTS fighters to infiltrate army lines in the Ghab plain.'],
    ['sdf attacked isis', 'The Syrian Democratic Forces said on Monday its fighters in the Deir ez-Zor countryside repelled an attack by Islamic State cells.'],
  ],
  'no repeller (both)': [
    ['no syr attacked hts', 'The Syrian defence ministry said its forces had thwarted a plot in the Ghab plain, blaming HTS.'],
    ['no syr attacked hts', 'وقالت وزارة الدفاع السورية إن وحداتها أحبطت مخططاً في ريف اللاذقية واتهمت «هيئة تحرير الشام».'],
  ],
});
