/**
 * The ends of a road are no place of what happens on it (branch ref40; gold of pool b29, b30, b31, b33, b34 and batch 35:
 * "struck a vehicle on the road between Kobani and the village of Sarrin" is `tur attacked sdf` only; "the road that
 * links al-Sukhnah with Deir ez-Zor", `على الطريق الواصل بين تل تمر والحسكة`, `على الطريق بين السخنة ودير الزور`). A
 * place named after a road noun and its link word (cues.csv `road_noun`, `road_link`) is neither attacked nor held; a
 * place named otherwise in the sentence ("near the town of al-Sukhnah, on the road linking …") still is, and so is a
 * country at a road's end (an actor, not a place).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the ends of a road are not struck (en)': [
    ['no tur attacked sarrin', 'A Turkish drone struck a military vehicle on the road between Kobani and the village of Sarrin on Saturday, killing two fighters of the Syrian Democratic Forces.'],
    ['no tur attacked kobani', 'A Turkish drone struck a military vehicle on the road between Kobani and the village of Sarrin on Saturday, killing two fighters of the Syrian Democratic Forces.'],
    ['tur attacked sdf', 'A Turkish drone struck a military vehicle on the road between Kobani and the village of Sarrin on Saturday, killing two fighters of the Syrian Democratic Forces.'],
    ['no isis attacked al-sukhnah', 'Islamic State militants attacked a military bus on Friday. The attack hit the road that links al-Sukhnah with Deir ez-Zor, a route used by military convoys.'],
    ['no isis attacked deir-ez-zor', 'Islamic State militants ambushed an army convoy on the highway linking Palmyra with Deir ez-Zor on Friday.'],
    ['no isis attacked palmyra', 'Islamic State militants ambushed an army convoy on the highway linking Palmyra with Deir ez-Zor on Friday.'],
    ['isis attacked al-sukhnah', 'Islamic State militants ambushed an army convoy near the town of al-Sukhnah, on the road linking Palmyra with Deir ez-Zor, on Friday.'],
    ['isis attacked al-sukhnah', 'Islamic State militants attacked an army checkpoint in al-Sukhnah on Friday.'],
  ],
  'the ends of a road are not struck (ar)': [
    ['no tur attacked tal-tamr', 'استهدفت طائرة مسيّرة تركية، مساء الثلاثاء، سيارة عسكرية تابعة لـ«قوات سوريا الديمقراطية» (قسد) على الطريق الواصل بين تل تمر والحسكة، ما أدى إلى مقتل عنصرين.'],
    ['no tur attacked hasakah', 'استهدفت طائرة مسيّرة تركية، مساء الثلاثاء، سيارة عسكرية تابعة لـ«قوات سوريا الديمقراطية» (قسد) على الطريق الواصل بين تل تمر والحسكة، ما أدى إلى مقتل عنصرين.'],
    ['tur attacked sdf', 'استهدفت طائرة مسيّرة تركية، مساء الثلاثاء، سيارة عسكرية تابعة لـ«قوات سوريا الديمقراطية» (قسد) على الطريق الواصل بين تل تمر والحسكة، ما أدى إلى مقتل عنصرين.'],
    ['no isis attacked al-sukhnah', 'وهاجم عناصر تنظيم «داعش» حافلة عسكرية على الطريق بين السخنة ودير الزور.'],
    ['no isis attacked deir-ez-zor', 'وهاجم عناصر تنظيم «داعش» حافلة عسكرية على الطريق الذي يربط السخنة بدير الزور.'],
    ['isis attacked al-sukhnah', 'وشنّ تنظيم «داعش» هجوماً على بلدة السخنة.'],
  ],
});
