/**
 * slot44: a blame (`حمّل X مسؤولية`, "hold X responsible") with a modifier or an adjunct between the one blamed and the
 * responsibility word (pool b15 golan-rockets "holds the Syrian state responsible", b36 al-hol `خلايا تنظيم «داعش» داخل
 * المخيم مسؤولية`, b38 jordan-border `حمّلت دمشق في مناسبات عدة مسؤولية`). At most four words, no comma, boundary,
 * trigger or other actor between. New sentences, both languages, with look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'blame past an adjunct (ar)': [
    ['jor accused syr', 'وكانت عمّان قد حمّلت دمشق في مناسبات عدة مسؤولية التراخي في ضبط الحدود.'],
    ['asayish accused isis', 'وتحمّل الأسايش خلايا تنظيم «داعش» داخل المخيم مسؤولية سلسلة الاغتيالات التي تطال سكانه.'],
    // (a date between)
    ['syr accused isr', 'وحمّلت وزارة الخارجية السورية إسرائيل مجدداً يوم الأحد مسؤولية التصعيد.'],
    // (a list member)
    ['tur accused ypg', 'وحمّلت تركيا حزب العمال الكردستاني ووحدات حماية الشعب مرة أخرى مسؤولية الهجوم.'],
    ['syr accused tur', 'وحمّلت دمشق إسرائيل وتركيا مجدداً مسؤولية التصعيد.'],
    // (the form that already worked)
    ['sdf accused tur', 'ونفت «قسد» في بيان مسؤوليتها عن القصف، وحمّلت تركيا مسؤولية التصعيد في المنطقة.'],
  ],
  'blame past a modifier (en)': [
    ['isr accused syr', '"The Israel Defense Forces holds the Syrian state responsible for all activity taking place within its territory," the military said.'],
    ['isr accused syr', 'Israel said on Sunday it held the Syrian government fully responsible for the rocket fire.'],
    ['jor accused syr', 'Jordan has long held Damascus partly responsible for the smuggling across the border.'],
    ['isr accused syr', 'No group claimed the launches, but Israel holds Damascus responsible for any fire from its territory.'],
  ],
  'no blame across a comma or another actor': [
    ['no isr accused hezbollah', 'Israel holds Damascus, and not Hezbollah alone, responsible for any fire from Syria.'],
    ['no tur accused syr', 'Turkey held talks with Syria on Monday and said it was responsible for its own borders.'],
  ],
  'no blame across a comma or another actor (ar)': [
    ['no syr accused usa', 'واتهمت دمشق إسرائيل بالاعتداء، فيما حمّلت الفصائل الولايات المتحدة المسؤولية.'],
    ['no jor accused syr', 'وكانت عمّان قد حمّلت «الجهات المهربة»، بحسب دمشق، مسؤولية التراخي في ضبط الحدود.'],
  ],
});
