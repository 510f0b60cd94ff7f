/**
 * Wire-prose vocabulary, written from the language rather than from the batches (issue #3): for each relation, the
 * constructions Reuters/AFP/AP and SANA/Anadolu/Al Jazeera/Asharq Al-Awsat style prose uses to state it (verbs in
 * their voices and inflections, light verb + noun, idioms, subject-pair forms), each checked on a sentence of our own.
 * Only the constructions the extractor missed before this audit are here (the others are in vocabulary.test.ts).
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'accused (en)': [
    ["tur accused pkk", "Turkey charged that the PKK was behind the bombing on Monday."],
    ["tur accused pkk", "Turkey alleged that the PKK carried out the bombing on Monday."],
    ["tur accused pkk", "Turkey attributed the bombing to the PKK on Monday."],
  ],
  'agreed_with (ar)': [
    ["rus agreed_with tur", "توصلت روسيا وتركيا إلى اتفاق بشأن إدلب يوم الاثنين."],
    ["rus agreed_with tur", "توصلت روسيا وتركيا لاتفاق بشأن إدلب يوم الاثنين."],
    ["rus agreed_with tur", "أبرمت روسيا وتركيا صفقة بشأن إدلب يوم الاثنين."],
    ["rus agreed_with tur", "أبرمت روسيا وتركيا يوم الاثنين اتفاقا بشأن إدلب."],
  ],
  'agreed_with (en)': [
    ["rus agreed_with tur", "Russia and Turkey hammered out a ceasefire in Idlib on Monday."],
    ["rus agreed_with tur", "Russia and Turkey forged an agreement on Idlib on Monday."],
    ["rus agreed_with tur", "Russia and Turkey came to an agreement on Idlib on Monday."],
  ],
  'attacked (ar)': [
    ["tur attacked sdf", "حيدت تركيا عناصر من قوات سوريا الديمقراطية يوم الاثنين."],
  ],
  'attacked (en)': [
    ["tur attacked sdf", "Turkey neutralised SDF fighters on Monday."],
    ["tur attacked sdf", "SDF positions came under Turkish shelling on Monday."],
    ["tur attacked sdf", "Turkey rained rockets on the SDF on Monday."],
    ["isr attacked syr", "Israel launched missiles at Syria on Monday."],
  ],
  'coordinated_with (ar)': [
    ["rus coordinated_with tur", "سيرت روسيا وتركيا دورية مشتركة في إدلب يوم الاثنين."],
    ["rus coordinated_with tur", "نفذت روسيا وتركيا دورية مشتركة في إدلب يوم الاثنين."],
    ["rus coordinated_with tur", "أنشأت روسيا وتركيا مركز عمليات مشتركا يوم الاثنين."],
    ["rus coordinated_with tur", "سيرت القوات الروسية والتركية دورية مشتركة في إدلب يوم الاثنين."],
  ],
  'coordinated_with (en)': [
    ["rus coordinated_with tur", "Russia and Turkey worked together on Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey joined forces in Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey are coordinating closely on Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey are working closely on Idlib."],
  ],
  'criticized (ar)': [
    ["tur criticized usa", "هاجمت تركيا الولايات المتحدة في بيان يوم الاثنين."],
    ["tur criticized usa", "أدانت تركيا الموقف الأمريكي يوم الاثنين."],
    ["tur criticized usa", "أعربت تركيا عن استيائها من الولايات المتحدة يوم الاثنين."],
    ["tur criticized usa", "احتجت تركيا لدى الولايات المتحدة يوم الاثنين."],
    ["tur criticized usa", "صبت تركيا جام غضبها على الولايات المتحدة يوم الاثنين."],
    ["tur criticized usa", "نددت تركيا يوم الاثنين بالموقف الأمريكي."],
  ],
  'criticized (en)': [
    ["tur criticized usa", "Turkey rapped the United States on Monday."],
    ["tur criticized usa", "Turkey berated the United States on Monday."],
    ["tur criticized usa", "Turkey assailed the United States on Monday."],
    ["tur criticized usa", "Turkey scolded the United States on Monday."],
    ["tur criticized usa", "Turkey faulted the United States on Monday."],
    ["tur criticized usa", "Turkey railed against the United States on Monday."],
    ["tur criticized usa", "Turkey voiced anger at the United States on Monday."],
    ["tur criticized usa", "Turkey expressed outrage at the United States on Monday."],
    ["tur criticized usa", "Turkey was critical of the United States on Monday."],
    ["tur criticized usa", "Turkey fired back at the United States on Monday."],
    ["tur criticized usa", "Turkey protested to the United States on Monday."],
    ["tur criticized usa", "Turkey condemned the American stance on Monday."],
  ],
  'deployed_in (ar)': [
    ["tur deployed_in idlib", "القوات التركية موجودة في إدلب."],
    ["tur deployed_in idlib", "دخلت القوات التركية إدلب يوم الاثنين."],
    ["tur deployed_in idlib", "سيطرت تركيا على إدلب يوم الاثنين."],
    ["tur deployed_in idlib", "توغلت القوات التركية في إدلب يوم الاثنين."],
    ["tur deployed_in idlib", "تحتل تركيا إدلب."],
  ],
  'deployed_in (en)': [
    ["tur deployed_in idlib", "Turkey poured troops into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkey set up observation posts in Idlib."],
    ["tur deployed_in idlib", "Turkish forces entered Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish forces moved into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish troops crossed into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish soldiers patrol Idlib."],
    ["tur deployed_in idlib", "Turkey occupies Idlib."],
  ],
  'hosted (ar)': [
    ["vladimir-putin hosted recep-tayyip-erdogan", "رحب بوتين بأردوغان في الكرملين يوم الاثنين."],
  ],
  'hosted (en)': [
    ["vladimir-putin hosted recep-tayyip-erdogan", "Putin rolled out the red carpet for Erdogan in Sochi on Monday."],
    ["vladimir-putin hosted recep-tayyip-erdogan", "Putin hosted a dinner for Erdogan in Sochi on Monday."],
  ],
  'look-alikes (ar)': [
    ["no rus deployed_in syr", "وساعد تدخل روسيا العسكري في سوريا في ترجيح كفة الحكومة."],
    ["no recep-tayyip-erdogan withdrew_from ankara", "غادر أردوغان أنقرة متوجها إلى موسكو يوم الاثنين."],
    ["no bashar-al-assad supported syr", "أكد الأسد وقوف الشعوب العربية إلى جانب سوريا."],
    ["no rus agreed_with idlib", "توصلت روسيا وتركيا إلى اتفاق بشأن إدلب يوم الاثنين."],
  ],
  'look-alikes (en)': [
    ["no rus coordinated_with tur", "Russia and Turkey agreed to keep working together on Idlib."],
    ["no isr deployed_in damascus", "Israel fired missiles from the occupied Golan Heights at targets near Damascus on Monday."],
    ["no tur phoned syr", "Turkey is in talks with Syria on trade, officials said on Monday."],
    ["no tur supported sdf", "Turkey says the attackers were trained in Syria, a claim the SDF denied."],
    ["rus agreed_with tur", "Russia and Turkey agreed to hold more talks on Idlib on Monday."],
  ],
  'met (en)': [
    ["recep-tayyip-erdogan met vladimir-putin", "Erdogan hosted talks with Putin in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held a working dinner with Fidan in Moscow on Monday."],
  ],
  'opening adjuncts (ar)': [
    ["recep-tayyip-erdogan phoned vladimir-putin", "وفي اتصال هاتفي مع بوتين يوم الاثنين، قال أردوغان إن تركيا تريد السلام."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "وخلال اتصال هاتفي مع بوتين، أكد أردوغان أن تركيا تريد السلام."],
    ["recep-tayyip-erdogan visited damascus", "وخلال زيارته إلى دمشق، التقى أردوغان الأسد."],
    ["no anadolu phoned vladimir-putin", "في اتصال هاتفي مع بوتين، وبحسب وكالة الأناضول، قال أردوغان إن تركيا تريد السلام."],
  ],
  'opening adjuncts (en)': [
    ["recep-tayyip-erdogan phoned vladimir-putin", "In a phone call with Putin on Monday, Erdogan said Turkey wants peace."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "During a phone call with Putin on Monday, Erdogan said Turkey wants peace."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "In a phone call with Putin, according to the Kremlin, Erdogan said Turkey wants peace."],
  ],
  'phoned (ar)': [
    ["recep-tayyip-erdogan phoned vladimir-putin", "هنأ أردوغان بوتين هاتفيا يوم الاثنين."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "أجرى أردوغان اتصالا مرئيا مع بوتين يوم الاثنين."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "عزى أردوغان بوتين هاتفيا يوم الاثنين."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "وفي اتصال هاتفي مع بوتين يوم الاثنين، قال أردوغان إن تركيا تريد السلام."],
  ],
  'phoned (en)': [
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan placed a call to Putin on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan and Putin spoke by phone on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan congratulated Putin by phone on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "In a phone call with Putin on Monday, Erdogan said Turkey wants peace."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan and Putin talked by phone on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan and Putin spoke on the phone on Monday."],
  ],
  'reconciled_with (ar)': [
    ["tur reconciled_with syr", "طوت تركيا صفحة الخلاف مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "افتتحت تركيا سفارتها في دمشق يوم الاثنين."],
    ["sau reconciled_with syr", "عينت السعودية أول سفير لها في سوريا يوم الاثنين."],
  ],
  'reconciled_with (en)': [
    ["tur reconciled_with syr", "Turkey patched up relations with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey made peace with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey renewed ties with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey and Syria normalised ties on Monday."],
    ["tur reconciled_with syr", "Turkey and Syria restored diplomatic relations on Monday."],
    ["arab-league reconciled_with syr", "The Arab League readmitted Syria on Monday."],
    ["arab-league reconciled_with syr", "The Arab League reinstated Syria on Monday."],
    ["tur reconciled_with syr", "Turkey ended a decade-long rift with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey upgraded diplomatic relations with Syria on Monday."],
    ["sau reconciled_with syr", "Saudi Arabia appointed its first ambassador to Syria on Monday."],
  ],
  'root-س perfects (ar)': [
    ["tur deployed_in afrin", "سيطرت تركيا على عفرين يوم الاثنين."],
    ["rus deployed_in aleppo", "سيطرت روسيا على حلب يوم الاثنين."],
    ["tur withdrew_from afrin", "ستسحب تركيا قواتها من عفرين."],
  ],
  'sanctioned (ar)': [
    ["usa sanctioned hts", "أدرجت الولايات المتحدة هيئة تحرير الشام على قائمة الإرهاب يوم الاثنين."],
  ],
  'supported (ar)': [
    ["usa supported sdf", "تسلح الولايات المتحدة قوات سوريا الديمقراطية."],
    ["usa supported sdf", "دربت الولايات المتحدة قوات سوريا الديمقراطية."],
    ["usa supported sdf", "قدمت الولايات المتحدة أسلحة لقوات سوريا الديمقراطية."],
    ["usa supported sdf", "أرسلت الولايات المتحدة أسلحة إلى قوات سوريا الديمقراطية."],
    ["usa supported sdf", "تحصل قوات سوريا الديمقراطية على دعم من الولايات المتحدة."],
    ["usa supported sdf", "تلقت قوات سوريا الديمقراطية دعما من الولايات المتحدة."],
    ["usa supported sdf", "حصلت قوات سوريا الديمقراطية على أسلحة من الولايات المتحدة."],
  ],
  'supported (en)': [
    ["usa supported sdf", "The United States armed the SDF."],
    ["usa supported sdf", "The United States equipped the SDF with weapons."],
    ["usa supported sdf", "The United States sent weapons to the SDF."],
    ["usa supported sdf", "The United States delivered weapons to the SDF."],
    ["usa supported sdf", "The United States supplied the SDF with weapons."],
    ["usa supported sdf", "The United States provided air cover to the SDF."],
    ["usa supported sdf", "The United States gave military aid to the SDF."],
    ["usa supported sdf", "The United States stood with the SDF."],
    ["rus supported syr", "Russia came to the aid of Syria in 2015."],
    ["rus supported syr", "Russia intervened on behalf of Syria in 2015."],
    ["usa supported sdf", "The SDF, armed by the United States, took the town on Monday."],
    ["rus supported syr", "Russia's military support for Syria began in 2015."],
  ],
  'threatened (ar)': [
    ["tur threatened sdf", "وجهت تركيا إنذارا لقوات سوريا الديمقراطية يوم الاثنين."],
    ["tur threatened sdf", "أمهلت تركيا قوات سوريا الديمقراطية يومين يوم الاثنين."],
  ],
  'threatened (en)': [
    ["tur threatened sdf", "Turkey vowed to root out the SDF on Monday."],
    ["tur threatened sdf", "Turkey issued a stern warning to the SDF on Monday."],
    ["tur threatened sdf", "Turkey vowed to clear the SDF from the border on Monday."],
    ["tur threatened sdf", "Turkey vowed to hit the SDF on Monday."],
  ],
  'urged (ar)': [
    ["usa urged tur", "وجهت الولايات المتحدة نداء إلى تركيا لوقف الهجوم يوم الاثنين."],
  ],
  'urged (en)': [
    ["usa urged tur", "The United States made a plea to Turkey on Monday to halt the offensive."],
    ["usa urged tur", "The United States pleaded with Turkey to halt the offensive on Monday."],
    ["usa urged tur", "The United States leaned on Turkey to halt the offensive on Monday."],
    ["usa urged tur", "The United States called upon Turkey to halt the offensive on Monday."],
    ["usa urged tur", "Turkey came under pressure from the United States on Monday to halt the offensive."],
  ],
  'urged_reconciliation_with (ar)': [
    ["rus urged_reconciliation_with syr", "شجعت روسيا تركيا على تطبيع العلاقات مع سوريا يوم الاثنين."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى استعادة العلاقات مع سوريا يوم الاثنين."],
  ],
  'urged_reconciliation_with (en)': [
    ["rus urged_reconciliation_with syr", "Russia encouraged Turkey to patch up relations with Syria on Monday."],
    ["rus urged_reconciliation_with syr", "Russia pressed Turkey to make peace with Syria on Monday."],
  ],
  'visited (ar)': [
    ["recep-tayyip-erdogan visited damascus", "خلال زيارته إلى دمشق يوم الاثنين، التقى أردوغان الأسد."],
  ],
  'visited (en)': [
    ["recep-tayyip-erdogan visited damascus", "Erdogan made a stop in Damascus on Monday."],
    ["recep-tayyip-erdogan visited damascus", "Erdogan stopped in Damascus on Monday on his way to Tehran."],
  ],
  'withdrew_from (ar)': [
    ["tur withdrew_from afrin", "أخلت تركيا نقطة المراقبة في عفرين يوم الاثنين."],
    ["tur withdrew_from afrin", "أخلى الجيش التركي مواقعه في عفرين يوم الاثنين."],
    ["tur withdrew_from afrin", "فككت تركيا نقطة المراقبة في عفرين يوم الاثنين."],
  ],
  'withdrew_from (en)': [
    ["tur withdrew_from afrin", "Turkey evacuated its posts in Afrin on Monday."],
    ["tur withdrew_from afrin", "Turkey abandoned its positions in Afrin on Monday."],
    ["tur withdrew_from afrin", "Turkey dismantled its observation post in Afrin on Monday."],
    ["tur withdrew_from afrin", "Turkey began withdrawing its troops from Afrin on Monday."],
    ["usa withdrew_from syr", "The United States pulled its last troops out of Syria on Monday."],
  ],
};

describeCases(CASES);
