/**
 * slot51: the captor of a dated expulsion holds the place from that date (gold rule 19f's captor; diagnosis-batch48 §6
 * slot49 rank 3: "Turkish troops drove Islamic State out of al-Bab in February 2017"); a place anaphor after the verb
 * ("from the town") is the place the sentence names before it, not a name that only modifies ("Ankara-backed");
 * "the Islamic State group" is the group. Look-alikes: a passive, an agentless masdar, a vow, no date.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

describeCases({
  'expulsion: the captor holds the place': [
    ['tur deployed_in al-bab', 'Turkey and the SNA seized the Afrin region from the YPG in 2018, and Turkish troops drove Islamic State out of al-Bab in February 2017.'],
    ['tur deployed_in al-bab', 'Turkish troops drove Islamic State out of al-Bab in February 2017.'],
    ['manbij-military-council deployed_in manbij', 'The Manbij Military Council drove Islamic State out of Manbij in August 2016.'],
    // (a modifier and an apposition between the paired words; "the Islamic State group")
    ['manbij-military-council deployed_in manbij', 'The Manbij Military Council, part of the Kurdish-led SDF, drove the Islamic State group out of Manbij in August 2016 with the backing of the US-led coalition.'],
    ['isis deployed_in manbij', 'The Manbij Military Council drove the Islamic State group out of Manbij in August 2016.'],
    // (another verb of the class)
    ['sdf deployed_in raqqa', 'The Syrian Democratic Forces expelled Islamic State fighters from Raqqa in October 2017.'],
    // (a list member as the place)
    ['ypg deployed_in kobani', 'The YPG drove Islamic State out of Kobani and Tal Abyad in 2015.'],
    ['ypg deployed_in tal-abyad', 'The YPG drove Islamic State out of Kobani and Tal Abyad in 2015.'],
    // (the place anaphor after the verb: the place the sentence named, not "Ankara-backed")
    ['sdf deployed_in tal-abyad', 'Tal Abyad has been held by Turkey and the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    ['no sdf deployed_in ankara', 'Tal Abyad has been held by Turkey and the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    ['no tur deployed_in ankara', 'Tal Abyad has been held by Turkey and the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    // (a bare "out": out of the place the sentence opens with; an anaphor of a group the sentence named)
    ['isis deployed_in kobani', 'Kobani, a mostly Kurdish town on the Turkish border, became a symbol of resistance when Kurdish fighters backed by US air strikes drove Islamic State out in January 2015.'],
    ['isis deployed_in kobani', 'Kobani, a mainly Kurdish town on the Turkish border, became a symbol of the war against the Islamic State group after the YPG, backed by US-led coalition air strikes, drove the jihadists out in January 2015.'],
    ['ypg deployed_in kobani', 'Kobani, a mainly Kurdish town on the Turkish border, became a symbol of the war against the Islamic State group after the YPG, backed by US-led coalition air strikes, drove the jihadists out in January 2015.'],
    ['no isis deployed_in kobani', 'Kobani, a mainly Kurdish town on the Turkish border, said the YPG drove the jihadists out.'],
    ['no sdf deployed_in ankara', 'Ankara says the SDF drove Islamic State out in 2017 only with US help.'],
    // (the leader of the campaign that drove the group out; "from its last enclave at P")
    ['sdf deployed_in baghuz', 'The SDF led the campaign that drove Islamic State from its last enclave at Baghouz in March 2019.'],
    ['sdf deployed_in baghuz', 'The SDF, which controls much of northeastern Syria, led the campaign that drove Islamic State from its last enclave at Baghouz in March 2019.'],
    ['sdf deployed_in raqqa', 'US troops work alongside the SDF, which spearheaded the offensive that expelled Islamic State from Raqqa in 2017.'],
    ['no usa deployed_in raqqa', 'US troops work alongside the SDF, which spearheaded the offensive that expelled Islamic State from Raqqa in 2017.'],
    ['no sdf deployed_in baghuz', 'The SDF described the campaign that drove Islamic State from its last enclave at Baghouz in March 2019.'],
    // (look-alikes: a vow; no date. A passive names the expelled as subject: its dated presence, as the pool's gold reads
    // it — b51 "since Islamic State fighters were driven out of it in 2016", b24, b52; and the agent is the captor: slot55,
    // relations/expelpassive.ts)
    ['isis deployed_in raqqa', 'Islamic State was driven from Raqqa by the SDF in October 2017.'],
    ['sdf deployed_in raqqa', 'Islamic State was driven from Raqqa by the SDF in October 2017.'],
    ['no tur deployed_in manbij', 'Turkey has vowed to drive the YPG out of Manbij.'],
    ['no tur deployed_in al-bab', 'Turkish troops drove Islamic State out of al-Bab.'],
  ],
  'expulsion: the captor holds the place (ar)': [
    ['sdf deployed_in raqqa', 'وكانت قوات سوريا الديمقراطية (قسد) قد طردت تنظيم «داعش» من مدينة الرقة في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي بقيادة الولايات المتحدة.'],
    ['sdf deployed_in raqqa', 'وطردت «قسد» تنظيم «داعش» من الرقة عام 2017.'],
    ['tur deployed_in al-bab', 'وطردت القوات التركية تنظيم «داعش» من مدينة الباب في شباط/فبراير 2017.'],
    ['isis deployed_in raqqa', 'وطردت «قسد» تنظيم «داعش» من الرقة عام 2017.'],
    // (an anaphor of a group the sentence named before)
    ['isis deployed_in kobani', 'وتحوّلت عين العرب إلى رمز للمعركة ضد «داعش»، بعدما تمكّنت الوحدات الكردية بدعم من طيران التحالف الدولي من طرد التنظيم منها مطلع عام 2015.'],
    // (no date, no presence; an ambassador expelled is no captor)
    ['no sdf deployed_in raqqa', 'وطردت «قسد» تنظيم «داعش» من الرقة.'],
    ['no tur deployed_in egy', 'وطردت تركيا السفير المصري من أنقرة عام 2013.'],
  ],
});

describe('the expulsion dates the captor presence', () => {
  it('"drove IS out of al-Bab in February 2017" is 2017-02', () => {
    expect(datedOf('Turkish troops drove Islamic State out of al-Bab in February 2017.', 'en', '2022-06-03', 'deployed_in')).toContain('tur al-bab 2017-02');
  });
  it('`طردت «قسد» تنظيم «داعش» من الرقة عام 2017` is 2017', () => {
    expect(datedOf('وطردت «قسد» تنظيم «داعش» من الرقة عام 2017.', 'ar', '2022-06-03', 'deployed_in')).toContain('sdf raqqa 2017');
  });
});
