/**
 * slot55 (diagnosis-batch53 slot54 rank 5 (c), FP 87; pool `بالاشتراك مع` 3/0): a joint-act adjunct (`بالاشتراك مع`,
 * `بالتنسيق مع`, "in coordination with") belongs to the act's doer, never to a name the act governs (behind a preposition:
 * `في تنظيم «داعش»`, `ضد خلايا تنظيم «داعش»`); the row is given to the clause's subject (relations/adjunctpartner.ts).
 * Negative cells: the doer right before the adjunct keeps its row.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2024-04-19').relations.filter((r) => r.relation === 'coordinated_with').map((r) => [r.source, r.target].sort().join(' '));

describe('a joint-act adjunct past a governed name (ar)', () => {
  it('`ألقت القبض على قيادي في تنظيم «داعش» خلال عملية … بالاشتراك مع القوات الأمريكية`', () => {
    const r = rels('أعلنت «قوات سوريا الديمقراطية» (قسد)، اليوم الجمعة، أنها ألقت القبض على قيادي في تنظيم «داعش» خلال عملية إنزال جوي نفّذتها فجر أمس الخميس بالاشتراك مع القوات الأمريكية في ريف دير الزور الشرقي.', 'ar');
    expect(r).not.toContain('isis usa');
    expect(r).toContain('sdf usa');
  });
  it('`ضد خلايا تنظيم «داعش» بالاشتراك مع`, `في تنظيم «داعش» بالتنسيق مع`', () => {
    expect(rels('نفّذت «قسد» عملية أمنية ضد خلايا تنظيم «داعش» بالاشتراك مع القوات الأمريكية في ريف دير الزور.', 'ar')).toEqual(['sdf usa']);
    expect(rels('اعتقلت «قسد» قيادياً في تنظيم «داعش» بالتنسيق مع التحالف الدولي في ريف دير الزور.', 'ar')).toEqual(['sdf usa']);
  });
});

describe('the same in English, and the doer kept', () => {
  it('"arrested a commander of the Islamic State group in a raid carried out in coordination with US forces"', () => {
    expect(rels('The SDF said it arrested a commander of the Islamic State group in a raid carried out in coordination with US forces.', 'en')).toEqual(['sdf usa']);
  });
  it('the doer right before the adjunct', () => {
    expect(rels('نفّذت «قسد» بالتنسيق مع التحالف الدولي عملية أمنية في ريف دير الزور.', 'ar')).toContain('sdf usa');
  });
});
