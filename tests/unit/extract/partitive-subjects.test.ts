/**
 * Partitive subjects (diagnosis-batch24 §4 #138, §7 fix 3): `وحدات من X`, "units of X", "elements of X", "fighters from X"
 * are X. cues.csv `partitive` with value `organ` now also holds unit words (`وحدات`, `مجموعات`, `دوريات`, "units",
 * "elements", "fighters") and reads through before a named body that is no state or place (`«الفرقة الرابعة»`, Hezbollah)
 * as before a state organ (`الجيش السوري`, "the Syrian army"). A country or place after the من keeps it a preposition.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases({
  'unit words before a named body or a state organ, as the subject (ar)': [
    ['fourth-division attacked jasim', 'وقصفت وحدات من «الفرقة الرابعة» أطراف مدينة جاسم بقذائف الهاون.'],
    ['no syr attacked fourth-division', 'وقصفت وحدات من «الفرقة الرابعة» أطراف مدينة جاسم بقذائف الهاون.'],
    ['syr attacked idlib', 'وقصفت وحدات من الجيش السوري مدينة إدلب.'],
    ['tur deployed_in idlib', 'وانتشرت وحدات من الجيش التركي في ريف إدلب.'],
    ['hezbollah deployed_in homs', 'وتنتشر مجموعات من حزب الله في حمص.'],
    ['isis attacked homs', 'وهاجمت عناصر من تنظيم داعش مواقع في ريف حمص.'],
    ['hts attacked saraqeb', 'واستهدف مقاتلون من هيئة تحرير الشام مواقع في سراقب.'],
  ],
  'unit words before a named body or a state organ, as the subject (en)': [
    ['fourth-division attacked jasim', 'Elements of the Fourth Division shelled Jasim.'],
    ['syr attacked idlib', 'Units of the Syrian army shelled Idlib on Sunday.'],
    ['hts attacked saraqeb', 'Fighters from Hayat Tahrir al-Sham attacked positions near Saraqeb.'],
    ['rus deployed_in manbij', 'Units of the Russian military police are deployed in Manbij.'],
    ['hezbollah deployed_in qusayr', 'Elements of Hezbollah are stationed in Qusayr.'],
  ],
  'members named by their group before the noun, antecedent of "who" (en)': [
    ['ypg attacked tur', 'Turkish forces killed four YPG militants who attacked a Turkish base in the region.'],
    ['ypg attacked kilis', 'Turkish forces killed four YPG militants who had attacked Kilis.'],
    ['tur attacked ypg', 'Turkish forces killed four YPG militants who had attacked Kilis.'],
  ],
  'a state or a place after "from" stays a preposition (en)': [
    ['rus withdrew_from syr', 'Russia withdrew troops from Syria.'],
    ['usa deployed_in syr', 'Damascus has repeatedly demanded the withdrawal of US forces from Syrian territory.'],
  ],
});

describe('the YPG head noun alone is still read where a unit word is a cue', () => {
  it('`للحزب والوحدات` after the YPG was named', () => {
    const a = extract('وقصفت تركيا مواقع لوحدات حماية الشعب الكردية. وتحمّل أنقرة حزب العمال الكردستاني و«الوحدات» مسؤولية تفجير إسطنبول.', 'ar');
    expect(tripleSet(a, 'accused')).toContain('tur accused ypg');
  });
});
