/**
 * slot32 (slot31's leftover bug): `وقصفت قوات تركية وأخرى موالية لإيران مواقع «قسد»`: the owner named in "and others
 * loyal to / belonging to Y" after a VSO subject belongs to the subject, the object comes after it; Y is a second doer
 * (slot31's otherOwners), also behind a preposition and a quote of their own (`لـ«الجيش الوطني»`). A site belonging to Y
 * right after the verb's subject is still Y's (no "others").
 */
import { describeCases } from './helpers.ts';

describeCases({
  'and others loyal to Y belong to the subject (ar)': [
    ['tur attacked sdf', 'وقصفت قوات تركية وأخرى موالية لإيران مواقع «قسد» في ريف حلب.'],
    ['no tur attacked irn', 'وقصفت قوات تركية وأخرى موالية لإيران مواقع «قسد» في ريف حلب.'],
    ['tur attacked sdf', 'وقصفت قوات تركية وأخرى تابعة لـ«الجيش الوطني» مواقع «قسد» قرب منبج، أمس الاثنين.'],
    ['syrian-national-army attacked sdf', 'وقصفت قوات تركية وأخرى تابعة لـ«الجيش الوطني» مواقع «قسد» قرب منبج، أمس الاثنين.'],
    ['no tur attacked syrian-national-army', 'وقصفت قوات تركية وأخرى تابعة لـ«الجيش الوطني» مواقع «قسد» قرب منبج، أمس الاثنين.'],
    ['tur attacked syrian-national-army', 'وقصفت قوات تركية مواقع تابعة لـ«الجيش الوطني» قرب منبج.'],
  ],
  'and others past a date adjunct between commas (ar)': [
    ['syr deployed_in tal-rifaat', 'وتنتشر في تل رفعت قوات روسية، منذ عام 2019، وأخرى تابعة للحكومة السورية.'],
    ['rus deployed_in tal-rifaat', 'وتنتشر في تل رفعت قوات روسية، منذ عام 2019، وأخرى تابعة للحكومة السورية.'],
    ['irn deployed_in tal-rifaat', 'وتنتشر في تل رفعت قوات روسية، أمس الاثنين، وأخرى موالية لإيران.'],
    ['no syr deployed_in tal-rifaat', 'وتنتشر في تل رفعت قوات روسية، بحسب المرصد السوري، وأخرى.'],
  ],
});
