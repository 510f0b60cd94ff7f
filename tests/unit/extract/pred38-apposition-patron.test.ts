/**
 * An apposition whose contact clause names the patron by a pronoun (branch pred38; diagnosis-batch33 #103; pool b23,
 * b32): "alongside the Syrian National Army, a coalition of factions it arms and pays", "an opposition force it funds and
 * trains", "the Syrian Free Army, a local faction they train": the pronoun is the sentence's opening subject, who
 * supported the named head of the apposition. Look-alikes: a pronoun with a verb of another relation, an apposition
 * with no pronoun clause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'apposition with a contact clause of support (en)': [
    ['tur supported syrian-national-army', 'Ankara has kept troops in northern Syria since its first cross-border operation in 2016, alongside the Syrian National Army, a coalition of factions it arms and pays.'],
    ['tur supported syrian-national-army', 'Ankara keeps troops in those areas alongside the Syrian National Army, an opposition force it funds and trains.'],
    ['usa supported sdf', 'Washington has kept about 900 troops in the northeast alongside the SDF, a Kurdish-led force it arms and trains.'],
    ['irn supported hezbollah', 'Tehran has long worked with Hezbollah, a Lebanese group it funds and arms.'],
  ],
  'apposition look-alikes (en)': [
    ['no tur supported syrian-national-army', 'Ankara has kept troops in northern Syria alongside the Syrian National Army, a coalition of factions formed in 2017.'],
  ],
});
