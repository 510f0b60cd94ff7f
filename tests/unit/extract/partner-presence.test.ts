/**
 * The partner's presence (gold README rule 18b, ruled 2026-12-01; branch pred35, diagnosis-batch30 §6 fix 2 with joint
 * action, rows #21, 57): a holder present in P "alongside", `إلى جانب`, "together with" a partner Y, or "where they work
 * (fight) alongside Y" after the holder's presence in P, states Y in P too: `Y deployed_in P`, besides the holder's
 * presence and its `coordinated_with` Y. The place is the holder's nearest one before the cue ("remain in Syria, most of
 * them in the northeast alongside the SDF": the northeast only). Look-alikes: a state's own forces in its own country
 * ("alongside the Syrian army" in Syria), an ally "alongside" with no presence, a partner named in another clause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the partner of a stated presence is there too (en)': [
    ['sdf deployed_in northeastern-syria', 'About 900 US soldiers are deployed in northeastern Syria, where they work alongside the Kurdish-led Syrian Democratic Forces (SDF) against Islamic State remnants.'],
    ['sdf deployed_in northeastern-syria', 'About 900 US troops are deployed in Syria, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces, in a mission against Islamic State remnants.'],
    ['sdf deployed_in northeastern-syria', 'About 900 US troops are deployed in Syria as part of the coalition against Islamic State, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces.'],
    ['usa deployed_in northeastern-syria', 'About 900 US troops are deployed in Syria as part of the coalition against Islamic State, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces.'],
    ['no sdf deployed_in syr', 'About 900 US troops are deployed in Syria as part of the coalition against Islamic State, most of them in the northeast alongside the Kurdish-led Syrian Democratic Forces.'],
    ['no sdf deployed_in syr', 'Around 900 US troops remain in Syria, most of them in the northeast alongside the SDF, which spearheaded the ground campaign.'],
    ['sdf deployed_in northeastern-syria', 'The United States, which keeps about 900 troops in the northeast alongside the SDF, has repeatedly urged Turkey to avoid actions.'],
    ['sdf deployed_in northeastern-syria', 'About 900 US troops are stationed in northeastern Syria alongside the SDF.'],
    ['sdf deployed_in northeastern-syria', 'American forces operate in the northeast alongside the Kurdish-led Syrian Democratic Forces, Washington\'s main partner against IS.'],
    ['maghaweir-al-thawra deployed_in al-tanf', 'The camp lies inside an exclusion zone around the al-Tanf garrison, where US troops are stationed alongside Maghaweir al-Thawra, a Syrian rebel group backed by Washington.'],
    ['sdf deployed_in northeastern-syria', 'Washington, whose forces are deployed in northeastern Syria alongside the Kurdish-led Syrian Democratic Forces, has repeatedly warned Ankara against such an offensive.'],
    ['syrian-national-army deployed_in afrin', 'Turkish troops have been stationed in Afrin since 2018 together with the Syrian National Army.'],
    ['hezbollah deployed_in qusayr', 'Iranian advisers are deployed in Qusayr alongside Hezbollah, a monitor said on Monday.'],
  ],
  'the partner of a stated presence is there too (ar)': [
    ['sdf deployed_in northeastern-syria', 'وينتشر نحو 900 جندي أمريكي في شمال شرق سوريا، حيث يعملون إلى جانب «قوات سوريا الديمقراطية» (قسد) في مواجهة تنظيم «داعش».'],
    ['sdf deployed_in hasakah', 'وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد»، فيما تحتفظ روسيا بوجود عسكري في مطار القامشلي.'],
    ['no sdf deployed_in qamishli-airport', 'وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد»، فيما تحتفظ روسيا بوجود عسكري في مطار القامشلي.'],
    ['maghaweir-al-thawra deployed_in al-tanf', 'ويقع المخيم داخل منطقة الـ55 كيلومتراً المحيطة بقاعدة التنف، حيث تنتشر قوات أمريكية إلى جانب فصيل «جيش مغاوير الثورة» المدعوم من واشنطن.'],
    ['sdf deployed_in northeastern-syria', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['sdf deployed_in northeastern-syria', 'وتحتفظ الولايات المتحدة بنحو 900 جندي في شمال شرق سوريا يعملون إلى جانب «قسد».'],
    ['sdf deployed_in northeastern-syria', 'وتحتفظ القوات الأمريكية بقواعد في شمال شرق سوريا، حيث تقاتل التنظيم إلى جانب «قوات سوريا الديمقراطية» (قسد).'],
    ['syrian-national-army deployed_in northern-syria', 'كما غابت صناديق الاقتراع عن مناطق في الشمال السوري تنتشر فيها القوات التركية إلى جانب فصائل «الجيش الوطني السوري».'],
  ],
  'working alongside a partner in P: both are there (rule 18b)': [
    ['sdf deployed_in northeastern-syria', 'US troops operate alongside the SDF in the northeast.'],
    ['sdf deployed_in hasakah', 'US forces work alongside the Kurdish-led Syrian Democratic Forces in Hasakah province against Islamic State remnants.'],
    ['usa deployed_in hasakah', 'US forces work alongside the Kurdish-led Syrian Democratic Forces in Hasakah province against Islamic State remnants.'],
    ['hezbollah deployed_in syr', 'Hezbollah has fought alongside Syrian government forces in Syria since 2013.'],
    ['no syr deployed_in syr', 'Hezbollah has fought alongside Syrian government forces in Syria since 2013.'],
    ['no sdf deployed_in deir-ez-zor', 'US troops fight alongside the SDF against IS in Deir ez-Zor.'],
    ['no usa deployed_in deir-ez-zor', 'US troops fight alongside the SDF against IS in Deir ez-Zor.'],
  ],
  'working alongside a partner in P: both are there (rule 18b) (ar)': [
    ['usa deployed_in northeastern-syria', 'وتعمل قوات التحالف الدولي بقيادة الولايات المتحدة إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf deployed_in northeastern-syria', 'وتعمل قوات التحالف الدولي بقيادة الولايات المتحدة إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf deployed_in deir-ez-zor', 'وتنتشر قوات أمريكية إلى جانب «قسد» في ريف دير الزور.'],
  ],
  'no partner presence': [
    ['no syr deployed_in syr', 'Russian forces are deployed in Syria alongside the Syrian army.'],
    ['no syr deployed_in aleppo', 'Russian military police are deployed in Aleppo alongside Syrian government forces.'],
    ['no syr deployed_in aleppo', 'وتنتشر الشرطة العسكرية الروسية في حلب إلى جانب قوات الحكومة السورية.'],
    ['no sdf deployed_in northeastern-syria', 'US troops work alongside the SDF, the Pentagon said.'],
    ['no vladimir-putin deployed_in ukr', 'President Vladimir Putin on Friday approved letting volunteers from the Middle East, including Syria, fight alongside Russian forces in Ukraine.'],
    ['no syr deployed_in ukr', 'President Vladimir Putin approved letting volunteers from the Middle East, including Syria, fight alongside Russian forces in Ukraine.'],
    ['no rus deployed_in syr', 'Tehran, which alongside Moscow is Damascus\'s main backer, has kept military advisers in Syria since the early years of the war.'],
    ['no syr deployed_in northeastern-syria', 'About 900 US troops are deployed in northeastern Syria, while Russia fights alongside the Syrian army.'],
  ],
});
