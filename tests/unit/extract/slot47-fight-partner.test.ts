/**
 * slot47: the partner of "in its fight against" told away from the cue (pool b23 "Washington backs the SDF, which the
 * YPG leads, in the fight against Islamic State", b39 "back the Syrian Democratic Forces, the administration's military
 * arm, in its fight against …", b30 `تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش»`; diagnosis-batch46 #102 "has been
 * backed by Washington in its fight against IS"): past an apposition or a relative between commas, or the one backed by
 * the agent right before the cue, attacked the foe (gold rule 17e; relations/fight.ts fightPartnerPast).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the fight of the one backed, past an apposition, a relative or a passive agent': [
    ['sdf attacked isis', 'Washington backs the Syrian Democratic Forces (SDF), which the YPG leads, in the fight against Islamic State.'],
    ['sdf attacked isis', 'Washington keeps around 900 troops in northeastern Syria, where they back the Syrian Democratic Forces, the administration\'s military arm, in its fight against Islamic State remnants.'],
    ['sdf attacked isis', 'The SDF has been backed by Washington in its fight against Islamic State.'],
    ['sdf attacked isis', 'The SDF, which controls much of the northeast, has been backed by the United States since 2015 in its fight against Islamic State.'],
    ['sdf attacked isis', 'Washington backs the SDF in its fight against Islamic State.'],
    ['no usa attacked isis', 'The SDF has been backed by Washington in its fight against Islamic State.'],
    ['no ypg attacked isis', 'Washington backs the Syrian Democratic Forces (SDF), which the YPG leads, in the fight against Islamic State.'],
  ],
  'the fight of the one backed (ar)': [
    ['sdf attacked isis', 'في المقابل، تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش».'],
    ['sdf attacked isis', 'وتدعم الولايات المتحدة «قسد»، الذراع العسكرية للإدارة الذاتية، في حربها ضد تنظيم «داعش».'],
    ['sdf attacked isis', 'وتدعم الولايات المتحدة «قسد» في حربها ضد تنظيم «داعش».'],
    ['no usa attacked isis', 'في المقابل، تحظى «قسد» بدعم الولايات المتحدة في حربها على «داعش».'],
  ],
});
