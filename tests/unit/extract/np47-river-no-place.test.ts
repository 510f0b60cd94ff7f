/**
 * A river is no place of presence (branch np47; diagnosis-batch46 §6 np47 rank 1, FP 87, #85–86; pool b13 `شرق نهر
 * الفرات`): `تسيطر X على الضفة الغربية لنهر الفرات في محافظة P` → X in P (the province the bank lies in), never the river;
 * with no place after the river, no record on it. relations/riverbank.ts, cues.csv `river_word`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['syr deployed_in deir-ez-zor', 'وتسيطر القوات الحكومية على الضفة الغربية لنهر الفرات في محافظة دير الزور، بينما تسيطر «قسد» على ضفته الشرقية.'],
    ['no syr deployed_in euphrates-river', 'وتسيطر القوات الحكومية على الضفة الغربية لنهر الفرات في محافظة دير الزور، بينما تسيطر «قسد» على ضفته الشرقية.'],
    ['no sdf deployed_in euphrates-river', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، فيما تسيطر «قسد» على معظم المناطق الواقعة شرق نهر الفرات.'],
  ],
  'variants: another verb, a locator with ب, a date (ar)': [
    ['sdf deployed_in deir-ez-zor', 'وتسيطر «قسد» على الضفة الشرقية لنهر الفرات بريف دير الزور منذ عام 2019.'],
    ['no sdf deployed_in euphrates-river', 'وتسيطر «قسد» على الضفة الشرقية لنهر الفرات بريف دير الزور منذ عام 2019.'],
  ],
  'the other language (en)': [
    ['syr deployed_in deir-ez-zor', 'Government forces control the western bank of the Euphrates River in Deir ez-Zor province.'],
    ['no syr deployed_in euphrates-river', 'Government forces control the western bank of the Euphrates River in Deir ez-Zor province.'],
    ['no sdf deployed_in euphrates-river', 'The SDF controls most areas east of the Euphrates River.'],
  ],
  'negatives: a place that is no river stays (ar, en)': [
    ['sdf deployed_in raqqa', 'The SDF is deployed in Raqqa, east of the Euphrates River.'],
  ],
}, '2024-02-25');
