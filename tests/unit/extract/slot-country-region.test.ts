/**
 * slot32 (diagnosis-batch27 #86): `شمال شرق البلاد` ("the country's northeast") is northeastern Syria, as the English
 * "the country's northeast" already is (entities.region.csv); a second place "most of them in …" is read past it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  "the country's northeast (ar)": [
    ['usa deployed_in northeastern-syria', 'وتنشر واشنطن نحو 900 جندي في سوريا، معظمهم في مناطق سيطرة «قسد» شمال شرق البلاد.'],
    ['usa deployed_in northeastern-syria', 'وتنشر واشنطن نحو 900 جندي في سوريا، معظمهم في شمال شرق سوريا.'],
    ['usa deployed_in northeastern-syria', 'وتنتشر القوات الأمريكية، منذ عام 2015، في شمال شرقي البلاد.'],
  ],
  "the country's northeast": [
    ['usa deployed_in northeastern-syria', "About 900 US troops are stationed in the country's northeast."],
  ],
});
