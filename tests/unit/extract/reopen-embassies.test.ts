/**
 * Reopening embassies restores ties (gold rule 11; diagnosis-batch30 FP 104; branch pred35): "X and Y agreed to reopen
 * their diplomatic missions" is `reconciled_with`, not `agreed_with`, as "agreed to restore ties" is; "reopened their
 * embassies", "would reopen their embassies" likewise, in both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'reopening embassies (en)': [
    ['sau reconciled_with syr', 'The move came a year after Riyadh and Damascus agreed to reopen their diplomatic missions.'],
    ['no sau agreed_with syr', 'The move came a year after Riyadh and Damascus agreed to reopen their diplomatic missions.'],
    ['tun reconciled_with syr', 'Tunisia and Syria announced last week that they would reopen their embassies.'],
    ['tun reconciled_with syr', 'Tunisia and Syria reopened their embassies in March.'],
    ['bhr reconciled_with syr', 'Bahrain and Syria, which cut ties in 2012, agreed in April to reopen their embassies.'],
  ],
  'reopening embassies (ar)': [
    ['sau reconciled_with syr', 'واتفقت الرياض ودمشق على إعادة فتح سفارتيهما.'],
  ],
  'no reopening': [
    ['sau agreed_with syr', 'Riyadh and Damascus agreed to cooperate on border security.'],
    ['no sau reconciled_with syr', 'Riyadh and Damascus agreed to cooperate on border security.'],
  ],
});
