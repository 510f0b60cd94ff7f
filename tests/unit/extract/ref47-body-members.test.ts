import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref47 (diagnosis-batch46 §6 ref47 rank 2, gold rule 4): persons of a named body at a meeting stand for the body —
 * "Officials of the Kurdish-led administration met …", `التقى … مسؤولين في «الإدارة الذاتية»`, `ممثلين عن «هيئة
 * التفاوض»`, `واستقبل مسؤولون في الإدارة الذاتية … وفداً`. relations/bodymembers.ts.
 */
const DAY = '2024-06-29';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('officials, representatives, members of a body at a meeting are the body', () => {
  it.each([
    // the row's own construction (b46 #63), with a date and a place between
    ['Officials of the Kurdish-led administration in northeastern Syria met a delegation of the Kurdistan Regional Government (KRG) at the Semalka crossing on Saturday.', ['aanes met krg']],
    // object, "representatives of" (pool b44)
    ['The UN envoy Geir Pedersen met representatives of the Syrian Negotiations Commission in Geneva on Monday.', ['geir-pedersen met syrian-negotiations-commission']],
    // "members of" and "officials from", a reception
    ['The Iraqi delegation was received by officials from the Autonomous Administration of North and East Syria on Friday.', ['aanes hosted irq']],
  ])('%s', (s, ts) => {
    const got = en(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it.each([
    // the pool's own constructions (b43 2024-06-29, b28 2022-12-14)
    ['واستقبل مسؤولون في الإدارة الذاتية لشمال وشرق سوريا، أمس الجمعة، وفداً من وزارة الهجرة العراقية.', ['aanes hosted irq']],
    ['والتقى المبعوث الأممي غير بيدرسن ممثلين عن «هيئة التفاوض السورية» في جنيف.', ['geir-pedersen met syrian-negotiations-commission']],
    // a relative clause after the body, another head (أعضاء)
    ['التقى وزير الخارجية التركي أعضاء في «الائتلاف الوطني السوري» الذي يتخذ من إسطنبول مقراً له.', ['hakan-fidan met syrian-national-coalition']],
  ])('%s', (s, ts) => {
    const got = ar(s);
    for (const t of ts) expect(got).toContain(t);
  });
});

describe('no widening where the body is no party of a meeting', () => {
  it('a place after the link is no body (`مسؤولين في محافظة الحسكة`)', () => {
    const got = ar('التقى وفد عسكري روسي، أمس الثلاثاء، مسؤولين في محافظة الحسكة.');
    expect([...got].filter((t) => t.includes(' met hasakah'))).toEqual([]);
  });
  it('no meeting: "members of the SDF" keep their reading', () => {
    const got = en('A Turkish drone killed two members of the Syrian Democratic Forces near Kobani on Sunday.');
    expect(got).toContain('tur attacked sdf');
  });
});
