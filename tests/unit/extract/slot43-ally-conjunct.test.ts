/**
 * slot43: "X and its ally Y" (`X وحليفته Y`) as the object or the subject of an act names Y as a second member: the
 * act reaches both (`اتهم الدفاع المدني النظام وحليفته روسيا بتصعيد الهجمات` → accused syr and rus; "Iran and its ally
 * Hezbollah have backed Assad's forces" → both backed), besides the alliance itself. New sentences, both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an ally as the second object (ar)': [
    ['syrian-civil-defence accused rus', 'واتهم الدفاع المدني النظام وحليفته روسيا بتصعيد الهجمات على المناطق المأهولة.'],
    ['syrian-civil-defence accused syr', 'واتهم الدفاع المدني النظام وحليفته روسيا بتصعيد الهجمات على المناطق المأهولة.'],
    ['syrian-opposition accused rus', 'وتتهم المعارضة السورية قوات النظام وحليفتها روسيا بخرق اتفاق وقف إطلاق النار.'],
    // (a date between the verb and its objects)
    ['syrian-opposition accused rus', 'واتهمت المعارضة السورية، أمس الأحد، قوات النظام وحليفتها روسيا بقصف المدنيين.'],
    ['rus supported syr', 'وتتهم المعارضة السورية قوات النظام وحليفتها روسيا بخرق اتفاق وقف إطلاق النار.'],
  ],
  'an ally as the second object (en)': [
    ['syrian-opposition accused rus', 'The Syrian opposition accused government forces and their ally Russia of violating the ceasefire.'],
    ['syrian-opposition accused rus', 'On Sunday the Syrian opposition accused Syrian government forces and their main ally Russia of shelling civilians.'],
  ],
  'an ally as the second subject (en)': [
    ['irn supported bashar-al-assad', 'Iran and its ally Hezbollah have backed President Bashar al-Assad throughout the conflict.'],
    ['hezbollah supported bashar-al-assad', 'Iran and its ally Hezbollah have backed President Bashar al-Assad throughout the conflict.'],
  ],
  'no second member without the ally noun': [
    ['no syrian-opposition accused rus', 'The Syrian opposition accused government forces of violating the ceasefire, Russia said.'],
  ],
});
