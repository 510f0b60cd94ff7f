/**
 * Slash pairs (diagnosis-batch25 LIST, #100: "PKK/YPG"): two groups joined by a slash are both named, as a list with "and"
 * is; the slash joins groups only (not places nor the months of an Arabic date). A paraphrase suite of new sentences: the
 * relation (attacked, accused, supported), the position (object, possessor, subject), both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a slash between two groups names both': [
    ['tur attacked ypg', 'Turkish drones struck PKK/YPG positions near Kobani.'],
    ['tur attacked pkk', 'Turkish drones struck PKK/YPG positions near Kobani.'],
    ['tur accused ypg', 'Turkey accused the PKK/YPG of the bombing in Istanbul.'],
    ['tur attacked ypg', 'Turkish jets have repeatedly bombed the PKK/YPG in northern Syria.'],
  ],
  'a slash between two groups names both (ar)': [
    ['tur attacked ypg', 'وقصفت المسيّرات التركية مواقع لحزب العمال الكردستاني/وحدات حماية الشعب قرب كوباني.'],
    ['tur attacked pkk', 'وقصفت المسيّرات التركية مواقع لحزب العمال الكردستاني/وحدات حماية الشعب قرب كوباني.'],
  ],
});
