/**
 * An Arabic accord noun, its quoted label and الذي/التي, then a verb of signing carrying the accord as its pronoun: the
 * names after the verb are its subject, the signers, who agreed with each other (args.ts describingVerbSubject,
 * accordRelativeBefore): `اتفاق «خفض التصعيد» الذي وقّعته روسيا وتركيا وإيران في أستانا عام 2017`, `مذكرة التفاهم التي
 * وقّعها الرئيسان بوتين وأردوغان`. Negative cell: no one carried over from the sentence before is a signer.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreed = (text: string) => extract(text, 'ar', '2023-06-24').relations.filter((r) => r.relation === 'agreed_with').map((r) => `${r.source} ${r.target} ${r.date}`);

describe('signers after an accord relative (ar)', () => {
  it('the listed signers agreed pairwise, dated as the text dates the signing', () => {
    const before = 'أعلنت «هيئة تحرير الشام» أنها صدّت محاولة تسلل في ريف اللاذقية. ';
    const three = agreed(`${before}وتقع المنطقة ضمن نطاق اتفاق «خفض التصعيد» الذي وقّعته روسيا وتركيا وإيران في أستانا عام 2017.`);
    expect(three.sort()).toEqual(['rus irn 2017', 'rus tur 2017', 'tur irn 2017']);
    expect(agreed('وتُسيَّر هذه الدوريات بموجب مذكرة التفاهم التي وقّعها الرئيسان فلاديمير بوتين ورجب طيب أردوغان في سوتشي في تشرين الأول/أكتوبر 2019.')).toEqual(['vladimir-putin recep-tayyip-erdogan 2019-10']);
  });
  it('without the relative, no signer is read from before', () => {
    expect(agreed('أعلنت «هيئة تحرير الشام» أنها صدّت محاولة تسلل. وتقع المنطقة ضمن نطاق اتفاق «خفض التصعيد».')).toEqual([]);
  });
});
