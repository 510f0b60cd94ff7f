/**
 * slot55: artillery is forces in English as in Arabic (np36's `المدفعية`; pool b38 2023-01-02 "Turkish artillery based
 * near Marea also shelled …", b41 2022-01-24 "Syrian army artillery positioned around Maarat al-Numan also shelled …"):
 * a stationing participle or a locative after the owner's artillery is the owner's presence there (gold rule 13; cues.csv
 * `military`, read by presence.ts forcesIn). Artillery that only fires at a place, or a shell, is no presence there.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'artillery stationed somewhere is its owner there (en)': [
    ['tur deployed_in marea', 'Turkish artillery based near Marea also shelled the outskirts of Tal Rifaat overnight, according to the Syrian Observatory for Human Rights.'],
    ['syr deployed_in maarat-al-numan', 'Syrian army artillery positioned around Maarat al-Numan also shelled villages in the Jabal al-Zawiya area, the group added.'],
    ['tur deployed_in marea', 'On Friday, Turkish artillery stationed near Marea fired dozens of shells at villages around Tal Rifaat.'],
    ['tur deployed_in marea', 'Turkish artillery deployed near Marea shelled villages north of Aleppo on Sunday.'],
    ['tur deployed_in marea', 'The monitor said Turkish artillery positioned around Marea had fired on the villages.'],
    ['rus deployed_in hmeimim-air-base', 'Russian artillery based at the Hmeimim air base took part in the assault.'],
  ],
  'artillery stationed somewhere is its owner there (ar)': [
    ['tur deployed_in marea', 'وقصفت المدفعية التركية المتمركزة في محيط مدينة مارع قرى في ريف تل رفعت.'],
    ['syr deployed_in maarat-al-numan', 'وقصفت مدفعية الجيش السوري المتمركزة قرب معرة النعمان قرى في جبل الزاوية أمس.'],
  ],
  'artillery that only fires at a place is not there': [
    ['no tur deployed_in tal-rifaat', 'Turkish artillery shelled villages near Tal Rifaat on Friday.'],
    ['no syr deployed_in ariha', 'Government artillery pounded the outskirts of Ariha, the civil defence said.'],
    ['no tur deployed_in tal-rifaat', 'An artillery shell landed in Tal Rifaat on Friday.'],
    ['no tur deployed_in tal-rifaat', 'وقصفت المدفعية التركية قرى في محيط تل رفعت.'],
  ],
});
