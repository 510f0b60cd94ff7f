/**
 * dates43, cause 1 of diagnoses 35–39 §2 (a context date leaking into an ongoing state): the fight a presence is there
 * for ("deployed … in a mission against IS", `تنتشر قوات … في إطار الحرب على «داعش»`) is as ongoing as the presence: a
 * standing presence's mission keeps publication, not a dated sentence's day before it; a dated deployment's mission
 * shares its date. New sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'attacked')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a standing presence\'s mission against X is a state', () => {
  it('Arabic: a dated meeting sentence, then `تنتشر قوات أمريكية … في إطار الحرب على تنظيم «داعش»`', () => {
    const text =
      'وكان وزراء خارجية روسيا وتركيا قد اجتمعوا في موسكو في العاشر من أيار/مايو. في المقابل، تنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في إطار الحرب على تنظيم «داعش».';
    expect(dated(text, 'ar', '2023-06-08')).toContain('usa attacked isis 2023-06-08');
  });
  it('English: a dated attack sentence, then "About 900 US troops are deployed in Syria … in a mission against Islamic State remnants"', () => {
    const text =
      'Drones attacked a US base in Shaddadi on Wednesday, the Pentagon said. About 900 US troops are deployed in Syria, most of them in the northeast, in a mission against Islamic State remnants.';
    expect(dated(text, 'en', '2023-11-19')).toContain('usa attacked isis 2023-11-19');
  });
  it('negative: a dated deployment ("deployed … on Monday in a mission against IS") gives its mission its day', () => {
    const text = 'The United States deployed troops to Syria on Monday in a mission against Islamic State.';
    expect(dated(text, 'en', '2023-11-22')).toContain('usa attacked isis 2023-11-20');
  });
});
