/**
 * A demanded leaving and its owner (branch slot30): who urges and who is urged when the one to leave is told by a
 * suffix, a possessor or a later "and that" clause, and a withdrawal set as a condition is no withdrawal done. Arabic:
 * `وتنشر تركيا قوات …، وتطالب دمشق بانسحابها` (the lone name after the ، و-verb urges; the suffix's owner, the opening
 * subject, is urged), `وطالبت بانسحاب قواتها` (the forces' owner is the last other state named before the verb).
 * English: "insists that US forces leave Syria" (an urging verb with its own "that"), "… and that Turkish forces
 * withdraw" (a later clause of the same demand), "made a Turkish withdrawal … a precondition" (set, not done). A date, a
 * list and a relative stand between; the look-alikes keep their reading.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the lone name after a ، و-urging verb urges the leaving of the suffix owner (ar)': [
    ['syr urged tur', 'وتنشر تركيا قوات في مناطق واسعة من شمال سوريا، وتطالب دمشق بانسحابها شرطاً لأي لقاء.'],
    ['no tur urged syr', 'وتنشر تركيا قوات في مناطق واسعة من شمال سوريا، وتطالب دمشق بانسحابها شرطاً لأي لقاء.'],
    ['syr urged usa', 'وتحتفظ الولايات المتحدة بنحو 900 جندي في سوريا، وتطالب دمشق أمس بخروجهم.'],
    ['isr urged irn', 'تنشر إيران مستشارين في سوريا، فيما تطالب إسرائيل برحيلهم.'],
    ['syr urged tur', 'تنشر تركيا، التي تدعم فصائل معارضة، قوات في شمال سوريا، وتطالب دمشق بانسحابها.'],
    // (look-alike: the act's suffix is the one urged's own, the opening subject urges)
    ['tur urged usa', 'وتعتبر أنقرة الوحدات الكردية منظمة إرهابية، وتطالب واشنطن بوقف دعمها.'],
    ['no usa urged tur', 'وتعتبر أنقرة الوحدات الكردية منظمة إرهابية، وتطالب واشنطن بوقف دعمها.'],
  ],
  'the owner of the forces to leave is the last other state named (ar)': [
    ['syr urged tur', 'ودانت الخارجية السورية الغارات التركية، وطالبت بانسحاب قواتها من الأراضي السورية.'],
    ['syr urged tur', 'وتتهم دمشق أنقرة بدعم الفصائل، وتطالب بانسحاب قواتها من الشمال.'],
    ['syr urged tur', 'وتتهم دمشق أنقرة بدعم الفصائل، وتطالب أمس بخروج قواتها من الشمال.'],
    ['syr urged tur', 'وطالبت دمشق خلال الاجتماع بانسحاب القوات التركية من شمال سوريا.'],
    // (no owner named: no one urged)
    ['no arab-league urged syr', 'دعت الجامعة العربية إلى انسحاب القوات الأجنبية من سوريا.'],
  ],
  'an urging verb with its own "that", and a later "and that" clause (en)': [
    ['syr urged usa', 'Damascus insists that US forces leave Syria.'],
    ['usa deployed_in syr', 'Damascus insists that US forces leave Syria.'],
    ['no usa withdrew_from syr', 'Damascus insists that US forces leave Syria.'],
    ['syr urged usa', 'Damascus insisted that US troops withdraw from Syria.'],
    ['syr urged usa', 'Damascus has long insisted that US forces withdraw from Syria.'],
    ['syr urged usa', 'Damascus insists that all state institutions return to the northeast and that US forces leave Syria.'],
    ['no usa withdrew_from syr', 'Damascus insists that all state institutions return to the northeast and that US forces leave Syria.'],
    ['syr urged tur', 'Damascus demanded on Monday that aid be delivered through government areas and that Turkish forces withdraw from the north.'],
  ],
  'a withdrawal set as a condition is no withdrawal done (en)': [
    ['no tur withdrew_from syr', 'Syrian officials have made a Turkish withdrawal from Syrian territory a precondition for any normalisation.'],
    ['no tur withdrew_from northern-syria', 'Assad has made the withdrawal of Turkish troops from northern Syria a condition for meeting Erdogan.'],
    ['no tur withdrew_from northern-syria', 'Damascus, which is backed by Russia, on Tuesday made a Turkish withdrawal from northern Syria the key condition for talks.'],
    // (look-alike: a withdrawal done, the condition elsewhere)
    ['rus withdrew_from syr', 'Russia withdrew some of its troops from Syria in March, a move Turkey had set as a condition for talks.'],
  ],
});
