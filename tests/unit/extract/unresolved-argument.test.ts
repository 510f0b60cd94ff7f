/**
 * "No resolved argument, no triple" (diagnosis-batch23 §7 fix 5, §4; diagnosis-batch22 §8): a head noun in an
 * argument's place that names no entity blocks the relation rather than passing it to another name.
 * - An unresolved object head that refers to a definite actor (the army, the group, `التنظيم`) or, outside attacks and
 *   presence, any noun phrase (a resolution, groups linked to, the international community), blocks the target,
 *   whatever comes after it (near, in, against, a relative clause, a participle).
 * - Gold rule 10: a thing struck (a house, a depot, a convoy) or the targets of an unnamed group keep the place
 *   named after them as the target.
 * A paraphrase suite: the head varies (army, group, organisation, leaders, statement, earthquake, resolution), the frame
 * (bare, reported, after "by", a relative clause, a participle), the preposition (near, in, outside, of). New sentences
 * only.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an unresolved actor head after an attack verb blocks the place after it': [
    ['no hts attacked saraqeb', 'HTS fighters fired rockets at army positions near Saraqeb.'],
    ['no hts attacked saraqeb', 'HTS said its fighters had responded by targeting army positions near Saraqeb.'],
    ['no tur attacked kobani', 'Turkish drones struck the group\'s positions near Kobani.'],
    ['no isr attacked quneitra', 'Israeli jets hit army posts outside Quneitra on Monday.'],
    ['no rus attacked idlib', 'Russian warplanes bombed militant commanders of the group in Idlib.'],
    ['no usa attacked hasakah', 'US forces targeted the organisation\'s leaders near Hasakah.'],
  ],
  'a thing struck keeps the place named after it (gold rule 10)': [
    ['isr attacked damascus', 'Israeli jets struck a weapons depot near Damascus.'],
    ['tur attacked qamishli', 'Turkish drones hit a car in Qamishli on Sunday.'],
    ['isr attacked syr', 'Israeli jets struck positions in Syria on Monday.'],
    ['tur attacked syr', 'Turkey struck Kurdish fighters in Syria.'],
    ['usa attacked irq', 'US jets struck militia positions in Iraq.'],
    ['isr attacked syr', 'Israeli jets hit a group of fighters in Syria.'],
  ],
  'an unresolved actor head after an attack verb blocks the place after it (ar)': [
    ['no usa attacked idlib', 'واستهدفت الغارات الأمريكية قادة في التنظيم في إدلب.'],
    ['no tur attacked manbij', 'وقصفت المدفعية التركية مواقع الجيش قرب منبج.'],
    ['no isr attacked quneitra', 'واستهدفت الطائرات الإسرائيلية مواقع للجيش في ريف القنيطرة.'],
  ],
  'a thing struck keeps the place (ar)': [
    ['isr attacked damascus', 'واستهدفت الطائرات الإسرائيلية مستودعاً للأسلحة قرب دمشق.'],
    ['usa attacked idlib', 'واستهدفت الغارة الأمريكية دراجة نارية في ريف إدلب.'],
  ],
  'an unresolved object noun phrase blocks the name in its modifier': [
    ['no usa criticized joe-biden', 'The US House of Representatives rejected a resolution that would have ordered President Joe Biden to withdraw troops.'],
    ['no usa criticized joe-biden', 'The Senate voted down a bill that would have required Joe Biden to end the deployment.'],
    ['no tur accused irn', 'Turkey accused militias loyal to Iran of the attack.'],
    ['tur accused irn', 'Turkey accused Iran of arming the militias.'],
  ],
  'an unresolved object noun phrase blocks the name in its modifier (ar)': [
    ['no jor accused irn', 'واتهم المصدر مجموعات مرتبطة بإيران بالوقوف وراء عمليات التهريب.'],
    ['no jor accused syr', 'واتهمت عمّان مجموعات مرتبطة بأجهزة أمنية سورية بتهريب المخدرات.'],
    ['no lbn urged syr', 'ودعا لبنان المجتمع الدولي إلى دعم عودة اللاجئين إلى سوريا.'],
    ['jor accused irn', 'واتهمت عمّان إيران بدعم المهربين.'],
  ],
  'an unresolved own subject (a relative clause\'s antecedent) blocks the carried subject (ar)': [
    ['no syr attacked tur', 'أعلنت سوريا الحداد. وأودى الزلزال الذي ضرب جنوب تركيا وشمال سوريا بحياة الآلاف.'],
    ['no syr attacked tur', 'وأعلنت سوريا الحداد، بعد الهزة التي ضربت جنوب تركيا.'],
    ['tur accused syr', 'أصدرت تركيا تقريراً. واتهمت تركيا الحكومة السورية بالتقصير.'],
  ],
  'an unresolved own subject blocks the speaker as subject': [
    ['no tur attacked northern-syria', 'Turkey\'s defence ministry said the fighters had opened fire on a Turkish base in northern Syria.'],
    ['no tur attacked syr', 'The Turkish ministry said the militants fired rockets at Syria.'],
    ['tur attacked syr', 'The Turkish ministry said its forces fired rockets at Syria.'],
    ['no tur attacked syr', 'Turkey said on Monday that the insurgents had attacked Syria.'],
  ],
});

describeCases({
  'an indefinite apposition with a participle and its agent is no subject of the verb after it': [
    ['hts deployed_in idlib', 'HTS, a former al-Qaeda affiliate led by Abu Mohammed al-Jolani, controls most of Idlib province.'],
    ['no al-qaeda deployed_in idlib', 'HTS, a former al-Qaeda affiliate led by Abu Mohammed al-Jolani, controls most of Idlib province.'],
    ['no al-qaeda deployed_in idlib', 'Hayat Tahrir al-Sham, an alliance once linked to al-Qaeda and founded by Jolani, controls Idlib.'],
    ['hezbollah attacked isr', 'Hezbollah, a group founded by Iran in the 1980s, attacked Israel on Sunday.'],
    ['no irn attacked isr', 'Hezbollah, a group founded by Iran in the 1980s, attacked Israel on Sunday.'],
    ['no usa attacked isis', 'The SDF, an alliance supported by the United States, attacked Islamic State positions.'],
    ['sdf attacked isis', 'The SDF, an alliance supported by the United States, attacked Islamic State positions.'],
  ],
});

describeCases({
  'strikes in a place against an owned target attack the owner, not the place (gold rule 10)': [
    ['isr attacked irn', 'Israel has carried out hundreds of strikes in Syria against what it says are Iranian targets.'],
    ['no isr attacked syr', 'Israel has carried out hundreds of strikes in Syria against what it says are Iranian targets.'],
    ['isr attacked irn', 'Israel has stepped up its strikes in Syria against Iranian targets.'],
    ['no isr attacked syr', 'Israel has stepped up its strikes in Syria against Iranian targets.'],
    ['tur attacked ypg', 'Turkey has launched air strikes in Iraq against YPG positions.'],
    ['isr attacked hezbollah', 'Israel has meanwhile stepped up its own strikes in Syria against what it says are Hezbollah supply routes.'],
    ['no isr attacked syr', 'Israel has meanwhile stepped up its own strikes in Syria against Hezbollah supply routes.'],
    ['isr attacked syr', 'Israel has carried out hundreds of strikes in Syria in recent years.'],
    ['isr attacked syr', 'Israel has carried out strikes in Syria against weapons depots.'],
  ],
});

describeCases({
  'a faction named by a name the lexicon lacks is unresolved, not the name after "against"': [
    ['no hts supported syrian-national-army', 'HTS fighters pushed into Afrin on Saturday, siding with an Ahrar al-Sham faction against the Third Legion of the Syrian National Army.'],
  ],
  'past the patron of an affiliation participle, a name further on is no one accused (ar)': [
    ['no jor accused syr', 'ويتهم الأردن مجموعات مرتبطة بإيران بالوقوف وراء تهريب الكبتاغون من جنوب سوريا.'],
  ],
});

describeCases({
  'an unnamed addressee of an urging verb blocks the urging, whatever its preposition (ar)': [
    ['no geir-pedersen urged syr', 'وحثّ المبعوث الأممي الدول المانحة على زيادة دعمها للاستجابة الإنسانية داخل سوريا.'],
    ['no faisal-mekdad urged syr', 'وطالب المقداد الدول الغربية برفع العقوبات المفروضة على سوريا.'],
    ['no lbn urged syr', 'ودعا لبنان المجتمع الدولي إلى دعم عودة اللاجئين إلى سوريا.'],
    ['faisal-mekdad urged usa', 'وطالب المقداد الولايات المتحدة برفع العقوبات المفروضة على سوريا.'],
    ['geir-pedersen urged tur', 'وحثّ المبعوث الأممي تركيا على وقف التصعيد.'],
  ],
});

describeCases({
  'an attack that names the actor it hit is no attack on the place named by its head (gold rule 10)': [
    ['no tur attacked qamishli', 'A Turkish drone struck a car near the northeastern Syrian city of Qamishli on Wednesday, killing two members of the Kurdish-led Syrian Democratic Forces.'],
    ['tur attacked sdf', 'A Turkish drone struck a car near the northeastern Syrian city of Qamishli on Wednesday, killing two members of the Kurdish-led Syrian Democratic Forces.'],
    ['tur attacked qamishli', 'A Turkish drone struck a car near the city of Qamishli on Wednesday.'],
  ],
});

describeCases({
  'a capital as the possessor of an act noun is no place of a presence': [
    ['no syr deployed_in moscow', "Assad's forces retook most of the country from rebels after Moscow's military intervention in 2015."],
    ['rus deployed_in syr', "Assad's forces retook most of the country from rebels after Moscow's military intervention in 2015."],
    ['no tur deployed_in tehran', "Turkey sent troops to the border after Tehran's offensive."],
  ],
});

describeCases({
  'an attack noun whose describing verb hit an unresolved body is no attack on its place (ar)': [
    ['no usa attacked northwestern-syria', 'وكانت الولايات المتحدة قد نفذت خلال السنوات الماضية عدة غارات في الشمال الغربي استهدفت قادة في التنظيم.'],
    ['no isr attacked quneitra', 'وشنت إسرائيل غارات في القنيطرة استهدفت مواقع للجيش.'],
    ['isr attacked quneitra', 'وشنت إسرائيل غارات في القنيطرة استهدفت مستودعات للأسلحة.'],
  ],
});

describeCases({
  'a second complement of an affiliation participle is no one accused (ar)': [
    ['no jor accused syr', 'واتهم المصدر مجموعات مرتبطة بإيران وبأجهزة أمنية سورية بالوقوف وراء عمليات التهريب.'],
    ['no jor accused syr', 'أحبط الجيش الأردني محاولة تهريب. واتهم المصدر مجموعات مرتبطة بإيران وبأجهزة أمنية سورية بالوقوف وراء عمليات التهريب.'],
  ],
});

describeCases({
  'an unnamed addressee hides the doer of the demanded act (ar)': [
    ['no syr urged abdallah-bou-habib', 'من جهته، شكر بو حبيب سوريا على فتح حدودها أمام النازحين، ودعا المجتمع الدولي إلى دعم عودتهم.'],
    ['no lbn urged syr', 'ودعا لبنان المجتمع الدولي إلى دعم سوريا.'],
    ['lbn urged syr', 'ودعا لبنان سوريا إلى دعم عودة النازحين.'],
  ],
});
