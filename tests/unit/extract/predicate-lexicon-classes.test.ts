/**
 * The predicate lexicon by class (docs/diagnosis-batch23.md §7 fix 3, brief lex24): relation words the lexicon lacked,
 * mined from the no-trigger misses of all blind batches 13–23 and added as data (patterns.{ar,en}.csv), each with its
 * synonyms and inflections. A paraphrase suite of our own sentences per class: head word varied, argument position
 * varied, bare and framed; negated cells give nothing (gold rule 7).
 *
 * A claim verb whose preps list the complementizer (`زعم أن`, `ادعى أن`: preps `-|أن`) takes the complement's subject as
 * its target (args.ts); other Arabic objects still stop at a complementizer.
 *
 * Cells that do not pass yet (left for a next round): "seized Afrin from the YPG" as an attack on the holder (a second row
 * with the forms of the `deployed_in` capture row never fires: one trigger word, one row); the Arabic solidarity noun with
 * a suffix pronoun after `أعرب عن` (`أعربت سوريا عن تضامنها مع لبنان`: `أعرب عن` is no light verb); `زعمت` and `زعم`
 * (speech cues, so the speaker is not the accuser); "Investigators of the OPCW said there were reasonable grounds to
 * believe" (the subject "Investigators of" is a role head, not the OPCW).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'solidarity with a named party is support': [
    ['tur supported aze', 'Ankara shut the border in solidarity with Azerbaijan.'],
    ['tur supported aze', 'Turkey expressed solidarity with Azerbaijan on Monday.'],
    ['tur supported aze', 'Turkey voiced its solidarity with Azerbaijan.'],
    ['jor supported lbn', 'Jordan declared its solidarity with Lebanon after the blast.'],
    ['jor supported lbn', 'Jordan stands in solidarity with Lebanon, the foreign minister said.'],
    ['no tur supported aze', 'Turkey did not express solidarity with Azerbaijan.'],
    ['no usa supported aze', 'The United States urged Turkey to express solidarity with Azerbaijan.'],
  ],
  'solidarity with a named party is support (ar)': [
    ['syr supported lbn', 'وأكد البيان تضامن دمشق مع لبنان.'],
    ['syr supported lbn', 'وجددت سوريا تضامنها مع لبنان.'],
    ['syr supported lbn', 'وتتضامن سوريا مع لبنان في هذه الظروف.'],
    ['syr supported lbn', 'وتضامنت دمشق مع بيروت.'],
    ['no syr supported lbn', 'ودعت سوريا إلى التضامن مع لبنان.'],
    ['jor supported lbn', 'وأكد الأردن تضامنه الكامل مع لبنان.'],
    ['no egy supported lbn', 'ولم تعلن مصر تضامنها مع لبنان.'],
  ],
  'acting together is coordination': [
    ['gbr coordinated_with usa', 'London and Washington would keep acting together against the trade.'],
    ['gbr coordinated_with usa', 'Britain and the United States acted together against the smugglers.'],
    ['gbr coordinated_with usa', 'Britain is acting together with the United States.'],
    ['hezbollah coordinated_with syr', 'Hezbollah and the Syrian army fought together in Qusayr.'],
    ['no gbr coordinated_with usa', 'Britain and the United States have not acted together.'],
    ['no rus coordinated_with tur', 'Russia and Turkey agreed to keep working together on Idlib.'],
  ],
  'firing at a named target is an attack': [
    ['palestinian-islamic-jihad attacked isr', 'Islamic Jihad responded on Friday by firing hundreds of rockets at Israel.'],
    ['palestinian-islamic-jihad attacked isr', 'Islamic Jihad began firing rockets at Israel on Wednesday.'],
    ['hezbollah attacked isr', 'Hezbollah has been firing missiles at Israel since October.'],
    ['hezbollah attacked isr', 'Hezbollah kept firing drones into Israel.'],
    ['no hezbollah attacked isr', 'Hezbollah is not firing rockets at Israel.'],
  ],
  'ruling or running a place is presence': [
    ['hamas deployed_in gaza', 'Hamas, which rules Gaza, stayed out of the fighting.'],
    ['hamas deployed_in gaza', 'Hamas has ruled Gaza since 2007.'],
    ['hamas deployed_in gaza', 'Hamas, which governs the Gaza Strip, said it would respond.'],
    ['hts deployed_in idlib', 'HTS, which runs Idlib, arrested the men.'],
    ['no hamas deployed_in gaza', 'Hamas no longer rules Gaza.'],
  ],
  'moving against a named party is an attack': [
    ['third-legion attacked ahrar-al-sham', "The fighting erupted on Friday near al-Bab, when the Third Legion moved against Ahrar al-Sham's Eastern Sector."],
    ['tur attacked ypg', 'Turkey moved against the YPG in 2018.'],
    ['tur attacked ypg', 'Turkey is moving against the YPG.'],
    ['no tur attacked ypg', 'Turkey has not moved against the YPG.'],
  ],
  'reasonable grounds to believe: an inquiry accuses': [
    ['opcw accused syr', 'The OPCW said on Friday there were reasonable grounds to believe the Syrian army dropped a chlorine cylinder on Douma.'],
    ['opcw accused syr', 'The OPCW found reasonable grounds to believe that Syria used chlorine.'],
    ['no opcw accused syr', 'The OPCW said there were no reasonable grounds to believe that Syria used chlorine.'],
  ],
  'claimed that: an accusation (ar)': [
    ['isr accused hezbollah', 'وزعم الجيش الإسرائيلي أن «حزب الله» يستخدم المعبر لنقل أسلحة.'],
    ['isr accused irn', 'وتزعم إسرائيل أن إيران تنقل أسلحة إلى سوريا.'],
    ['no isr accused irn', 'ولم تزعم إسرائيل أن إيران تنقل أسلحة.'],
  ],
  'a pair that recalled or expelled their ambassadors cut ties with each other: sanctioned both ways (gold rule 11)': [
    ['isr sanctioned tur', 'Israel and Turkey announced in August that they would restore full diplomatic relations, four years after they recalled their ambassadors.'],
    ['tur sanctioned isr', 'Israel and Turkey announced in August that they would restore full diplomatic relations, four years after they recalled their ambassadors.'],
    ['tur sanctioned isr', 'Israel and Turkey recalled their ambassadors in 2018.'],
    ['isr sanctioned tur', 'Israel and Turkey withdrew their ambassadors in 2018.'],
    ['egy sanctioned tur', "Egypt and Turkey expelled each other's ambassadors in 2013."],
    ['no egy sanctioned tur', 'Egypt and Turkey did not recall their ambassadors.'],
  ],
  'hunting down a named group is an attack': [
    ['usa attacked isis', 'US forces hunted down Islamic State leaders.'],
    ['usa attacked isis', 'The United States is hunting down Islamic State commanders in Syria.'],
    ['no usa attacked isis', 'US forces did not hunt down Islamic State leaders.'],
  ],
  'vowing to drive out, crush or eliminate is a threat': [
    ['recep-tayyip-erdogan threatened pkk', 'Erdogan said Turkey would complete a security ring along its border with Iraq, vowing to drive PKK militants from the area.'],
    ['recep-tayyip-erdogan threatened pkk', 'Erdogan vowed to eliminate the PKK.'],
    ['no recep-tayyip-erdogan threatened pkk', 'Erdogan has not vowed to eliminate the PKK.'],
  ],
  'expressed opposition to a party or its act is criticism': [
    ['usa criticized isr', "The United States expressed strong opposition to Israel's settlement plan."],
    ['fra criticized tur', 'France voiced opposition to Turkey on Monday.'],
    ['no fra criticized tur', 'France has not voiced opposition to Turkey.'],
  ],
  'a warning or threat participle after the speaker is a threat, not the act threatened (ar)': [
    ['mohammad-bagheri threatened isr', 'بدوره، قال رئيس هيئة الأركان الإيرانية محمد باقري إن العملية انتهت، محذراً إسرائيل من أن أي رد سيقابَل بهجوم أكبر.'],
    ['no tur attacked ypg', 'وأضاف أردوغان أن أنقرة لن تسمح بإقامة «ممر إرهابي»، ملوّحاً بعملية عسكرية جديدة ضد وحدات حماية الشعب الكردية.'],
  ],
  'ambassadors expelled in turn between a pair is a rupture, not an exchange of ambassadors (ar)': [
    ['egy sanctioned tur', 'وتدهورت العلاقات بين مصر وتركيا عام 2013، وتبادل البلدان طرد السفراء.'],
    ['tur sanctioned egy', 'وتدهورت العلاقات بين مصر وتركيا عام 2013، وتبادل البلدان طرد السفراء.'],
    ['no egy reconciled_with tur', 'وتدهورت العلاقات بين مصر وتركيا عام 2013، وتبادل البلدان طرد السفراء.'],
    ['no tur reconciled_with egy', 'وتبادلت مصر وتركيا طرد السفراء عام 2013.'],
    ['egy reconciled_with tur', 'وتبادلت مصر وتركيا السفراء عام 2023.'],
  ],
  'a pair negotiating, or one negotiating with another, meet (gold rule 2)': [
    ['irq met usa', 'The US keeps about 900 troops in Syria and 2,500 in Iraq, though Baghdad and Washington are negotiating an end to the coalition mission there.'],
    ['irq met usa', 'Iraq is negotiating with the United States on the future of the coalition.'],
    ['no irq met usa', 'Iraq is not negotiating with the United States.'],
  ],
  'ruling or running a place is presence (ar)': [
    ['hamas deployed_in gaza', 'وقالت حركة «حماس» التي تحكم قطاع غزة إنها لن تشارك في القتال.'],
    ['hamas deployed_in gaza', 'وتحكم حركة «حماس» قطاع غزة منذ عام 2007.'],
    ['hts deployed_in idlib', 'وتدير «هيئة تحرير الشام» محافظة إدلب.'],
    ['no hamas deployed_in gaza', 'ولا تحكم حركة «حماس» قطاع غزة.'],
  ],
  'suspended rights in an organisation are a suspended membership (gold rule 11); "its" is the country named before it': [
    ['opcw sanctioned syr', 'Syria joined the Chemical Weapons Convention in 2013 under a US-Russian deal, and its rights in the OPCW were suspended in 2021.'],
    ['no opcw sanctioned usa', 'Syria joined the Chemical Weapons Convention in 2013 under a US-Russian deal, and its rights in the OPCW were suspended in 2021.'],
    ['arab-league sanctioned syr', 'Syria joined the league in 1945, and its membership in the Arab League was suspended in 2011.'],
    ['opcw sanctioned syr', "The OPCW suspended Syria's voting rights in 2021."],
    ['opcw sanctioned syr', "Syria's rights in the OPCW were suspended in 2021."],
    ['no opcw sanctioned syr', "The OPCW restored Syria's voting rights in 2023."],
  ],
});
