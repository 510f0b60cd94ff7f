/**
 * An office inside another's title is not resolved to its own holder when a name closes the outer title (branch bugs42a;
 * mentions.ts officeHolders): `المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن` is Pedersen, not Guterres,
 * also when the holder's mention took the state before the name (`إلى سوريا`). Variants: the UN's envoy with the state
 * after the adjective, a date and a place after the name, the adviser of a president, another verb (met), the English forms (controls:
 * the English no-comma "the UN Secretary-General's special envoy for Syria Geir Pedersen" gives no hosting at all, left).
 * Negatives: the Secretary-General himself received, a UN delegation with no name.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'the office inside an envoy title (ar)': [
    ['bashar-al-assad hosted geir-pedersen', 'استقبل الرئيس بشار الأسد المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن في دمشق.'],
    ['no bashar-al-assad hosted antonio-guterres', 'استقبل الرئيس بشار الأسد المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن في دمشق.'],
    ['bashar-al-assad hosted geir-pedersen', 'استقبل الرئيس بشار الأسد، أمس الأحد، المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن والوفد المرافق له.'],
    ['bashar-al-assad hosted geir-pedersen', 'استقبل الأسد مبعوث الأمم المتحدة الخاص إلى سوريا غير بيدرسن.'],
    ['no bashar-al-assad hosted united-nations', 'استقبل الأسد مبعوث الأمم المتحدة الخاص إلى سوريا غير بيدرسن.'],
    ['bashar-al-assad hosted geir-pedersen', 'استقبل الأسد المبعوث الخاص للأمين العام للأمم المتحدة غير بيدرسن.'],
    ['faisal-mekdad met geir-pedersen', 'التقى وزير الخارجية فيصل المقداد، اليوم، المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن.'],
    ['no faisal-mekdad met antonio-guterres', 'التقى وزير الخارجية فيصل المقداد، اليوم، المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن.'],
    ['bashar-al-assad hosted ali-asghar-khaji', 'استقبل الرئيس الأسد المبعوث الخاص لوزير الخارجية الإيراني إلى سوريا علي أصغر خاجي في دمشق.'],
    ['bashar-al-assad hosted ali-akbar-velayati', 'استقبل الأسد مستشار الرئيس الإيراني للشؤون الدولية علي أكبر ولايتي.'],
    ['bashar-al-assad hosted antonio-guterres', 'استقبل الرئيس بشار الأسد الأمين العام للأمم المتحدة أنطونيو غوتيريش في دمشق.'],
    ['bashar-al-assad hosted united-nations', 'استقبل الأسد وفداً من الأمم المتحدة إلى سوريا.'],
  ],
  'the office inside an envoy title (en)': [
    ['bashar-al-assad hosted geir-pedersen', 'President Bashar al-Assad received UN Special Envoy for Syria Geir Pedersen in Damascus.'],
    ['no bashar-al-assad hosted antonio-guterres', "President Bashar al-Assad received the UN Secretary-General's special envoy for Syria, Geir Pedersen, in Damascus."],
  ],
};

describeCases(CASES);

const REGION: Record<string, Case[]> = {
  'a demonym and a region inside an envoy title (ar)': [
    ['faisal-mekdad hosted zhai-jun', 'استقبل وزير الخارجية والمغتربين السوري فيصل المقداد، اليوم السبت، المبعوث الخاص للحكومة الصينية إلى الشرق الأوسط تشاي جيون والوفد المرافق له في دمشق.'],
    ['no faisal-mekdad hosted chn', 'استقبل وزير الخارجية والمغتربين السوري فيصل المقداد، اليوم السبت، المبعوث الخاص للحكومة الصينية إلى الشرق الأوسط تشاي جيون والوفد المرافق له في دمشق.'],
    ['faisal-mekdad hosted zhai-jun', 'استقبل المقداد المبعوث الخاص للحكومة الصينية تشاي جيون في دمشق.'],
    ['faisal-mekdad hosted zhai-jun', 'استقبل المقداد في دمشق، أمس، المبعوث الصيني الخاص إلى الشرق الأوسط تشاي جيون.'],
    ['bashar-al-assad hosted chn', 'استقبل الأسد وفداً من الحكومة الصينية في دمشق.'],
  ],
};

describeCases(REGION);
