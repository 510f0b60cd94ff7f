/**
 * Wire-prose vocabulary, written from the language rather than from the batches (issue #3): for each relation, the
 * constructions Reuters/AFP/AP and SANA/Anadolu/Al Jazeera/Asharq Al-Awsat style prose uses to state it (verbs in
 * their voices and inflections, light verb + noun, idioms, subject-pair forms), each checked on a sentence of our own.
 * Only the constructions the extractor missed before this audit are here (the others are in vocabulary.test.ts).
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'accused (en)': [
    ["tur accused pkk", "Turkey charged that the PKK was behind the bombing on Monday."],
    ["tur accused pkk", "Turkey alleged that the PKK carried out the bombing on Monday."],
    ["tur accused pkk", "Turkey attributed the bombing to the PKK on Monday."],
  ],
  'agreed_with (en)': [
    ["rus agreed_with tur", "Russia and Turkey hammered out a ceasefire in Idlib on Monday."],
  ],
  'attacked (en)': [
    ["tur attacked sdf", "Turkey neutralised SDF fighters on Monday."],
    ["tur attacked sdf", "Turkey rained rockets on the SDF on Monday."],
  ],
  'coordinated_with (en)': [
    ["rus coordinated_with tur", "Russia and Turkey joined forces in Idlib."],
  ],
  'criticized (en)': [
    ["tur criticized usa", "Turkey rapped the United States on Monday."],
    ["tur criticized usa", "Turkey berated the United States on Monday."],
    ["tur criticized usa", "Turkey assailed the United States on Monday."],
    ["tur criticized usa", "Turkey scolded the United States on Monday."],
    ["tur criticized usa", "Turkey faulted the United States on Monday."],
    ["tur criticized usa", "Turkey railed against the United States on Monday."],
    ["tur criticized usa", "Turkey voiced anger at the United States on Monday."],
    ["tur criticized usa", "Turkey expressed outrage at the United States on Monday."],
    ["tur criticized usa", "Turkey was critical of the United States on Monday."],
    ["tur criticized usa", "Turkey fired back at the United States on Monday."],
    ["tur criticized usa", "Turkey protested to the United States on Monday."],
  ],
  'deployed_in (en)': [
    ["tur deployed_in idlib", "Turkey poured troops into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkey set up observation posts in Idlib."],
    ["tur deployed_in idlib", "Turkish forces entered Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish forces moved into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish troops crossed into Idlib on Monday."],
    ["tur deployed_in idlib", "Turkish soldiers patrol Idlib."],
    ["tur deployed_in idlib", "Turkey occupies Idlib."],
  ],
  'hosted (en)': [
    ["vladimir-putin hosted recep-tayyip-erdogan", "Putin rolled out the red carpet for Erdogan in Sochi on Monday."],
    ["vladimir-putin hosted recep-tayyip-erdogan", "Putin hosted a dinner for Erdogan in Sochi on Monday."],
  ],
  'look-alikes (en)': [
    ["no rus coordinated_with tur", "Russia and Turkey agreed to keep working together on Idlib."],
    ["no isr deployed_in damascus", "Israel fired missiles from the occupied Golan Heights at targets near Damascus on Monday."],
    ["no tur phoned syr", "Turkey is in talks with Syria on trade, officials said on Monday."],
    ["no tur supported sdf", "Turkey says the attackers were trained in Syria, a claim the SDF denied."],
    ["rus agreed_with tur", "Russia and Turkey agreed to hold more talks on Idlib on Monday."],
  ],
  'met (en)': [
    ["recep-tayyip-erdogan met vladimir-putin", "Erdogan hosted talks with Putin in Ankara on Monday."],
    ["sergei-lavrov met hakan-fidan", "Lavrov held a working dinner with Fidan in Moscow on Monday."],
  ],
  'phoned (en)': [
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan placed a call to Putin on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan and Putin spoke by phone on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan congratulated Putin by phone on Monday."],
    ["recep-tayyip-erdogan phoned vladimir-putin", "Erdogan and Putin talked by phone on Monday."],
  ],
  'reconciled_with (en)': [
    ["tur reconciled_with syr", "Turkey patched up relations with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey made peace with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey renewed ties with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey and Syria normalised ties on Monday."],
    ["tur reconciled_with syr", "Turkey and Syria restored diplomatic relations on Monday."],
    ["arab-league reconciled_with syr", "The Arab League readmitted Syria on Monday."],
    ["arab-league reconciled_with syr", "The Arab League reinstated Syria on Monday."],
    ["tur reconciled_with syr", "Turkey ended a decade-long rift with Syria on Monday."],
    ["tur reconciled_with syr", "Turkey upgraded diplomatic relations with Syria on Monday."],
    ["sau reconciled_with syr", "Saudi Arabia appointed its first ambassador to Syria on Monday."],
  ],
  'root-س perfects (ar)': [
    ["tur deployed_in afrin", "سيطرت تركيا على عفرين يوم الاثنين."],
    ["rus deployed_in aleppo", "سيطرت روسيا على حلب يوم الاثنين."],
    ["tur withdrew_from afrin", "ستسحب تركيا قواتها من عفرين."],
  ],
  'supported (en)': [
    ["usa supported sdf", "The United States armed the SDF."],
    ["usa supported sdf", "The United States equipped the SDF with weapons."],
    ["usa supported sdf", "The United States sent weapons to the SDF."],
    ["usa supported sdf", "The United States delivered weapons to the SDF."],
    ["usa supported sdf", "The United States supplied the SDF with weapons."],
    ["usa supported sdf", "The United States provided air cover to the SDF."],
    ["usa supported sdf", "The United States gave military aid to the SDF."],
    ["usa supported sdf", "The United States stood with the SDF."],
    ["rus supported syr", "Russia came to the aid of Syria in 2015."],
    ["rus supported syr", "Russia intervened on behalf of Syria in 2015."],
  ],
  'threatened (en)': [
    ["tur threatened sdf", "Turkey vowed to root out the SDF on Monday."],
    ["tur threatened sdf", "Turkey issued a stern warning to the SDF on Monday."],
    ["tur threatened sdf", "Turkey vowed to clear the SDF from the border on Monday."],
    ["tur threatened sdf", "Turkey vowed to hit the SDF on Monday."],
  ],
  'urged (en)': [
    ["usa urged tur", "The United States made a plea to Turkey on Monday to halt the offensive."],
    ["usa urged tur", "The United States pleaded with Turkey to halt the offensive on Monday."],
    ["usa urged tur", "The United States leaned on Turkey to halt the offensive on Monday."],
    ["usa urged tur", "The United States called upon Turkey to halt the offensive on Monday."],
  ],
  'urged_reconciliation_with (en)': [
    ["rus urged_reconciliation_with syr", "Russia encouraged Turkey to patch up relations with Syria on Monday."],
    ["rus urged_reconciliation_with syr", "Russia pressed Turkey to make peace with Syria on Monday."],
  ],
};

describeCases(CASES);
