/**
 * Support told by its noun with an owner (branch pred38; pool b16, b18, b19, b20, b26; gold rule 10 "American support
 * for the YPG" → `usa supported ypg`):
 * - a demonym or a name right before "support for X" owns the noun ("continued US support for the YPG"): the word is
 *   the noun (no finite verb takes "for"), not "the US support(s) …";
 * - "called on X to end its support for Y", `طالبت A B بوقف دعمها لـC`: the possessive of the support noun inside the
 *   urged act is the addressee's, so X supported Y (and A urged X as before).
 * Not reached: an addressee named by a pronoun ("called on it to end its support", b20). Look-alikes: "support for Syria's sovereignty" keeps its rule-17d reading; a speaker's own "its support" stays the
 * speaker's; "support the YPG" with a subject is the verb.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'owned support noun: demonym before "support for X"': [
    ['usa supported ypg', 'He also criticized continued US support for the YPG, which Ankara regards as a branch of the PKK.'],
    ['usa supported ypg', 'Ankara criticized US support for the YPG.'],
    ['usa supported ypg', 'Turkey has long criticised American support for the YPG militia.'],
    ['rus supported syr', 'Russian support for the Syrian government has been decisive since 2015.'],
    ['no usa supported tur', 'US support for the YPG has angered Ankara.'],
    ['usa supported ypg', 'US support for the YPG has angered Ankara.'],
    ['irn supported hezbollah', 'Iranian support for Hezbollah has grown since 2006, Israeli officials said.'],
  ],
  'owned support noun: the addressee of an urged end to "its support" (en)': [
    // (the pool's row b20 "… but called on it to end its support for the YPG" needs the pronoun addressee "it", ref38's)
    ['usa supported ypg', 'Ankara called on Washington to end its support for the YPG.'],
    ['usa supported ypg', 'Turkey urged the United States on Monday to stop its support for the YPG.'],
    ['tur urged usa', 'Ankara called on Washington to end its support for the YPG.'],
    ['no tur supported ypg', 'Ankara called on Washington to end its support for the YPG.'],
    ['rus supported syr', 'Ankara has repeatedly asked Moscow to halt its military support for the Syrian government.'],
  ],
  'owned support noun: the addressee of an urged end to its support (ar)': [
    ['usa supported ypg', 'وتطالب أنقرة منذ سنوات واشنطن بوقف دعمها لـ«وحدات حماية الشعب» الكردية، التي تعدّها امتداداً لحزب العمال الكردستاني المحظور.'],
    ['usa supported ypg', 'وطالبت أنقرة واشنطن بوقف دعمها لـ«وحدات حماية الشعب».'],
    ['usa supported sdf', 'ودعت تركيا الولايات المتحدة إلى وقف دعمها لـ«قسد».'],
    ['irn supported hezbollah', 'وطالبت إسرائيل إيران بإنهاء دعمها لـ«حزب الله» اللبناني.'],
    ['tur urged usa', 'وطالبت أنقرة واشنطن بوقف دعمها لـ«وحدات حماية الشعب».'],
    ['no tur supported ypg', 'وطالبت أنقرة واشنطن بوقف دعمها لـ«وحدات حماية الشعب».'],
  ],
  'owned support noun: look-alikes': [
    ['no usa supported syr', 'Washington reaffirmed its support for the talks in Geneva.'],
    ['tur supported syr', 'Ankara reaffirmed its support for Syria\'s territorial integrity.'],
    ['usa supported sdf', 'The United States will continue to support the SDF in the fight against IS.'],
  ],
});
