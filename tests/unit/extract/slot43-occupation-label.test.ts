/**
 * slot43: an occupation label on a state, quoted or after a verb of calling ("the \"American occupation\"", "what it
 * called the Turkish occupation", `«الاحتلال الأمريكي»`, `«قوات الاحتلال الأمريكي»`, "\"US occupation forces\""), is the
 * labeller's criticism of that state (gold rule 17b). The labeller is the sentence's subject (its first actor behind no
 * preposition), else the speaker after a quote. New sentences, both languages, with look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a quoted or called occupation label (en)': [
    ['syr criticized usa', 'Damascus, for its part, called the SDF a tool of the "American occupation" in the east.'],
    ['islamic-resistance-in-iraq criticized usa', 'The Islamic Resistance in Iraq said it had targeted what it called the American occupation.'],
    // (a date and an apposition between)
    ['islamic-resistance-in-iraq criticized usa', 'The Islamic Resistance in Iraq, an umbrella of armed factions, said on Sunday it had struck what it calls the US occupation in Syria.'],
    ['syr criticized tur', 'The Syrian foreign ministry accused the SDF of serving the "Turkish occupation" on Monday.'],
    ['syr criticized usa', 'The Syrian foreign ministry said tankers were moved to Iraq under the protection of "US occupation forces".'],
    ['bashar-al-assad criticized tur', '"Erdogan\'s goal in meeting me is to legitimise the Turkish occupation," Assad told Sky News Arabia.'],
  ],
  'occupation without a label is no criticism (en)': [
    ['no syr criticized isr', 'Syria said on Monday that the Golan Heights, under Israeli occupation since 1967, remained Syrian land.'],
    ['no sdf criticized usa', 'The SDF said it had met officials of the US-led coalition in Hasakah.'],
    // (the labeller behind a preposition is no subject: nothing)
    ['no sdf criticized usa', 'No comment came from the government, which accuses the SDF of working with the "American occupation".'],
    // (a source behind "by" is no labeller)
    ['no sana criticized usa', 'In a statement carried by the state news agency SANA, officials said tankers moved under the protection of "US occupation forces".'],
  ],
  'a quoted occupation label (ar)': [
    ['syr criticized usa', 'وقالت وزارة الخارجية السورية في بيان إن «قوات الاحتلال الأمريكي» تواصل نهب ثروات الشعب السوري.'],
    ['syr criticized usa', 'وتطالب دمشق بحل «قسد» وتتهمها بالتعاون مع «الاحتلال الأميركي».'],
    ['syr criticized tur', 'واتهمت دمشق الفصائل بالعمل لصالح «الاحتلال التركي» في الشمال.'],
  ],
  'occupation without a label (ar)': [
    ['no sdf criticized usa', 'ولم يصدر تعليق من الحكومة السورية، التي تتهم «قسد» بالتعاون مع «الاحتلال الأمريكي».'],
  ],
});
