/**
 * A relative clause opened by a preposition and which/whom (branch bugs42b): ", in which …,", ", under which …,", ", by
 * whom …," are relative clauses between commas like ", which …,"; a speech verb right after one is said by the name
 * before it (not by the first name after the verb), and a pronoun subject of the next sentence is that speaker.
 * Look-alikes: a plain ", which …," clause; a comma and a preposition that opens no relative clause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a preposition + which/whom clause before the speech verb (en)': [
    // the pool's row (b37)
    ['sdf accused tur', 'The Syrian Democratic Forces (SDF), in which the YPG is the main fighting force, said on Saturday that Turkish drones had struck a power station near Qamishli on Friday, cutting electricity to tens of thousands of people. It accused Ankara of deliberately targeting civilian infrastructure.'],
    ['no tur accused tur', 'The Syrian Democratic Forces (SDF), in which the YPG is the main fighting force, said on Saturday that Turkish drones had struck a power station near Qamishli on Friday, cutting electricity to tens of thousands of people. It accused Ankara of deliberately targeting civilian infrastructure.'],
    // variants: no brackets, another preposition, whom, a date in the clause, another speech verb
    ['sdf accused tur', 'The SDF, in which Kurdish fighters form the backbone, said Turkish drones struck Qamishli. It accused Ankara of targeting civilians.'],
    ['sdf accused tur', 'The SDF, of which the YPG is the largest part, said on Monday that Turkish drones had hit Amuda. It accused Ankara of escalating.'],
    ['sdf accused tur', 'The SDF, under which several Arab tribes fought in 2017, said Turkish drones struck Qamishli. It accused Ankara of targeting civilians.'],
    ['hts accused syr', 'Hayat Tahrir al-Sham, by whom the town was held until March, said Syrian government shelling killed four people. It accused Damascus of targeting markets.'],
    ['sdf accused tur', 'The Syrian Democratic Forces, with which Washington works closely, announced that Turkish drones had hit a car near Kobani. It accused Ankara of violating the truce.'],
  ],
  'look-alikes keep their speaker (en)': [
    ['sdf accused tur', 'The SDF, which the YPG leads, said Turkish drones struck Qamishli. It accused Ankara of targeting civilians.'],
    ['sdf accused tur', 'The SDF said Turkish drones struck Qamishli. It accused Ankara of targeting civilians.'],
  ],
});
