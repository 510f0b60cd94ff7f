/**
 * solo55 (diagnosis-batch52 §6 name54 rank 1, diagnosis-batch53 §6 name54 rank 1): short Arabic surfaces of known bodies.
 * The second member of a dual of tribes is the bare tribe name (`عشيرتي العكيدات والبكارة`); the National Defence Forces
 * told by their members (`مسلحو الدفاع الوطني`, `عناصر الدفاع الوطني`) but not a ministry of national defence.
 */
import { describe, expect, it } from 'vitest';
import { mentionIds } from './helpers.ts';

const ids = (text: string) => mentionIds(text, 'ar', '2024-03-20');

describe('short surfaces of known bodies', () => {
  it('the bare second tribe of a dual', () => {
    expect(ids('والتقى وفد روسي وجهاء من عشيرتي العكيدات والبكارة في الميادين.')).toEqual(expect.arrayContaining(['akidat-tribe', 'baggara-tribe']));
    expect(ids('وينتشر أبناء البقارة على ضفتي الفرات.')).toContain('baggara-tribe');
  });
  it('the NDF by its members', () => {
    expect(ids('واشتبك مسلحو الدفاع الوطني مع عناصر الأسايش في حي طي.')).toContain('national-defence-forces');
    expect(ids('وانتشر عناصر الدفاع الوطني في محيط المربع الأمني.')).toContain('national-defence-forces');
  });
  it('not a ministry or minister of national defence', () => {
    expect(ids('وقال وزير الدفاع الوطني اللبناني إن الجيش سينتشر على الحدود.')).not.toContain('national-defence-forces');
    expect(ids('وأعلنت وزارة الدفاع الوطني الجزائرية عن مناورات.')).not.toContain('national-defence-forces');
  });
});
