/**
 * "backed by Y" participles whose backed head is not a bare name (en43, the English misses of the pool 13–37): a name's
 * forces noun ("SDF units, backed by US helicopters"), an apposition's head noun with a modifier or an "of" phrase ("the
 * Syrian Free Army, a local force backed by the United States", "the SNA, a coalition of factions backed by Ankara"),
 * "X and other groups backed by Y", an operation noun whose doer is named in its clause ("the operation, backed by the
 * US-led coalition", "in a raid backed by US-led coalition helicopters", "a Syrian army offensive backed by Russian air
 * power"; a bare "government" before the noun is no name and gives none) and the compound "Turkish-backed factions of the Syrian National Army".
 */
import { describeCases } from './helpers.ts';

describeCases({
  "a name's forces noun, then backed by (en)": [
    ['usa supported sdf', 'SDF units, backed by US helicopters, later combed nearby villages and detained two suspects, it added.'],
    ['usa supported sdf', 'SDF fighters, backed by US-led coalition aircraft, stormed the village on Tuesday.'],
    ['rus supported syr', 'Syrian army units, backed by Russian warplanes, advanced towards the town of Kafranbel.'],
    ['usa supported sdf', 'On Monday, SDF units, backed by the United States, raided a house in al-Shuhayl.'],
    ['no sdf supported usa', 'SDF units, backed by US helicopters, later combed nearby villages.'],
    ['usa supported sdf', 'SDF is active in the area. Its units, backed by US helicopters, later combed nearby villages.'],
  ],
  'an apposition head with a modifier or an of-phrase, backed by (en)': [
    ['usa supported maghaweir-al-thawra', 'Three drones attacked the garrison, injuring two members of the Syrian Free Army, a local force backed by the United States, US Central Command said.'],
    ['tur supported syrian-national-army', 'The crossing links the al-Bab region, held by the Syrian National Army, a coalition of factions backed by Ankara, with territory controlled by Damascus.'],
    ['tur supported syrian-national-army', 'The Syrian National Army, an alliance of rebel factions backed by Turkey, shelled the village on Friday.'],
    ['irn supported hezbollah', 'Hezbollah, a powerful armed movement backed by Iran, said it fired rockets at the base.'],
    ['no usa supported sdf', 'The SDF said the Syrian Free Army, a local force backed by the United States, was attacked.'],
  ],
  'X and other groups backed by Y (en)': [
    ['irn supported hezbollah', 'Amman has accused Hezbollah and other groups backed by Iran of running much of the trade from southern Syria.'],
    ['irn supported hezbollah', 'Jordan blames Hezbollah and other militias backed by Tehran for the smuggling.'],
    ['no irn supported jor', 'Amman has accused Hezbollah and other groups backed by Iran of running much of the trade.'],
  ],
  'an operation backed by Y: its doer (en)': [
    ['usa supported sdf', 'The Syrian Democratic Forces said the operation, backed by the US-led coalition, was aimed at hunting down IS cells.'],
    ['usa supported sdf', 'The Syrian Democratic Forces said on Monday they had captured two suspected Islamic State militants in a raid backed by US-led coalition helicopters in the town of al-Shuhayl.'],
    ['usa supported sdf', 'The SDF captured an IS official on Sunday in a raid backed by coalition helicopters of the United States.'],
    ['usa supported sdf', 'The SDF said they had captured two IS militants in a special forces raid backed by US-led coalition helicopters.'],
    ['rus supported syr', 'That deal, agreed by President Recep Tayyip Erdogan and President Vladimir Putin in Moscow, halted a Syrian army offensive backed by Russian air power.'],
    ['rus supported syr', 'Syrian government forces launched an offensive, backed by Russian air power, on the town of Saraqib.'],
    ['no usa supported isis', 'The Syrian Democratic Forces said on Monday they had captured two suspected Islamic State militants in a raid backed by US-led coalition helicopters.'],
  ],
  'a Y-backed noun of X (en)': [
    ['tur supported syrian-national-army', 'The SDF said Turkish-backed factions of the Syrian National Army had also fired mortar rounds at the nearby village of Ayn Daqna.'],
    ['tur supported syrian-national-army', 'Turkish-backed fighters of the Syrian National Army entered the town on Friday.'],
    ['no tur supported sdf', 'The SDF said Turkish-backed factions of the Syrian National Army had also fired mortar rounds.'],
  ],
});
