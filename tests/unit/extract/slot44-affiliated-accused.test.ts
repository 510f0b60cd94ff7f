/**
 * slot44: an accusation of unnamed groups qualified by a participle of affiliation with a second name joined by و/"and"
 * (`تتهم عمّان جماعات مرتبطة بإيران و«حزب الله» بالوقوف وراء …`, pool b16, b22, b26, b34; diagnosis-batch41 #69)
 * accuses the name joined, never the patron (gold: `jor accused hezbollah` only). New sentences, both languages, with
 * look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a name joined after the patron of an affiliation is accused (ar)': [
    ['jor accused hezbollah', 'وتتهم عمّان جماعات مرتبطة بإيران و«حزب الله» بالوقوف وراء تهريب المخدرات عبر الحدود.'],
    ['no jor accused irn', 'وتتهم عمّان جماعات مرتبطة بإيران و«حزب الله» بالوقوف وراء تهريب المخدرات عبر الحدود.'],
    ['jor accused hezbollah', 'كما يتهم الأردن مجموعات مرتبطة بإيران و«حزب الله» اللبناني بالنشاط في تهريب المخدرات عبر ريف درعا.'],
    // (a date and a modifier between)
    ['jor accused hezbollah', 'ويتهم الأردن منذ سنوات ميليشيات مرتبطة بإيران و«حزب الله» بتهريب الكبتاغون.'],
    // (the form with لـ that already worked)
    ['jor accused hezbollah', 'وتتهم عمّان جماعات موالية لإيران و«حزب الله» بالوقوف وراء التهريب.'],
  ],
  'the patron alone, or a second patron behind its own preposition, is no one accused (ar)': [
    ['no jor accused irn', 'وتتهم عمّان جماعات مرتبطة بإيران بالوقوف وراء تهريب المخدرات.'],
    ['no syr accused irn', 'واتهم المصدر مجموعات مرتبطة بإيران وبأجهزة أمنية سورية بالوقوف وراء التهريب.'],
    // (a struck thing said to be linked to a state keeps its owner)
    ['houthis attacked isr', 'وكانت جماعة الحوثي قد بدأت استهداف سفن تجارية تقول إنها مرتبطة بإسرائيل.'],
  ],
  'a name joined after the patron of an affiliation is accused (en)': [
    ['jor accused hezbollah', 'Jordan accuses groups linked to Iran and Hezbollah of smuggling drugs across the border.'],
    ['no jor accused irn', 'Jordan accuses groups linked to Iran and Hezbollah of smuggling drugs across the border.'],
    ['jor accused hezbollah', "Amman has long accused militias loyal to Iran and Lebanon's Hezbollah of running the trade."],
  ],
  'the patron alone is no one accused (en)': [
    ['no jor accused irn', 'Jordan accuses groups linked to Iran of smuggling drugs across the border.'],
  ],
});
