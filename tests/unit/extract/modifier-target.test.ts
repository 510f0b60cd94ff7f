/**
 * No resolved argument, no triple (diagnosis-batch22 §7 fix 2, §8): a name inside a modifier of the object (a
 * participle's phrase: "coming from X", "stationed in X", `القادمة من`, `المتمركزة في`) is
 * never the target. The object head blocks the relation rather than passing it to the name in its modifier. Sentences of
 * our own, both languages, with the look-alikes that keep the name as the target.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a participle of place or origin after the object owns its name (ar)': [
    ['no jor attacked syr', 'أسقط الجيش الأردني الطائرات المسيّرة القادمة من الأراضي السورية.'],
    ['no jor attacked syr', 'اعترض الجيش الأردني طائرة مسيرة قادمة من سوريا.'],
    ['no jor attacked syr', 'وأسقطت القوات الأردنية مسيّرات آتية من الأراضي السورية محمّلة بالمخدرات.'],
    ['no tur attacked aleppo', 'قصفت المدفعية التركية المتمركزة في ريف حلب مواقع قسد.'],
    ['tur attacked sdf', 'قصفت المدفعية التركية المتمركزة في ريف حلب مواقع قسد.'],
    ['no isr attacked syr', 'استهدفت إسرائيل شحنة أسلحة قادمة من سوريا.'],
    ['no usa attacked irq', 'وقصفت الطائرات الأمريكية ميليشيات المنتشرة في العراق.'],
  ],
  'the look-alikes keep the place (ar)': [
    ['jor attacked syr', 'قصف الجيش الأردني مواقع في جنوب سوريا.'],
    ['tur attacked sdf', 'قصفت المدفعية التركية مواقع قسد في ريف حلب.'],
    ['isr attacked syr', 'شنت إسرائيل غارات على مواقع في سوريا.'],
  ],
  'a participle of place or origin after the object owns its name (en)': [
    ['no jor attacked syr', 'The Jordanian army shot down drones coming from Syrian territory.'],
    ['no jor attacked syr', 'Jordan downed a drone arriving from Syria on Monday.'],
    ['no tur attacked aleppo', 'Turkish artillery stationed in the Aleppo countryside shelled villages.'],
    ['no usa attacked irq', 'US jets struck militias based in Iraq.'],
    ['no isr attacked syr', 'Israel struck a weapons shipment coming from Syria.'],
  ],
  'the look-alikes keep the place (en)': [
    ['tur attacked qamishli', 'A Turkish drone struck near Qamishli on Sunday.'],
    ['usa attacked abu-kamal', 'US jets hit two facilities near Abu Kamal.'],
    ['usa deployed_in syr', 'The United States has about 900 troops stationed in Syria.'],
    ['usa attacked irq', 'US jets struck militia positions in Iraq.'],
    ['jor attacked syr', 'Jordan struck smugglers in southern Syria.'],
  ],
});

describeCases({
  'an unnamed own subject is not replaced by a carried one (ar)': [
    ['no geir-pedersen accused syr', 'التقى المبعوث الأممي غير بيدرسن وزير الخارجية السوري في دمشق. وتتهم منظمات حقوقية، بينها منظمة العفو الدولية، الحكومة السورية بارتكاب انتهاكات.'],
    ['no tur criticized syr', 'دعت تركيا إلى فتح المعابر. وتنتقد منظمات إغاثة اشتراط موافقة دمشق على إدخال المساعدات.'],
    ['no tur criticized syr', 'دعت تركيا إلى فتح المعابر. وتنتقد جماعات حقوقية الحكومة السورية.'],
    ['no tur accused syr', 'دعت تركيا إلى فتح المعابر. ويتهم ناشطون سوريون الحكومة السورية بعرقلة المساعدات.'],
    ['no tur accused syr', 'دعت تركيا إلى فتح المعابر. وتتهم مصادر محلية الحكومة السورية بعرقلة المساعدات.'],
  ],
  'the look-alikes keep the carried subject (ar)': [
    ['recep-tayyip-erdogan accused syr', 'قال الرئيس التركي رجب طيب أردوغان إن بلاده تدعم الحل. واتهم الحكومة السورية بعرقلة المساعدات.'],
  ],
  'an unnamed own subject (en)': [
    ['no tur accused syr', 'Turkey called for the crossings to open. Rights groups accuse the Syrian government of obstructing aid.'],
  ],
});

describeCases({
  'a "between" phrase that places the object is no pair of the act': [
    ['no syr attacked lbn', 'شنّت إسرائيل غارة على معبر جوسية الحدودي بين سوريا ولبنان.'],
    ['isr attacked jousieh-crossing', 'شنّت إسرائيل غارة على معبر جوسية الحدودي بين سوريا ولبنان.'],
    ['no syr attacked lbn', 'Israel carried out a strike on the Jousieh crossing between Syria and Lebanon.'],
  ],
  'the look-alikes keep the pair': [
    ['syr met lbn', 'عقدت في دمشق محادثات بين سوريا ولبنان.'],
    ['rus met tur', 'Talks in Moscow between Russia and Turkey ended on Monday.'],
  ],
});

describeCases({
  'an unnamed addressee blocks the urging (ar)': [
    ['no abbas-araghchi urged isr', 'ودعا وزير الخارجية الإيراني عباس عراقجي المجتمع الدولي إلى وقف جرائم إسرائيل في غزة.'],
    ['no irn urged isr', 'ودعت إيران المنظمات الدولية إلى وقف جرائم إسرائيل.'],
  ],
  'the look-alikes keep the named addressee (ar)': [
    ['irn urged isr', 'ودعت إيران إسرائيل إلى وقف عدوانها على غزة.'],
    ['irn urged tur', 'ودعت إيران تركيا إلى سحب قواتها من سوريا.'],
  ],
});

describeCases({
  "another relation noun's genitive is no object of the verb (en)": [
    ['no che sanctioned ukr', 'Switzerland imposed sanctions over the invasion of Ukraine.'],
    ['no gbr sanctioned ukr', 'Britain has sanctioned dozens of Russian officials over the invasion of Ukraine.'],
  ],
  'the look-alikes keep the object (en)': [
    ['che sanctioned rus', 'Switzerland imposed sanctions on Russia over the invasion of Ukraine.'],
    ['syr urged tur', 'Syria called for the withdrawal of Turkey from its territory.'],
  ],
});

describeCases({
  'an unnamed accused blocks the accusation (ar)': [
    ['no men-of-dignity accused syr', 'أعلنت حركة رجال الكرامة النفير العام. وتتهم الحركة مجموعة فلحوط بالتبعية لشعبة الاستخبارات العسكرية السورية.'],
    ['no jor accused syr', 'وتتهم عمّان عصابات التهريب بالارتباط بالأجهزة الأمنية السورية.'],
  ],
  'the look-alikes keep the named accused (ar)': [
    ['jor accused irn', 'واتهم الأردن إيران بدعم عصابات التهريب.'],
    ['syr accused usa', 'وتتهم دمشق واشنطن بسرقة النفط السوري.'],
  ],
});
