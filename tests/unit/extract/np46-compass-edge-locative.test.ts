/**
 * A compass word on the edge is still the forces' locative (branch np46; diagnosis-batch45 §6 np46 rank 2, #3; pool b39):
 * "army positions on the western outskirts of Aleppo" → the army's state deployed in Aleppo (presence.ts locativeAt).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the pool construction and variants (en)': [
    ['syr deployed_in aleppo', 'Hayat Tahrir al-Sham fired rockets at Syrian army positions on the western outskirts of Aleppo.'],
    ['hts attacked syr', 'Hayat Tahrir al-Sham fired rockets at Syrian army positions on the western outskirts of Aleppo.'],
    ['tur deployed_in manbij', 'Turkish troops are on the northern outskirts of Manbij.'],
    ['sdf deployed_in tal-tamr', 'A Turkish drone struck a checkpoint of the SDF on the southern edge of Tal Tamr on Monday.'],
    ['usa deployed_in deir-ez-zor', 'US troops remain on the eastern edge of Deir ez-Zor.'],
  ],
  'the other language (ar)': [
    ['syr deployed_in aleppo', 'واستهدفت «هيئة تحرير الشام» بالصواريخ مواقع للجيش السوري على الأطراف الغربية لمدينة حلب.'],
  ],
  'negatives: the edge of no place, the attacker is not there (en)': [
    ['no hts deployed_in aleppo', 'Hayat Tahrir al-Sham fired rockets at Syrian army positions on the western outskirts of Aleppo.'],
    ['no tur deployed_in manbij', 'Turkey said it was on the western edge of a decision on Manbij.'],
  ],
}, '2023-09-29');
