/**
 * Joint action with a stated presence (branch pred33, diagnosis-batch28 §6 fix 6, gold README rule 12): a holder present
 * in a place "alongside", `إلى جانب`, "together with" a partner is coordinated with the partner, in a main clause, in a
 * relative on the place or on the holder, past an apposition of the troops ("most of them in the northeast"); a holding
 * verb makes the partner a holder of the place too (rule 13). Look-alikes: an ally noun with "together with", a partner
 * named before the presence, a presence with no partner.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a presence alongside a partner is coordination': [
    ['usa coordinated_with sdf', 'The United States keeps about 900 troops in Syria, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces.'],
    ['usa coordinated_with sdf', 'Around 900 US troops remain in Syria, most of them in the northeast alongside the SDF.'],
    ['usa deployed_in northeastern-syria', 'Around 900 US troops remain in Syria, most of them in the northeast alongside the SDF.'],
    ['sdf deployed_in northeastern-syria', 'Around 900 US troops remain in Syria, most of them in the northeast alongside the SDF.'],
    ['no sdf deployed_in syr', 'Around 900 US troops remain in Syria, most of them in the northeast alongside the SDF.'],
    ['usa coordinated_with sdf', 'Washington keeps hundreds of troops in Hasakah province alongside the SDF.'],
    ['tur coordinated_with syrian-national-army', 'Turkey, which controls a strip of territory in northern Syria together with the SNA, regards the YPG as a terrorist group.'],
    ['syrian-national-army deployed_in northern-syria', 'Turkey, which controls a strip of territory in northern Syria together with the SNA, regards the YPG as a terrorist group.'],
    ['tur coordinated_with syrian-national-army', 'Turkey controls parts of northern Syria together with the Syrian National Army.'],
    ['no irn coordinated_with rus', 'Russia, which intervened in the war in 2015, is the main military ally of President Bashar al-Assad, together with Iran.'],
    ['no usa coordinated_with sdf', 'The SDF said on Monday that US troops remain in Syria.'],
    ['no rus coordinated_with irn', 'Tehran, which alongside Moscow is Damascus\'s main backer, has kept military advisers in Syria since the early years of the war.'],
    ['usa coordinated_with sdf', 'About 900 US troops are deployed in Syria as part of the coalition against Islamic State, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces.'],
    ['no usa coordinated_with syr', 'About 900 US troops are deployed in Syria, most of them at bases in the northeast, while Russia fights alongside the Syrian army.'],
    ['tur coordinated_with syrian-national-army', 'Ankara keeps troops in those areas alongside the Syrian National Army, an opposition force it funds and trains.'],
    ['no tur coordinated_with syr', 'Ankara keeps troops there, and Russia fights alongside the Syrian army.'],
  ],
  'a presence alongside a partner is coordination (ar)': [
    ['usa coordinated_with sdf', 'وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد» في إطار التحالف الدولي ضد تنظيم «الدولة الإسلامية».'],
    ['usa deployed_in hasakah', 'وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد» في إطار التحالف الدولي ضد تنظيم «الدولة الإسلامية».'],
    ['tur coordinated_with syrian-national-army', 'كما غابت صناديق الاقتراع عن مناطق في الشمال السوري تنتشر فيها القوات التركية إلى جانب فصائل «الجيش الوطني السوري».'],
    ['tur coordinated_with syrian-national-army', 'وتنشر أنقرة قواتها في مناطق واسعة من الشمال السوري، إلى جانب فصائل «الجيش الوطني السوري».'],
    ['tur coordinated_with syrian-national-army', 'وتسيطر تركيا على مناطق في الشمال السوري إلى جانب «الجيش الوطني السوري».'],
    ['syrian-national-army deployed_in northern-syria', 'وتسيطر تركيا على مناطق في الشمال السوري إلى جانب «الجيش الوطني السوري».'],
    ['tur coordinated_with syrian-national-army', 'وتسيطر تركيا جنباً إلى جنب مع «الجيش الوطني السوري» على مناطق في الشمال السوري.'],
    ['sdf deployed_in hasakah', 'وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد».'],
    ['usa coordinated_with sdf', 'وتنتشر القوات الأمريكية إلى جانب «قسد» منذ سنوات.'],
    ['no usa coordinated_with sdf', 'وقالت «قسد» إن قوات أمريكية تنتشر في ريف الحسكة.'],
  ],
  'an act done in coordination with someone is coordination (ar)': [
    ['sdf coordinated_with usa', 'وشنّت «قسد» بالتنسيق مع القوات الأمريكية حملة مداهمات في ذيبان.'],
    ['sdf coordinated_with usa', 'وشنّت «قسد»، فجر اليوم الإثنين، بالتنسيق الكامل مع التحالف الدولي حملة مداهمات في ذيبان.'],
    ['no sdf coordinated_with usa', 'وقالت «قسد» إن القوات الأمريكية شنّت حملة مداهمات في ذيبان.'],
  ],
});
