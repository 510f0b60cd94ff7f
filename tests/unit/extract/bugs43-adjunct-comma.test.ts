/**
 * A comma after a place adjunct is no list (branch bugs43, fix 3): in `استقبل X، أمس الإثنين في دمشق، المبعوث … Y` the
 * comma closes the adjunct `في دمشق`; Y is the verb's object, not a member of a list with Damascus (mentions.ts
 * joinsPrevious / placeAdjunct: a comma alone, no و, between a place governed by في/بـ/"in"/"at" and a mention that is
 * neither a place nor a country joins nothing). English writes the date after the place and reads right already.
 * Look-alikes: places listed by commas after في stay a list; a و joins as before.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the object after a date and place adjunct (ar)': [
    // the pool's rows (b36 heldout-2023-10-03-lavrentiev-assad-damascus, b28 heldout-2022-12-14-pedersen-mekdad-geneva-venue)
    ['bashar-al-assad hosted alexander-lavrentiev', 'استقبل الرئيس السوري بشار الأسد، أمس الإثنين في دمشق، المبعوث الخاص للرئيس الروسي ألكسندر لافرنتييف والوفد المرافق له، وبحث الجانبان العلاقات.'],
    ['bashar-al-assad met alexander-lavrentiev', 'استقبل الرئيس السوري بشار الأسد، أمس الإثنين في دمشق، المبعوث الخاص للرئيس الروسي ألكسندر لافرنتييف والوفد المرافق له، وبحث الجانبان العلاقات.'],
    ['faisal-mekdad hosted geir-pedersen', 'استقبل وزير الخارجية والمغتربين السوري فيصل المقداد، اليوم الأربعاء في دمشق، المبعوث الأممي الخاص إلى سوريا غير بيدرسن، وبحث معه مسار العملية السياسية.'],
    // variants: the place alone, a clitic preposition, a place head, another verb
    ['bashar-al-assad hosted alexander-lavrentiev', 'استقبل الرئيس بشار الأسد في دمشق، المبعوث الروسي ألكسندر لافرنتييف.'],
    ['bashar-al-assad hosted alexander-lavrentiev', 'استقبل الرئيس بشار الأسد، اليوم بدمشق، المبعوث الروسي ألكسندر لافرنتييف.'],
    ['bashar-al-assad hosted alexander-lavrentiev', 'استقبل الرئيس بشار الأسد، أمس في مدينة دمشق، المبعوث الروسي ألكسندر لافرنتييف.'],
    ['sergei-lavrov met faisal-mekdad', 'التقى وزير الخارجية الروسي سيرغي لافروف، أمس في موسكو، نظيره السوري فيصل المقداد.'],
  ],
  'look-alikes (ar)': [
    // a list of places after في stays a list
    ['rus attacked aleppo', 'قصفت روسيا مواقع في إدلب، حلب، حماة.'],
    ['rus attacked hama', 'قصفت روسيا مواقع في إدلب، حلب، حماة.'],
    // a list of persons with no place between
    ['bashar-al-assad hosted alexander-lavrentiev', 'استقبل الرئيس بشار الأسد المبعوث الروسي ألكسندر لافرنتييف، ونائب وزير الخارجية سيرغي فيرشينين.'],
  ],
  'the object after an adjunct between commas (en)': [
    ['bashar-al-assad hosted alexander-lavrentiev', 'Assad received, in Damascus on Monday, Russian envoy Alexander Lavrentiev.'],
    ['bashar-al-assad hosted alexander-lavrentiev', "Assad received in Damascus on Monday, Russian President Vladimir Putin's envoy Alexander Lavrentiev."],
  ],
}, '2023-10-03');
