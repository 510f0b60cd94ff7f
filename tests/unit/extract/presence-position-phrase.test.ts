/**
 * pres38: a presence verb's place told through a position phrase (quantity words, position nouns, locatives) between
 * the verb's preposition and the place (relations/positionphrase.ts; gold rules 13 and 18d), both languages, and the
 * look-alikes it must leave alone.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'position phrase after a presence verb (ar)': [
    ['syr deployed_in kobani', 'وتنتشر وحدات من الجيش السوري في عدد من نقاط التماس بريف عين العرب بموجب تفاهمات مع «قسد» جرت برعاية روسية.'],
    ['syr deployed_in manbij', 'وتنتشر قوات حكومية سورية في عدد من النقاط على طول خطوط التماس غرب منبج، بموجب اتفاق أبرمته «قسد» مع دمشق.'],
    ['usa deployed_in al-omar-oil-field', 'ويدعم التحالف «قسد» منذ عام 2015، فيما تنتشر القوات الأمريكية في عدة قواعد أبرزها قاعدة حقل العمر النفطي.'],
    ['syr deployed_in manbij', 'وتنتشر قوات حكومية في عشرات النقاط قرب منبج منذ عام 2019.'],
    ['tur deployed_in idlib', 'وتنشر تركيا قوات في عشرات النقاط العسكرية بريف إدلب.'],
    ['syr deployed_in manbij', 'وكانت قوات حكومية، التي دخلت المنطقة عام 2019، تتمركز في عدد من النقاط قرب منبج.'],
    ['no syr deployed_in aleppo', 'وتنتشر قوات حكومية في عشرات النقاط قرب منبج في ريف حلب.'],
    ['no tur deployed_in manbij', 'وقصفت تركيا عشرات النقاط قرب منبج.'],
  ],
  'position phrase after a presence verb': [
    ['syr deployed_in tafas', 'Syrian troops are deployed at dozens of checkpoints around Tafas.'],
    ['tur deployed_in saraqeb', 'Turkish troops are stationed at a string of observation posts around Saraqeb.'],
    ['tur deployed_in saraqeb', 'Turkey, which backs the opposition, keeps troops at several observation posts near Saraqeb.'],
    ['tur deployed_in saraqeb', 'Since 2020 Turkish troops have been stationed at a number of positions outside Saraqeb.'],
    ['no tur deployed_in saraqeb', 'Turkish artillery shelled dozens of positions around Saraqeb.'],
  ],
});
