/**
 * slot53 (diagnosis-batch51 §6 np52 rank 2, FP 62–63; pool: batches 29, 48): an attack told with its theatre ("strikes in
 * Syria", "attacks in P, Q and R", `غارات في سوريا`) and then, after a comma, the ones it mostly fell on ("mostly against
 * X and Y", "mainly on X", `معظمها على X`, `أغلبها ضد X`): X and Y are the ones attacked, the places only where.
 * Look-alikes: "mostly at bases in P" (presence, no target), a place after the cue (no actor), an actor before the cue
 * (no theatre first).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases({
  'mostly against/on X after the theatre (en)': [
    ['isr attacked hezbollah', 'Israel, which rarely comments on individual operations, has carried out hundreds of strikes in Syria since the start of the civil war, mostly against Iran-linked targets and Hezbollah.'],
    ['isr attacked irn', 'Israel, which rarely comments on individual operations, has carried out hundreds of strikes in Syria since the start of the civil war, mostly against Iran-linked targets and Hezbollah.'],
    ['isr attacked hezbollah', 'Israel has carried out hundreds of air strikes in Syria during the civil war, mostly against what it says are Iran-linked targets and Hezbollah positions.'],
    ['isis attacked sdf', 'Islamic State cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and government troops.'],
    ['isis attacked syr', 'Islamic State cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and government troops.'],
    // (a date, a modifier and another adverb of the class)
    ['tur attacked ypg', 'Turkey has launched dozens of drone strikes in northern Syria since January, mainly against the YPG.'],
    ['tur attacked pkk', 'Turkish jets carried out new air strikes in northern Iraq on Sunday, largely on PKK positions.'],
    ['rus attacked hts', 'Russian warplanes carried out more than 20 raids in Idlib province last week, mostly against Hayat Tahrir al-Sham positions.'],
  ],
  'mostly against/on X: the places are only where (en)': [
    ['no isis attacked hasakah', 'Islamic State cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and government troops.'],
    ['no isis attacked syrian-desert', 'Islamic State cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and government troops.'],
    ['no isr attacked syr', 'Israel has carried out hundreds of strikes in Syria, mostly against Hezbollah.'],
    // (look-alikes: a presence "mostly at bases", a place after the cue)
    ['no usa attacked hasakah', 'About 900 US troops are deployed in northeastern Syria, mostly at bases in Hasakah and Deir ez-Zor provinces.'],
    ['isr attacked syr', 'Israel has carried out hundreds of strikes in Syria, mostly around Damascus.'],
  ],
  'معظمها على X بعد مكان الهجمات (ar)': [
    ['isr attacked hezbollah', 'وشنّت إسرائيل مئات الغارات في سوريا منذ اندلاع النزاع، معظمها على مواقع لإيران و«حزب الله».'],
    ['isr attacked irn', 'وشنّت إسرائيل مئات الغارات في سوريا منذ اندلاع النزاع، معظمها على مواقع لإيران و«حزب الله».'],
    ['no isr attacked syr', 'وشنّت إسرائيل مئات الغارات في سوريا، معظمها ضد «حزب الله».'],
    ['tur attacked ypg', 'ونفّذت المسيّرات التركية عشرات الضربات في شمال سوريا خلال الأشهر الماضية، أغلبها على مواقع «وحدات حماية الشعب» الكردية.'],
    ['isis attacked sdf', 'وتشنّ خلايا تنظيم «داعش» هجمات في دير الزور والحسكة، معظمها ضد «قوات سوريا الديمقراطية».'],
    ['no isis attacked hasakah', 'وتشنّ خلايا تنظيم «داعش» هجمات في دير الزور والحسكة، معظمها ضد «قوات سوريا الديمقراطية».'],
  ],
});

describe('mostly against X: no place target left beside the named ones', () => {
  it('keeps only the actors as targets of the theatre strikes', () => {
    const got = tripleSet(extract('Islamic State cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and government troops.', 'en', '2023-06-29'), 'attacked');
    expect(got).toEqual(['isis attacked sdf', 'isis attacked syr']);
  });
});
