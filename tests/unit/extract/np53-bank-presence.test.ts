/**
 * A river's bank held by X is X's presence in the river's place (branch np53; diagnosis-batch50 §6 np52 rank 1 #9/#58/#59,
 * diagnosis-batch51 §6 np52 rank 1 #64; pool b24 shuhayl, b31 dhiban, b35 tribal-attack, b46 mayadin, b48 baggara):
 * `بينما تنتشر القوات الحكومية … على ضفته الغربية`, `على الضفة الغربية للنهر`, a gapped second holder, "hold the western
 * bank". relations/bankpresence.ts, cues.csv `bank_noun`/`bank_side`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['syr deployed_in deir-ez-zor', 'وتسيطر «قسد»، المدعومة من التحالف الدولي بقيادة الولايات المتحدة، على الضفة الشرقية لنهر الفرات في محافظة دير الزور، بينما تنتشر القوات الحكومية ومجموعات مسلحة موالية لإيران على ضفته الغربية.'],
    ['syr deployed_in deir-ez-zor', 'وتسيطر «قسد» على ريف دير الزور الواقع شرقي نهر الفرات، بينما تنتشر القوات الحكومية والميليشيات الإيرانية على الضفة الغربية للنهر.'],
    ['sdf deployed_in deir-ez-zor', 'وتسيطر القوات الحكومية على الضفة الغربية لنهر الفرات في محافظة دير الزور، بينما تسيطر «قسد» على ضفته الشرقية.'],
  ],
  'variants: a gapped second holder, a date, a relative clause, SVO (ar)': [
    ['sdf deployed_in deir-ez-zor', 'ويتوزع أبناء عشيرة البكارة على ضفتي نهر الفرات في ريف دير الزور، حيث تسيطر «قوات سوريا الديمقراطية» على الضفة الشرقية والقوات الحكومية على الضفة الغربية.'],
    ['syr deployed_in deir-ez-zor', 'ويتوزع أبناء عشيرة البكارة على ضفتي نهر الفرات في ريف دير الزور، حيث تسيطر «قوات سوريا الديمقراطية» على الضفة الشرقية والقوات الحكومية على الضفة الغربية.'],
    ['syr deployed_in raqqa', 'وتقع قرى ريف الرقة على نهر الفرات، وتسيطر القوات الحكومية، منذ عام 2017، على الضفة الجنوبية للنهر.'],
    ['sdf deployed_in deir-ez-zor', 'وتسيطر «قسد»، التي تدعمها واشنطن، على الضفة الشرقية لنهر الفرات في ريف دير الزور.'],
    ['syr deployed_in deir-ez-zor', 'وفي محافظة دير الزور، القوات الحكومية تسيطر على الضفة الغربية لنهر الفرات.'],
  ],
  'the other language (en)': [
    ['syr deployed_in deir-ez-zor', 'The Kurdish-led force controls most of Deir ez-Zor province east of the Euphrates, while Syrian government forces and Iran-backed militias hold the western bank.'],
    ['no irn deployed_in deir-ez-zor', 'The Kurdish-led force controls most of Deir ez-Zor province east of the Euphrates, while Syrian government forces and Iran-backed militias hold the western bank.'],
    ['sdf deployed_in deir-ez-zor', 'The SDF has held the eastern bank of the Euphrates in Deir ez-Zor province since 2019.'],
    ['syr deployed_in raqqa', 'In Raqqa province, government forces control the southern bank of the river.'],
  ],
  'negatives: no holder, no holding verb, no river, a West Bank (en)': [
    ['no sdf deployed_in deir-ez-zor', 'The SDF said gunmen crossed from Deir ez-Zor province to the western bank of the Euphrates.'],
    ['no isr deployed_in west-bank', 'The World Bank said the western bank of its fund is closed.'],
    ['no sdf deployed_in deir-ez-zor', 'The SDF in Deir ez-Zor province accused the bank of the other side of fraud.'],
  ],
  'negatives (ar)': [
    ['no sdf deployed_in deir-ez-zor', 'وقالت «قسد» إن مسلحين عبروا من ريف دير الزور إلى الضفة الغربية لنهر الفرات.'],
    ['no syr deployed_in deir-ez-zor', 'وقصفت القوات الحكومية من ريف دير الزور قرى على الضفة الشرقية للنهر.'],
  ],
}, '2024-02-25');
