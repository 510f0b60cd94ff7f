/**
 * np55: a state's posts and checkpoints named by its demonym (gold rule 13; diagnosis-batch53 §6 np54 rank 1, posts of X;
 * pool b33, b39): `اتجهت إلى النقاط التركية المنتشرة على أطراف جبل الزاوية` → `tur deployed_in jabal-al-zawiya`; "Turkish
 * observation posts in Idlib" likewise. The post nouns (`نقاط`, `نقطة`, "posts", "checkpoints") are `state_head` cues, so
 * the demonym beside them names the state. New sentences, both languages, look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'posts of a state by its demonym (ar)': [
    ['tur deployed_in jabal-al-zawiya', 'وضم الرتل نحو ثلاثين آلية، اتجهت إلى النقاط التركية المنتشرة على أطراف جبل الزاوية.'],
    // (a date, another verb, an attack on the post: the attack and the presence both)
    ['tur deployed_in saraqeb', 'وقصفت القوات الحكومية أمس الأحد نقطة تركية قرب سراقب.'],
    ['syr attacked tur', 'وقصفت القوات الحكومية أمس الأحد نقطة تركية قرب سراقب.'],
    ['rus deployed_in qamishli', 'وتقع النقطة الروسية في القامشلي قرب المطار.'],
  ],
  'posts and checkpoints of a state by its demonym (en)': [
    ['tur deployed_in idlib', 'The convoy headed to Turkish observation posts in Idlib on Sunday.'],
    ['tur deployed_in saraqeb', 'Government forces shelled Turkish posts near Saraqeb, the ministry said.'],
    ['tur deployed_in afrin', 'Turkish checkpoints in Afrin, which Ankara set up in 2018, were attacked.'],
  ],
  'no presence read (ar, en)': [
    // (a negated presence; a post with no state)
    ['no tur deployed_in idlib', 'There are no Turkish posts in Idlib any more, the monitor said.'],
    ['no syr deployed_in idlib', 'Government forces said a checkpoint in Idlib was attacked.'],
  ],
});
