/**
 * slot47: a state sealing or keeping closed its own border sanctions the state it faces (gold rule 21e; pool: the Rukban
 * articles of batches 28–45): "Jordan sealed its side of the border in 2016" → `jor sanctioned syr 2016`; "has kept its
 * side of the border sealed since 2016" → at publication; «وأغلق الأردن حدوده مع المخيم عام 2016»; «فيما يُبقي الأردن
 * حدوده مغلقة أمام سكانه»; the state faced is the one the article's places lie in, not a capital standing for a state
 * (relations/sealedborder.ts; cues.csv `seal_word`, `own_border`).
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'a state sealing its own border sanctioned the state it faces',
  `
en 2022-11-06 sanctioned jor_syr_2016 | The Rukban camp lies in Syria near the border with Jordan. / Jordan sealed its side of the border in 2016 after a car bomb killed seven of its soldiers.
en 2024-08-07 sanctioned jor_syr_2016 | Residents of the Rukban camp appealed for food on Monday. / Jordan sealed its border with the camp in 2016 after a car bomb claimed by Islamic State killed seven Jordanian soldiers.
en 2023-12-08 sanctioned jor_syr_2023-12-08 | Residents of the Rukban camp appealed for food on Friday. / The last UN convoy reached Rukban in 2019, and Jordan has kept its side of the border sealed since 2016, citing security threats.
en 2024-02-20 sanctioned jor_syr_2024-02-20 | The camp lies near al-Tanf, where US troops are stationed alongside a rebel group backed by Washington. / Jordan has kept its border with the camp closed since a 2016 bombing that killed seven of its soldiers.
en 2024-02-20 sanctioned !jor_usa_2024-02-20 | The camp lies near al-Tanf, where US troops are stationed alongside a rebel group backed by Washington. / Jordan has kept its border with the camp closed since a 2016 bombing that killed seven of its soldiers.
en 2024-06-24 sanctioned jor_syr_2016 | Residents of the Rukban camp say supplies are running out. / Jordan closed its side of the border in 2016 after a car bomb killed seven of its soldiers nearby.
en 2023-02-10 sanctioned !tur_syr_2023-02-10 | The quake hit Aleppo on Monday. / Turkey closed its border crossings for two days after the earthquake.
ar 2024-03-14 sanctioned jor_syr_2016 | يعاني سكان مخيم الركبان من نقص الغذاء. / وأغلق الأردن حدوده مع المخيم عام 2016، إثر هجوم بسيارة مفخخة على موقع لجيشه قرب الساتر الترابي.
ar 2023-12-18 sanctioned jor_syr_2023-12-18 | يعاني سكان مخيم الركبان من نقص الغذاء. / وقال ناشطون إن حواجز قوات النظام تمنع وصول الشاحنات، فيما يُبقي الأردن حدوده مغلقة أمام سكانه.
ar 2023-08-02 sanctioned jor_syr_2023-08-02 | يعاني سكان مخيم الركبان من نقص الغذاء. / ويقطن المخيم نحو ثمانية آلاف شخص، فيما أغلق الأردن حدوده أمامه منذ عام 2016.
ar 2022-05-17 sanctioned jor_syr_2022-05-17 | يعاني سكان مخيم الركبان من نقص الغذاء. / ويغلق الأردن المنطقة الحدودية المقابلة منذ هجوم تبنّاه تنظيم «داعش» على موقع لجيشه قرب المخيم في حزيران/يونيو 2016.
ar 2023-02-10 sanctioned !tur_syr_2023-02-10 | ضرب الزلزال مدينة حلب. / وأغلقت تركيا معابرها الحدودية مع الشمال السوري لأيام.
`,
);
