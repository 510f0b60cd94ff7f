/**
 * A town the lexicon lacks, named with a locator (rule 19d, diagnosis-batch55 §6 name56 rank 3, FP 151; the pool's b49
 * Jurin and Kafr Amma rows): "in the village of Jurin, in the al-Ghab plain", "near the village of Kafr Amma in the western
 * Aleppo countryside", "in the town of al-Karama, east of Raqqa" give the locator's place, never a coined id for the town.
 * A town with no locator is still discovered ("the nearby village of Fatira"). Arabic names no unknown town: the locator
 * already is the place there (the cases check the two languages agree).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a town with an "in" locator is the locator (en)': [
    ['syr deployed_in al-ghab-plain', 'HTS fighters fired rockets late on Tuesday at Syrian army positions in the village of Jurin, in the al-Ghab plain.'],
    ['no syr deployed_in jurin', 'HTS fighters fired rockets late on Tuesday at Syrian army positions in the village of Jurin, in the al-Ghab plain.'],
    ['syr deployed_in aleppo', 'Fighters from Hayat Tahrir al-Sham attacked Syrian army positions near the village of Kafr Amma in the western Aleppo countryside before dawn on Sunday.'],
    ['no syr deployed_in kafr-amma', 'Fighters from Hayat Tahrir al-Sham attacked Syrian army positions near the village of Kafr Amma in the western Aleppo countryside before dawn on Sunday.'],
    ['sdf deployed_in deir-ez-zor', 'Gunmen attacked a checkpoint of the Syrian Democratic Forces on the outskirts of the town of Abu Hardub in eastern Deir ez-Zor province on March 3.'],
    ['no sdf deployed_in abu-hardub', 'Gunmen attacked a checkpoint of the Syrian Democratic Forces on the outskirts of the town of Abu Hardub in eastern Deir ez-Zor province on March 3.'],
  ],
  'a town with a compass locator is the locator (en)': [
    ['sdf deployed_in raqqa', 'Islamic State militants attacked a checkpoint of the Syrian Democratic Forces (SDF) in the town of al-Karama, east of Raqqa, late on Friday.'],
    ['no sdf deployed_in al-karama', 'Islamic State militants attacked a checkpoint of the Syrian Democratic Forces (SDF) in the town of al-Karama, east of Raqqa, late on Friday.'],
    ['no sdf deployed_in al-karama', 'The SDF, which has held a checkpoint in the town of al-Karama, east of Raqqa, since 2017, said two fighters were killed.'],
    ['tur deployed_in manbij', 'Turkish troops set up a new base in the village of Um Jlud, north of Manbij, on March 3.'],
    ['no tur deployed_in um-jlud', 'Turkish troops set up a new base in the village of Um Jlud, north of Manbij, on March 3.'],
  ],
  'a town with no locator stays a place of its own (en)': [
    ['syr attacked fatira', 'Government artillery also shelled the nearby village of Fatira in the afternoon.'],
    ['tur attacked ayn-daqna', 'Turkish artillery shelled the village of Ayn Daqna on Sunday, the SDF said.'],
    ['no tur attacked syr', 'Turkish artillery shelled the village of Ayn Daqna in Syria on Sunday, the SDF said.'],
  ],
  'the locator is the place (ar)': [
    ['syr deployed_in al-ghab-plain', 'واستهدفت الهيئة مواقع لقوات النظام في قرية جورين في سهل الغاب.'],
    ['sdf deployed_in raqqa', 'هاجم مسلحو تنظيم داعش حاجزاً لقوات سوريا الديمقراطية في بلدة الكرامة بريف الرقة الشرقي.'],
  ],
});
