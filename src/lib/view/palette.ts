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
