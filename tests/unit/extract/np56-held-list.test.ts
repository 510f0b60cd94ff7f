/**
 * Places held by a named holder, told by a noun phrase, reach every member of their list and past a longer head
 * (branch np56; diagnosis-batch54 §6 np56 rank 1 "the government-held provinces of A, B and C", diagnosis-batch55 §6
 * np56 rank 1 control participles; pool b24, b42, b49, b51, b53 "government-held districts in Hasakah and Qamishli",
 * "the HTS-held towns of Darat Izza and al-Atarib", "government-held neighbourhoods in the centre of Hasakah").
 * relations/heldlist.ts, cues.csv `held_head_en`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['syr deployed_in aleppo', 'In Syria, the worst-hit areas were the government-held provinces of Aleppo, Latakia and Hama and the rebel-held northwest.'],
    ['syr deployed_in latakia', 'In Syria, the worst-hit areas were the government-held provinces of Aleppo, Latakia and Hama and the rebel-held northwest.'],
    ['syr deployed_in hama', 'In Syria, the worst-hit areas were the government-held provinces of Aleppo, Latakia and Hama and the rebel-held northwest.'],
    ['syr deployed_in qamishli', 'The government has in the past accused the Asayish of besieging government-held districts in Hasakah and Qamishli.'],
    ['hts deployed_in al-atarib', 'Troops then shelled the HTS-held towns of Darat Izza and al-Atarib, the monitor said.'],
    ['hts deployed_in darat-izza', 'Troops then shelled the HTS-held towns of Darat Izza and al-Atarib, the monitor said.'],
    ['syr deployed_in hasakah', 'The Asayish on Monday lifted a siege they had imposed on government-held neighbourhoods in the centre of Hasakah.'],
  ],
  'variants: another head, a modifier, a date, a relative (en)': [
    ['syr deployed_in qamishli', 'The SDF tightened a siege on government-held security zones in the cities of Hasakah and Qamishli on Wednesday.'],
    ['syr deployed_in hasakah', 'The SDF tightened a siege on government-held security zones in the cities of Hasakah and Qamishli on Wednesday.'],
    ['syr deployed_in qamishli', 'The Asayish tightened restrictions at checkpoints on roads leading to government-held quarters of Hasakah and Qamishli.'],
    ['sdf deployed_in tal-rifaat', 'Turkish drones struck the SDF-held towns of Manbij and Tal Rifaat, which Ankara has threatened to attack.'],
    ['tur deployed_in al-bab', 'Bombs have hit the Turkish-controlled towns of Jarablus and al-Bab in 2023.'],
  ],
  'negatives: no holder, a possessed place, a later unlisted place (en)': [
    ['no syr deployed_in idlib', 'Aid was routed through government-held areas rather than across the border into Idlib.'],
    ['no hts deployed_in aleppo', 'Troops shelled the HTS-held town of Darat Izza and then withdrew to Aleppo.'],
    ['no syr deployed_in hama', 'The rebel-held provinces of Idlib and Hama were hit hardest.'],
  ],
}, '2024-05-06');
