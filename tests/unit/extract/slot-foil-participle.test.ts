/**
 * slot32 (pooled 13-26 false positives, "a relation where the frame is negated"): an attack or threat governed by a foil
 * verb (foiled, thwarted, prevented, `أحبط`, `أفشل`, `منع`) did not happen and makes no attacker of the foiler; an English
 * -ed form right after an article is an adjective ("a threatened offensive"), no finite verb of the sentence's subject.
 * Both languages, past a date, a modifier, a reported clause; the plain acts stay.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a foiled attack is no attack': [
    ['no irn attacked isfahan', 'Iran said on Sunday it had foiled a drone attack on a defence ministry facility in the central city of Isfahan late on Saturday.'],
    ['no irn attacked isfahan', 'Iran said it thwarted an attack on a military plant in Isfahan on Saturday.'],
    ['no isr attacked istanbul', 'Lapid thanked Turkey for thwarting what Israel says was an Iranian plot to attack Israeli tourists in Istanbul.'],
    ['no tur attacked irq', 'Turkey said its forces prevented an attack on a base in Iraq on Monday.'],
    ['isr attacked damascus', 'Israel struck targets near Damascus on Monday, the army said.'],
    ['irn attacked erbil', 'Iran struck Erbil with missiles on Sunday, saying it had foiled a plot.'],
  ],
  'a foiled attack is no attack (ar)': [
    ['no tur attacked irq', 'أعلنت وزارة الدفاع التركية، أمس الاثنين، أنها أحبطت هجوماً على قاعدة عسكرية في العراق.'],
    ['no irn attacked isfahan', 'وقالت إيران إنها أفشلت هجوماً بطائرات مسيّرة على منشأة عسكرية في أصفهان.'],
    ['tur attacked northern-iraq', 'وقصفت تركيا، أمس الاثنين، مواقع في شمال العراق.'],
  ],
  'an -ed form after an article is an adjective': [
    ['no mazloum-abdi threatened tur', 'SDF commander Mazloum Abdi called on Washington and Moscow to do more to stop a threatened Turkish ground offensive.'],
    ['mazloum-abdi urged usa', 'SDF commander Mazloum Abdi called on Washington and Moscow to do more to stop a threatened Turkish ground offensive.'],
    ['no syr threatened tur', 'Damascus on Monday condemned the threatened Turkish incursion.'],
    ['tur threatened sdf', 'Turkey threatened the SDF with a new ground offensive on Monday.'],
  ],
});
