/**
 * ref52 (diagnosis-batch50 §6 ref52 rank 1, diagnosis-batch51 §6 ref52 rank 2; gold rule 4): a body's delegation named once
 * stands for the body after it. `زار وفد من برنامج الأغذية العالمي القامشلي … والتقى الوفد مسؤولين في «الإدارة الذاتية»`,
 * "A delegation from the World Food Programme visited Qamishli … The delegation met …". Sentences written for this file,
 * after the rows' constructions (b45 wfp-qamishli-visit, b50 #73 `الوفد طالب سلطات الإقليم`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the delegation named before is its body (ar)': [
    ['wfp met aanes', 'زار وفد من برنامج الأغذية العالمي مدينة القامشلي يوم الأربعاء. والتقى الوفد مسؤولين في «الإدارة الذاتية».'],
    // (a date between; another verb; a person as the other party; a demonym delegation; a list member)
    ['wfp met faisal-mekdad', 'وصل وفد من برنامج الأغذية العالمي إلى دمشق يوم الأربعاء. والتقى الوفد، أمس الخميس، وزير الخارجية فيصل المقداد.'],
    ['who urged syr', 'زار وفد من منظمة الصحة العالمية مدينة حلب. وطالب الوفد الحكومة السورية بتسهيل دخول المساعدات.'],
    ['irq visited al-hol-camp', 'وصل وفد عراقي إلى الحسكة يوم الأحد. وزار الوفد مخيم الهول بريف الحسكة الشرقي.'],
    ['wfp met aanes', 'زار وفد من برنامج الأغذية العالمي مدينة القامشلي. وبعد ذلك التقى الوفد ومسؤولون محليون مسؤولين في «الإدارة الذاتية».'],
    // (not when the delegation names its own body, nor when an unnamed delegation came between)
    ['no wfp met aanes', 'زار وفد من برنامج الأغذية العالمي مدينة القامشلي. ووصل وفد آخر إلى المدينة. والتقى الوفد مسؤولين في «الإدارة الذاتية».'],
    ['rus met aanes', 'زار وفد من برنامج الأغذية العالمي مدينة القامشلي. والتقى الوفد الروسي مسؤولين في «الإدارة الذاتية».'],
  ],
  'the delegation named before is its body (en)': [
    ['wfp met aanes', 'A delegation from the World Food Programme visited Qamishli on Wednesday. The delegation met officials of the Autonomous Administration.'],
    ['who urged syr', 'A World Health Organization delegation arrived in Aleppo on Sunday. The delegation urged the Syrian government to ease aid deliveries.'],
    ['irq visited al-hol-camp', 'An Iraqi delegation arrived in Hasakah on Sunday. On Monday the delegation visited the al-Hol camp.'],
    ['no wfp met aanes', 'A delegation from the World Food Programme visited Qamishli. Another delegation arrived later. The delegation met officials of the Autonomous Administration.'],
  ],
  'the officers named before are their body (ar)': [
    ['syr urged daraa-central-committee', 'عقدت اللجنة المركزية في ريف درعا الغربي اجتماعاً مع ضباط من فرع الأمن العسكري. وطالب الضباط اللجنةَ بتسليم المطلوبين.'],
    ['rus urged daraa-central-committee', 'التقى أعضاء اللجنة المركزية ضباطاً روساً في درعا يوم الأحد. وطالب الضباط، أمس الإثنين، اللجنة المركزية بتسليم المطلوبين.'],
    ['no rus urged daraa-central-committee', 'التقى أعضاء اللجنة المركزية ضباطاً روساً في درعا. ووصل ضباط آخرون إلى المدينة. وطالب الضباط اللجنة المركزية بتسليم المطلوبين.'],
  ],
  'the officers named before are their body (en)': [
    ['syr urged daraa-central-committee', 'Members of the Daraa Central Committee met Syrian Military Intelligence officers on Wednesday. The officers urged the Daraa Central Committee to hand over wanted men.'],
    ['rus urged daraa-central-committee', 'Local elders met Russian officers in Daraa on Sunday. On Monday the officers urged the Daraa Central Committee to hand over wanted men.'],
  ],
});
