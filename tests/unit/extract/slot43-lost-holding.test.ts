/**
 * slot43: a lost holding's place (gold rule 19f) across the material the pool puts between its parts — "its territory"
 * after an armed group is no earlier state's land; an apposition after the locating country ("in Syria, the village of
 * Baghuz, in March 2019"); a "when" clause that names the place taken ("in March 2019, when the SDF captured Baghouz").
 * New sentences (not from the pool), both languages, with variants and look-alikes that must not fire.
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  '"its territory" after an armed group subject is the group\'s, never the last state subject\'s',
  `
en 2024-06-17 deployed_in isis_syr_2019-03 | Turkey regards the YPG as a terrorist organisation. / Islamic State lost the last of its territory in Syria in March 2019 but its cells still carry out attacks in the desert.
en 2024-06-17 deployed_in isis_syr_2019 | Islamic State militants killed four soldiers. / The United States keeps about 900 troops in Syria. / The group, which once ruled a third of the country, lost the last of its territory in Syria in 2019.
en 2024-06-17 deployed_in isis_syr_2019-03 | Jordan closed its border crossing on Monday. / Islamic State militants ambushed a bus near Palmyra. / Islamic State finally lost the last of its territory in Syria in March 2019, Kurdish officials said.
en 2024-06-17 attacked isr_syr_2024-06-17 | Syria condemned Israeli strikes on its territory.
en 2024-06-17 attacked !isr_tur_2024-06-17 | Turkey regards the YPG as a terrorist organisation. / Islamic State said Israeli strikes had hit its territory.
`,
);

datedSuite(
  'a lost holding placed by an apposition after its country',
  `
en 2024-03-03 deployed_in isis_baghuz_2019-03 | IS lost its last stronghold in Syria, the village of Baghuz, in March 2019, but its cells still carry out attacks in the Syrian desert.
en 2024-03-03 deployed_in isis_baghuz_2019-03 | IS lost its last stronghold in Syria, the village of Baghouz, to the SDF in March 2019, but its cells still carry out attacks.
en 2024-03-03 deployed_in isis_baghuz_2019-03 | Islamic State militants killed four soldiers on Monday. / The group lost its last territorial foothold in Syria, the village of Baghuz, in March 2019, and has since waged a low-level insurgency.
en 2024-03-03 deployed_in isis_baghuz_2019-03 | Islamic State lost its final enclave in Syria, the eastern village of Baghouz, in March 2019.
en 2024-03-03 deployed_in !isis_syr_2019-03 | IS lost its last stronghold in Syria, the village of Baghuz, in March 2019, but its cells still carry out attacks in the Syrian desert.
en 2024-03-03 deployed_in !isis_syr_2019-03 | IS lost its last stronghold in Syria, officials said, in March 2019.
ar 2024-03-03 deployed_in isis_baghuz_2019-03 | وخسر تنظيم «داعش» آخر معاقله في سوريا، بلدة الباغوز، في آذار/مارس 2019.
`,
);

datedSuite(
  'a lost holding placed by the "when" clause that names the place taken',
  `
en 2024-03-13 deployed_in isis_baghuz_2019-03 | IS lost its last stronghold in Syria in March 2019, when the SDF captured Baghouz, but its cells still carry out attacks in the Syrian desert.
en 2024-03-13 deployed_in !isis_syr_2019-03 | IS lost its last stronghold in Syria in March 2019, when the SDF captured Baghouz, but its cells still carry out attacks in the Syrian desert.
en 2024-03-13 deployed_in isis_baghuz_2019-03 | Islamic State militants killed four soldiers on Monday. / The group lost the last of its territory in Syria in March 2019, when the US-backed Syrian Democratic Forces captured the eastern village of Baghouz.
en 2024-03-13 deployed_in isis_baghuz_2019-03 | Islamic State lost its last territory in Syria in March 2019, when Kurdish-led forces, backed by US air power, seized Baghouz.
en 2024-03-13 deployed_in isis_syr_2019-03 | IS lost its last stronghold in Syria in March 2019, when Donald Trump was president.
en 2024-03-13 deployed_in !isis_irq_2019-03 | IS lost its last stronghold in Syria in March 2019, when US troops were still in Iraq.
ar 2024-03-13 deployed_in isis_baghuz_2019-03 | وخسر تنظيم «داعش» آخر معاقله في سوريا في آذار/مارس 2019، عندما انتزعت «قسد» بلدة الباغوز.
ar 2024-03-13 deployed_in !isis_syr_2019-03 | وخسر تنظيم «داعش» آخر معاقله في سوريا في آذار/مارس 2019، عندما انتزعت «قسد» بلدة الباغوز.
`,
);
