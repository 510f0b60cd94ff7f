/**
 * Drills at a place are a presence there (gold README rule 13; branch pred36, diagnosis-batch31 #63, 64): each side
 * that held (conducted, staged) drills (exercises, manoeuvres) near (in, at) a place is there. Look-alikes: a state's
 * own forces in its own country, drills with no place, a wish to hold drills.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'drills at a place (en)': [
    ['usa deployed_in al-omar-oil-field', 'US forces and the Syrian Democratic Forces held joint live-fire drills on Thursday near the al-Omar oil field in Deir ez-Zor province, the Kurdish-led group said.'],
    ['sdf deployed_in al-omar-oil-field', 'US forces and the Syrian Democratic Forces held joint live-fire drills on Thursday near the al-Omar oil field in Deir ez-Zor province, the Kurdish-led group said.'],
    ['rus deployed_in tartus', 'Russian forces conducted naval exercises in Tartus on Monday.'],
    ['no syr deployed_in latakia', 'The Syrian army held military exercises in Latakia.'],
    ['no sau deployed_in irn', 'Iran wants the Saudi navy to take part in joint drills next year.'],
  ],
  'drills at a place (ar)': [
    ['usa deployed_in al-omar-oil-field', 'وأجرت القوات الأمريكية و«قسد» مناورات مشتركة بالذخيرة الحية قرب حقل العمر النفطي.'],
    ['sdf deployed_in al-omar-oil-field', 'وأجرت القوات الأمريكية و«قسد» مناورات مشتركة بالذخيرة الحية قرب حقل العمر النفطي.'],
    ['usa deployed_in hasakah', 'أجرت القوات الأمريكية و«قوات سوريا الديمقراطية» (قسد) أمس الأحد تدريبات عسكرية مشتركة بالذخيرة الحية في ريف الحسكة.'],
  ],
});
