/**
 * Lists in a place slot (branch names35, diagnosis-batch30 §6 fix 6; relations/lists.ts): the listed members of an
 * unnamed place of presence ("in several towns along the frontier, including Kobani", `في عدة بلدات …، بينها …`) and a
 * second place phrase after "as well as" / `إضافة إلى` / `فضلاً عن`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the members listed after an unnamed place of presence': [
    ['rus deployed_in kobani', 'Russia, which brokered a ceasefire in the area that year, keeps military police in several towns along the frontier, including Kobani.'],
    ['rus deployed_in kobani', 'Russia keeps military police in several towns along the frontier, including Kobani and Manbij.'],
    ['rus deployed_in manbij', 'Russia keeps military police in several towns along the frontier, including Kobani and Manbij.'],
    // (another verb of presence, a date)
    ['usa deployed_in deir-ez-zor', 'The United States maintains about 900 troops at several bases in the east, including Deir ez-Zor.'],
    // (no unnamed place before the list: nothing from it)
    ['no rus deployed_in kobani', 'Russia keeps military police along the frontier and praised several leaders, including Kobani officials.'],
  ],
  'the members listed after an unnamed place of presence (ar)': [
    ['rus deployed_in kobani', 'وتنشر روسيا شرطة عسكرية في عدة بلدات على الحدود، بينها عين العرب ومنبج.'],
    ['rus deployed_in manbij', 'وتنشر روسيا شرطة عسكرية في عدة بلدات على الحدود، بينها عين العرب ومنبج.'],
    ['tur deployed_in afrin', 'وتنشر تركيا قوات في عدد من المدن منذ عام 2018، بما فيها عفرين.'],
  ],
  'a second place phrase after "as well as"': [
    ['sdf deployed_in al-hol-camp', 'The SDF also keeps around 9,000 suspected IS fighters in a network of prisons in Hasakah and Raqqa provinces, as well as tens of thousands of their relatives in the al-Hol and Roj camps.'],
    ['sdf deployed_in roj-camp', 'The SDF also keeps around 9,000 suspected IS fighters in a network of prisons in Hasakah and Raqqa provinces, as well as tens of thousands of their relatives in the al-Hol and Roj camps.'],
    ['sdf deployed_in raqqa', 'The SDF also keeps around 9,000 suspected IS fighters in a network of prisons in Hasakah and Raqqa provinces, as well as tens of thousands of their relatives in the al-Hol and Roj camps.'],
    ['rus deployed_in tartus-naval-base', 'Russia keeps troops in Latakia, as well as sailors at a naval facility in Tartus.'],
  ],
  'a second place phrase after "as well as" (ar)': [
    ['sdf deployed_in raqqa', 'وتنتشر «قسد» في الحسكة، إضافة إلى مواقع في ريف الرقة.'],
    ['sdf deployed_in raqqa', 'وتنتشر «قسد» في الحسكة، فضلاً عن نقاط في ريف الرقة.'],
    // (a fight, not a presence: no place from the second phrase)
    ['no isis deployed_in raqqa', 'وتنتشر «قسد» في الحسكة، إضافة إلى هجماتها على «داعش» في الرقة.'],
  ],
});

describeCases({
  'a second place with a desert head after و (ar)': [
    ['isis deployed_in anbar', 'كما تناول الاتصال التنسيق الأمني على الحدود المشتركة، ولا سيما ملاحقة خلايا تنظيم «داعش» في البادية السورية وصحراء الأنبار.'],
    ['isis deployed_in anbar', 'وتنتشر خلايا تنظيم «داعش» في ريف حمص الشرقي وصحراء الأنبار منذ عام 2019.'],
    ['isis deployed_in syrian-desert', 'وتنتشر خلايا تنظيم «داعش» في صحراء الأنبار والبادية السورية.'],
  ],
  'a second place with a desert head after "and"': [
    ['isis deployed_in anbar', 'Islamic State cells operate in the Syrian desert and the Anbar desert.'],
  ],
});
