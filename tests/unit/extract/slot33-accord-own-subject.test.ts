/**
 * slot33 (diagnosis-batch28 #39, FP 40): a verb with an object pronoun that describes the accord noun before it
 * (`اتفاق أبرمته دمشق مع «قسد»`, `تفاهمات أبرمتها أنقرة مع موسكو`, `اتفاق وقعته أنقرة مع واشنطن`) has its own subject
 * right after it; the main clause's subject (the forces deployed under the accord) is no party of it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  "an accord's describing verb has its own subject (ar)": [
    ['syr agreed_with sdf', 'وتنتشر قوات روسية وأخرى حكومية في عين عيسى ومحيطها بموجب اتفاق أبرمته دمشق مع «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['no rus agreed_with syr', 'وتنتشر قوات روسية وأخرى حكومية في عين عيسى ومحيطها بموجب اتفاق أبرمته دمشق مع «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['rus deployed_in ain-issa', 'وتنتشر قوات روسية وأخرى حكومية في عين عيسى ومحيطها بموجب اتفاق أبرمته دمشق مع «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['syr agreed_with sdf', 'وانتشرت القوات الروسية في المدينة بموجب اتفاق أبرمته دمشق مع «قسد».'],
    ['no rus agreed_with syr', 'وانتشرت القوات الروسية في المدينة بموجب اتفاق أبرمته دمشق مع «قسد».'],
    ['tur agreed_with usa', 'وانسحبت القوات التركية من المنطقة بموجب اتفاق وقعته أنقرة مع واشنطن.'],
    ['tur agreed_with rus', 'وتنتشر قوات تركية في إدلب بموجب تفاهمات أبرمتها أنقرة مع موسكو عام 2020.'],
  ],
  "an accord's own parties (positive)": [
    ['tur agreed_with rus', 'Turkish forces are deployed in Idlib under understandings with Russia.'],
    ['syr agreed_with sdf', 'Damascus signed an agreement with the SDF in October 2019.'],
  ],
});
