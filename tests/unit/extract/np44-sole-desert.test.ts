/**
 * The desert with no desert named before (branch np44; diagnosis-batch40 §6 np44 rank 1 #37, #49 "IS cells in the
 * surrounding desert", pool "the desert" 56/14): a bare head of a kind whose sole place in the story's state the lexicon
 * knows (cues.csv `place_kind_sole`: the desert) is that place when none of the kind was named before (gold rule 13/19d:
 * "the desert" of a Syrian story is `syrian-desert`). relations/soleplace.ts.
 */
import { describeCases } from './helpers.ts';

const SYR = 'Syrian government forces clashed with Islamic State militants near Palmyra in Syria on Monday. ';
const SYR_AR = 'اشتبكت قوات الحكومة السورية مع عناصر تنظيم «داعش» قرب مدينة تدمر في سوريا أمس الاثنين. ';

describeCases({
  'the row constructions: cells in the desert (en)': [
    ['isis deployed_in syrian-desert', SYR + 'Islamic State lost the last of its territory in Syria in March 2019 but its cells still carry out attacks in the desert.'],
    ['isis deployed_in syrian-desert', SYR + 'Islamic State cells still operate in the desert, the monitor said.'],
  ],
  'variants: a modifier, a date, a list member (en)': [
    ['isis deployed_in syrian-desert', SYR + 'Islamic State lost its last territory in 2019, but its cells still carry out attacks in the vast desert.'],
    ['isis deployed_in syrian-desert', SYR + 'Islamic State lost its last stronghold in 2019, but its cells still carry out attacks in the desert and in Deir ez-Zor.'],
    ['isis deployed_in syrian-desert', SYR + 'Islamic State cells, the monitor said on Tuesday, still operate in the desert.'],
  ],
  'negatives: the desert of a place told after it (en, ar)': [
    ['no rus attacked syrian-desert', SYR + 'Russian warplanes struck caves in the desert south of al-Sukhnah on Tuesday.'],
    ['rus attacked al-sukhnah', SYR + 'Russian warplanes struck caves in the desert south of al-Sukhnah on Tuesday.'],
  ],
  'the row constructions and variants (ar)': [
    ['isis deployed_in syrian-desert', SYR_AR + 'وتنتشر خلايا تنظيم «داعش» في البادية منذ خسارته آخر معاقله.'],
    ['isis deployed_in syrian-desert', SYR_AR + 'وتنفذ خلايا «داعش»، منذ مطلع العام، هجمات متكررة في البادية.'],
  ],
  'negatives: a desert named before; another state; no story state (en)': [
    ['no isis deployed_in syrian-desert', 'Iraqi forces clashed with Islamic State militants in Anbar in Iraq. Iraq said Islamic State cells still carry out attacks in the desert.'],
    ['no isis deployed_in syrian-desert', 'Islamic State cells still carry out attacks in the desert.'],
    ['isis deployed_in negev', 'Israeli forces raided a village in the Negev desert in Israel. Israel said Islamic State cells operate in the Negev desert. Islamic State cells still carry out attacks in the desert.'],
  ],
}, '2024-06-17');
