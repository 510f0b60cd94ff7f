/**
 * Positions, bases and headquarters of X in Y as X's presence in Y (gold rule 13; diagnosis-batch24 §7 fix 2), with a
 * list of holders: `مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا` gives each holder in each
 * place; headquarters (`مقرات`, `مقار`, "headquarters") and camps (`معسكرات`) are `military` heads. The act on them stays.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a list of holders after the head (ar)': [
    ['pkk deployed_in northern-iraq', 'وأطلقت أنقرة عملية جوية استهدفت مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا.'],
    ['ypg deployed_in northern-syria', 'وأطلقت أنقرة عملية جوية استهدفت مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا.'],
    ['tur attacked ypg', 'وأطلقت أنقرة عملية جوية استهدفت مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق وشمال سوريا.'],
    ['ypg deployed_in syr', 'وقال فيدان إن منشآت حزب العمال الكردستاني ووحدات حماية الشعب في سوريا والعراق باتت أهدافاً مشروعة.'],
    ['hezbollah deployed_in homs', 'واستهدفت الغارات مواقع لحزب الله في حمص.'],
  ],
  'headquarters and camps (ar)': [
    ['irgc deployed_in damascus', 'وقصفت إسرائيل مقرات للحرس الثوري في دمشق.'],
    ['isr attacked irgc', 'وقصفت إسرائيل مقرات للحرس الثوري في دمشق.'],
    ['isis deployed_in syrian-desert', 'وضربت الطائرات معسكرات لتنظيم داعش في البادية السورية.'],
  ],
  'positions, bases, headquarters of X in Y (en)': [
    ['pkk deployed_in northern-iraq', 'Turkish jets struck positions of the PKK in northern Iraq.'],
    ['pdki deployed_in northern-iraq', "Iran's Revolutionary Guards fired missiles at bases of the Kurdistan Democratic Party of Iran in northern Iraq."],
    ['ypg deployed_in manbij', 'The strikes hit headquarters of the YPG in Manbij.'],
    ['hts deployed_in idlib', 'Russian jets bombed HTS positions in Idlib.'],
    ['no irn deployed_in syr', 'There are no Iranian bases in Syria, Tehran said.'],
  ],
});

describeCases({
  'a base or position with its owner\'s demonym, struck: the owner is attacked (ar)': [
    ['ypg attacked tur', 'وهاجمت وحدات حماية الشعب قاعدة تركية في ريف حلب.'],
    ['isr attacked irn', 'وقصفت إسرائيل مواقع إيرانية قرب دمشق.'],
    ['tur attacked syr', 'وقصفت تركيا قوات سورية في ريف حلب.'],
    ['no pkk attacked northern-iraq', 'وكان ستة جنود أتراك قد قُتلوا في هجوم نفذه مسلحون من حزب العمال الكردستاني على قاعدة عسكرية شمالي العراق.'],
  ],
});
