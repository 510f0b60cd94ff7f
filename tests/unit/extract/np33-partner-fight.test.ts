/**
 * A stated fight of the one backed (gold rule 17e; np33, diagnosis-batch28 §6 fix 1c, widening pred32's partnerFight):
 * "backs the SDF in the fight against IS" (the article as well as the pronoun), a bare "against" right after the one
 * backed ("which backs the Kurdish-led SDF against IS"), and the Arabic support of a partner (`تدعم «قسد» في قتالها ضد
 * تنظيم «داعش»`, `دعماً لـ«قسد» في قتال تنظيم «داعش»`): the one backed attacked the foe; the backer did not (by this
 * phrase). Not a foe several words after "against" ("against the wishes of Turkey").
 * - A deployment "as part of the campaign / fight / war against IS": the one deployed attacked the foe; not "as part of
 *   the coalition against IS" (rule 17e: a bare coalition names no fight).
 * - Allies in a fight ("X is Washington's main partner in the fight against IS", "X, the SDF's main ally in the fight
 *   against IS"): the possessor and the ally both attacked the foe.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the fight of the one backed': [
    ['sdf attacked isis', 'Washington has backed the SDF in the fight against the Islamic State group and keeps about 900 troops in the northeast.'],
    ['sdf attacked isis', 'The United States, which backs the SDF in the fight against Islamic State, has urged Turkey to avoid actions that endanger its partners.'],
    ['sdf attacked isis', 'The US-led coalition, which backs the Kurdish-led Syrian Democratic Forces against IS, operates from bases in the northeast.'],
    ['sdf attacked isis', 'The US-led coalition, which backs the SDF against Islamic State remnants, welcomed the repatriation.'],
    ['no usa attacked isis', 'Washington, which backs the SDF against Islamic State, said it was confident the concerns could be addressed.'],
    ['no sdf attacked tur', 'Washington backs the SDF against the wishes of Turkey, its NATO ally.'],
  ],
  'a deployment as part of the fight against a foe': [
    ['usa attacked isis', 'The United States keeps around 900 troops in northeastern Syria as part of the campaign against Islamic State.'],
    ['usa attacked isis', 'The United States has about 900 troops in Syria and 2,500 in Iraq as part of the fight against Islamic State.'],
    ['usa attacked isis', 'Washington deployed hundreds of troops to Syria in 2015 as part of its war against the Islamic State group.'],
    ['no usa attacked isis', 'Washington keeps about 2,500 troops in Iraq as part of the coalition against the Islamic State group.'],
    ['no usa attacked isis', 'The United States keeps around 900 troops in northeastern Syria, where the SDF leads the campaign against Islamic State.'],
  ],
  'allies in a fight, both attack the foe': [
    ['usa attacked isis', 'The SDF, whose backbone is the YPG, is Washington\'s main partner in the fight against Islamic State, and about 900 US troops are deployed in the northeast.'],
    ['sdf attacked isis', 'The SDF, whose backbone is the YPG, is Washington\'s main partner in the fight against Islamic State, and about 900 US troops are deployed in the northeast.'],
    ['sdf attacked isis', 'The United States, the SDF\'s main ally in the fight against Islamic State, has urged Turkey to show restraint.'],
    ['usa attacked isis', 'The United States, the SDF\'s closest ally in the fight against IS, has urged Turkey to show restraint.'],
    ['no ypg attacked isis', 'The SDF, whose backbone is the YPG, is Washington\'s main partner in the fight against Islamic State.'],
    ['no rus attacked isis', 'Russia, Assad\'s main ally in the war, has kept warplanes at the Hmeimim air base.'],
  ],
  'the fight of the one backed (ar)': [
    ['sdf attacked isis', 'وتنتشر في ريف الحسكة قواعد أمريكية تدعم «قسد» في قتالها ضد تنظيم «داعش»، فيما تتمركز قوات روسية في مطار القامشلي.'],
    ['sdf attacked isis', 'وتنشر الولايات المتحدة مئات الجنود في شمال شرق سوريا، وتدعم «قسد» في قتالها ضد تنظيم «داعش».'],
    ['sdf attacked isis', 'كما ينتشر نحو 900 جندي أميركي في شمال شرق سوريا دعماً لـ«قسد» في قتال تنظيم «داعش».'],
    ['no usa attacked isis', 'وتنشر الولايات المتحدة مئات الجنود في شمال شرق سوريا، وتدعم «قسد» في قتالها ضد تنظيم «داعش».'],
  ],
});
