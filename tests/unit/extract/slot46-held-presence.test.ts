/**
 * slot46: "held" is presence, not accused (diagnosis-batch44 §6 slot46 rank 1: #95, #97, #56, #57; pool b29
 * al-bab-activist-killing-protests): the perfect "X (and Y) have held P (since …)" gives each holder's presence in P at
 * publication, and the passive "P has been held since DATE by X and Y" as "held by" does (relations/heldplace.ts).
 * A meeting's "has held talks", "held X responsible" and a captive "held in P" stay what they were. Arabic control verbs
 * (`تسيطر على`) tell the same presence already: their cases guard the twin reading.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the perfect of holding a place (en)': [
    ['tur deployed_in al-bab', 'Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove Islamic State out of the town.'],
    ['syrian-national-army deployed_in al-bab', 'Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove Islamic State out of the town.'],
    ['syrian-national-army deployed_in jarablus', 'Turkish troops and allied Syrian National Army factions have held Jarablus since they drove Islamic State out of the town in August 2016.'],
    ['tur deployed_in jarablus', 'Turkish troops and allied Syrian National Army factions have held Jarablus since they drove Islamic State out of the town in August 2016.'],
    // (a modifier and a date)
    ['hts deployed_in idlib', 'Hayat Tahrir al-Sham, the dominant jihadist alliance, has long held Idlib since 2019.'],
    // (a relative clause)
    ['sdf deployed_in raqqa', 'The Syrian Democratic Forces, who have held Raqqa since 2017, said on Monday the attack was repelled.'],
    ['sdf deployed_in manbij', 'The US-backed Syrian Democratic Forces had held Manbij until the deal with Damascus.'],
  ],
  'the passive with its date between the verb and the agent (en)': [
    ['ypg deployed_in tal-rifaat', 'Tal Rifaat has been held since 2016 by the People\'s Protection Units (YPG).'],
    ['sdf deployed_in tal-rifaat', 'Tal Rifaat has been held since 2016 by the Syrian Democratic Forces and their allies.'],
    ['tur deployed_in afrin', 'Afrin has been held since 2018 by Turkish troops and the Syrian National Army.'],
    ['syrian-national-army deployed_in afrin', 'Afrin has been held since 2018 by Turkish troops and the Syrian National Army.'],
  ],
  'held that is no place held (en)': [
    ['recep-tayyip-erdogan met vladimir-putin', 'Erdogan has held talks with Putin in Sochi on Friday.'],
    ['no tur deployed_in sochi', 'Turkey has held talks with Russia in Sochi on Friday.'],
    // (a new clause after ", and": its subjects hold nothing here)
    ['no tur deployed_in tal-rifaat', 'Tal Rifaat has been held since 2016 by Kurdish-led forces, and Turkish troops and their Syrian National Army allies took the nearby Afrin region from the YPG in 2018.'],
    ['no isis deployed_in raqqa', 'The journalist was held in Raqqa by Islamic State since 2014.'],
    ['no isr deployed_in irn', 'Israel has held Iran responsible for the attack.'],
    ['no syr deployed_in damascus', 'Syria has held elections since 2014, the last in Damascus in May.'],
  ],
  'control told by the Arabic verb (ar)': [
    ['tur deployed_in al-bab', 'وتسيطر القوات التركية وفصائل «الجيش الوطني السوري» على مدينة الباب منذ عام 2017.'],
    ['syrian-national-army deployed_in jarablus', 'ويسيطر «الجيش الوطني السوري» على مدينة جرابلس منذ آب/أغسطس 2016.'],
  ],
});
