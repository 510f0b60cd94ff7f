/**
 * slot53 (tried, reverted: diagnosis-batch51 FP 97): a name governed by an attack noun right after a speech verb is the
 * one attacked, not the speaker (`وكانت الهيئة قد أعلنت استهداف مواقع للقوات الحكومية في ريف اللاذقية`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'أعلنت استهداف مواقع لـX (ar)': [
    ['hts attacked syr', 'وكانت «هيئة تحرير الشام» قد أعلنت الأسبوع الماضي استهداف مواقع للقوات الحكومية في ريف اللاذقية الشمالي بطائرات مسيّرة.'],
    ['no hts attacked latakia', 'وكانت «هيئة تحرير الشام» قد أعلنت الأسبوع الماضي استهداف مواقع للقوات الحكومية في ريف اللاذقية الشمالي بطائرات مسيّرة.'],
    ['hts attacked syr', 'وكانت «هيئة تحرير الشام» قد أعلنت استهداف مواقع لقوات النظام.'],
  ],
});
