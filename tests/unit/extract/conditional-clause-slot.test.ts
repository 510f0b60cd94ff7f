/**
 * A conditional clause closes a slot (branch slot30): "threatened to strike Israeli gas platforms if Lebanon's rights
 * were not met" — the name inside the "if"/"unless" clause is the condition's, not the threat's object (cues.csv clause
 * en: if, unless). A date and a relative stand between; the look-alikes keep the object before the condition.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a name inside an if/unless clause is no object of the verb before it (en)': [
    ['no hezbollah threatened lbn', "Hezbollah, which had threatened in July to strike Israeli gas platforms if Lebanon's rights were not met, said it would end its military mobilisation."],
    ['no tur threatened usa', 'Turkey has threatened on Tuesday to launch a new offensive if Washington does not act.'],
    ['tur threatened ypg', 'Turkey has threatened to launch a new offensive against the YPG if Washington does not act.'],
    ['irn threatened isr', 'Iran threatened to retaliate against Israel if the strikes continue in Syria.'],
    ['isr attacked hezbollah', 'Israel said it would hit Hezbollah if the group attacked.'],
  ],
});
