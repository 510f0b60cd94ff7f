/**
 * The label "aggression" said of an owner (gold README rule 17b; branch pred36, diagnosis-batch31 #71, 98): the speaker
 * who calls an actor's act its aggression criticized the owner: `في مواجهة العدوان الإسرائيلي`, "in the face of Israeli
 * aggression", "what he called its aggression against Syria". Look-alikes: no speaker, an owner the sentence's own
 * condemnation already reads, aggression with no owner.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'aggression label (en)': [
    ['faisal-mekdad criticized isr', 'Mekdad accused the United States of giving Israel cover for what he called its aggression against Syria and the Palestinians, the ministry said.'],
    ['masoud-pezeshkian criticized isr', 'Pezeshkian told his guest that Iran would continue to stand by Syria and support it in the face of Israeli aggression.'],
    ['no isr criticized isr', 'The Israeli aggression on Gaza continued for a third month.'],
    ['no isr criticized hezbollah', 'Israel said it would respond to any aggression.'],
  ],
  'aggression label (ar)': [
    ['benjamin-netanyahu criticized irn', 'وقال نتنياهو إن إسرائيل سترد على العدوان الإيراني.'],
    ['bashar-al-assad criticized isr', 'وأكد الرئيس السوري بشار الأسد وقوف سوريا إلى جانب لبنان في مواجهة العدوان الإسرائيلي.'],
    ['no syr criticized isr', 'واستمر العدوان الإسرائيلي على غزة لليوم الخامس.'],
  ],
  'an owned act labelled a violation (ar)': [
    ['faisal-mekdad criticized isr', 'واعتبر الوزير السوري فيصل المقداد أن الاعتداءات الإسرائيلية المتكررة تشكل انتهاكاً صارخاً للقانون الدولي.'],
    ['sdf criticized tur', 'وقالت «قسد» في بيان إن الهجمات التركية «انتهاك للسيادة السورية».'],
    ['no sohr criticized isr', 'وقال المرصد إن الغارات الإسرائيلية استهدفت مواقع في ريف دمشق في انتهاك جديد.'],
  ],
  'an owned act labelled a violation (en)': [
    ['faisal-mekdad criticized isr', 'Mekdad said Israeli strikes constitute a flagrant violation of international law.'],
  ],
});
