/**
 * Passive participles after an apposition (diagnosis-batch24 §4 #33, #55; §6): "Ain Issa, on the M4 highway, is held by
 * the SDF" holds Ain Issa (the head before the opening comma), not the highway; "The SDF, backed by about 900 US troops"
 * and "The Syrian Democratic Forces (SDF), backed by US helicopters" are backed by the US (past a count, past the
 * abbreviation in brackets), never read backwards. And the control noun past a date phrase: `تخضع محافظة درعا منذ صيف عام
 * 2018 لسيطرة الحكومة السورية`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'held/controlled by after a prepositional apposition (en)': [
    ['sdf deployed_in ain-issa', 'Ain Issa, on the M4 highway, is held by the SDF.'],
    ['no sdf deployed_in m4-highway', 'Ain Issa, on the M4 highway, is held by the SDF.'],
    ['sdf deployed_in ain-issa', 'Ain Issa, in Raqqa province, is held by the SDF.'],
    ['sdf deployed_in ain-issa', 'Ain Issa, a town on the M4 highway, is held by the SDF.'],
    ['no sdf deployed_in m4-highway', 'The town, on the M4 highway, is held by the SDF.'],
    ['tur deployed_in tal-abyad', 'Tal Abyad, on the Turkish border, is controlled by Turkey.'],
  ],
  'backed by after a comma (en)': [
    ['usa supported sdf', 'The SDF, backed by about 900 US troops deployed in the northeast, controls the camp.'],
    ['no sdf supported usa', 'The SDF, backed by about 900 US troops deployed in the northeast, controls the camp.'],
    ['usa supported sdf', 'The Syrian Democratic Forces (SDF), backed by US helicopters, raided a house in the town of Shuhayl on Monday.'],
    ['usa supported sdf', 'The SDF, backed by the United States, controls Raqqa.'],
  ],
  'control noun past a date phrase (ar)': [
    ['syr deployed_in daraa', 'وتخضع محافظة درعا منذ صيف عام 2018 لسيطرة الحكومة السورية، بعد اتفاقات تسوية رعتها روسيا.'],
    ['syr deployed_in daraa', 'وتخضع محافظة درعا منذ عام 2018 لسيطرة الحكومة السورية.'],
    ['syr deployed_in daraa', 'وتخضع محافظة درعا لسيطرة الحكومة السورية.'],
  ],
});
