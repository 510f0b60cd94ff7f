/**
 * A coordinated second verb keeps the subject of the first (branch pred38; diagnosis-batch33 §6 slot38 rank 6, #37;
 * pool b32 `واتهمت «قسد» أنقرة بالسعي إلى …، ودعت التحالف الدولي …`): an Arabic `، و`-verb is a new clause, so a
 * modal-like word inside the first clause's complement (`بالسعي إلى`, `ضرورة`, `رفضت`) does not make the second verb
 * hypothetical; the opening subject urges. Modals and conditions proper (`يجب`, `يمكن`, `إذا`) still reach a
 * coordinated verb of their own clause. English control: ", and" after a denial opens a new clause too.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'coordinated urging verb after an accusation with an intent word (ar)': [
    ['sdf urged rus', 'واتهمت «قسد» في بيان تركيا بالسعي إلى تهجير سكان المنطقة عبر القصف المتكرر، ودعت روسيا بصفتها طرفاً ضامناً إلى التدخل لوقفه.'],
    ['sdf urged usa', 'واتهمت «قسد» أنقرة بالسعي إلى زعزعة الاستقرار في شمال شرق سوريا، ودعت التحالف الدولي بقيادة واشنطن إلى اتخاذ موقف واضح من هذه الهجمات.'],
    ['sdf accused tur', 'واتهمت «قسد» أنقرة بالسعي إلى زعزعة الاستقرار في شمال شرق سوريا، ودعت التحالف الدولي بقيادة واشنطن إلى اتخاذ موقف واضح من هذه الهجمات.'],
    ['syr urged usa', 'ورفضت دمشق أي تدخل خارجي في عمل اللجنة، وطالبت الولايات المتحدة بسحب قواتها من الأراضي السورية.'],
    ['syr urged tur', 'وأكدت دمشق ضرورة احترام سيادة سوريا، ودعت تركيا إلى سحب قواتها.'],
    ['syr criticized tur', 'واتهمت دمشق أنقرة بالسعي إلى تغيير ديموغرافي في الشمال، وانتقدت تركيا بشدة.'],
  ],
  'modals keep their coordinated verb (ar)': [
    ['no tur met syr', 'وقال المسؤول إن تركيا يمكن أن تنسحب من الشمال، وتلتقي بالحكومة السورية.'],
    ['no tur met syr', 'وقالت المصادر إنه يمكن أن يلتقي وزير الخارجية التركي بنظيره السوري، ويبحث الجانبان ملف اللاجئين.'],
  ],
  'a verb after ", and" that closes a reported clause is the speaker\'s (en)': [
    ['sdf accused tur', 'The SDF said in a statement that Ankara was escalating its attacks while the world\'s attention was elsewhere, and held Turkey responsible for the deaths.'],
    ['sdf accused tur', 'The Syrian Democratic Forces (SDF), the Kurdish-led alliance that holds much of the northeast, said on Wednesday that strikes near the town of Derik had damaged a power station, and accused Ankara of targeting civilian infrastructure.'],
    ['benjamin-netanyahu accused irn', 'In a televised address, Netanyahu said Israel would strike Hezbollah if it tried to rearm, and accused Iran of supplying the group through Syria.'],
    ['syr urged usa', 'Damascus said on Monday that the strikes had killed three soldiers, and called on the United States to withdraw its forces.'],
    ['irn threatened isr', 'Iran said its consulate had been hit while diplomats were inside, and threatened Israel with a harsh response.'],
    ['no tur accused sdf', 'The SDF said that Ankara was escalating its attacks, and accused Turkey of targeting civilians.'],
    ['no hezbollah accused irn', 'In a televised address, Netanyahu said Israel would strike Hezbollah if it tried to rearm, and accused Iran of supplying the group through Syria.'],
  ],
  'coordinated verb after a denial (en control)': [
    ['syr urged usa', 'Damascus denied any role in the attack, and called on Washington to withdraw its troops.'],
  ],
});
