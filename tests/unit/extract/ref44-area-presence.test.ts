import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref44: "the area" / `المنطقة` after a locative right after a force, base or members noun (discourse.ts placeAnaphors with
 * forcesBefore) is the last place named, and the presence of an armed group's members the noun phrase tells is there
 * (presence.ts forcesInPresence, areaAnaphor); "the region" stays out (a wider place than the last named), and so does a
 * state's forces (ref36's "US forces in the area": often the wider region).
 */
const DAY = '2023-12-15';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a force noun in the area is there', () => {
  it.each([
    ['نفذت «قوات سوريا الديمقراطية» حملة مداهمات في بلدة الصبحة بريف دير الزور الشرقي. وأسفرت العملية عن اعتقال ثلاثة أشخاص يُشتبه بانتمائهم إلى خلايا تنظيم «داعش» في المنطقة، بحسب بيان لـ«قسد».', 'isis deployed_in deir-ez-zor'],
    // a verb and a relative between the noun and the place
    ['قُتل عنصران من قوات النظام في هجوم تبناه تنظيم «داعش» قرب مدينة درعا. واتهم ناشطون الأجهزة الأمنية بتسهيل تحركات خلايا التنظيم في المنطقة.', 'isis deployed_in daraa'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    ['Turkish artillery shelled villages near Tal Rifaat on Saturday. YPG fighters in the area did not respond, a war monitor said.', 'ypg deployed_in tal-rifaat'],
    ['An IS cell attacked an SDF checkpoint near Hajin on Tuesday. Islamic State cells in the area have stepped up attacks this year.', 'isis deployed_in hajin'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('not a presence in the area', () => {
  it('"the region" is wider than the last place named', () => {
    const s = 'A drone struck a truck near Abu Kamal on Thursday. Pentagon officials say US forces in the region have been attacked at least 40 times since October.';
    expect(en(s)).not.toContain('usa deployed_in abu-kamal');
  });
  it('a state\'s forces "in the area" may be in the wider region', () => {
    const s = 'Turkish drones struck Qamishli on Monday. US forces in the area went on alert.';
    expect(en(s)).not.toContain('usa deployed_in qamishli');
  });
  it('no force noun before the area', () => {
    const s = 'قصفت القوات التركية قرى قرب عين عيسى. وقالت «قسد» إن التوتر في المنطقة يتصاعد.';
    expect(ar(s)).not.toContain('sdf deployed_in ain-issa');
  });
});
