/**
 * An attack told by where it came from (branch np44; diagnosis-batch40 §6 np44 rank 2 `مصدره`; pool b37 tal-rifaat, b38
 * ain-issa, b37 tal-tamr): `تعرّضت P لقصف مصدره X وY` → X and Y attacked P. relations/sourcedattack.ts. Arabic only
 * (the construction is Arabic; English "shelling from X positions" is read elsewhere).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['tur attacked tal-rifaat', 'تعرّضت قرى وبلدات في محيط مدينة تل رفعت بريف حلب الشمالي، أمس الأحد، لقصف مدفعي مكثف مصدره القوات التركية وفصائل «الجيش الوطني السوري» المدعومة من أنقرة، بحسب مصادر محلية.'],
    ['syrian-national-army attacked tal-rifaat', 'تعرّضت قرى وبلدات في محيط مدينة تل رفعت بريف حلب الشمالي، أمس الأحد، لقصف مدفعي مكثف مصدره القوات التركية وفصائل «الجيش الوطني السوري» المدعومة من أنقرة، بحسب مصادر محلية.'],
    ['tur attacked tal-tamr', 'كما تعرضت قرى في محيط تل تمر لقصف مدفعي مصدره القواعد التركية في منطقة رأس العين.'],
  ],
  'variants: a place before the verb, an actor hit, another noun, a date (ar)': [
    ['tur attacked ain-issa', 'وكانت بلدة عين عيسى قد تعرضت، مساء الخميس، لقصف صاروخي مصدره القوات التركية.'],
    ['tur attacked sdf', 'وتعرضت مواقع لـ«قسد» في ريف منبج لقصف مدفعي مصدره القوات التركية.'],
    ['syr attacked al-bara', 'تعرضت بلدة البارة لقصف مدفعي وصاروخي مصدره قوات النظام السوري المتمركزة في المنطقة.'],
  ],
  'negatives: no exposure verb, a source of information (ar)': [
    ['no tur attacked tal-rifaat', 'قال مصدر عسكري إن القوات التركية في محيط تل رفعت لم تشارك في القصف.'],
    ['no tur attacked manbij', 'شهدت منبج قصفاً، وقال مصدره إن القوات التركية لم تعلق.'],
  ],
}, '2024-06-17');
