/**
 * Blame idiom `حمّل X المسؤولية` → accused (branch pred37, diagnosis-batch32 §6 pred37 rank 1, #10; pool b16, b21):
 * the relative with a clitic object (`X، التي تحمّلها مسؤولية`), an object list whose last conjunct is no name
 * (`حزب العمال و«الوحدات»`), a verb after `، و` whose subject the previous clause named (`نفت مصادر في X …، وحمّلت Y
 * المسؤولية`); English "held X responsible" as the control. Look-alikes: a genitive before the verb is no accuser, a
 * name after a preposition is none, loaded trucks (`محمّلة بالنفط`) are no blame.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'blame idiom: relative with a clitic object (ar)': [
    ['irn accused isr', 'وتوعّدت طهران بالرد على إسرائيل، التي تحمّلها مسؤولية الاغتيال.'],
    ['irn accused isr', 'وتوعّدت إيران بالانتقام من إسرائيل التي تحمّلها المسؤولية عن الهجوم على قنصليتها في دمشق.'],
    ['tur accused pkk', 'وشنّت تركيا غارات على مواقع حزب العمال الكردستاني، الذي تحمّله مسؤولية تفجير إسطنبول.'],
    ['syr accused isr', 'ودانت دمشق الغارة، وهاجمت إسرائيل التي تحمّلها مسؤولية التصعيد في المنطقة.'],
    ['no isr accused irn', 'وتوعّدت طهران بالرد على إسرائيل، التي تحمّلها مسؤولية الاغتيال.'],
  ],
  'blame idiom: object list with an unnamed conjunct (ar)': [
    ['tur accused pkk', 'وتحمّل أنقرة حزب العمال الكردستاني و«الوحدات» مسؤولية تفجير إسطنبول الذي أودى بحياة ستة أشخاص في الثالث عشر من الشهر نفسه، وهو ما نفاه الطرفان.'],
    ['tur accused pkk', 'وحمّلت تركيا حزب العمال الكردستاني و«حلفاءه» مسؤولية الهجوم.'],
    ['tur accused ypg', 'وحمّلت أنقرة حزب العمال الكردستاني ووحدات حماية الشعب مسؤولية التفجير.'],
    ['hts accused syr', 'وحمّلت «هيئة تحرير الشام» الحكومة السورية مسؤولية القصف.'],
  ],
  'blame idiom: subject of the previous clause (ar)': [
    ['syrian-national-army accused sdf', 'في المقابل، نفت مصادر في «الجيش الوطني» أي مسؤولية عن التوقف، وحمّلت «قسد» المسؤولية لعدم تزويد المحطة بالتيار الكهربائي من محطة الدرباسية.'],
    ['syr accused isr', 'ونددت دمشق بالغارة، وحمّلت إسرائيل المسؤولية الكاملة عن التصعيد.'],
    ['tur accused sdf', 'ونفت أنقرة استهداف المدنيين، وحمّلت «قسد» مسؤولية القصف على مدينة الباب.'],

    ['no usa accused sdf', 'اتهمت الخارجية السورية الولايات المتحدة بنهب النفط، بعد خروج قافلة صهاريج محمّلة بالنفط من ريف الحسكة.'],
  ],
  'blame idiom (en control)': [
    ['tur accused pkk', 'Ankara holds the PKK responsible for the Istanbul bombing.'],
    ['irn accused isr', 'Tehran vowed to retaliate against Israel, which it holds responsible for the killing.'],
    ['syr accused isr', 'Damascus held Israel responsible for the escalation.'],
  ],
});
