/**
 * np55: a presence noun owned by a pronoun or held by its owner (gold rule 13; diagnosis-batch52 §6 np54 rank 1,
 * diagnosis-batch53 §6 np54 rank 1): `بترسيخ وجودهما العسكري في سوريا` (the dual clitic: both conjuncts), `وتصف
 * وجودها العسكري هناك` (the place pronoun: the last place named), `ولروسيا وجود عسكري في قاعدة حميميم` (a presence
 * had by the ل owner), `يحتفظ «حزب الله» بوجود عسكري فيها` (a presence kept by the subject), "Russian officers, who
 * maintain a liaison presence in Aleppo" → each owner deployed_in the place. New sentences, both languages,
 * look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a dual or plural owner clitic on the presence noun (ar)': [
    ['irn deployed_in syr', 'وتقول إسرائيل إنها لن تسمح لإيران و«حزب الله» بترسيخ وجودهما العسكري في سوريا.'],
    ['hezbollah deployed_in syr', 'وتقول إسرائيل إنها لن تسمح لإيران و«حزب الله» بترسيخ وجودهما العسكري في سوريا.'],
    // (a date between, another verb)
    ['usa deployed_in syr', 'وطالبت دمشق الأحد واشنطن وأنقرة بإنهاء وجودهما غير الشرعي على الأراضي السورية.'],
    ['tur deployed_in syr', 'وطالبت دمشق الأحد واشنطن وأنقرة بإنهاء وجودهما غير الشرعي على الأراضي السورية.'],
  ],
  'the place told by a pronoun: هناك, فيها (ar)': [
    ['tur deployed_in northern-syria', 'وتتهم الحكومة السورية أنقرة بالسعي إلى ربط مناطق الشمال السوري باقتصادها، وتصف وجودها العسكري هناك بالاحتلال.'],
    // (a modifier between the owner and the noun, another owner)
    ['rus deployed_in idlib', 'وتشن موسكو غارات على ريف إدلب، وتقول إن قواتها الجوية تعزز وجودها هناك.'],
  ],
  'a presence had or kept by its owner (ar)': [
    ['rus deployed_in hmeimim-air-base', 'ولروسيا وجود عسكري في قاعدة حميميم الجوية بريف اللاذقية منذ تدخلها في الحرب السورية عام 2015.'],
    ['usa deployed_in al-tanf', 'وللولايات المتحدة وجود عسكري في قاعدة التنف قرب الحدود الأردنية.'],
    ['hezbollah deployed_in palmyra', 'وتقع مدينة تدمر في بادية حمص، ويحتفظ «حزب الله» بوجود عسكري فيها منذ عام 2017.'],
    ['no hezbollah deployed_in homs', 'وتقع مدينة تدمر في بادية حمص، ويحتفظ «حزب الله» بوجود عسكري فيها منذ عام 2017.'],
    ['irn deployed_in deir-ez-zor', 'وتحتفظ إيران بوجود عسكري في دير الزور عبر فصائل موالية لها.'],
  ],
  'a presence kept by its owner (en)': [
    ['irn deployed_in deir-ez-zor', 'Iran has maintained a military presence in Deir ez-Zor since 2017.'],
    ['hezbollah deployed_in qusayr', 'Hezbollah keeps a large presence in Qusayr, near the Lebanese border.'],
  ],
  'no presence read (ar, en)': [
    // (a singular clitic whose place is no place; a presence the owner has not: a negated clause)
    ['no tur deployed_in syr', 'وكانت دمشق قد طالبت مراراً بخروج القوات الأمريكية والتركية من أراضيها، معتبرةً وجودهما غير شرعي.'],
    ['no rus deployed_in idlib', 'وقال المسؤول إنه ليس لروسيا وجود عسكري في إدلب.'],
    ['no irn deployed_in deir-ez-zor', 'Iran does not maintain a military presence in Deir ez-Zor, the ministry said.'],
    // (an unnamed owner, a non-military possessor)
    ['no irn deployed_in syr', 'Iran said the presence of refugees in Syria was a burden.'],
  ],
});
