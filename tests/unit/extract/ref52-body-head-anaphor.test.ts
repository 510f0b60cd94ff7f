/**
 * ref52 (diagnosis-batch51 §6 ref52 rank 2: bare `اللجنة` = the committee of sentence 0, "the council" after a council):
 * a bare definite committee/council head is the body named before with that head word (names48.ts `bodyHeadWords`,
 * cues.csv `body_descriptor_word`). Sentences written for this file, after the rows' constructions (b47
 * daraa-committee-security-talks.en "the committee asked the officers").
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a bare committee or council is the body named before (en)': [
    ['daraa-central-committee urged syr', 'The Daraa Central Committee met Syrian officials on Wednesday. The committee urged the Syrian government to release detainees.'],
    // (a date and an attribution between; a council; a relative clause on the first mention)
    ['daraa-central-committee urged syr', 'The Daraa Central Committee, which negotiates for western Daraa, met Syrian officials. On Thursday the committee urged the Syrian government to halt raids.'],
    ['raqqa-civil-council urged wfp', 'The Raqqa Civil Council met a World Food Programme delegation on Sunday. The council urged the World Food Programme to restore bread rations.'],
    // (not when no committee was named before, nor a committee of its own: "the committee of X")
    ['no daraa-central-committee urged syr', 'Syrian officials met local notables on Wednesday. The committee urged the Syrian government to release detainees.'],
  ],
  'a bare committee or council is the body named before (ar)': [
    ['daraa-central-committee urged syr', 'التقت اللجنة المركزية في ريف درعا الغربي مسؤولين سوريين يوم الأربعاء. وطالبت اللجنة الحكومة السورية بالإفراج عن المعتقلين.'],
    ['raqqa-civil-council urged wfp', 'التقى مجلس الرقة المدني وفداً من برنامج الأغذية العالمي يوم الأحد. وطالب المجلس برنامج الأغذية العالمي بزيادة حصة الطحين.'],
  ],
});
