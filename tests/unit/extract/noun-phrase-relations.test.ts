/**
 * Relations told by a noun phrase (diagnosis-batch23 §7 fix 2, class NP of diagnoses 21–23). A paraphrase suite: the
 * head varies (sanctions, attack, strike, raid, campaign; talks, meeting, summit), the doer's position (a relative clause
 * with or without its pronoun, `عقوبات فرضتها X على Y`, `هجوم نفذه مسلحون من X`, "sanctions X imposed on Y", "the attack
 * that X carried out on Y"; members after a verb of gathering, `محادثات ضمت A وB وC`, "talks that included A and B"),
 * the frame (bare, after "after"/`بعد`, in a criticism, negated, planned). New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an act noun whose relative clause names its doer (ar)': [
    ['usa sanctioned syr', 'وتأتي الخطوة بعد شهر من عقوبات فرضتها واشنطن على دمشق.'],
    ['gbr sanctioned syr', 'وتأتي الخطوة بعد عقوبات فرضتها الولايات المتحدة وبريطانيا على دمشق.'],
    ['usa sanctioned syr', 'وتأتي الخطوة بعد عقوبات فرضتها الولايات المتحدة وبريطانيا على دمشق.'],
    ['usa sanctioned irn', 'وانتقدت موسكو العقوبات التي فرضتها واشنطن على طهران.'],
    ['no rus sanctioned irn', 'وانتقدت موسكو العقوبات التي فرضتها واشنطن على طهران.'],
    ['rus criticized usa', 'وانتقدت موسكو العقوبات التي فرضتها واشنطن على طهران.'],
    ['eu sanctioned rus', 'وندّدت الصين بالعقوبات الجديدة التي يفرضها الاتحاد الأوروبي على روسيا.'],
    ['no chn sanctioned rus', 'وندّدت الصين بالعقوبات الجديدة التي يفرضها الاتحاد الأوروبي على روسيا.'],
    ['pkk attacked tur', 'وقُتل ستة جنود أتراك في هجوم نفذه مسلحون من حزب العمال الكردستاني على قاعدة عسكرية.'],
    ['hamas attacked isr', 'وتشن إسرائيل غارات على غزة منذ الهجوم الذي شنته حركة «حماس» على إسرائيل.'],
    ['isis attacked sdf', 'وجاء ذلك بعد هجوم شنه عناصر من تنظيم «داعش» على «قسد» في الحسكة.'],
    ['usa attacked isis', 'وأعلن الجيش أن غارة نفذتها طائرة أمريكية استهدفت قيادياً في تنظيم «داعش».'],
    ['no syr sanctioned usa', 'وطالبت دمشق برفع العقوبات التي فرضتها واشنطن عليها.'],
  ],
  'an act noun whose relative clause names its doer': [
    ['usa sanctioned syr', 'The move comes a month after sanctions the United States imposed on Syria.'],
    ['usa sanctioned irn', 'Russia criticised the sanctions that Washington imposed on Iran.'],
    ['rus criticized usa', 'Russia criticised the sanctions that Washington imposed on Iran.'],
    ['no rus sanctioned irn', 'Russia criticised the sanctions that Washington imposed on Iran.'],
    ['eu sanctioned rus', 'China criticised the new sanctions which the European Union imposed on Russia.'],
    ['hamas attacked isr', 'Israel has bombed Gaza since the attack Hamas carried out on Israel in October.'],
    ['tur attacked ypg', 'The clashes followed the strikes that Turkey launched on the YPG last week.'],
    ['no jor attacked ypg', 'Jordan condemned the strikes that Turkey launched on the YPG last week.'],
  ],
  'members of a meeting after a verb of gathering (ar)': [
    ['tur met irn', 'وتأتي الزيارة بعد أيام من محادثات في موسكو ضمت نواب وزراء خارجية تركيا وسوريا وروسيا وإيران.'],
    ['syr met rus', 'وتأتي الزيارة بعد أيام من محادثات في موسكو ضمت نواب وزراء خارجية تركيا وسوريا وروسيا وإيران.'],
    ['rus met irn', 'وتأتي الزيارة بعد أيام من محادثات ضمت مطلع الشهر الجاري تركيا وسوريا وروسيا وإيران.'],
    ['egy met jor', 'وعُقد في القاهرة اجتماع ضم مصر والأردن والعراق.'],
    ['jor met irq', 'وعُقد في القاهرة اجتماع ضم مصر والأردن والعراق.'],
    ['tur met irn', 'وشارك الوزير في قمة طهران التي جمعت روسيا وتركيا وإيران.'],
    ['no egy met jor', 'ولم يُعقد أي اجتماع يضم مصر والأردن.'],
  ],
  'members of a meeting after a verb of gathering': [
    ['tur met irn', 'The visit comes days after talks in Moscow that brought together the deputy foreign ministers of Turkey, Syria, Russia and Iran.'],
    ['syr met rus', 'The visit follows talks in Moscow that included Turkey, Syria, Russia and Iran.'],
    ['egy met jor', 'Officials held a meeting involving Egypt, Jordan and Iraq on Sunday.'],
    ['no egy met jor', 'No meeting involving Egypt and Jordan has taken place.'],
  ],
  'members of a meeting named by participation, and its host (ar)': [
    ['egy met jor', 'وعُقد الاجتماع في عمّان بمشاركة مصر والأردن والعراق.'],
    ['jor met irq', 'وعُقد الاجتماع في عمّان بمشاركة مصر والأردن والعراق.'],
    ['qat hosted egy', 'واستضافت قطر القمة بمشاركة مصر والأردن.'],
    ['qat met jor', 'واستضافت قطر القمة بمشاركة مصر والأردن.'],
    ['egy met jor', 'واستضافت قطر القمة بمشاركة مصر والأردن.'],
    ['no egy met jor', 'ولم يُعقد الاجتماع بمشاركة مصر والأردن.'],
    ['no usa supported sdf', 'وقالت الوزارة إن العملية تجري بمشاركة وحدات من «قسد».'],
  ],
  'members of a meeting named by participation, and its host': [
    ['jor hosted egy', 'Jordan hosted the meeting with the participation of Egypt, Iraq and Syria.'],
    ['jor met syr', 'Jordan hosted the meeting with the participation of Egypt, Iraq and Syria.'],
    ['egy met jor', 'The summit, attended by Egypt, Jordan and Iraq, ended on Sunday.'],
  ],
  'talks hosted by a third party between two (ar)': [
    ['irn met sau', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية.'],
    ['chn hosted irn', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية.'],
    ['chn hosted sau', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية.'],
    ['no chn met irn', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية.'],
    ['irn agreed_with sau', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية. واتفق البلدان على تفعيل اتفاقية التعاون الأمني.'],
    ['no chn agreed_with sau', 'وجاء البيان عقب محادثات استضافتها الصين بين إيران والسعودية. واتفق البلدان على تفعيل اتفاقية التعاون الأمني.'],
  ],
  'talks hosted by a third party between two': [
    ['irn met sau', 'The statement came after talks hosted by China between Iran and Saudi Arabia.'],
    ['irn met sau', 'The statement came after talks that China hosted between Iran and Saudi Arabia.'],
    ['chn hosted irn', 'The statement came after talks that China hosted between Iran and Saudi Arabia.'],
  ],
  'positions of a group near a place, under an attack noun (ar)': [
    ['syrian-national-army deployed_in ras-al-ain', 'وردّت «قسد» بقصف مواقع لـ«الجيش الوطني» قرب رأس العين.'],
    ['sdf deployed_in manbij', 'وواصلت تركيا قصف مواقع لـ«قسد» في منبج.'],
    ['no syr deployed_in manbij', 'وطالبت أنقرة بانتشار القوات الحكومية في منبج.'],
  ],
  'positions of a group near a place, under an attack noun': [
    ['sdf deployed_in kobani', 'The army continued its shelling of SDF positions near Kobani.'],
  ],
  'a member killed stands for his group, unless he is named (ar)': [
    ['usa attacked hurras-al-din', 'وأسفرت غارة أمريكية عن مقتل قيادي بارز في تنظيم «حراس الدين».'],
    ['usa attacked hurras-al-din', 'أعلن الجيش الأمريكي أن غارة أمريكية قرب إدلب أسفرت عن مقتل قيادي بارز في تنظيم «حراس الدين».'],
    ['no usa attacked idlib', 'أعلن الجيش الأمريكي أن غارة أمريكية قرب إدلب أسفرت عن مقتل قيادي بارز في تنظيم «حراس الدين».'],
    ['usa attacked hurras-al-din', 'وقُتل قيادي في «حراس الدين» بغارة أمريكية.'],
    ['usa attacked hurras-al-din', 'أعلنت القيادة المركزية الأمريكية أن غارة نفذتها طائرة أمريكية مسيّرة قرب مدينة إدلب أسفرت عن مقتل قيادي بارز في تنظيم «حراس الدين».'],
    ['no usa attacked kataib-hezbollah', 'قُتل القيادي في «كتائب حزب الله» العراقية أبو باقر الساعدي بضربة بطائرة مسيّرة أمريكية استهدفت سيارته في بغداد.'],
  ],
  'a member killed stands for his group, unless he is named': [
    ['usa attacked hurras-al-din', 'A US drone strike near Idlib killed a senior leader in Hurras al-Din.'],
    ['usa attacked hurras-al-din', 'Two leaders of Hurras al-Din were killed in a US strike.'],
    ['no isr attacked hezbollah', "Israel, which killed senior Hezbollah commander Fuad Shukr in a strike on Beirut's southern suburbs, did not comment."],
    ['isr attacked fuad-shukr', "Israel, which killed senior Hezbollah commander Fuad Shukr in a strike on Beirut's southern suburbs, did not comment."],
  ],
  'two states joined by a hyphen before a joint noun, and a truce between two': [
    ['usa agreed_with rus', 'Syria joined the Chemical Weapons Convention in 2013 under a US-Russian deal.'],
    ['rus agreed_with tur', 'Fighting in the northwest has eased since a Russian-Turkish ceasefire of March 2020.'],
    ['tur agreed_with rus', 'The Turkish-Russian agreement was signed in Sochi.'],
    ['tur met syr', 'Turkish-Syrian talks resumed in Moscow.'],
    ['no usa attacked rus', 'The US-Russian talks ended without a deal.'],
    ['isr agreed_with palestinian-islamic-jihad', 'An Egyptian-brokered truce between Israel and the Palestinian Islamic Jihad took effect late on Sunday.'],
    ['isr agreed_with hamas', 'The truce between Israel and Hamas took effect on Sunday.'],
    ['no isr agreed_with hamas', 'Qatar called for a truce between Israel and Hamas.'],
    ['no egy agreed_with isr', 'An Egyptian-brokered truce between Israel and the Palestinian Islamic Jihad took effect late on Sunday.'],
  ],
  'a truce between two (ar)': [
    ['isr agreed_with hamas', 'وصمدت الهدنة بين إسرائيل و«حماس» رغم الخروقات.'],
    ['no isr agreed_with hamas', 'ودعت قطر إلى هدنة بين إسرائيل وحركة «حماس».'],
  ],
  'a meeting noun with its suffix pronoun and hamza seat (ar)': [
    ['issam-charafeddine met najib-mikati', 'وقال شرف الدين عقب لقائه رئيس الوزراء اللبناني نجيب ميقاتي إنه سيزور دمشق قريباً.'],
    ['vladimir-putin met bashar-al-assad', 'وقال بوتين عقب لقائه مع الأسد إن روسيا تدعم سوريا.'],
    ['vladimir-putin met recep-tayyip-erdogan', 'وقال بوتين عقب لقائه نظيره التركي أردوغان إن روسيا تدعم سوريا.'],
    ['no vladimir-putin met recep-tayyip-erdogan', 'وقال بوتين إنه لم يحدد موعد لقائه مع أردوغان.'],
  ],
});
