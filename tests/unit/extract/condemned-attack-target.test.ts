/**
 * A condemned attack noun that names what was struck ("condemned the attack on Abu Dhabi", `أدانت الهجوم على أبوظبي`) is the
 * attack the article told on that target (or on the state a struck capital stands for), not the last attack told: on
 * sentences of our own, with another party's attack told in between.
 */
import { describeCases } from './helpers.ts';

const houthi = 'Houthi drones attacked Abu Dhabi on Monday, killing three people. The Saudi-led coalition struck Sanaa on Tuesday.';
const houthiAr = 'هاجم الحوثيون أبوظبي بطائرات مسيّرة يوم الاثنين. وشنّ التحالف بقيادة السعودية غارات على صنعاء يوم الثلاثاء.';

describeCases(
  {
    'the attack on a named target (ar)': [
      ['usa criticized houthis', houthiAr + ' وأدانت الولايات المتحدة الهجوم على أبوظبي.'],
      ['no usa criticized sau', houthiAr + ' وأدانت الولايات المتحدة الهجوم على أبوظبي.'],
      ['fra criticized houthis', houthiAr + ' كما دانت فرنسا الهجوم على الإمارات.'],
      // (with no target named, the last attack told is still the one condemned)
      ['usa criticized sau', houthiAr + ' وأدانت الولايات المتحدة الهجوم.'],
    ],
    'the attack on a named target': [
      ['usa criticized houthis', houthi + ' The United States condemned the attack on Abu Dhabi.'],
      ['no usa criticized sau', houthi + ' The United States condemned the attack on Abu Dhabi.'],
      ['fra criticized houthis', houthi + ' France also condemned the attack on the UAE.'],
    ],
  },
  '2022-01-18',
);
