/**
 * A slot is filled from its own clause (slot34, diagnosis-batch29 §6 fix 3; #50, FP 60, 79). Sentences of our own.
 * - Arabic: a name inside a relative clause set off by a comma between the verb's subject and its object (`واتهمت
 *   «قسد»، التي تشكّل الوحدات عمودها الفقري، تركيا`) is no object of the verb, whatever the relative's verb; the object
 *   after the clause is read. The relative's own relation stays.
 * - English: a name inside an apposition to the subject's head (", an umbrella for Iran-backed militias including
 *   Kataib Hezbollah,") is no subject of the verb after it; the head is, when it names one.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a relative clause between subject and object stays out (ar)': [
    ['sdf accused tur', 'واتهمت «قسد»، التي تشكل «وحدات حماية الشعب» عمودها الفقري، تركيا بتصعيد هجماتها على المنطقة.'],
    ['no sdf accused ypg', 'واتهمت «قسد»، التي تشكل «وحدات حماية الشعب» عمودها الفقري، تركيا بتصعيد هجماتها على المنطقة.'],
    ['rus urged tur', 'ودعت روسيا، التي تدعم الحكومة السورية منذ عام 2015، تركيا إلى وقف العمليات العسكرية.'],
    ['rus supported syr', 'ودعت روسيا، التي تدعم الحكومة السورية منذ عام 2015، تركيا إلى وقف العمليات العسكرية.'],
    ['no rus urged syr', 'ودعت روسيا، التي تدعم الحكومة السورية منذ عام 2015، تركيا إلى وقف العمليات العسكرية.'],
    ['irn criticized isr', 'وانتقدت إيران، التي تنشر مستشارين عسكريين في سوريا، إسرائيل بسبب الغارات الأخيرة.'],
    ['no tur attacked hts', 'وقصفت تركيا، التي تتهم «هيئة تحرير الشام» بخرق الهدنة، مواقع لـ«قسد» في ريف حلب.'],
  ],
  'an apposition member is not the subject': [
    ['no kataib-hezbollah attacked usa', 'The group, an umbrella for Iran-backed militias including Kataib Hezbollah, has claimed more than 70 attacks on US troops in Iraq and Syria.'],
    ['no hts attacked syr', 'The alliance, a coalition of factions led by Hayat Tahrir al-Sham, attacked Syrian army positions near Saraqib on Saturday.'],
    ['hezbollah attacked isr', 'Hezbollah, a member of an alliance that includes Hamas, attacked Israeli positions near the border on Sunday.'],
    ['no hamas attacked isr', 'Hezbollah, a member of an alliance that includes Hamas, attacked Israeli positions near the border on Sunday.'],
    ['hts attacked syr', 'Hayat Tahrir al-Sham, the dominant group in Idlib, attacked Syrian army positions near Saraqib.'],
  ],
});

describeCases({
  'a place that contains the place named before it is no second place': [
    ['usa deployed_in rmelan', "The group said it had launched drones at a US base near Rumeilan in Syria's Hasakah province."],
    ['no usa deployed_in hasakah', "The group said it had launched drones at a US base near Rumeilan in Syria's Hasakah province."],
    ['no tur deployed_in aleppo', 'Turkey keeps troops at a base near al-Bab in Aleppo province.'],
    ['usa deployed_in hasakah', 'The United States keeps troops in Hasakah province and at al-Tanf.'],
  ],
});

describeCases({
  'a reported passive "used to launch" act carries no subject': [
    ['no ypg attacked tur', 'Ankara has long demanded that the YPG withdraw from Manbij and Tal Rifaat, which it says are used to launch attacks on Turkish forces.'],
    ['tur urged ypg', 'Ankara has long demanded that the YPG withdraw from Manbij and Tal Rifaat, which it says are used to launch attacks on Turkish forces.'],
    ['no sdf attacked tur', 'Turkey wants the SDF out of Tal Rifaat, which Ankara says was used for attacks on Turkish troops.'],
    ['ypg attacked tur', 'Turkey says the YPG uses Tal Rifaat to launch attacks on Turkish forces.'],
  ],
});
