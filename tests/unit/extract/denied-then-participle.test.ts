/**
 * After a denial or refusal verb (cues.csv `denial_verb`), an English participle right after a comma is the subject's
 * own act, outside the denial (guards.ts deniedThenParticiple): "rejected such charges, blaming X", "denied any role,
 * accusing Y of …". Negative cells: the participle inside denied content ("denied that …, killing …"), a denied gerund
 * with no comma, a modal (not a denial) before the comma.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'a participle after a denial and a comma is told (en)': [
    ['tur accused aanes', 'Turkish officials have rejected such charges in the past, blaming power cuts on the Kurdish-led administration.'],
    ['tur accused sdf', 'Turkey denied any role in the blast on Monday, accusing the SDF of staging it.'],
    ['syr criticized usa', 'Damascus rejected the report, criticising Washington for its double standards.'],
  ],
  'inside the denial or a modal: none (en)': [
    ['no tur attacked', 'Turkey denied that its drones struck the village of Tal Tamr, killing two civilians.'],
    ['no tur attacked', 'Turkey denied striking the village of Tal Tamr.'],
    ['no tur accused sdf', 'Turkey could respond, accusing the SDF of staging the blast.'],
  ],
};

describeCases(CASES);
