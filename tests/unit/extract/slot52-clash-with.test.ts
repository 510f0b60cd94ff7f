/**
 * slot52: a clash noun with a named foe is a mutual fight of the clause's subject and the foe (gold rule 20c's mutual
 * reading; diagnosis-batch50 §6 slot52 rank 1; pool b49 maadan-checkpoint, b49 afrin-hts-checkpoints, b41
 * sdf-iraqi-detainees-handover): "after days of fighting with Islamic State", "sparking ten days of fighting with the
 * SDF", `بعد أيام من الاشتباكات مع «داعش»`. Look-alikes: fighting with a partner against a foe, fighting alongside, an
 * unnamed foe, a clash noun with no "with".
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

const MAADAN = 'The SDF, backed by the US-led coalition, said it had regained full control of the facility on January 26 after days of fighting with Islamic State.';
const AFRIN = 'HTS, the dominant force in neighbouring Idlib province, moved into Afrin in mid-October after days of fighting with the Third Legion, a coalition of Syrian National Army factions led by the Levant Front.';
const GHWAYRAN = 'In January 2022, IS fighters stormed the Ghwayran prison in Hasakah in an attempt to free their comrades, sparking ten days of fighting with the SDF.';

describeCases({
  'clash noun with a named foe: both directions': [
    ['sdf attacked isis', MAADAN],
    ['isis attacked sdf', MAADAN],
    ['hts attacked third-legion', AFRIN],
    ['third-legion attacked hts', AFRIN],
    ['isis attacked sdf', GHWAYRAN],
    ['sdf attacked isis', GHWAYRAN],
    // (another clash noun, a modifier between, a date)
    ['syr attacked hts', 'Syrian government forces withdrew from the village on Monday after heavy clashes with Hayat Tahrir al-Sham.'],
    ['hts attacked syr', 'Syrian government forces withdrew from the village on Monday after heavy clashes with Hayat Tahrir al-Sham.'],
    ['sdf attacked isis', 'The SDF lost three fighters in battles with Islamic State near Hajin.'],
    // (look-alikes: a partner against a foe; alongside; no named foe)
    ['no sdf attacked usa', 'The SDF has been fighting with the US-led coalition against Islamic State since 2015.'],
    ['no hezbollah attacked syr', 'Hezbollah has been fighting alongside Syrian government forces since 2013.'],
    ['no sdf attacked isis', 'The SDF said days of fighting had damaged the facility.'],
    // (a nearer subject: the leader's fight, not the group's)
    ['no isis attacked hts', 'The Islamic State group said on Thursday that its leader, Abu al-Hussein al-Husseini al-Qurashi, had been killed in clashes with Hayat Tahrir al-Sham in Idlib province.'],
  ],
  'clash noun with a named foe: both directions (ar)': [
    ['sdf attacked isis', 'وأعلنت «قوات سوريا الديمقراطية» استعادة السيطرة الكاملة على السجن بعد أيام من الاشتباكات مع تنظيم «داعش».'],
    ['isis attacked sdf', 'وأعلنت «قوات سوريا الديمقراطية» استعادة السيطرة الكاملة على السجن بعد أيام من الاشتباكات مع تنظيم «داعش».'],
    ['hts attacked third-legion', 'ودخلت «هيئة تحرير الشام» إلى عفرين بعد معارك مع «الفيلق الثالث» استمرت أياماً.'],
    ['third-legion attacked hts', 'ودخلت «هيئة تحرير الشام» إلى عفرين بعد معارك مع «الفيلق الثالث» استمرت أياماً.'],
    // (look-alike: a partner against a foe)
    ['no sdf attacked irq', 'وقالت «قسد» إن الاشتباكات مع خلايا تنظيم «داعش» مستمرة، فيما سلّمت العراق عشرات المعتقلين.'],
  ],
});

describe('clash noun with a named foe: a span of days before the dated act is of its month', () => {
  it('after days of fighting', () => {
    const got = datedOf(MAADAN, 'en', '2022-01-30', 'attacked');
    expect(got).toContain('sdf isis 2022-01');
    expect(got).toContain('isis sdf 2022-01');
  });
  it('a clash with no span keeps its day', () => {
    const got = datedOf('Syrian government forces withdrew from the village on January 26 after clashes with Hayat Tahrir al-Sham.', 'en', '2022-01-30', 'attacked');
    expect(got).toContain('syr hts 2022-01-26');
  });
});
