/**
 * Predicate lexicon mined from the blind batches' no-trigger misses (names26, docs/diagnosis-batch24.md "Next"):
 * `تحييد` (to "neutralise": the Turkish army's word for killing fighters) is an attack on the group its object names;
 * a "deconfliction mechanism/line/channel with" is coordination; "intervened in Syria's war" is a presence like
 * "intervened in the Syrian war" (and "Syria's war" is then no war with Syria as its doer).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'neutralised as attack (ar)': [
    ['tur attacked pkk', 'وأعلنت وزارة الدفاع التركية تحييد 12 من عناصر حزب العمال الكردستاني في شمال العراق.'],
    ['tur attacked pkk', 'ولم يعلّق الجيش التركي على القصف، واكتفى بالإعلان عن «تحييد» عناصر من حزب العمال الكردستاني.'],
    ['tur attacked ypg', 'وأعلن الجيش التركي تحييد ثلاثة من عناصر وحدات حماية الشعب الكردية في شمال سوريا.'],
    ['tur attacked pkk', 'وحيّدت القوات التركية خمسة من مسلحي حزب العمال الكردستاني.'],
    ['no tur attacked pkk', 'ولم تحيّد القوات التركية أياً من عناصر حزب العمال الكردستاني.'],
  ],
  'deconfliction as coordination': [
    ['rus coordinated_with isr', 'Russia, which keeps forces at the Hmeimim air base, has a deconfliction mechanism with Israel to avoid clashes over Syria.'],
    ['rus coordinated_with isr', 'Russia and Israel set up a deconfliction mechanism in 2015.'],
    ['usa coordinated_with rus', 'The United States maintains a deconfliction line with Russia to avoid incidents over Syria.'],
  ],
  'intervention in a possessed war': [
    ['rus deployed_in syr', "Russia, which intervened in Syria's war in 2015 on the side of President Bashar al-Assad, has stepped up air strikes."],
    ['no syr attacked bashar-al-assad', "Russia, which intervened in Syria's war in 2015 on the side of President Bashar al-Assad, has stepped up air strikes."],
    ['rus deployed_in syr', "Moscow intervened militarily in Syria's civil war in 2015."],
  ],
});
