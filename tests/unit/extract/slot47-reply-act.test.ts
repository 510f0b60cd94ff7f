/**
 * slot47: rule 20c, replies told by their act (diagnosis-batch47 §6 slot47 rank 1; pool b38 ghab-plain `وردّت «الجبهة
 * الوطنية للتحرير»، المدعومة من تركيا، بقصف مواقع لقوات النظام`, b42 tadef and b45 maarat-al-numan "government
 * artillery responded by pounding …"): an Arabic attack noun after ب governed by a response or performing verb has that
 * verb's subject as its doer (VSO, past a time adjunct or an apposition between commas, or SVO); an English "responded
 * / retaliated by or with" an attack gives the replier `attacked` the one it answers (the attacker told before in the
 * sentence, else the story's), unless the act names the side it hit (relations/replyact.ts).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the doer of an attack noun after a response verb (ar)': [
    ['sdf attacked syrian-national-army', 'وردّت «قسد» بقصف مواقع لفصائل «الجيش الوطني السوري» في محيط مدينة رأس العين.'],
    ['sdf attacked syrian-national-army', 'وردّت «قسد» ليل الاثنين بقصف مواقع لفصائل «الجيش الوطني السوري»، وفق مصادر محلية.'],
    ['national-front-for-liberation attacked syr', 'وردّت «الجبهة الوطنية للتحرير»، المدعومة من تركيا، بقصف مواقع لقوات النظام في بلدة جورين بسهل الغاب.'],
    ['hts attacked syr', 'وردّت «هيئة تحرير الشام» باستهداف مواقع لقوات النظام قرب سراقب.'],
    ['syrian-national-army attacked sdf', 'وردّت القوات التركية و«الجيش الوطني السوري» بقصف مواقع لـ«قسد» قرب عين عيسى.'],
    ['tur attacked sdf', 'وردّت القوات التركية و«الجيش الوطني السوري» بقصف مواقع لـ«قسد» قرب عين عيسى.'],
    ['sdf attacked syrian-national-army', 'وقالت مصادر محلية إن «قسد» ردّت بقصف مواقع لفصائل «الجيش الوطني السوري».'],
    ['no sdf attacked syrian-national-army', 'واتهمت «قسد» الحكومة السورية بقصف مواقع لفصائل «الجيش الوطني السوري».'],
    ['no sdf attacked syrian-national-army', 'وردّت «قسد» على اتهامات تركيا بقصف مواقع لفصائل «الجيش الوطني السوري».'],
    ['no sdf attacked syr', 'وردّت «قسد» على اتهامات الحكومة السورية ببيان.'],
  ],
  'a reply by its act attacked the one it answers': [
    ['syr attacked syrian-national-army', 'Fighters of the Syrian National Army shelled army positions near Tadef on Monday, and government artillery responded by pounding the outskirts of al-Bab, the monitor said.'],
    ['syr attacked hts', 'Hayat Tahrir al-Sham shelled army posts near Saraqeb on Sunday.\nGovernment artillery responded by pounding villages in the Jabal al-Zawiya area, residents said.'],
    ['syr attacked hts', 'Hayat Tahrir al-Sham shelled army posts near Saraqeb on Sunday.\nSyrian government forces responded on Sunday evening by shelling villages near Idlib.'],
    ['tur attacked sdf', 'The SDF shelled Turkish-backed factions near al-Bab on Tuesday.\nTurkish forces retaliated with air strikes on villages near Tal Rifaat.'],
    ['no rus attacked hts', 'Hayat Tahrir al-Sham shelled army posts near Saraqeb on Sunday.\nRussian jets responded by striking Islamic State positions in the Badia.'],
    ['no syr attacked tur', 'Turkey shelled villages near Manbij on Monday.\nDamascus responded by condemning the shelling.'],
    ['no syr attacked tur', 'Turkey shelled villages near Manbij on Monday.\nDamascus responded to the shelling with a statement.'],
  ],
});
