/**
 * Call direction (branch slot42, diagnosis-batch37 §6 slot41 rank 4, diagnosis-batch36 rank 5 "call from"; README 19a/20b):
 * a call the clause's subject received (`في اتصال هاتفي تلقاه [DATE] [من Y]`, "in a call he received from Y") was made by
 * the other party; a call "the latter" made (`أجراه الأخير`) was made by the party named last; a call received
 * (`تلقى X اتصالاً`, "received a telephone call") keeps its sender past a date between the noun and من/from.
 * Look-alikes: a call the subject made (`أجراه`, no "latter"), a plain call adjunct, a message received.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a call the subject received was made by the other party (ar)': [
    // the pool's rows (b35, b32, b34, b37)
    ['hossein-amir-abdollahian phoned faisal-mekdad', 'بحث وزير الخارجية السوري فيصل المقداد مع نظيره الإيراني حسين أمير عبد اللهيان، في اتصال هاتفي تلقاه مساء أمس الجمعة، آخر المستجدات في الشمال السوري.'],
    ['no faisal-mekdad phoned hossein-amir-abdollahian', 'بحث وزير الخارجية السوري فيصل المقداد مع نظيره الإيراني حسين أمير عبد اللهيان، في اتصال هاتفي تلقاه مساء أمس الجمعة، آخر المستجدات في الشمال السوري.'],
    ['fuad-hussein phoned faisal-mekdad', 'بحث وزير الخارجية والمغتربين السوري فيصل المقداد في اتصال هاتفي تلقاه اليوم الإثنين من نظيره العراقي فؤاد حسين العلاقات الثنائية وآخر التطورات في المنطقة.'],
    ['no faisal-mekdad met fuad-hussein', 'بحث وزير الخارجية والمغتربين السوري فيصل المقداد في اتصال هاتفي تلقاه اليوم الإثنين من نظيره العراقي فؤاد حسين العلاقات الثنائية وآخر التطورات في المنطقة.'],
    ['sameh-shoukry phoned faisal-mekdad', 'بحث وزير الخارجية والمغتربين السوري فيصل المقداد، في اتصال هاتفي تلقاه أمس الجمعة من نظيره المصري سامح شكري، تطورات العدوان الإسرائيلي على قطاع غزة.'],
    // variants: no date, a comma-free adjunct, another verb, a woman receiver, a president
    ['fuad-hussein phoned ayman-safadi', 'بحث وزير الخارجية الأردني أيمن الصفدي في اتصال هاتفي تلقاه من نظيره العراقي فؤاد حسين الجهود العربية.'],
    ['vladimir-putin phoned bashar-al-assad', 'ناقش الرئيس بشار الأسد مع الرئيس الروسي فلاديمير بوتين في اتصال هاتفي تلقاه أمس التطورات في المنطقة.'],
    ['no bashar-al-assad phoned vladimir-putin', 'ناقش الرئيس بشار الأسد مع الرئيس الروسي فلاديمير بوتين في اتصال هاتفي تلقاه أمس التطورات في المنطقة.'],
    ['ayman-safadi phoned faisal-mekdad', 'بحث وزير الخارجية فيصل المقداد مع نظيره الأردني أيمن الصفدي، خلال اتصال هاتفي تلقاه اليوم الأربعاء، تطورات الحرب على غزة.'],
  ],
  'a call the latter made was made by the party named last (ar)': [
    ['hakan-fidan phoned sergei-lavrov', 'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان، في اتصال هاتفي أجراه الأخير أمس الاثنين، الوضع في سوريا.'],
    ['no sergei-lavrov phoned hakan-fidan', 'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان، في اتصال هاتفي أجراه الأخير أمس الاثنين، الوضع في سوريا.'],
    ['vladimir-putin phoned bashar-al-assad', 'بحث الرئيس بشار الأسد مع الرئيس الروسي فلاديمير بوتين في اتصال هاتفي أجراه الأخير أمس العلاقات الثنائية.'],
  ],
  'a call the subject made or a plain call adjunct keeps its direction (ar)': [
    ['faisal-mekdad phoned fuad-hussein', 'بحث وزير الخارجية السوري فيصل المقداد مع نظيره العراقي فؤاد حسين في اتصال هاتفي أمس الثلاثاء العلاقات الثنائية.'],
    ['bassam-sabbagh phoned fuad-hussein', 'بحث وزير الخارجية والمغتربين السوري بسام الصباغ، في اتصال هاتفي مع نظيره العراقي فؤاد حسين، اليوم الثلاثاء، تطورات الأوضاع في لبنان.'],
    ['bashar-al-assad phoned vladimir-putin', 'بحث الرئيس بشار الأسد مع الرئيس الروسي فلاديمير بوتين في اتصال هاتفي أجراه أمس العلاقات الثنائية.'],
  ],
  'a call received keeps its sender past a date (ar)': [
    ['vladimir-putin phoned bashar-al-assad', 'تلقى الرئيس بشار الأسد اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين.'],
    ['vladimir-putin phoned bashar-al-assad', 'تلقى الرئيس بشار الأسد اتصالاً هاتفياً مساء أمس من الرئيس الروسي فلاديمير بوتين.'],
    ['ramtane-lamamra phoned faisal-mekdad', 'وتلقى وزير الخارجية فيصل المقداد اتصالاً هاتفياً اليوم الجمعة من نظيره الجزائري رمطان لعمامرة.'],
    ['no bashar-al-assad phoned vladimir-putin', 'تلقى الرئيس بشار الأسد اتصالاً هاتفياً مساء أمس من الرئيس الروسي فلاديمير بوتين.'],
  ],
  'a call received keeps its sender past a date (en)': [
    ['ramtane-lamamra phoned faisal-mekdad', 'Syrian Foreign Minister Faisal Mekdad received a telephone call on Friday from his Algerian counterpart Ramtane Lamamra, the Syrian foreign ministry said.'],
    ['vladimir-putin phoned bashar-al-assad', 'Assad received a phone call on Monday from Putin.'],
    ['vladimir-putin phoned bashar-al-assad', 'Assad received a phone call from Putin on Monday.'],
    ['no bashar-al-assad hosted vladimir-putin', 'Assad received a phone call on Monday from Putin.'],
    ['no bashar-al-assad phoned vladimir-putin', 'Assad received a phone call on Monday from Putin.'],
    ['no vladimir-putin phoned bashar-al-assad', 'Assad received a letter on Monday from Putin.'],
  ],
  'a call the subject received was made by the other party (en)': [
    ['vladimir-putin phoned bashar-al-assad', 'Assad discussed the situation with Putin in a phone call he received on Monday.'],
    ['no bashar-al-assad phoned vladimir-putin', 'Assad discussed the situation with Putin in a phone call he received on Monday.'],
    ['fuad-hussein phoned faisal-mekdad', 'Syrian Foreign Minister Faisal Mekdad discussed regional developments in a phone call he received from his Iraqi counterpart Fuad Hussein.'],
    ['faisal-mekdad phoned fuad-hussein', 'Syrian Foreign Minister Faisal Mekdad discussed regional developments in a phone call with his Iraqi counterpart Fuad Hussein.'],
  ],
});
