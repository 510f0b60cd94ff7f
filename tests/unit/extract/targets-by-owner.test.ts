/**
 * Targets described by whose they are (gold rule 10): "X-linked targets" attack X and no place; things used by an
 * unnamed group ("groups linked to X") name no one attacked, so the place is. Sentences of our own.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'targets named by their owner in a compound': [
    ['usa attacked irn', 'The United States struck Iran-linked targets in Iraq on Friday.'],
    ['no usa attacked irq', 'The United States struck Iran-linked targets in Iraq on Friday.'],
    ['isr attacked hezbollah', 'Israel has carried out dozens of strikes on Hezbollah-run depots in Lebanon.'],
    ['no isr attacked irn', 'Israel struck Iran-backed groups near Beirut.'],
  ],
  'things used by an unnamed group attack the place': [
    ['usa attacked irq', 'US jets struck facilities in western Iraq used by groups linked to Iran overnight.'],
    ['no usa attacked irn', 'US jets struck facilities in western Iraq used by groups linked to Iran overnight.'],
  ],
});

describeCases({
  'sites named by their owner after the place (ar)': [
    ['usa attacked irgc', 'وشنت الولايات المتحدة غارات على مواقع في العراق تقول إنها تابعة للحرس الثوري الإيراني.'],
    ['no usa attacked irq', 'وشنت الولايات المتحدة غارات على مواقع في العراق تقول إنها تابعة للحرس الثوري الإيراني.'],
    ['usa attacked irq', 'وشنت الولايات المتحدة غارات على مواقع في العراق تابعة لمجموعات موالية لإيران.'],
    ['no usa attacked irn', 'وشنت الولايات المتحدة غارات على مواقع في العراق تابعة لمجموعات موالية لإيران.'],
  ],
});
