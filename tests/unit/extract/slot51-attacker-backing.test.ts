/**
 * slot51: the backing told as an adjunct of an attack ("with US air support", "with the backing of the US-led coalition",
 * `بدعم من التحالف`) is the attacker's, not the attacked group's (diagnosis-batch48 §6 slot49 rank 3, FP 65; pool b46
 * 2024-03-06 manbij). Look-alikes: a backer named before the attack, a backing of the attacked stated as such.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

const BEFORE = 'The Manbij Military Council said on Monday it had shelled SNA positions. ';

describeCases({
  'the backing of an attack is the attacker\'s': [
    ['usa supported manbij-military-council', BEFORE + 'Manbij has been held by the Manbij Military Council since it drove Islamic State out of the town in August 2016 with US air support.'],
    ['no usa supported isis', BEFORE + 'Manbij has been held by the Manbij Military Council since it drove Islamic State out of the town in August 2016 with US air support.'],
    ['usa supported manbij-military-council', BEFORE + 'The council drove the Islamic State group out of Manbij in August 2016 with the backing of the US-led coalition.'],
    ['no usa supported isis', BEFORE + 'The council drove the Islamic State group out of Manbij in August 2016 with the backing of the US-led coalition.'],
    // (another verb of the class; a date and a place between)
    ['usa supported sdf', 'The SDF expelled Islamic State fighters from Raqqa in October 2017 with the support of the US-led coalition.'],
    ['no usa supported isis', 'The SDF expelled Islamic State fighters from Raqqa in October 2017 with the support of the US-led coalition.'],
    ['rus supported syr', 'Government forces shelled Hayat Tahrir al-Sham positions near Saraqeb on Sunday with Russian air support.'],
    ['no rus supported hts', 'Government forces shelled Hayat Tahrir al-Sham positions near Saraqeb on Sunday with Russian air support.'],
    // (look-alikes: the backer named before the act; no "with")
    ['usa supported sdf', 'The US-backed SDF drove Islamic State out of Raqqa in 2017.'],
    ['tur supported syrian-national-army', 'The SNA, which Turkey supports, shelled SDF positions near Manbij on Monday.'],
  ],
  'the backing of an attack is the attacker\'s (ar)': [
    ['usa supported sdf', 'وكانت قوات سوريا الديمقراطية (قسد) قد طردت تنظيم «داعش» من مدينة الرقة في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي بقيادة الولايات المتحدة.'],
    ['no usa supported isis', 'وكانت قوات سوريا الديمقراطية (قسد) قد طردت تنظيم «داعش» من مدينة الرقة في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي بقيادة الولايات المتحدة.'],
  ],
});

describe('the moved backing keeps the attack\'s date', () => {
  it('"with US air support" of an August 2016 expulsion is 2016-08', () => {
    expect(datedOf(BEFORE + 'The council drove the Islamic State group out of Manbij in August 2016 with US air support.', 'en', '2024-03-06', 'supported')).toContain('usa manbij-military-council 2016-08');
  });
});
