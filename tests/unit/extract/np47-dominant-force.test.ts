/**
 * "X, the dominant force in P" (branch np47; diagnosis-batch47 §6 np47 rank 1, #66; pool b40 "Hayat Tahrir al-Sham, the
 * dominant group in Idlib, said …"): an apposition naming a state or armed group the dominant force (group, faction,
 * power) in a place tells its presence there, at publication. relations/dominantforce.ts, cues.csv `dominant_word`,
 * `dominant_head`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['hts deployed_in idlib', 'Hayat Tahrir al-Sham, the dominant force in Idlib, said its fighters had answered by shelling army posts on the Maarat al-Numan front.'],
    ['hts deployed_in idlib', 'Hayat Tahrir al-Sham, the dominant group in Idlib, said its fighters had responded by striking army positions near Saraqeb with rockets.'],
  ],
  'variants: another head, a modifier, a list of places, a date (en)': [
    ['hts deployed_in idlib', 'HTS, the most powerful faction in Idlib province, denied the claim on Monday.'],
    ['sdf deployed_in raqqa', 'The SDF, the predominant military force in Raqqa and Hasakah, said it had arrested the cell.'],
    ['sdf deployed_in hasakah', 'The SDF, the predominant military force in Raqqa and Hasakah, said it had arrested the cell.'],
  ],
  'the other language (ar)': [
    ['hts deployed_in idlib', 'وقالت «هيئة تحرير الشام»، القوة المهيمنة في إدلب، إن مقاتليها ردوا على مصادر النيران.'],
    ['hts deployed_in idlib', 'وقالت «هيئة تحرير الشام»، الفصيل الأقوى في محافظة إدلب، إن مقاتليها ردوا على القصف.'],
  ],
  'negatives: no dominance word, a person, the place of another noun (en, ar)': [
    ['no hts deployed_in idlib', 'Hayat Tahrir al-Sham, the group blamed for the attack in Idlib, denied it.'],
    ['no syr deployed_in idlib', 'Bashar al-Assad, the dominant figure in Syrian politics, visited Idlib.'],
  ],
}, '2024-02-25');
