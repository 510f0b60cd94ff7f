/**
 * A place phrase repeated with its preposition (branch np47; diagnosis-batch46 §6 np47 rank 5 #32 and diagnosis-batch47
 * #? "carried out air strikes on the outskirts of P and on hills near Q"; pool b13 `في حي المزة بدمشق وفي ضاحية قدسيا`,
 * b15 `في محيط المطار وفي منطقة الكسوة`, b42 `على الجزء الأكبر من محافظة إدلب وعلى أجزاء من ريف اللاذقية`): the
 * second "and PREP … Q" after an attack's or a presence's place phrase opened by the same PREP is a place of it too.
 * relations/repeatedprep.ts.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['rus attacked jisr-al-shughur', 'Russian warplanes carried out at least six air strikes on Monday on the outskirts of Darkush and on hills near Jisr al-Shughur in northwestern Syria, rescue workers and a war monitor said.'],
    ['rus attacked jabal-al-zawiya', 'Russian warplanes carried out at least eight air strikes on Thursday on the western outskirts of Idlib city and on villages in the Jabal al-Zawiya area, rescuers and war monitors said.'],
    ['rus attacked idlib', 'Russian warplanes carried out at least eight air strikes on Thursday on the western outskirts of Idlib city and on villages in the Jabal al-Zawiya area, rescuers and war monitors said.'],
  ],
  'variants: a verb, presence, a locator after the first place (en)': [
    ['rus attacked jisr-al-shughur', 'Russian jets struck villages near Ariha in Idlib province and near Jisr al-Shughur on Sunday.'],
    ['hts deployed_in latakia', 'HTS fighters are deployed in most of Idlib province and in parts of the Latakia countryside.'],
  ],
  'the other language (ar)': [
    ['isr attacked qudsaya', 'وشنت طائرات إسرائيلية غارات على مبنيين سكنيين في حي المزة بدمشق وفي ضاحية قدسيا بريف دمشق.'],
    ['hts deployed_in latakia', 'وتسيطر «هيئة تحرير الشام» على الجزء الأكبر من محافظة إدلب وعلى أجزاء من ريف اللاذقية الشمالي الشرقي.'],
    ['isr attacked al-kiswah', 'وقالت مصادر إن الضربات الإسرائيلية طالت مستودعات أسلحة في محيط مطار دمشق وفي منطقة الكسوة.'],
    ['rus attacked jisr-al-shughur', 'وشنت طائرات روسية غارات على أطراف بلدة دركوش وعلى تلال قرب جسر الشغور.'],
  ],
  'negatives: another preposition, a time phrase, a new clause (en, ar)': [
    ['no rus attacked jisr-al-shughur', 'Russian warplanes struck the outskirts of Ariha on Monday and Syrian troops in Jisr al-Shughur said they saw the jets.'],
    ['no rus attacked jisr-al-shughur', 'Russian warplanes struck villages in Idlib and on Tuesday Turkish officials in Jisr al-Shughur condemned the raids.'],
  ],
}, '2024-02-25');
