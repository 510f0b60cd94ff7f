/**
 * A possessive place in a place slot (np30, diagnosis-batch26 §6 fix 1, "visited Turkey's earthquake zone"): a place
 * named right after its possessive owner ("Iraq's Sinjar region", "Syria's Deir ez-Zor province") is the place, with the
 * owner's preposition, also as a list member ("in northeastern Syria and in Iraq's Sinjar region"); a possessive with a
 * place head within three words and no name ("Turkey's earthquake zone", "Syria's northern provinces", "Lebanon's
 * southern suburbs") is the owner as the place. Negative cells: "Syria's airspace" is no place of a presence; the owner
 * is no second target. Sentences of our own.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a named place after its possessive owner': [
    ['tur attacked sinjar', "Turkish warplanes carried out air strikes in Iraq's Sinjar region."],
    ['tur attacked sinjar', "Turkish warplanes carried out air strikes in northeastern Syria and in Iraq's Sinjar region late on Tuesday."],
    ['tur attacked northeastern-syria', "Turkish warplanes carried out air strikes in northeastern Syria and in Iraq's Sinjar region late on Tuesday."],
    ['no tur attacked irq', "Turkish warplanes carried out air strikes in northeastern Syria and in Iraq's Sinjar region late on Tuesday."],
    ['usa attacked deir-ez-zor', "The United States carried out air strikes in Syria's Deir ez-Zor province."],
    ['usa attacked deir-ez-zor', "The United States carried out air strikes in Syria's Deir ez-Zor province on Tuesday against facilities used by groups."],
    ['recep-tayyip-erdogan visited hatay', "Erdogan visited Turkey's Hatay province on Monday."],
    ['rus deployed_in latakia', "Russia keeps troops in Syria's Latakia province, where its main air base lies."],
    ['rus attacked idlib', "Russian jets pounded Syria's Idlib province on Sunday, a war monitor said."],
  ],
  'a place head after a possessive with no name': [
    ['antony-blinken visited tur', "US Secretary of State Antony Blinken visited Turkey's earthquake zone on Sunday."],
    ['recep-tayyip-erdogan visited syr', "Erdogan, who met Assad last year, on Monday visited Syria's northern provinces."],
    ['isr attacked lbn', "Israel struck Lebanon's southern suburbs on Friday."],
    ['irn attacked pak', "Iran struck militant targets in Pakistan's Baluchistan province on Tuesday."],
    ['no rus deployed_in syr', "Russia controls much of Syria's airspace."],
  ],
});
