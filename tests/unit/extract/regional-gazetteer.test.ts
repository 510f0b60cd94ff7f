/**
 * The regional gazetteer (docs/diagnosis-batch21.md §5 fix 5): places, groups and office holders of Yemen, the Gulf, Iraq,
 * Lebanon, Iran, Israel/Palestine, Jordan and Egypt, on sentences of our own. Each name is read in both languages and in
 * several positions (subject, object, inside a list, after a place head); Arabic names that are ordinary words are read only
 * with their head (`مدينة بعقوبة`, not `بعقوبة السجن`), and a verb after a kunya (`أبو طالب`) is no trigger.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, describeCases, lexicon } from './helpers.ts';

function ids(text: string, lang: 'ar' | 'en', date = '2024-01-10'): string[] {
  return analyse(article(text, lang, date), lexicon()).sentences.flatMap((s) => s.mentions.map((m) => m.entity));
}

describe('regional places and groups', () => {
  it('reads Yemen, the Gulf and the Saudi-led coalition', () => {
    expect(ids('وشنّ التحالف بقيادة السعودية غارات على العاصمة اليمنية صنعاء ومدينة الحديدة', 'ar')).toEqual(['sau', 'sanaa', 'hodeidah']);
    expect(ids('The Saudi-led coalition struck Sana’a and the port of Hodeidah', 'en')).toEqual(['sau', 'sanaa', 'hodeidah']);
    expect(ids('Houthi drones hit Abqaiq, Jazan and Khamis Mushait near the Bab el-Mandeb', 'en')).toEqual(['houthis', 'abqaiq', 'jazan', 'khamis-mushait', 'bab-el-mandeb']);
    expect(ids('وتبنى يحيى سريع الهجوم على أرامكو في جيزان', 'ar')).toEqual(['yahya-saree', 'saudi-aramco', 'jazan']);
  });
  it('reads northern Iraq, the PKK regions and the Kurdistan region', () => {
    expect(ids('destroyed 20 targets in the Metina, Hakurk, Qandil and Gara regions', 'en')).toEqual(['metina', 'hakurk', 'qandil-mountains', 'gara']);
    expect(ids('قصفت المقاتلات مواقع في منطقة متينا ومنطقة الزاب وجبل غارا وقضاء سنجار', 'ar')).toEqual(['metina', 'zap', 'gara', 'sinjar']);
    expect(ids('Rockets hit Baghdad airport and the Green Zone; drones struck Ain al-Asad', 'en')).toEqual(['baghdad-airport', 'green-zone', 'ain-al-asad-air-base']);
  });
  it('reads south Lebanon and the Bekaa, Iran and its shrines, Gaza, the West Bank and Israel', () => {
    expect(ids('قصفت إسرائيل بلدات بنت جبيل وعيترون وكفركلا وبلدة الخيام', 'ar')).toEqual(['isr', 'bint-jbeil', 'aitaroun', 'kfar-kila', 'khiam']);
    expect(ids('IS claimed the attack on the Shah Cheragh shrine in Shiraz and blasts near Natanz', 'en')).toEqual(['isis', 'shah-cheragh-shrine', 'shiraz', 'natanz']);
    expect(ids('اقتحم الجيش الإسرائيلي مخيم جنين ونابلس وطولكرم وقصف خان يونس ورفح', 'ar')).toEqual(['isr', 'jenin', 'nablus', 'tulkarm', 'khan-younis', 'rafah']);
    expect(ids('Hezbollah fired rockets at Kiryat Shmona, Safed and the Nevatim air base', 'en')).toEqual(['hezbollah', 'kiryat-shmona', 'safed', 'nevatim-air-base']);
  });
  it('keeps ordinary Arabic words apart from town names written with their head', () => {
    expect(ids('وصلت أسلحة حديثة', 'ar')).toEqual([]);
    expect(ids('وهدده بعقوبة السجن', 'ar')).toEqual([]);
    expect(ids('في مدينة بعقوبة ومدينة حديثة', 'ar')).toEqual(['baqubah', 'haditha']);
    expect(ids('نصبوا الخيام في المخيم', 'ar')).toEqual([]);
    expect(ids('لتحقيق مآرب سياسية', 'ar')).toEqual([]);
    expect(ids('قام الرجل بزيارة', 'ar')).not.toContain('qom');
  });
});

describe('regional office holders', () => {
  it('reads the names and resolves their offices by date', () => {
    expect(ids('وصل فياض الرويلي إلى طهران', 'ar')).toEqual(['fayyad-al-ruwaili', 'tehran']);
    expect(ids('وصل رئيس هيئة الأركان العامة السعودي إلى طهران', 'ar', '2024-11-11')).toEqual(['fayyad-al-ruwaili', 'tehran']);
    expect(ids('the Egyptian army chief of staff said', 'en', '2023-05-01')).toEqual(['osama-askar']);
    expect(ids('the Egyptian army chief of staff said', 'en', '2024-10-01')).toEqual(['ahmed-fathi-khalifa']);
    expect(ids('قال وزير الخارجية اليمني', 'ar', '2022-06-01')).toEqual(['ahmed-awad-bin-mubarak']);
    expect(ids('قال وزير الخارجية اليمني', 'ar', '2024-06-01')).toEqual(['shaya-al-zindani']);
  });
});

describeCases({
  'regional names as arguments (ar)': [
    ['houthis deployed_in sanaa', 'شنت الطائرات غارات على صنعاء الخاضعة لسيطرة الحوثيين.'],
    ['fayyad-al-ruwaili visited tehran', 'وصل رئيس هيئة الأركان العامة السعودي فياض الرويلي إلى طهران أمس.'],
    ['isr attacked taleb-abdallah', 'اغتالت إسرائيل القيادي في حزب الله طالب عبد الله بغارة على بلدة جويا.'],
    ['no taleb-abdallah urged isr', 'جاءت الهجمات رداً على اغتيال القيادي طالب عبد الله، المعروف بـ«أبو طالب»، بغارة إسرائيلية.'],
    ['ahmed-aboul-gheit urged isr', 'طالب أبو الغيط إسرائيل بوقف الهجمات.'],
  ],
  'regional names as arguments': [
    ['tur attacked gara', 'Turkish jets struck 20 targets in the Gara region on Sunday.'],
    ['isis attacked shah-cheragh-shrine', 'The Islamic State attacked the Shah Cheragh shrine in Shiraz.'],
    ['houthis attacked eilat', 'The Houthis fired a missile at Eilat on Tuesday.'],
    ['isr attacked khan-younis', 'Israeli jets struck Khan Younis overnight.'],
  ],
  'a bare noun in a second complement clause (وإن) is not the first clause\'s subject\'s (ar)': [
    ['no usa deployed_in negev', 'وقال الجيش الإسرائيلي إن المقذوفات اعتُرضت بمساعدة الولايات المتحدة وبريطانيا، وإن إصابات طفيفة لحقت بقاعدة جوية في النقب.'],
    ['no usa deployed_in homs', 'قال الجيش إن المقذوفات اعتُرضت بمساعدة الولايات المتحدة، وإن أضراراً لحقت بقاعدة جوية في حمص.'],
    ['tur deployed_in idlib', 'وقال المرصد إن روسيا رحبت بالخطوة، وإن القوات التركية أقامت قاعدة في إدلب.'],
    ['tur deployed_in idlib', 'وقال المرصد إن تركيا أقامت قاعدة عسكرية في إدلب.'],
  ],
});
