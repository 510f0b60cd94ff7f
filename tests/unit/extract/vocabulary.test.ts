/**
 * The relation vocabulary, relation by relation (issue #3): the common ways wire-service and Arabic news prose
 * say each relation (verbs and their inflections, verbal and event nouns, light-verb phrases, passives, idioms),
 * each form family checked on a new sentence written for this file (not taken from data/articles or
 * data/heldout). A case starting with "no" is a look-alike that must not give the relation.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

type Case = [expected: string, text: string];

function check(lang: 'ar' | 'en', [expected, text]: Case): void {
  const got = tripleSet(extract(text, lang, '2024-02-01'));
  if (expected.startsWith('no ')) expect(got).not.toContain(expected.slice(3));
  else expect(got).toContain(expected);
}

describe('met (en)', () => {
  it.each<Case>([
    ["rus met tur", "Russia held talks with Turkey in Sochi on Monday."],
    ["rus met tur", "Russia held consultations with Turkey in Sochi on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov sat down with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov huddled with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov and Fidan held talks in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov is meeting Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov was meeting with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov holds a meeting with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov conferred with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov had a meeting with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held a meeting with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov has met Fidan in Ankara."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held negotiations with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov negotiated with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held a round of talks with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held closed-door talks with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov had a meeting with Fidan in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov's talks with Fidan in Ankara on Monday focused on grain."],
    ["sergei-lavrov met hakan-fidan", "Lavrov and Fidan met on the sidelines of the summit."],
    ["sergei-lavrov met hakan-fidan", "Lavrov and Fidan held a joint news conference in Ankara."],
    ["sergei-lavrov met hakan-fidan", "Lavrov and Fidan held a joint press conference in Ankara."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('hosted (en)', () => {
  it.each<Case>([
    ["bashar-al-assad hosted sergei-lavrov", "Assad received Lavrov in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Assad welcomed Lavrov in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Assad played host to Lavrov in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Lavrov was received by Assad in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Lavrov was hosted by Assad in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Assad is hosting Lavrov in Damascus on Monday."],
    ["bashar-al-assad hosted sergei-lavrov", "Assad greeted Lavrov in Damascus on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('visited (en)', () => {
  it.each<Case>([
    ["sergei-lavrov visited damascus", "Lavrov visited Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov arrived in Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov flew into Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov landed in Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov made a visit to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov paid a visit to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov paid a surprise visit to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov made an unannounced trip to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov travelled to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov headed to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov went to Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov is visiting Damascus on Monday."],
    ["sergei-lavrov visited damascus", "Lavrov's visit to Damascus on Monday was his first."],
    ["sergei-lavrov visited damascus", "Lavrov's trip to Damascus on Monday was his first."],
    ["sergei-lavrov visited damascus", "Lavrov, on a visit to Damascus, praised the army."],
    ["sergei-lavrov visited damascus", "Lavrov toured Damascus on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('phoned (en)', () => {
  it.each<Case>([
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin phoned Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin spoke by phone with Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin held a phone call with Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin had a telephone conversation with Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin held phone talks with Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin held telephone talks with Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin telephoned Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin, in a phone call with Erdogan on Monday, discussed grain."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Erdogan received a phone call from Putin on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Erdogan received a telephone call from Putin on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin made a phone call to Erdogan on Monday."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "Putin had a phone conversation with Erdogan on Monday."],
    ["no vladimir-putin phoned recep-tayyip-erdogan", "Putin called on Erdogan to open the crossings."],
    ["no vladimir-putin phoned recep-tayyip-erdogan", "Putin called for Erdogan to open the crossings."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('urged (en)', () => {
  it.each<Case>([
    ["rus urged tur", "Russia urged Turkey to open the crossings."],
    ["rus urged tur", "Russia called on Turkey to open the crossings."],
    ["rus urged tur", "Russia pressed Turkey to open the crossings."],
    ["rus urged tur", "Russia pressured Turkey to open the crossings."],
    ["rus urged tur", "Russia appealed to Turkey to open the crossings."],
    ["rus urged tur", "Russia asked Turkey to open the crossings."],
    ["rus urged tur", "Russia pushed Turkey to open the crossings."],
    ["rus urged tur", "Russia implored Turkey to open the crossings."],
    ["rus urged tur", "Russia exhorted Turkey to open the crossings."],
    ["rus urged tur", "Russia encouraged Turkey to open the crossings."],
    ["rus urged tur", "Russia is urging Turkey to open the crossings."],
    ["rus urged tur", "Russia has been urging Turkey to open the crossings."],
    ["rus urged tur", "Russia requested Turkey to open the crossings."],
    ["rus urged tur", "Russia prodded Turkey to open the crossings."],
    ["rus urged tur", "Russia lobbied Turkey to open the crossings."],
    ["rus urged tur", "Russia has been pressing Turkey to open the crossings."],
    ["rus urged tur", "Russia is pressing Turkey to open the crossings."],
    ["rus urged tur", "Russia is calling on Turkey to open the crossings."],
    ["rus urged tur", "Russia renewed its call on Turkey to open the crossings."],
    ["rus urged tur", "Russia made an appeal to Turkey to open the crossings."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('urged_reconciliation_with (en)', () => {
  it.each<Case>([
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to normalise relations with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to mend fences with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to reconcile with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to re-establish ties with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to resume relations with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to restore diplomatic ties with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to improve relations with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to bury the hatchet with Syria."],
    ["rus urged_reconciliation_with syr", "Russia urged Turkey to thaw relations with Syria."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('reconciled_with (en)', () => {
  it.each<Case>([
    ["tur reconciled_with syr", "Turkey restored ties with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey normalised relations with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey mended ties with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey mended fences with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey re-established diplomatic relations with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey resumed diplomatic relations with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey resumed ties with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey reopened its embassy in Syria on Monday."],
    ["tur reconciled_with syr", "Turkey reconciled with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey buried the hatchet with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey has normalized ties with Syria."],
    ["tur reconciled_with syr", "Turkey restored full diplomatic relations with Syria on Monday."],
    ["syr reconciled_with arab-league", "Syria was readmitted to the Arab League on Monday."],
    ["syr reconciled_with arab-league", "Syria returned to the Arab League on Monday."],
    ["syr reconciled_with arab-league", "Syria regained its seat in the Arab League on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('agreed_with (en)', () => {
  it.each<Case>([
    ["rus agreed_with tur", "Russia agreed with Turkey on a ceasefire in Idlib."],
    ["rus agreed_with tur", "Russia reached an agreement with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia struck a deal with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia signed a deal with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia signed a memorandum of understanding with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia clinched a deal with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia sealed a deal with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia inked a deal with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia reached an understanding with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia and Turkey agreed on a ceasefire in Idlib."],
    ["rus agreed_with tur", "Russia and Turkey reached an agreement on Idlib."],
    ["rus agreed_with tur", "Russia and Turkey struck a deal on Idlib."],
    ["rus agreed_with tur", "Russia and Turkey signed an accord on Idlib."],
    ["rus agreed_with tur", "Russia and Turkey signed a memorandum of understanding on Idlib."],
    ["rus agreed_with tur", "Russia concluded an agreement with Turkey on Idlib."],
    ["rus agreed_with tur", "Russia hammered out a deal with Turkey on Idlib."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('supported (en)', () => {
  it.each<Case>([
    ["irn supported syr", "Iran supports Syria."],
    ["irn supported syr", "Iran backed Syria."],
    ["irn supported syr", "Iran has backed Syria throughout the war."],
    ["irn supported syr", "Iran is backing Syria."],
    ["irn supported syr", "Iran is supporting Syria."],
    ["irn supported syr", "Iran has thrown its weight behind Syria."],
    ["irn supported syr", "Iran threw its support behind Syria."],
    ["irn supported syr", "Iran expressed support for Syria."],
    ["irn supported syr", "Iran voiced support for Syria."],
    ["irn supported syr", "Iran reaffirmed its support for Syria."],
    ["irn supported syr", "Iran pledged support for Syria."],
    ["irn supported syr", "Iran funds Syria."],
    ["irn supported syr", "Iran has propped up Syria."],
    ["irn supported syr", "Iran stood by Syria."],
    ["irn supported syr", "Iran sided with Syria."],
    ["irn supported syr", "Iran's support for Syria is unwavering."],
    ["irn supported syr", "Iran has provided military support to Syria."],
    ["irn supported syr", "Iran provides financial support to Syria."],
    ["irn supported syr", "Iran, a staunch ally of Syria, sent arms."],
    ["irn supported hezbollah", "Iran arms and funds Hezbollah."],
    ["irn supported hezbollah", "Iran bankrolls Hezbollah."],
    ["irn supported hezbollah", "Iran sponsors Hezbollah."],
    ["irn supported hezbollah", "Iran has provided weapons to Hezbollah."],
    ["no rus supported syr", "Russia backed down over Syria."],
    ["no rus supported syr", "Russia backed away from Syria."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('coordinated_with (en)', () => {
  it.each<Case>([
    ["rus coordinated_with tur", "Russia coordinated with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia cooperated with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia worked with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia is working with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia worked closely with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia teamed up with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia joined forces with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey conducted joint patrols in Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey held joint exercises in Idlib."],
    ["rus coordinated_with tur", "Russia and Turkey carried out joint patrols in Idlib."],
    ["rus coordinated_with tur", "Russia is coordinating with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia has been cooperating with Turkey in Idlib."],
    ["rus coordinated_with tur", "Russia held joint drills with Turkey in Idlib."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('withdrew_from (en)', () => {
  it.each<Case>([
    ["rus withdrew_from syr", "Russia withdrew its troops from Syria on Monday."],
    ["rus withdrew_from syr", "Russia pulled its forces out of Syria on Monday."],
    ["rus withdrew_from syr", "Russia pulled out of Syria on Monday."],
    ["rus withdrew_from syr", "Russia evacuated Syria on Monday."],
    ["rus withdrew_from syr", "Russia completed its withdrawal from Syria on Monday."],
    ["rus withdrew_from syr", "Russia has withdrawn from Syria."],
    ["rus withdrew_from syr", "Russia is withdrawing from Syria."],
    ["rus withdrew_from syr", "Russia withdrew forces from Syria on Monday."],
    ["rus withdrew_from syr", "Russia pulled troops out of Syria on Monday."],
    ["rus withdrew_from syr", "Russia removed its troops from Syria on Monday."],
    ["rus withdrew_from syr", "Russia scaled back its presence in Syria on Monday."],
    ["rus withdrew_from syr", "Russia drew down its forces in Syria on Monday."],
    ["rus withdrew_from syr", "Russia relocated its troops from Syria on Monday."],
    ["rus withdrew_from syr", "Russia redeployed its troops from Syria on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('deployed_in (en)', () => {
  it.each<Case>([
    ["rus deployed_in syr", "Russia deployed troops to Syria on Monday."],
    ["rus deployed_in syr", "Russia sent troops to Syria on Monday."],
    ["rus deployed_in syr", "Russia dispatched troops to Syria on Monday."],
    ["rus deployed_in syr", "Russia has troops in Syria."],
    ["rus deployed_in syr", "Russia keeps bases in Syria."],
    ["rus deployed_in syr", "Russia stationed troops in Syria."],
    ["rus deployed_in syr", "Russia has stationed troops in Syria."],
    ["rus deployed_in syr", "Russia rushed reinforcements to Syria on Monday."],
    ["rus deployed_in syr", "Russia sent reinforcements to Syria on Monday."],
    ["rus deployed_in syr", "Russia beefed up its forces in Syria on Monday."],
    ["rus deployed_in syr", "Russia bolstered its military presence in Syria on Monday."],
    ["rus deployed_in syr", "Russia boosted its forces in Syria on Monday."],
    ["rus deployed_in syr", "Russia moved troops into Syria on Monday."],
    ["rus deployed_in syr", "Russia set up a base in Syria on Monday."],
    ["rus deployed_in syr", "Russia established a military base in Syria on Monday."],
    ["rus deployed_in syr", "Russia is deploying troops to Syria."],
    ["rus deployed_in syr", "Russia maintains a military presence in Syria."],
    ["rus deployed_in syr", "Russia's deployment in Syria began in 2015."],
    ["rus deployed_in syr", "Russia's military presence in Syria dates to 2015."],
    ["rus deployed_in syr", "Russia positioned troops in Syria on Monday."],
    ["rus deployed_in syr", "Russia massed troops in Syria on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('accused (en)', () => {
  it.each<Case>([
    ["tur accused pkk", "Turkey accused the PKK of the bombing."],
    ["tur accused pkk", "Turkey blamed the PKK for the bombing."],
    ["tur accused pkk", "Turkey blamed the bombing on the PKK."],
    ["tur accused pkk", "Turkey held the PKK responsible for the bombing."],
    ["tur accused pkk", "Turkey pinned the blame on the PKK."],
    ["tur accused pkk", "Turkey laid the blame on the PKK."],
    ["tur accused pkk", "Turkey has accused the PKK of the bombing."],
    ["tur accused pkk", "Turkey is accusing the PKK of the bombing."],
    ["tur accused pkk", "Turkey pointed the finger at the PKK."],
    ["tur accused pkk", "Turkey put the blame on the PKK."],
    ["tur accused pkk", "Turkey's accusations against the PKK were rejected."],
    ["tur accused pkk", "Turkey levelled accusations against the PKK."],
    ["tur accused pkk", "Turkey leveled charges against the PKK."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('criticized (en)', () => {
  it.each<Case>([
    ["tur criticized usa", "Turkey criticised the United States on Monday."],
    ["tur criticized usa", "Turkey condemned the United States on Monday."],
    ["tur criticized usa", "Turkey denounced the United States on Monday."],
    ["tur criticized usa", "Turkey slammed the United States on Monday."],
    ["tur criticized usa", "Turkey lambasted the United States on Monday."],
    ["tur criticized usa", "Turkey blasted the United States on Monday."],
    ["tur criticized usa", "Turkey lashed out at the United States on Monday."],
    ["tur criticized usa", "Turkey hit out at the United States on Monday."],
    ["tur criticized usa", "Turkey castigated the United States on Monday."],
    ["tur criticized usa", "Turkey censured the United States on Monday."],
    ["tur criticized usa", "Turkey decried the United States on Monday."],
    ["tur criticized usa", "Turkey chided the United States on Monday."],
    ["tur criticized usa", "Turkey rebuked the United States on Monday."],
    ["tur criticized usa", "Turkey reprimanded the United States on Monday."],
    ["tur criticized usa", "Turkey took aim at the United States on Monday."],
    ["tur criticized usa", "Turkey is criticising the United States."],
    ["tur criticized usa", "Turkey deplored the United States on Monday."],
    ["tur criticized usa", "Turkey's criticism of the United States grew."],
    ["tur criticized isr", "Turkey condemned the Israeli strike on Damascus."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('threatened (en)', () => {
  it.each<Case>([
    ["tur threatened sdf", "Turkey threatened the SDF with a new offensive."],
    ["tur threatened sdf", "Turkey warned the SDF of a new offensive."],
    ["tur threatened sdf", "Turkey vowed to crush the SDF."],
    ["tur threatened sdf", "Turkey vowed to strike the SDF."],
    ["tur threatened sdf", "Turkey vowed revenge against the SDF."],
    ["tur threatened sdf", "Turkey vowed retaliation against the SDF."],
    ["tur threatened sdf", "Turkey threatened to attack the SDF."],
    ["tur threatened sdf", "Turkey is threatening the SDF."],
    ["tur threatened sdf", "Turkey has threatened the SDF."],
    ["tur threatened sdf", "Turkey issued a warning to the SDF."],
    ["tur threatened sdf", "Turkey issued threats against the SDF."],
    ["tur threatened sdf", "Turkey menaced the SDF."],
    ["tur threatened sdf", "Turkey warned of retaliation against the SDF."],
    ["tur threatened sdf", "Turkey's threats against the SDF grew."],
    ["tur threatened sdf", "Turkey pledged to eliminate the SDF."],
    ["tur threatened sdf", "Turkey pledged to wipe out the SDF."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('attacked (en)', () => {
  it.each<Case>([
    ["tur attacked sdf", "Turkey attacked the SDF near Kobani."],
    ["tur attacked sdf", "Turkey struck the SDF near Kobani."],
    ["tur attacked sdf", "Turkey pounded the SDF near Kobani."],
    ["tur attacked sdf", "Turkey shelled the SDF near Kobani."],
    ["tur attacked sdf", "Turkey bombed the SDF near Kobani."],
    ["tur attacked sdf", "Turkey targeted the SDF near Kobani."],
    ["tur attacked sdf", "Turkey hit the SDF near Kobani."],
    ["tur attacked sdf", "Turkey raided the SDF near Kobani."],
    ["tur attacked sdf", "Turkey launched airstrikes against the SDF near Kobani."],
    ["tur attacked sdf", "Turkey launched a drone strike on the SDF near Kobani."],
    ["tur attacked sdf", "Turkey carried out air strikes on the SDF near Kobani."],
    ["tur attacked sdf", "Turkey carried out a drone strike against the SDF near Kobani."],
    ["tur attacked sdf", "Turkey conducted airstrikes on the SDF near Kobani."],
    ["tur attacked sdf", "Turkey conducted strikes against the SDF near Kobani."],
    ["tur attacked sdf", "Turkey launched an offensive against the SDF near Kobani."],
    ["tur attacked sdf", "Turkey launched an assault on the SDF near Kobani."],
    ["tur attacked sdf", "Turkey stormed the SDF positions near Kobani."],
    ["tur attacked sdf", "Turkey is bombing the SDF near Kobani."],
    ["tur attacked sdf", "Turkey is attacking the SDF near Kobani."],
    ["tur attacked sdf", "Turkey is striking the SDF near Kobani."],
    ["tur attacked sdf", "Turkey has been shelling the SDF near Kobani."],
    ["tur attacked sdf", "Turkey bombarded the SDF near Kobani."],
    ["tur attacked sdf", "Turkey fired rockets at the SDF near Kobani."],
    ["tur attacked sdf", "Turkey fired missiles at the SDF near Kobani."],
    ["tur attacked sdf", "Turkey opened fire on the SDF near Kobani."],
    ["tur attacked sdf", "Turkey assaulted the SDF near Kobani."],
    ["tur attacked sdf", "Turkey ambushed the SDF near Kobani."],
    ["tur attacked sdf", "Turkey's strikes on the SDF near Kobani continued."],
    ["tur attacked sdf", "Turkey's offensive against the SDF near Kobani continued."],
    ["tur attacked sdf", "Turkish drones struck the SDF near Kobani."],
    ["tur attacked sdf", "The SDF was struck by Turkish drones near Kobani."],
    ["no tur attacked syr", "Turkey struck a deal with Syria on Monday."],
    ["no tur attacked syr", "Turkey struck an agreement with Syria on Monday."],
    ["no tur attacked syr", "Turkey hit back at Syria on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('sanctioned (en)', () => {
  it.each<Case>([
    ["usa sanctioned syr", "The United States sanctioned Syria on Monday."],
    ["usa sanctioned syr", "The United States imposed sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States slapped sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States imposed new sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States unveiled sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States levied sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States tightened sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States extended sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States blacklisted Syria on Monday."],
    ["usa sanctioned syr", "The United States is sanctioning Syria."],
    ["usa sanctioned syr", "The United States has sanctioned Syria."],
    ["usa sanctioned syr", "The United States imposed an embargo on Syria on Monday."],
    ["usa sanctioned syr", "The United States froze the assets of Syria on Monday."],
    ["usa sanctioned syr", "Syria was sanctioned by the United States on Monday."],
    ["usa sanctioned syr", "Syria is under US sanctions."],
    ["usa sanctioned syr", "US sanctions on Syria remain in force."],
    ["usa sanctioned syr", "The United States renewed sanctions on Syria on Monday."],
    ["usa sanctioned syr", "The United States expanded sanctions on Syria on Monday."],
    ["no usa sanctioned syr", "The United States lifted sanctions on Syria on Monday."],
    ["no usa sanctioned syr", "The United States eased sanctions on Syria on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('look-alikes (en)', () => {
  it.each<Case>([
    ["no tur attacked sdf", "Turkey vowed to strike the SDF."],
    ["tur threatened sdf", "Turkey vowed to strike the SDF."],
    ["no tur attacked syr", "Turkey struck a deal with Syria on Monday."],
    ["tur agreed_with syr", "Turkey struck a deal with Syria on Monday."],
    ["no usa sanctioned syr", "Washington eased sanctions on Syria on Monday."],
    ["no rus met tur", "Russia suspended talks with Turkey on Monday."],
    ["no syr reconciled_with bashar-al-assad", "Assad returned to Syria on Monday."],
  ])('%s: %s', (...c) => check('en', c));
});

describe('look-alikes (ar)', () => {
  it.each<Case>([
    ["no tur reconciled_with syr", "أعادت تركيا التأكيد على موقفها من سوريا يوم الاثنين."],
    ["no rus agreed_with tur", "لم تتوصل روسيا إلى اتفاق مع تركيا."],
    ["no syr coordinated_with tur", "بحثت سوريا مع تركيا التعاون الاقتصادي."],
    ["no syr reconciled_with irq", "عاد الأسد إلى العراق يوم الاثنين."],
    ["no rus urged tur", "رفضت روسيا طلبا من تركيا بفتح المعابر."],
    ["no usa sanctioned syr", "رفعت الولايات المتحدة العقوبات عن سوريا."],
    ["no usa sanctioned syr", "خففت الولايات المتحدة العقوبات على سوريا."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('met (ar)', () => {
  it.each<Case>([
    ["sergei-lavrov met hakan-fidan", "التقى لافروف فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "اجتمع لافروف مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف محادثات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "أجرى لافروف مباحثات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "أجرى لافروف محادثات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف جلسة مباحثات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف جولة محادثات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "تباحث لافروف مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "بحث لافروف مع فيدان في أنقرة يوم الاثنين الأوضاع في سوريا."],
    ["sergei-lavrov met hakan-fidan", "التقى لافروف بفيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "يلتقي لافروف فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "اجتمع لافروف وفيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "التقى لافروف وفيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف وفيدان اجتماعا في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف وفيدان مؤتمرا صحفيا مشتركا في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "أجرى لافروف مشاورات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "أجرى لافروف مفاوضات مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "تشاور لافروف مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف لقاء مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "عقد لافروف اجتماعا مع فيدان في أنقرة يوم الاثنين."],
    ["sergei-lavrov met hakan-fidan", "وعقد لافروف قمة مع فيدان في أنقرة."],
    ["sergei-lavrov met hakan-fidan", "اجتمع لافروف بفيدان في أنقرة يوم الاثنين."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('hosted (ar)', () => {
  it.each<Case>([
    ["bashar-al-assad hosted sergei-lavrov", "استقبل الأسد لافروف في دمشق يوم الاثنين."],
    ["bashar-al-assad hosted sergei-lavrov", "استضاف الأسد لافروف في دمشق يوم الاثنين."],
    ["bashar-al-assad hosted sergei-lavrov", "استُقبل لافروف من قبل الأسد في دمشق يوم الاثنين."],
    ["bashar-al-assad hosted sergei-lavrov", "يستقبل الأسد لافروف في دمشق يوم الاثنين."],
    ["bashar-al-assad hosted sergei-lavrov", "كان الأسد في استقبال لافروف في دمشق يوم الاثنين."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('visited (ar)', () => {
  it.each<Case>([
    ["sergei-lavrov visited damascus", "زار لافروف دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "وصل لافروف إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "يزور لافروف دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "قام لافروف بزيارة إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "أجرى لافروف زيارة إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "حط لافروف في دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "حطت طائرة لافروف في دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "توجه لافروف إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "زيارة لافروف إلى دمشق يوم الاثنين هي الأولى."],
    ["sergei-lavrov visited damascus", "أجرى لافروف زيارة مفاجئة إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "قام لافروف بزيارة رسمية إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "يقوم لافروف بزيارة إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "يصل لافروف إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "وصل لافروف دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "سافر لافروف إلى دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "زار لافروف العاصمة السورية دمشق يوم الاثنين."],
    ["sergei-lavrov visited damascus", "خلال زيارته إلى دمشق يوم الاثنين، قال لافروف إن الوضع صعب."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('sent_envoy (ar)', () => {
  it.each<Case>([
    ["vladimir-putin sent_envoy alexander-lavrentiev", "أوفد بوتين لافرنتييف إلى دمشق يوم الاثنين."],
    ["vladimir-putin sent_envoy alexander-lavrentiev", "أرسل بوتين مبعوثه لافرنتييف إلى دمشق يوم الاثنين."],
    ["vladimir-putin sent_envoy alexander-lavrentiev", "بعث بوتين لافرنتييف إلى دمشق يوم الاثنين."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('phoned (ar)', () => {
  it.each<Case>([
    ["vladimir-putin phoned recep-tayyip-erdogan", "اتصل بوتين هاتفيا بأردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "أجرى بوتين اتصالا هاتفيا مع أردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "أجرى بوتين اتصالا هاتفيا بأردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "تلقى أردوغان اتصالا هاتفيا من بوتين يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "أجرى بوتين مكالمة هاتفية مع أردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "هاتف بوتين أردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "أجرى بوتين محادثة هاتفية مع أردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "تلقى أردوغان مكالمة هاتفية من بوتين يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "جرى اتصال هاتفي بين بوتين وأردوغان يوم الاثنين."],
    ["vladimir-putin phoned recep-tayyip-erdogan", "يتصل بوتين هاتفيا بأردوغان يوم الاثنين."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('urged (ar)', () => {
  it.each<Case>([
    ["rus urged tur", "حثت روسيا تركيا على فتح المعابر."],
    ["rus urged tur", "دعت روسيا تركيا إلى فتح المعابر."],
    ["rus urged tur", "طالبت روسيا تركيا بفتح المعابر."],
    ["rus urged tur", "ناشدت روسيا تركيا فتح المعابر."],
    ["rus urged tur", "ضغطت روسيا على تركيا لفتح المعابر."],
    ["rus urged tur", "طلبت روسيا من تركيا فتح المعابر."],
    ["rus urged tur", "تحث روسيا تركيا على فتح المعابر."],
    ["rus urged tur", "دعت روسيا أنقرة إلى فتح المعابر."],
    ["rus urged tur", "حضت روسيا تركيا على فتح المعابر."],
    ["rus urged tur", "أهابت روسيا بتركيا فتح المعابر."],
    ["rus urged tur", "تطالب روسيا تركيا بفتح المعابر."],
    ["rus urged tur", "حثّت روسيا تركيا على فتح المعابر."],
    ["rus urged tur", "نصحت روسيا تركيا بفتح المعابر."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('urged_reconciliation_with (ar)', () => {
  it.each<Case>([
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى تطبيع العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى المصالحة مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى إعادة العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى استئناف العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى التقارب مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى تحسين العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى إصلاح العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى ترميم العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى فتح صفحة جديدة مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى إعادة بناء العلاقات مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى طي صفحة الخلاف مع سوريا."],
    ["rus urged_reconciliation_with syr", "حثت روسيا تركيا على تطبيع علاقاتها مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى إعادة العلاقات الطبيعية مع سوريا."],
    ["rus urged_reconciliation_with syr", "دعت روسيا تركيا إلى رأب الصدع مع سوريا."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('reconciled_with (ar)', () => {
  it.each<Case>([
    ["tur reconciled_with syr", "طبعت تركيا العلاقات مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "أعادت تركيا العلاقات مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "استأنفت تركيا العلاقات الدبلوماسية مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "أعادت تركيا علاقاتها الدبلوماسية مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "طبعت تركيا علاقاتها مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "تصالحت تركيا مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "أعادت تركيا فتح سفارتها في سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "استأنفت تركيا علاقاتها مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "أعادت تركيا تطبيع العلاقات مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "أعادت تركيا تطبيع علاقاتها مع سوريا يوم الاثنين."],
    ["tur reconciled_with syr", "تعيد تركيا علاقاتها مع سوريا."],
    ["syr reconciled_with arab-league", "عادت سوريا إلى جامعة الدول العربية يوم الاثنين."],
    ["syr reconciled_with arab-league", "استعادت سوريا مقعدها في جامعة الدول العربية يوم الاثنين."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('agreed_with (ar)', () => {
  it.each<Case>([
    ["rus agreed_with tur", "اتفقت روسيا مع تركيا على وقف إطلاق النار في إدلب."],
    ["rus agreed_with tur", "توصلت روسيا إلى اتفاق مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "وقعت روسيا اتفاقا مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "وقعت روسيا مذكرة تفاهم مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "أبرمت روسيا اتفاقا مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "توصلت روسيا إلى تفاهم مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب."],
    ["rus agreed_with tur", "وقعت روسيا وتركيا اتفاقية بشأن إدلب."],
    ["rus agreed_with tur", "توافقت روسيا مع تركيا على وقف إطلاق النار في إدلب."],
    ["rus agreed_with tur", "توافقت روسيا وتركيا على وقف إطلاق النار في إدلب."],
    ["rus agreed_with tur", "تتفق روسيا مع تركيا على ضرورة التهدئة في إدلب."],
    ["rus agreed_with tur", "توصلت روسيا لاتفاق مع تركيا بشأن إدلب."],
    ["rus agreed_with tur", "وقعت روسيا اتفاقية تعاون مع تركيا."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('supported (ar)', () => {
  it.each<Case>([
    ["irn supported syr", "تدعم إيران سوريا منذ سنوات."],
    ["irn supported syr", "دعمت إيران سوريا خلال الحرب."],
    ["irn supported syr", "أيدت إيران سوريا في موقفها."],
    ["irn supported syr", "ساندت إيران سوريا خلال الحرب."],
    ["irn supported syr", "قدمت إيران الدعم لسوريا خلال الحرب."],
    ["irn supported syr", "قدمت إيران دعما عسكريا لسوريا خلال الحرب."],
    ["irn supported syr", "تقدم إيران دعما اقتصاديا لسوريا."],
    ["irn supported syr", "جددت إيران دعمها لسوريا."],
    ["irn supported syr", "أعربت إيران عن دعمها لسوريا."],
    ["irn supported hezbollah", "سلحت إيران حزب الله منذ سنوات."],
    ["irn supported hezbollah", "زودت إيران حزب الله بالأسلحة."],
    ["irn supported hezbollah", "تزود إيران حزب الله بالصواريخ."],
    ["irn supported hezbollah", "حزب الله المدعوم من إيران يقاتل في سوريا."],
    ["irn supported syr", "تساند إيران سوريا."],
    ["irn supported syr", "دعم إيران لسوريا مستمر."],
    ["irn supported syr", "تؤيد إيران سوريا."],
  ])('%s: %s', (...c) => check('ar', c));
});

describe('coordinated_with (ar)', () => {
  it.each<Case>([
    ["rus coordinated_with tur", "نسقت روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "تعاونت روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "تنسق روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "تتعاون روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "سيرت روسيا وتركيا دوريات مشتركة في إدلب."],
    ["rus coordinated_with tur", "سيرت روسيا دوريات مشتركة مع تركيا في إدلب."],
    ["rus coordinated_with tur", "أجرت روسيا مناورات مشتركة مع تركيا."],
    ["rus coordinated_with tur", "أجرت روسيا وتركيا مناورات مشتركة."],
    ["rus coordinated_with tur", "أجرت روسيا وتركيا تدريبات مشتركة."],
    ["rus coordinated_with tur", "عملت روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "تعمل روسيا مع تركيا في إدلب."],
    ["rus coordinated_with tur", "نسقت روسيا وتركيا في إدلب."],
    ["rus coordinated_with tur", "تنسيق روسيا مع تركيا في إدلب مستمر."],
    ["rus coordinated_with tur", "تعاون روسيا مع تركيا في إدلب مستمر."],
  ])('%s: %s', (...c) => check('ar', c));
});
