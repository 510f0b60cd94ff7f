/**
 * A denial or a modal governs its own verb group, not a speech verb coordinated after it with the same subject
 * (slot35, diagnosis-batch30 §6 fix 3, #49): "Damascus denies any involvement and says it is cooperating with Jordan",
 * `نفت دمشق أي تورط وقالت إنها تتعاون مع الأردن`: the second verb is a new assertion of the subject, its complement a
 * reported fact. Negative cells: the act inside the denial itself, a coordinated verb of the denial's own complement
 * (no speech verb), a speech verb inside the denial ("denied saying …").
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a coordinated speech verb ends the denial (en)': [
    ['syr coordinated_with jor', 'Damascus denies any involvement and says it is cooperating with Jordan to curb the smuggling.'],
    ['syr coordinated_with jor', 'Damascus denied any involvement on Monday and said it was cooperating with Jordan.'],
    ['syr coordinated_with jor', 'Damascus has denied the charges and stated that it is cooperating with Jordan.'],
    ['syr coordinated_with jor', 'Damascus on Monday denied any role in the trade and said that it was cooperating with Jordan.'],
    ['irn supported hezbollah', 'Iran rejected the report and said it backs Hezbollah.'],
    ['tur attacked ypg', 'Turkey denied targeting civilians and said its jets had struck the YPG near Kobani.'],
    ['no syr attacked jor', 'Damascus denies attacking Jordan and says it wants calm on the border.'],
    ['no tur attacked ypg', 'Turkey denied that its jets had struck the YPG near Kobani.'],
    ['no tur attacked ypg', 'Turkey could strike the YPG and said nothing more.'],
  ],
  'a coordinated speech verb ends the denial (ar)': [
    ['syr coordinated_with jor', 'ونفت دمشق أي تورط في التهريب وقالت إنها تتعاون مع الأردن لمكافحته.'],
    ['syr coordinated_with jor', 'نفت دمشق أي تورط في التهريب، وأكدت أنها تتعاون مع الأردن.'],
    ['irn supported hezbollah', 'ورفضت إيران التقرير وأكدت أنها تدعم «حزب الله».'],
    ['tur attacked ypg', 'ونفت تركيا استهداف المدنيين وقالت إن طائراتها قصفت مواقع «وحدات حماية الشعب» قرب كوباني.'],
    ['no syr attacked jor', 'ونفت دمشق مهاجمة الأردن وقالت إنها تريد التهدئة على الحدود.'],
    ['no tur attacked ypg', 'ونفت تركيا أن تكون طائراتها قصفت مواقع «وحدات حماية الشعب» قرب كوباني.'],
  ],
});
