/**
 * English "it" in a clause after a passive ("Manbij has been held by the council since it drove Islamic State out of the
 * city", b48 heldout-2023-09-02): the passive's agent, a subject as for "he" (relations/anaphora.ts pronounRef), not the
 * subject carried from the sentence before ("The SDF has accused Damascus …"). A person or a place behind "by" is no "it".
 */
import { describeCases, type Case } from './helpers.ts';

const BEFORE = 'The SDF accused Damascus of stirring up unrest.';

const CASES: Record<string, Case[]> = {
  "'it' after a passive is its agent (en)": [
    ['manbij-military-council attacked isis', `${BEFORE} Manbij has been held by the Manbij Military Council since it drove Islamic State out of the city in August 2016 with US air support.`],
    ['usa supported manbij-military-council', `${BEFORE} Manbij has been held by the Manbij Military Council since it drove Islamic State out of the city in August 2016 with US air support.`],
    ['no sdf attacked isis', `${BEFORE} Manbij has been held by the Manbij Military Council since it drove Islamic State out of the city in August 2016 with US air support.`],
    // (an apposition between the agent and "since it", another verb of the class)
    ['manbij-military-council attacked isis', `${BEFORE} Manbij has been controlled by the Manbij Military Council, an SDF affiliate, since it expelled Islamic State from the town in 2016.`],
    // ("after it", a past passive, another group)
    ['ypg attacked isis', 'Turkey shelled villages near Kobani on Monday. The town was taken by the YPG in 2015 after it drove Islamic State out with US air support.'],
    ['no tur attacked isis', 'Turkey shelled villages near Kobani on Monday. The town was taken by the YPG in 2015 after it drove Islamic State out with US air support.'],
    // (a coordinated clause)
    ['manbij-military-council attacked isis', `${BEFORE} Manbij is held by the Manbij Military Council and it attacked Islamic State there in 2016.`],
  ],
  "'it' with no passive agent keeps the carried subject (en)": [
    ['sdf attacked isis', 'The SDF said on Monday that its fighters were on alert. In 2017 it drove Islamic State out of Raqqa with US air support.'],
  ],
};

describeCases(CASES);
