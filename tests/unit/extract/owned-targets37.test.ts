/**
 * Owners of struck targets (branch slot37, diagnosis-batch32 §6 slot37 rank 5, "targets"): "strikes … against what it
 * describes as Iranian and Hezbollah targets", "strikes on Iran-linked targets", "struck PKK targets", `غارات على أهداف
 * إيرانية`: the strike's doer attacked each owner named or demonymed at the target noun. Both languages, plus negatives.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the owners of struck targets are attacked (en)': [
    // (the row: a list of a demonym and a name, "what it describes as")
    ['isr attacked irn', 'Israel has carried out hundreds of strikes in Syria over the years against what it describes as Iranian and Hezbollah targets.'],
    ['isr attacked hezbollah', 'Israel has carried out hundreds of strikes in Syria over the years against what it describes as Iranian and Hezbollah targets.'],
    // (a hyphen compound, a date between, "mostly")
    ['isr attacked irn', 'Israel has carried out hundreds of strikes in Syria since the start of the war in 2011, mostly against what it describes as Iran-linked targets.'],
    // (another verb: "struck X targets" right after the verb)
    ['tur attacked pkk', 'Turkish warplanes struck Kurdistan Workers\' Party (PKK) targets in northern Iraq on Sunday.'],
    // (another doer, "on")
    ['usa attacked irn', 'The United States carried out air strikes in Syria on Iranian-backed targets.'],
    // (negatives: targets with no owner; an owner that is the doer)
    ['no isr attacked syr', 'Israel has carried out strikes against what it calls terrorist targets.'],
    ['no tur attacked tur', 'Turkish warplanes struck Turkish targets.'],
  ],
  'the owners of struck targets are attacked (ar)': [
    ['isr attacked irn', 'وشنت إسرائيل غارات على سوريا استهدفت أهدافاً إيرانية.'],
    ['isr attacked irn', 'ونفذت إسرائيل مئات الغارات في سوريا على أهداف إيرانية خلال السنوات الماضية.'],
    ['no isr attacked irn', 'ونفذت إسرائيل مئات الغارات في سوريا، وقالت إيران إن لديها أهدافاً في المنطقة.'],
  ],
});
