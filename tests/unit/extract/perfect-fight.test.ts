/**
 * A stated fight against a named foe is an attack (diagnosis-batch30 #70; branch pred35): "the PKK, which has fought the
 * Turkish state since 1984", "has fought Turkey", `يقاتل حزب العمال الكردستاني الدولة التركية`, `تقاتل «قسد» تنظيم
 * «داعش»` (the Arabic fight verbs' later row after their `alongside` reading). Look-alikes: fighting alongside or on the
 * side of someone, fighting in a place or for a cause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'has fought X (en)': [
    ['pkk attacked tur', 'Ankara considers the YPG a branch of the PKK, which has fought the Turkish state since 1984.'],
    ['pkk attacked tur', 'The PKK has fought Turkey since 1984.'],
    ['sdf attacked isis', 'The SDF, which has long fought Islamic State, denied the report.'],
    ['hezbollah coordinated_with syr', 'Hezbollah has fought alongside Syrian government forces since 2013.'],
    ['no hezbollah attacked syr', 'Hezbollah has fought alongside Syrian government forces since 2013.'],
    ['no hezbollah attacked syr', 'Hezbollah, which is backed by Iran, has fought in Syria on the side of Assad\'s forces since 2013.'],
    ['hezbollah supported syr', 'Hezbollah has fought on the side of the Syrian government since 2013.'],
    ['no pkk attacked tur', 'The PKK has fought for Kurdish autonomy in Turkey since 1984.'],
  ],
  'يقاتل X (ar)': [
    ['pkk attacked tur', 'ويقاتل حزب العمال الكردستاني الدولة التركية منذ عام 1984.'],
    ['sdf attacked isis', 'وتقاتل «قسد» تنظيم «داعش» في دير الزور.'],
    ['hezbollah coordinated_with syr', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية السورية منذ عام 2013.'],
    ['no hezbollah attacked syr', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية السورية منذ عام 2013.'],
  ],
});
