/**
 * Subjects across material (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #109, #110; pool b18
 * idlib-protests-jolani, b14 pedersen-security-council-lebanon FP): a forces or aircraft head carrying the و before a
 * demonym is that list member's head (`القوات الحكومية والطائرات الروسية`, mentions.ts joinsPrevious); a waging verb's
 * subject is read past the قد of `وكانت X قد شنّت` and may end in such a demonym member (sentence.ts arWageSubjects); a
 * verb's object does not cross `، حيث` (args.ts objectSlotClosed).
 */
import { describeCases } from './helpers.ts';

const ROW = 'وكانت القوات الحكومية والطائرات الروسية قد شنّت في تشرين الأول/أكتوبر الماضي حملة قصف عنيفة على إدلب، عقب هجوم بمسيّرات استهدف حفل تخريج في الكلية الحربية بحمص.';

describeCases({
  'the row: a list subject with an aircraft member, across كان … قد, a campaign noun (ar)': [
    ['syr attacked idlib', ROW],
    ['rus attacked idlib', ROW],
  ],
  'variants: verb first, a plain attack verb, another head, without the list (ar)': [
    ['syr attacked idlib', 'وشنت القوات الحكومية والطائرات الروسية حملة قصف عنيفة على إدلب.'],
    ['rus attacked idlib', 'وشنت القوات الحكومية والطائرات الروسية حملة قصف عنيفة على إدلب.'],
    ['syr attacked idlib', 'وقصفت القوات الحكومية والطائرات الروسية مدينة إدلب أمس.'],
    ['rus attacked idlib', 'وقصفت القوات الحكومية والطائرات الروسية مدينة إدلب أمس.'],
    ['rus attacked idlib', 'وكانت قوات النظام والقوات الروسية قد شنت غارات على إدلب الشهر الماضي.'],
    ['syr attacked idlib', 'وكانت القوات الحكومية قد شنت في تشرين الأول الماضي حملة قصف عنيفة على إدلب.'],
    ['tur attacked tal-rifaat', 'وكانت تركيا قد شنت الأسبوع الماضي حملة قصف على تل رفعت.'],
  ],
  'negatives: the aircraft member is no object, no object across ، حيث (ar)': [
    ['no syr attacked rus', 'وقصفت القوات الحكومية والطائرات الروسية مدينة إدلب أمس.'],
    ['no geir-pedersen threatened rus', 'وحذر بيدرسن من تصاعد العنف في الشمال الغربي، حيث كثّفت القوات الحكومية والطائرات الروسية قصفها على مناطق في إدلب.'],
    ['no geir-pedersen threatened syr', 'وحذر بيدرسن من تصاعد العنف في الشمال الغربي، حيث كثّفت القوات الحكومية والطائرات الروسية قصفها على مناطق في إدلب.'],
  ],
  'English control: a list subject with aircraft': [
    ['rus attacked idlib', 'Syrian government forces and Russian warplanes bombed Idlib in October.'],
    ['syr attacked idlib', 'Syrian government forces and Russian warplanes bombed Idlib in October.'],
    ['tur attacked idlib', 'Turkey launched a bombing campaign on Idlib in October.'],
  ],
});
