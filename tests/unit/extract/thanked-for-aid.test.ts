/**
 * Support told by thanks (diagnosis-batch26 §6 fix 1, support and help): "X thanked Y for sending aid / for its support",
 * `شكر X Y على إرسال المساعدات`, `على دعمها`: Y supported X (an official thanks for his state). The
 * thanker may be the antecedent of ", who" or an Arabic VSO subject; a date stands between. Thanks for something that is
 * no aid or support ("for hosting the talks") and thanks with no one thanked give nothing.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'thanked for aid or support (en)': [
    ['grc supported tur', 'Dendias toured the devastated province of Hatay with his Turkish counterpart Mevlut Cavusoglu, who thanked Athens for sending rescue teams and aid.'],
    ['grc supported tur', 'Turkey thanked Greece on Monday for its support.'],
    ['are supported syr', 'Syria, which was hit by the earthquake, thanked the UAE for sending aid.'],
    ['no grc supported tur', 'Turkey thanked Greece on Monday for hosting the talks.'],
  ],
  'thanked for aid or support (ar)': [
    ['grc supported tur', 'وشكرت تركيا اليونان على إرسال فرق إنقاذ ومساعدات.'],
    ['grc supported tur', 'وشكرت تركيا، أمس، اليونان على إرسال فرق إنقاذ ومساعدات.'],
    ['are supported syr', 'وشكر الرئيس السوري الإمارات على دعمها لسوريا.'],
    ['no grc supported tur', 'وشكرت تركيا اليونان على استضافة المحادثات.'],
    ['are supported syr', 'وأكد الوزير الإماراتي وقوف بلاده إلى جانب الشعب السوري، فيما شكر الأسد الإمارات على دعمها.'],
    ['irq supported syr', 'وشكر وزير الخارجية السوري بسام الصباغ بغداد على دعمها، مؤكداً أن دمشق ستواصل استقبال الوافدين.'],
  ],
});
