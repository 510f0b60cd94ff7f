/**
 * A `، وقد` clause shares the opening subject (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #4, #55): `وتعدّ روسيا،
 * إلى جانب إيران، أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا` — the verb after "، وقد" with no subject right after it
 * takes the sentence's first actor, not the genitive (`دمشق`) or the apposition (`إيران`) named last (args.ts
 * arabicVerbSubject).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the rows and their variants (ar)': [
    ['rus deployed_in syr', 'وتعدّ روسيا، إلى جانب إيران، أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا في أيلول/سبتمبر 2015.'],
    ['no irn deployed_in syr', 'وتعدّ روسيا، إلى جانب إيران، أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا في أيلول/سبتمبر 2015.'],
    ['rus deployed_in syr', 'وتعدّ روسيا أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا عام 2015.'],
    ['tur deployed_in idlib', 'وتدعم تركيا فصائل المعارضة، وقد نشرت قوات في إدلب منذ عام 2017.'],
  ],
  'negatives: a subject of its own after the verb (ar)': [
    ['no tur deployed_in idlib', 'وتدعم تركيا فصائل المعارضة، وقد نشرت روسيا قوات في إدلب منذ عام 2017.'],
    ['rus deployed_in idlib', 'وتدعم تركيا فصائل المعارضة، وقد نشرت روسيا قوات في إدلب منذ عام 2017.'],
  ],
  'English control: ", and has" shares the subject': [
    ['rus deployed_in syr', 'Russia is, alongside Iran, the main ally of Damascus, and intervened militarily in Syria in September 2015.'],
  ],
});
