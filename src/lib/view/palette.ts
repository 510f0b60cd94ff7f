/**
 * Colours of the viewer. Okabe–Ito, a colour-blind-safe palette, for node kinds.
 */
import type { EntityKind } from '../types.ts';

export const KIND_COLORS: Record<EntityKind, string> = {
  person: '#E69F00',
  organization: '#0072B2',
  armed_group: '#D55E00',
  country: '#009E73',
  place: '#CC79A7',
};

export const UNKNOWN_KIND_COLOR = '#999999';

export function kindColor(kind: string): string {
  return (KIND_COLORS as Record<string, string>)[kind] ?? UNKNOWN_KIND_COLOR;
}

export const KIND_LABELS: Record<EntityKind, { en: string; ar: string }> = {
  person: { en: 'Person', ar: 'شخص' },
  organization: { en: 'Organisation', ar: 'منظمة' },
  armed_group: { en: 'Armed group', ar: 'جماعة مسلحة' },
  country: { en: 'Country', ar: 'دولة' },
  place: { en: 'Place', ar: 'مكان' },
};

/**
 * Relation colours by PLOVER family (18 relations cannot each get a colour-blind-safe hue; 7 families can).
 * Okabe–Ito hues, yellow darkened for contrast on white.
 */
export const RELATION_FAMILIES = [
  { id: 'consult', plover: ['CONSULT'], color: '#0072B2', en: 'Consult (visits, meetings, calls)', ar: 'تشاور (زيارات، لقاءات، اتصالات)' },
  { id: 'request', plover: ['REQUEST'], color: '#56B4E9', en: 'Request', ar: 'طلب' },
  { id: 'agree', plover: ['AGREE', 'COOPERATE'], color: '#009E73', en: 'Agree, cooperate', ar: 'اتفاق وتعاون' },
  { id: 'support', plover: ['SUPPORT', 'AID'], color: '#B8A200', en: 'Support, aid', ar: 'دعم ومساعدة' },
  { id: 'posture', plover: ['RETREAT', 'MOBILIZE'], color: '#CC79A7', en: 'Deploy, withdraw', ar: 'انتشار وانسحاب' },
  { id: 'accuse', plover: ['ACCUSE'], color: '#E69F00', en: 'Accuse, criticise', ar: 'اتهام وانتقاد' },
  { id: 'conflict', plover: ['THREATEN', 'ASSAULT', 'SANCTION', 'COERCE', 'PROTEST'], color: '#D55E00', en: 'Threaten, attack, sanction', ar: 'تهديد وهجوم وعقوبات' },
] as const;

export const OTHER_FAMILY = { id: 'other', plover: [], color: '#8a8f98', en: 'Other', ar: 'أخرى' } as const;

export type RelationFamily = (typeof RELATION_FAMILIES)[number] | typeof OTHER_FAMILY;

/** The family of a PLOVER code such as "CONSULT / visit" or "AGREE / COOPERATE" (first type wins). */
export function relationFamily(plover: string | undefined): RelationFamily {
  const head = (plover ?? '').split('/')[0]!.trim().toUpperCase();
  return RELATION_FAMILIES.find((f) => (f.plover as readonly string[]).includes(head)) ?? OTHER_FAMILY;
}

/** Okabe–Ito and a few more distinguishable hues for Louvain communities (by community rank). */
const COMMUNITY_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#B8A200', '#000000', '#882255', '#44AA99', '#117733', '#999933'];

export function communityColor(rank: number): string {
  return rank < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[rank]! : UNKNOWN_KIND_COLOR;
}
