/**
 * slot46: English object relatives of blame (pool b42 hasakah-wfp-bakeries, b24 al-omar-field-drone-attack): "the PKK,
 * which it blames for attacks inside Turkey" → the sentence's subject accused the PKK; "X, a leader of Y whom Washington
 * blamed for attacks" → `usa accused X` (relations/blameobjrel.ts). "which it blamed on the PKK" (an event antecedent)
 * and a relative with its own object give no blame of the antecedent.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the antecedent of a blame relative is accused (en)': [
    ['tur accused pkk', "Turkey says its strikes target the Kurdistan Workers' Party (PKK), which it blames for attacks inside Turkey."],
    ['tur accused pkk', 'Ankara launched new air strikes on Sunday against the PKK, which it has long blamed for bombings in Istanbul.'],
    ['usa accused mushtaq-jawad-kazim-al-jawari', 'The Pentagon said the strike in Baghdad on Thursday killed Mushtaq Jawad Kazim al-Jawari, a leader of Harakat al-Nujaba whom Washington blamed for attacks on American personnel.'],
    ['syr accused isis', 'State media said the blast in Damascus was the work of Islamic State, which Damascus accuses of dozens of attacks.'],
  ],
  'no blame of the antecedent (en)': [
    ['no tur accused istanbul', "Ankara launched the campaign a week after a bomb attack on Istanbul's Istiklal Avenue that killed six people, which it blamed on the PKK and the YPG."],
    ['no tur accused sdf', 'Turkey struck the SDF, which it says it does not blame for the attack.'],
  ],
});
