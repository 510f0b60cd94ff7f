/**
 * (solo58) `وتعرضت بلدة الخيام الخاضعة لسيطرة «قسد» لقصف تركي`: the holder named in a control participle on what is
 * subjected to an attack is neither its doer nor the one hit (it was read as the subject of a purpose, giving the
 * reversed `sdf attacked tur`); what is subjected, before the participle, is the target, the demonym after the noun the doer.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an attack one is subjected to past a control participle (ar)': [
    ['no sdf attacked tur', 'وتعرضت بلدة الخيام الخاضعة لسيطرة «قسد» لقصف مدفعي تركي أمس.'],
    ['tur attacked khiam', 'وتعرضت بلدة الخيام الخاضعة لسيطرة «قسد» لقصف مدفعي تركي أمس.'],
    ['sdf deployed_in khiam', 'وتعرضت بلدة الخيام الخاضعة لسيطرة «قسد» لقصف مدفعي تركي أمس.'],
    ['no sdf attacked tur', 'وتعرضت قرى ريف منبج الخاضعة لسيطرة «قسد» لقصف تركي.'],
    ['tur attacked manbij', 'وتعرضت قرى ريف منبج الخاضعة لسيطرة «قسد» لقصف تركي.'],
    ['no syr attacked tur', 'وتتعرض أحياء مدينة حلب الخاضعة لسيطرة القوات الحكومية لقصف تركي متقطع.'],
    // (as before: the exposed body named right before the noun)
    ['tur attacked sdf', 'وتتعرض مواقع «قسد» قرب منبج لقصف تركي.'],
    ['tur attacked khiam', 'وتعرضت بلدة الخيام لقصف مدفعي تركي.'],
  ],
});
