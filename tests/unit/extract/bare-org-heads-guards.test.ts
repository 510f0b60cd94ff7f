/**
 * Bare heads of organisations named before (brief ref24b, org_head data: `الحرس`, `الفرقة`, `القيادة`, `المملكة` (a state whose names hold it, org_head `@names`), "the Guards", "the division", "the command", "the court"): the last
 * organisation of the article whose name holds that head, in its sentence or the three before; none named, nothing. A
 * paraphrase suite: subject and object positions, the head after a conjunction, negation, and no antecedent. New sentences.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the Guards and the court are the ones named before': [
      ['irgc accused isr', "Iran's Revolutionary Guards fired missiles at Erbil on Sunday. The Guards accused Israel of using the site."],
      ['irgc threatened isr', "Iran's Revolutionary Guards fired missiles at Erbil on Sunday. The Guards threatened Israel with a harsh response."],
      ['no irgc accused isr', "Iran's Revolutionary Guards fired missiles at Erbil on Sunday. The Guards did not accuse Israel."],
      ['no irgc accused isr', 'Iran fired missiles at Erbil on Sunday. The Guards accused Israel of using the site.'],
      ['fourth-division attacked hts', 'The Fourth Division shelled Tafas on Monday. The division also attacked HTS positions near Idlib.'],
      ['no fourth-division attacked hts', 'Syrian troops shelled Tafas on Monday. The division also attacked HTS positions near Idlib.'],
      ['nld urged icj', 'The Netherlands filed a case against Syria at the International Court of Justice. The Netherlands asked the court to order urgent measures.'],
    ],
    'the Guards are the ones named before (ar)': [
      ['irgc accused isr', 'أطلق الحرس الثوري الإيراني صواريخ على أربيل أمس الأحد. واتهم الحرس إسرائيل باستخدام الموقع.'],
      ['irgc threatened isr', 'أطلق الحرس الثوري الإيراني صواريخ على أربيل أمس الأحد. وهدد الحرس إسرائيل برد قاس.'],
      ['no irgc accused isr', 'أطلق الحرس الثوري الإيراني صواريخ على أربيل أمس الأحد. ولم يتهم الحرس إسرائيل.'],
      ['fourth-division attacked hts', 'قصفت الفرقة الرابعة بلدة طفس أمس. وهاجمت الفرقة حواجز هيئة تحرير الشام في محيط طفس.'],
      ['recep-tayyip-erdogan visited sau', 'أعادت السعودية علاقاتها مع سوريا. ومن المتوقع أن يزور أردوغان المملكة قريباً.'],
      ['recep-tayyip-erdogan visited jor', 'أعاد الأردن علاقاته مع سوريا. ومن المتوقع أن يزور أردوغان المملكة قريباً.'],
      ['no recep-tayyip-erdogan visited sau', 'أعادت مصر علاقاتها مع سوريا. ومن المتوقع أن يزور أردوغان المملكة قريباً.'],
      ['no irgc accused isr', 'أطلقت إيران صواريخ على أربيل أمس الأحد. واتهم الحرس إسرائيل باستخدام الموقع.'],
    ],
  },
  '2023-04-02',
);
