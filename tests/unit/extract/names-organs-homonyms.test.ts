/**
 * Names, organs and homonyms (branch names35, diagnosis-batch30 §6 fix 5): a state's body followed by the state's own
 * demonym adjective stays the body (`وزارة الخارجية والمغتربين السورية`, mentions.ts `mergeAdjacent`); a homonym place
 * is chosen by the region the sentence names (`مدينة أريحا … في ريف إدلب` is Ariha, not Jericho: mentions.ts `byRegion`).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds } from './helpers.ts';

describeCases({
  "a state's body then its own demonym adjective (ar)": [
    ['syr criticized usa', 'دانت وزارة الخارجية والمغتربين السورية، اليوم الجمعة، الضربات الجوية التي شنتها الولايات المتحدة وبريطانيا على مواقع في اليمن.'],
    ['syr criticized gbr', 'دانت وزارة الخارجية والمغتربين السورية، اليوم الجمعة، الضربات الجوية التي شنتها الولايات المتحدة وبريطانيا على مواقع في اليمن.'],
    // (a relative clause and a date between the body and the verb)
    ['syr criticized usa', 'وأدانت وزارة الخارجية والمغتربين السورية، التي تتابع التطورات، يوم الأحد الغارات الأمريكية على العراق.'],
    // (another verb of the class)
    ['syr accused isr', 'واتهمت وزارة الخارجية والمغتربين السورية إسرائيل بشن الغارات على ريف دمشق.'],
    // (the same body without the adjective, and the short form, still the state)
    ['syr criticized usa', 'دانت وزارة الخارجية والمغتربين الضربات التي شنتها الولايات المتحدة على مواقع في اليمن.'],
    // (the demonym of another state after the body is no adjective of it: the Syrian body stays Syrian)
    ['no tur criticized usa', 'دانت وزارة الخارجية والمغتربين السورية الضربات الأمريكية.'],
  ],
  'a homonym place chosen by its region (ar)': [
    ['rus attacked ariha', 'شنّت طائرات حربية روسية، صباح اليوم الثلاثاء، أربع غارات جوية على أطراف مدينة أريحا في ريف إدلب الجنوبي.'],
    ['no rus attacked jericho', 'شنّت طائرات حربية روسية، صباح اليوم الثلاثاء، أربع غارات جوية على أطراف مدينة أريحا في ريف إدلب الجنوبي.'],
    // (the bare name, with the region after a relative clause)
    ['rus attacked ariha', 'وقصفت الطائرات الروسية أريحا، التي تقع جنوب إدلب، مساء الاثنين.'],
    // (the country named instead of a province)
    ['syr attacked ariha', 'وقصفت قوات النظام مدينة أريحا في شمال غرب سوريا.'],
  ],
  'a homonym place with no Syrian region keeps its first reading (ar)': [
    ['isr attacked jericho', 'واقتحم الجيش الإسرائيلي مدينة أريحا في الضفة الغربية.'],
    ['no isr attacked ariha', 'واقتحم الجيش الإسرائيلي مدينة أريحا في الضفة الغربية.'],
  ],
});

describe('homonym mentions', () => {
  it('reads Ariha by an Idlib neighbour and Jericho otherwise', () => {
    expect(mentionIds('قصفت الطائرات مدينة أريحا في ريف إدلب.', 'ar')).toContain('ariha');
    expect(mentionIds('زار الوفد مدينة أريحا.', 'ar')).toContain('jericho');
  });
});

describeCases({
  'a body described, then "known as" a group': [
    ['tur attacked asayish', 'Kurdish-led authorities said a Turkish drone had struck a car near the town of Derbasiyah on Sunday, killing two members of the internal security forces, known as the Asayish.'],
    // (another verb, "called", a date after the name)
    ['tur attacked asayish', 'Turkish drones targeted the Kurdish internal security forces, known as the Asayish, on Monday.'],
    ['tur attacked asayish', 'A Turkish strike killed three members of the local police forces, called the Asayish, in Qamishli.'],
    // (no body noun in the description: nothing reaches back)
    ['no tur attacked rus', 'A Turkish strike hit the market, known as the Asayish market, near Russian positions.'],
  ],
  'a body described, then "known as" a group (ar)': [
    ['tur attacked asayish', 'قتلت طائرة مسيرة تركية عنصرين من قوات الأمن الداخلي المعروفة باسم «الأسايش» قرب القامشلي.'],
    ['tur attacked asayish', 'واستهدفت مسيرة تركية، يوم الأحد، دورية لقوات الأمن الداخلي المعروفة بـ«الأسايش» في الحسكة.'],
  ],
});

describeCases({
  'a place alias "head in Name" also read name first': [
    ['rus deployed_in tartus-naval-base', 'Russia keeps forces at the Hmeimim air base and the Tartus naval facility.'],
    ['no rus deployed_in tartus', 'Russia keeps forces at the Hmeimim air base and the Tartus naval facility.'],
    // (another head of the same alias family, a date)
    ['rus deployed_in tartus-naval-base', 'Russia keeps troops at the Tartus port.'],
    ['usa attacked hodeidah', 'US warplanes struck the Hodeidah port on Friday.'],
    // (the original order still reads)
    ['rus deployed_in tartus-naval-base', 'Russia keeps warships at the naval facility in Tartus.'],
  ],
});
