/**
 * Allies and backers by slot (diagnosis-batch26 §6 fix 1, support and help; `agent_noun` cues): the agent noun supports
 * its genitive or possessor, and its doer is the name it describes, in every slot: an apposition between commas after
 * the name (outside the mode of the verb the name is subject of: a threat, an effort, a plan — the apposition is a
 * fact), a predicate after a copula and "one of"/"among" ("Iran has been one of Assad's main backers"), and a demonym
 * ally owned by "their"/"its" ("government forces and their Russian allies": the demonym's state supports the owner).
 * A noun with no genitive or possessor gives nothing.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an apposition keeps its own mode (ar)': [
    ['irn supported syr', 'وتوعدت إيران، الحليف الأبرز لدمشق، بالرد على الاغتيال.'],
    ['irn supported syr', 'وتوعّدت إيران، الحليف الأبرز لدمشق و«حزب الله»، أمس، بأن الاغتيال «لن يمر من دون رد».'],
    ['irn supported hezbollah', 'وتوعّدت إيران، الحليف الأبرز لدمشق و«حزب الله»، أمس، بأن الاغتيال «لن يمر من دون رد».'],
    ['irn supported syr', 'وتسعى إيران، حليفة دمشق، إلى تعزيز ما يعرف بمحور المقاومة.'],
    ['rus supported syr', 'وتريد روسيا، الداعم الرئيسي للحكومة السورية منذ عام 2015، التوسط بين دمشق وأنقرة.'],
    ['no irn threatened syr', 'وتوعدت إيران، الحليف الأبرز لدمشق، بالرد على الاغتيال.'],
  ],
  'an apposition keeps its own mode (en)': [
    ['irn supported syr', 'Iran, the main ally of Damascus, vowed on Sunday to avenge the killing.'],
    ['irn supported bashar-al-assad', "Iran, Assad's main backer, has threatened to respond to the strike."],
    ['rus supported syr', 'Russia, a key backer of the Syrian government since 2015, wants to mediate between Damascus and Ankara.'],
    ['hezbollah supported irn', 'Iran, which funds several groups, and its ally Hezbollah have vowed to respond.'],
    ['no irn supported hezbollah', 'Iran, which funds several groups, and its ally Hezbollah have vowed to respond.'],
  ],
  'a copula and "one of" before the possessor (en)': [
    ['irn supported bashar-al-assad', "Iran has been one of Assad's main backers throughout the civil war."],
    ['rus supported bashar-al-assad', "Russia, which intervened in 2015, is among Assad's closest allies."],
    ['irn supported syr', 'Iran is one of the main backers of the Syrian government.'],
  ],
  'a demonym ally owned by their/its (en)': [
    ['rus supported syr', 'The raid took place in an area where government forces and their Russian allies operate.'],
    ['irn supported syr', 'Syrian troops and their Iranian allies, who arrived last year, hold the town.'],
    ['no rus supported syr', 'Russian forces were seen near the town.'],
    ['no syr supported tur', 'Turkey and its Syrian allies seized the Afrin area from the YPG in 2018.'],
  ],
  'no genitive, no support (en)': [
    ['no irn supported syr', 'Iran said its allies in Syria would respond.'],
  ],
});
