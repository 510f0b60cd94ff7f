/**
 * Threat wordings (branch pred37, diagnosis-batch32 §6 pred37 rank 2; pool b19, b20): a vowed punishment or response
 * with its adjective names its target after for/against/on ("vowed harsh punishment for Israel"); a vowed response with
 * no target of its own threatens the one the threatener blamed in the same sentence ("blamed Hezbollah … and vowed a
 * harsh response", `حمّلت X المسؤولية، وتوعّدت بالرد`). Look-alikes: the one blamed by someone else, a vowed revenge for
 * an act (no actor threatened by the phrase).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'vowed punishment/response for X (en)': [
    ['ali-khamenei threatened isr', 'Supreme Leader Ayatollah Ali Khamenei vowed harsh punishment for Israel, and the Revolutionary Guards said Iran would respond.'],
    ['irn threatened isr', 'Tehran vowed a crushing response against Israel after the strike.'],
    ['irn threatened isr', 'On Monday Iran, which lost two generals in the strike, vowed severe punishment for Israel.'],
    ['hezbollah threatened isr', 'Hezbollah vowed a painful response against Israel, the group said in a statement.'],
  ],
  'vowed punishment/response for X (ar)': [
    ['ali-khamenei threatened isr', 'وتوعّد المرشد الأعلى علي خامنئي إسرائيل بعقاب قاس.'],
    ['irn threatened isr', 'وتوعّدت طهران إسرائيل برد ساحق.'],
  ],
  'vowed response after blame (en)': [
    ['isr threatened hezbollah', 'Israel blamed Hezbollah for the strike on Saturday and vowed a harsh response, while the Lebanese group denied involvement.'],
    ['syr threatened isr', 'Damascus held Israel responsible for the attack and vowed to respond.'],
    ['tur threatened pkk', 'Ankara blamed the PKK for the Istanbul bombing and vowed to retaliate.'],
    ['no hezbollah threatened isr', 'Israel blamed Hezbollah for the strike on Saturday and vowed a harsh response, while the Lebanese group denied involvement.'],
  ],
  'vowed response after blame (ar)': [
    ['syr threatened isr', 'وحمّلت دمشق إسرائيل مسؤولية الهجوم، وتوعّدت بالرد.'],
    ['tur threatened pkk', 'وحمّلت أنقرة حزب العمال الكردستاني مسؤولية التفجير، وتوعّدت بالرد.'],
  ],
});
