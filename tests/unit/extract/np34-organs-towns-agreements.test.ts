/**
 * np34 (diagnosis-batch29 §6 fixes 2c and 6): a state's air force or navy named by its demonym is that state ("The
 * Jordanian air force", `سلاح الجو الأردني`); towns of Idlib and Deir ez-Zor the lexicon lacked (Kafr Takharim, Dhiban);
 * an agreement noun under "under" keeps its party past a date or a kind word before it ("under a March 2020 ceasefire
 * agreement with Moscow", "under a 2019 deal with Ankara", `بموجب اتفاق وقف إطلاق النار الموقع عام 2020 مع`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a demonym before an air force or navy is its state': [
    ['jor attacked suwayda', 'The Jordanian air force struck a smuggling hideout in Suwayda province on Monday.'],
    ['jor attacked syr', 'The Jordanian air force has also struck inside southern Syria this year.'],
    ['isr attacked lbn', 'The Israeli air force, which has stepped up its raids, struck targets in Lebanon on Sunday.'],
    ['tur attacked sdf', 'The Turkish air force struck positions of the SDF near Qamishli.'],
    ['rus attacked idlib', 'The Russian air force bombed villages in Idlib province on Friday.'],
    ['isr attacked lbn', 'The Israeli navy shelled the coast of Lebanon.'],
    ['no jor attacked syr', 'A former Jordanian air force pilot said smuggling through Syria had grown.'],
  ],
  'a demonym after an air force is its state (ar)': [
    ['jor attacked suwayda', 'وشنّ سلاح الجو الأردني غارات على مواقع في ريف السويداء.'],
    ['isr attacked south-lebanon', 'وأغار سلاح الجو الإسرائيلي، يوم الأحد، على مواقع في جنوب لبنان.'],
  ],
  'Kafr Takharim and Dhiban are towns': [
    ['rus attacked kafr-takharim', 'Russian warplanes carried out raids on the outskirts of Kafr Takharim on Thursday.'],
    ['rus attacked kafr-takharim', 'Russian jets struck the town of Kafr Takharim, which lies in western Idlib, on Monday.'],
    ['isis attacked sdf', 'Islamic State cells attacked an SDF post in the town of Dhiban in eastern Deir ez-Zor.'],
    ['sdf deployed_in dhiban', 'Gunmen attacked an SDF military post in the town of Dhiban on Saturday.'],
  ],
  'Kafr Takharim and Dhiban are towns (ar)': [
    ['rus attacked kafr-takharim', 'شنّت طائرات حربية روسية، يوم الأربعاء، سلسلة غارات على أطراف بلدة كفرتخاريم في ريف إدلب.'],
    ['rus attacked kafr-takharim', 'وقصفت الطائرات الروسية بلدة كفر تخاريم ومحيطها.'],
    ['sdf deployed_in dhiban', 'هجوم شنّه مسلحون مجهولون على نقطة لـ«قسد» في بلدة ذيبان المجاورة.'],
    ['sdf deployed_in dhiban', 'وقصفت القوات الحكومية مواقع لـ«قسد» في بلدة ذيبان، وفق المرصد السوري.'],
    ['sdf deployed_in dhiban', 'في هجوم لخلايا تنظيم «الدولة الإسلامية» على نقطة عسكرية لـ«قسد» في بلدة ذيبان بريف دير الزور الشرقي.'],
  ],
  'backing told by a compound modifier': [
    ['irn supported kataib-hezbollah', 'The group, an umbrella for Iran-backed militias including Kataib Hezbollah, has claimed more than 70 attacks on US troops.'],
    ['irn supported kataib-hezbollah', 'Iran-backed militias such as Kataib Hezbollah have attacked US bases in Syria.'],
    ['irn supported kataib-hezbollah', 'Washington blamed Iran-backed groups, including Kataib Hezbollah, for the drone attack.'],
    ['irn supported islamic-resistance-in-iraq', 'The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, has claimed dozens of drone attacks on Israel.'],
    ['irn supported islamic-resistance-in-iraq', 'The Islamic Resistance in Iraq, an umbrella for Iran-backed factions, claimed the attack.'],
    ['irn supported hezbollah', 'The Iran-aligned Hezbollah fired rockets at Israel on Monday.'],
    ['no irn supported usa', 'Iran-aligned factions have attacked US forces in Syria.'],
  ],
  'an act noun with a name modifier under any preposition': [
    ['hamas attacked isr', 'The exchange comes amid fears that the war in Gaza, which began with the Hamas attack on southern Israel on October 7, could spread to Syria and Lebanon.'],
    ['hamas attacked isr', 'The war, which began with the Hamas attack on Israel, continued into a second year.'],
    ['hamas attacked isr', 'The war began with the Hamas attack on Israel on October 7.'],
    ['isr attacked hezbollah', 'The talks came days after the Israeli strike on Hezbollah, which killed a commander.'],
    ['no hamas attacked isr', 'Israel said it could respond with force to a Hamas attack on its soldiers.'],
  ],
  'an agreement with a date or a kind word before it': [
    ['tur agreed_with rus', 'Turkey keeps thousands of soldiers at dozens of posts across the province under a March 2020 ceasefire agreement with Moscow.'],
    ['rus agreed_with tur', 'Russian military police, deployed in northeastern Syria under a 2019 deal with Ankara, made no comment on the strike.'],
    ['tur agreed_with rus', 'Turkish troops are deployed in Idlib under the 2018 Sochi agreement with Russia.'],
    ['tur agreed_with rus', 'Turkey keeps troops in Idlib under a ceasefire deal with Moscow reached in March 2020.'],
    ['rus agreed_with tur', 'Russian troops patrol the border under a 2019 memorandum of understanding with Turkey.'],
    ['no tur agreed_with rus', 'Turkey keeps troops in Idlib under a March 2020 ceasefire.'],
    ['no tur agreed_with rus', 'Turkey keeps troops in Idlib under a 2020 ceasefire, while Russia keeps jets in Latakia.'],
  ],
  'an agreement with a date or a kind word before it (ar)': [
    ['tur agreed_with rus', 'وتنتشر قوات تركية في إدلب بموجب اتفاق وقف إطلاق النار الموقع مع روسيا في آذار/مارس 2020.'],
    ['rus agreed_with tur', 'وتنتشر الشرطة العسكرية الروسية في المنطقة بموجب اتفاق عام 2019 مع تركيا.'],
    ['rus agreed_with tur', 'وتنتشر وحدات من الجيش السوري والشرطة العسكرية الروسية في محيط تل تمر بموجب تفاهمات روسية تركية أُبرمت أواخر عام 2019.'],
    ['no syr agreed_with rus', 'وتنتشر وحدات من الجيش السوري والشرطة العسكرية الروسية في محيط تل تمر بموجب تفاهمات روسية تركية أُبرمت أواخر عام 2019.'],
    ['tur agreed_with rus', 'وتنتشر قوات سورية في محيط تل تمر بموجب تفاهمات تركية روسية.'],
    ['rus agreed_with tur', 'وسيّرت القوات الروسية دوريات في المنطقة وفق اتفاق روسي تركي.'],
    ['no rus agreed_with tur', 'وتنتشر قوات سورية في المنطقة بموجب اتفاقية روسيا.'],
    ['sau reconciled_with irn', 'وتزامن ذلك مع الاتفاق السعودي الإيراني على استئناف العلاقات الذي أعلن في بكين.'],
    ['no sau agreed_with irn', 'وتزامن ذلك مع الاتفاق السعودي الإيراني على استئناف العلاقات الذي أعلن في بكين.'],
  ],
});
