/**
 * The Arabic relative ما / الأمر الذي with the verb's object clitic (diagnosis-batch25 §4 #10, FRAME): `…، وهو ما انتقدته
 * أنقرة` criticises the doer of the clause before the comma; the critic is the name right after the verb, never the
 * clause's doer. A paraphrase suite of new sentences: the verb (انتقد، أدان، رفض، ندد), the opener (وهو ما، وهي ما، الأمر
 * الذي، ، ما), the act before (an attack, sanctions, an agreement); with negative cells (the reversed triple).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the critic after the verb, the doer of the clause before as the one criticised (ar)': [
    ['irn criticized isr', 'وشنت إسرائيل غارات على مواقع قرب دمشق، وهو ما أدانته إيران.'],
    ['no isr criticized irn', 'وشنت إسرائيل غارات على مواقع قرب دمشق، وهو ما أدانته إيران.'],
    ['rus criticized usa', 'وفرضت واشنطن عقوبات جديدة على دمشق، الأمر الذي انتقدته موسكو.'],
    ['no usa criticized rus', 'وفرضت واشنطن عقوبات جديدة على دمشق، الأمر الذي انتقدته موسكو.'],
    ['tur criticized rus', 'وبدأت روسيا غزوها لأوكرانيا، وهو ما انتقدته أنقرة بشدة.'],
    ['qat criticized isr', 'وقصفت إسرائيل مطار حلب، وهو ما استنكرته قطر.'],
  ],
});
