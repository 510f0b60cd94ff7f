/**
 * A bare desert head is the last desert named (branch names28, cues.csv `place_kind` desert; discourse.ts placeKindAt):
 * "the desert", "the vast desert", `البادية`, `الصحراء` as the place of a presence or a strike, after "the Syrian desert",
 * "the Badia", `البادية السورية`; one adjective of size or place may stand between "the" and the head. Negative cells:
 * no desert named before; not the place of a presence or strike.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'the desert: the last desert named (en)': [
    ['isis deployed_in syrian-desert', 'Hundreds of families venture into the Badia every spring. Islamic State still operates from hideouts in the vast desert.'],
    ['isis deployed_in syrian-desert', 'Islamic State militants killed 18 people in the Syrian desert on Thursday. The group still operates from hideouts in the desert.'],
    ['rus attacked syrian-desert', 'Islamic State cells remain active in the Syrian desert. Russian warplanes struck the desert on Friday.'],
    ['no isis deployed_in syrian-desert', 'Islamic State still operates from hideouts in the vast desert.'],
  ],
  'the desert: the last desert named (ar)': [
    ['isis deployed_in syrian-desert', 'تنشط خلايا تنظيم «داعش» في البادية السورية. وينتشر عناصر التنظيم في البادية منذ سنوات.'],
    ['no isis deployed_in syrian-desert', 'وينتشر عناصر التنظيم في البادية منذ سنوات.'],
  ],
};

describeCases(CASES);
