/**
 * (solo58) The subject of a clause inside a relative is the relative's antecedent, not the name between them: English "it"
 * in ", which has backed X since it intervened" (not "which it …", where "it" is the relative's own subject), and the
 * Arabic verb after a temporal conjunction (`منذ أن`, `بعد أن`) whose nearest name on the left is the earlier verb's object.
 */
import { describeCases } from './helpers.ts';

describeCases({
  '"it" inside a relative clause is its antecedent': [
    ['rus deployed_in syr', "Damascus has relied on Moscow, which has backed Assad's forces since it intervened militarily in Syria in 2015."],
    ['no syr deployed_in rus', "Damascus has relied on Moscow, which has backed Assad's forces since it intervened militarily in Syria in 2015."],
    ['rus deployed_in syr', 'The opposition blamed Moscow, which has propped up government troops since it intervened in Syria in 2015, for the raids.'],
    ['irn deployed_in syr', 'Iran, which has backed Syrian government forces since it deployed advisers in Syria in 2012, denied the report.'],
    // ("which it …": "it" is the relative's subject, the antecedent its object)
    ['tur accused ypg', 'Turkey launched an air campaign on Sunday against the YPG and the PKK, which it blames for a deadly bombing in Istanbul on November 13.'],
    ['syr criticized usa', 'Damascus has long demanded the departure of US forces, which it describes as an occupation.'],
  ],
  'a verb after a temporal conjunction takes the earlier verb subject, not its object (ar)': [
    ['rus deployed_in syr', 'واعتمدت دمشق على موسكو، التي تدعم القوات الحكومية منذ أن تدخلت عسكرياً في سوريا عام 2015.'],
    ['no syr deployed_in rus', 'واعتمدت دمشق على موسكو، التي تدعم القوات الحكومية منذ أن تدخلت عسكرياً في سوريا عام 2015.'],
    ['rus deployed_in syr', 'وتدعم روسيا الحكومة السورية منذ أن تدخلت عسكرياً في سوريا عام 2015.'],
    ['sdf attacked isis', 'وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها عام 2016.'],
  ],
});

describeCases({
  'a subordinate clause inside a relative has its own subject': [
    ['rus deployed_in syr', 'Damascus, which has relied on Russian air power since Moscow intervened militarily in Syria in September 2015, has backed the Kremlin at the United Nations throughout the war.'],
    ['no syr deployed_in rus', 'Damascus, which has relied on Russian air power since Moscow intervened militarily in Syria in September 2015, has backed the Kremlin at the United Nations throughout the war.'],
    ['rus deployed_in syr', 'Damascus, which has relied on Russian air power since Russia intervened militarily in Syria in September 2015, backed the Kremlin.'],
    ['no tur deployed_in syr', 'Ankara, which has backed rebels since Russia intervened in Syria, said it would respond.'],
    ['rus deployed_in syr', 'Ankara, which has backed rebels since Russia intervened in Syria, said it would respond.'],
  ],
});
