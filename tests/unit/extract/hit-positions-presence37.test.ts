/**
 * Positions hit are there (branch slot37, diagnosis-batch32 §6 slot37 rank 5, lists of holders; gold rule 13): an Arabic
 * attack noun or verb on positions named after their head, `باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في تل
 * أبيض`: each holder of the list is deployed in the place, a state too (before, an attack noun blocked a state's
 * presence), and a quoted second holder after a separate `و` joins the list.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'every holder of positions hit is in their place (ar)': [
    // (the row: an attack noun, a state then a quoted group)
    ['tur deployed_in tal-abyad', 'وردّت «قسد» باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في تل أبيض.'],
    ['syrian-national-army deployed_in tal-abyad', 'وردّت «قسد» باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في تل أبيض.'],
    // (another attack noun, one holder, a place head between)
    ['tur deployed_in tal-abyad', 'وردّت «قسد» بقصف مواقع للجيش التركي في محيط مدينة تل أبيض.'],
    // (a verb, a date between)
    ['syr deployed_in manbij', 'وقصفت المدفعية التركية أمس مواقع للجيش السوري في ريف منبج.'],
    ['syrian-national-army deployed_in tal-abyad', 'وقصفت «قسد» مواقع للجيش التركي و«الجيش الوطني السوري» في تل أبيض.'],
    // (the attack stays)
    ['sdf attacked tur', 'وردّت «قسد» باستهداف مواقع للجيش التركي و«الجيش الوطني السوري» في تل أبيض.'],
    // (negative: an attack noun with no positions head, on a state, gives no presence of its own)
    ['no tur deployed_in tal-abyad', 'وأدانت «قسد» القصف التركي على تل أبيض.'],
  ],
});
