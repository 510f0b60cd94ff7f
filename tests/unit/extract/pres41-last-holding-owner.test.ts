/**
 * pres41: the OWNER of a last holding was there at the holding's place, dated as the loss (gold rule 19f):
 * "drove Islamic State from its last enclave at Baghouz in March 2019", `القضاء على آخر معاقله في الباغوز`.
 * New sentences (not from the pool), both languages, with variants and look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'a pronoun owner of the last holding (en)': [
    ['isis deployed_in baghuz', 'The SDF led the campaign that drove Islamic State from its last enclave at Baghouz in March 2019.'],
    ['isis deployed_in baghuz', 'Kurdish-led fighters finished off IS in its last enclave of Baghouz in March 2019.'],
    // (a relative clause between the group and the holding)
    ['isis deployed_in baghuz', 'The coalition, which backed the SDF, helped push Islamic State out of its final stronghold in Baghouz in 2019.'],
    // (an apposition after the head)
    ['isis deployed_in baghuz', 'The SDF drove Islamic State from its last bastion, the eastern village of Baghouz, in March 2019.'],
    // (a list member, another holding noun)
    ['isis deployed_in raqqa', 'The SDF and the coalition drove Islamic State from its last bastion in Raqqa in October 2017.'],
  ],
  'a named owner of the last holding (en)': [
    ['isis deployed_in baghuz', 'The SDF captured Baghouz, the last stronghold of Islamic State, in March 2019.'],
    ['isis deployed_in baghuz', "The SDF seized Islamic State's last stronghold, the village of Baghouz, in March 2019."],
    ['isis deployed_in baghuz', 'US-backed forces overran the last enclave of Islamic State at Baghouz in March 2019.'],
  ],
  'a last holding with no date or no place gives no owner presence (en)': [
    ['no isis deployed_in baghuz', 'The SDF says Islamic State still has cells near Baghouz, its last enclave.'],
    ['no isis deployed_in syr', 'The SDF drove Islamic State from its last enclave in 2019.'],
    // (the last of something that is no holding)
    ['no isis deployed_in baghuz', 'Islamic State carried out its last attack on Baghouz in March 2019.'],
  ],
  'a pronoun owner of the last holding (ar)': [
    ['isis deployed_in baghuz', 'وقادت «قسد» المعارك ضد تنظيم «داعش» حتى القضاء على آخر معاقله في الباغوز في آذار/مارس 2019.'],
    // (a backing participle between the group and the holding)
    ['isis deployed_in baghuz', 'وطردت «قسد» المدعومة من واشنطن تنظيم «داعش» من آخر معاقله في بلدة الباغوز في آذار/مارس 2019.'],
    ['isis deployed_in raqqa', 'وطردت «قسد» تنظيم «داعش» من أبرز معاقله، ثم حاصرت آخر معاقله في الرقة في تشرين الأول/أكتوبر 2017.'],
  ],
  'a named owner of the last holding (ar)': [
    ['isis deployed_in baghuz', 'وسيطرت «قسد» على بلدة الباغوز، آخر معاقل «داعش»، في آذار/مارس 2019.'],
    ['isis deployed_in baghuz', 'وانتزعت «قسد» آخر معاقل «داعش» في الباغوز في آذار/مارس 2019.'],
  ],
  'the last of what is no holding gives no owner presence (ar)': [
    // (the last of something that is no holding)
    ['no isis deployed_in baghuz', 'ونفذ «داعش» آخر هجماته في الباغوز في آذار/مارس 2019.'],
  ],
});

describe('the owner presence is dated as the loss', () => {
  it('en: March 2019, not the publication date', () => {
    const a = extract('The SDF led the campaign that drove Islamic State from its last enclave at Baghouz in March 2019.', 'en', '2024-02-01');
    expect(a.relations.filter((r) => r.source === 'isis' && r.relation === 'deployed_in' && r.target === 'baghuz').map((r) => r.date)).toEqual(['2019-03']);
  });
  it('ar: آذار/مارس 2019', () => {
    const a = extract('وسيطرت «قسد» على بلدة الباغوز، آخر معاقل «داعش»، في آذار/مارس 2019.', 'ar', '2024-02-01');
    expect(a.relations.filter((r) => r.source === 'isis' && r.relation === 'deployed_in' && r.target === 'baghuz').map((r) => r.date)).toEqual(['2019-03']);
  });
});
