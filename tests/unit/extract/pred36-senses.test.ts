/**
 * Senses that name no act (branch pred36, diagnosis-batch31 §6 fix 1e: FP 11, 54, 55, 62, 99, 100, 101): goods, aid and
 * people moved, sent or received (a convoy arriving or entering, rescue teams from a body, refugees from a country), a
 * thing's risk told with `يهدد` after `أن`, and a call adjunct with its own party (README 19a: `phoned`, not `met`).
 * Look-alikes: an actor's own or military convoy, a controller named in a relative on the place, a state's threat, a
 * delegation sent or received.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'goods moved or received are no actor (ar)': [
    ['no irq sent_envoy syrian-civil-defence', 'وكانت بغداد قد أرسلت خلال الأيام الأولى للكارثة طائرات محمّلة بالمساعدات إلى مطاري دمشق وحلب، إضافة إلى فرق إنقاذ من الدفاع المدني العراقي.'],
    ['no sau visited aleppo', 'وتتزامن المساعدات العراقية مع قوافل وطائرات عربية أخرى، بينها سعودية وإماراتية وأردنية، وصل بعضها إلى مناطق سيطرة الحكومة في حلب.'],
    ['no united-nations deployed_in rukban-camp', 'وكانت آخر قافلة مساعدات أممية قد دخلت المخيم في أيلول/سبتمبر 2019 بالتنسيق مع الهلال الأحمر العربي السوري.'],
    ['no syr hosted lbn', 'وتستقبل سوريا منذ أواخر أيلول/سبتمبر عشرات آلاف الفارين من لبنان.'],
    ['syrian-opposition deployed_in northwestern-syria', 'فيما تصل المساعدات الأممية إلى الشمال الغربي الخاضع لسيطرة المعارضة عبر معبري باب الهوى وباب السلامة من تركيا.'],
    ['tur deployed_in idlib', 'ودخلت قافلة عسكرية تركية إلى ريف إدلب.'],
    ['ebrahim-raisi visited damascus', 'وصل الرئيس الإيراني إلى دمشق في زيارة رسمية.'],
  ],
  'goods moved or received are no actor (en)': [
    ['no united-nations deployed_in rukban-camp', 'The last UN aid convoy entered the Rukban camp in September 2019.'],
    ['hts deployed_in jindires', 'HTS convoys then entered several villages near Jindires, the Syrian Observatory for Human Rights said.'],
  ],
  'a thing threatens no one (ar)': [
    ['no faisal-mekdad threatened tur', 'وأشار المقداد إلى أن تراجع منسوب نهر الفرات يهدد مياه الشرب والزراعة في سوريا والعراق، محمّلاً تركيا مسؤولية حجز المياه خلف سدودها.'],
    ['tur threatened sdf', 'وقال المسؤول إن الجيش التركي يهدد «قسد» بعملية جديدة.'],
  ],
  'a call with its own party is phoned, not met (ar)': [
    ['bassam-sabbagh phoned fuad-hussein', 'بحث وزير الخارجية والمغتربين السوري بسام الصباغ، في اتصال هاتفي مع نظيره العراقي فؤاد حسين، اليوم الثلاثاء، تطورات الأوضاع في لبنان.'],
    ['no bassam-sabbagh met fuad-hussein', 'بحث وزير الخارجية والمغتربين السوري بسام الصباغ، في اتصال هاتفي مع نظيره العراقي فؤاد حسين، اليوم الثلاثاء، تطورات الأوضاع في لبنان.'],
    ['no bashar-al-assad met ebrahim-raisi', 'بحث الرئيس السوري بشار الأسد في اتصال هاتفي مع الرئيس الإيراني إبراهيم رئيسي التطورات في المنطقة.'],
  ],
  'a call with its own party is phoned, not met (en)': [
    ['faisal-mekdad phoned fuad-hussein', 'Syrian Foreign Minister Faisal Mekdad discussed regional developments in a phone call with his Iraqi counterpart Fuad Hussein.'],
    ['no faisal-mekdad met fuad-hussein', 'Syrian Foreign Minister Faisal Mekdad discussed regional developments in a phone call with his Iraqi counterpart Fuad Hussein.'],
    ['faisal-mekdad met fuad-hussein', 'Syrian Foreign Minister Faisal Mekdad discussed regional developments with his Iraqi counterpart Fuad Hussein in Baghdad.'],
  ],
});
