/**
 * A state named through a principle harmed (branch slot30): "an attack on Iraq's sovereignty", `انتهاك لسيادة العراق`,
 * "a violation of the territorial integrity of Syria" describe an act; the state is the one harmed, neither attacked by
 * the describer nor the one criticised (the `abstract` cue kind that already keeps support and urging off the state).
 * A date and a relative stand between; the look-alikes keep the doer named on the act.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the state whose sovereignty is harmed is no target of the describer (en)': [
    ['no usa attacked irq', "The United States also condemned the strikes on Wednesday, calling them an unjustified attack on Iraq's sovereignty."],
    ['no usa attacked syr', 'Washington, which keeps troops in the northeast, on Friday called the incursion an attack on the territorial integrity of Syria.'],
    ['isr attacked syr', 'Israel struck Syria on Monday.'],
  ],
  'the state whose sovereignty is violated is not the one criticised (ar)': [
    ['no usa criticized irq', 'كما دانت الولايات المتحدة القصف ووصفته بأنه انتهاك صارخ لسيادة العراق، مؤكدة أنه لم يصب أي منشأة أمريكية.'],
    ['no qat criticized syr', 'ودانت قطر أمس القصف، الذي أوقع قتلى، ووصفته بأنه اعتداء على وحدة أراضي سوريا.'],
    ['syr criticized isr', 'ودانت دمشق الغارات الإسرائيلية على ريف دمشق، ووصفتها بأنها انتهاك لسيادة سوريا.'],
  ],
});
