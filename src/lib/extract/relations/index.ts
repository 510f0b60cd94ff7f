/**
 * Stage: relations. For each trigger, the pattern's argument frame assigns source and target
 * among the sentence's mentions:
 * - Arabic verbs: SVO when a mention ends right before the verb, else VSO (the first mention
 *   after it that no preposition introduces), else the nearest mention to the left, else the
 *   subject carried over from the previous sentence ('وأضاف…'); English verbs: SVO.
 * - Passive: an agent phrase ('من قبل', 'by') names the source; the subject is the target.
 * - Nouns: 'between A and B' gives every pair; otherwise the possessor (زيارة الأسد, Assad's
 *   visit) is the source and the noun's prepositional object the target.
 * - Coordinated subjects and objects (A و B, A, B and C) multiply; a symmetric relation with a
 *   group and no object gives every pair; 'الجانبان'/'the two sides' are the last pair.
 * - Negated triggers give nothing; plans (intends to, ستـ) set mode: planned.
 * - Capitals and other places with `stands_for` act as their country when they are actors.
 */
import { BACKED_AR, participleOnSubject } from './speechadjunct.ts';
import type { RelationRecord } from '../../types.ts';
import { copyDoc, copyMention, type Doc, type Mention, mention, mentionOf, mentionOn, type Sentence, sentenceWith, type Trigger, triggerWith } from '../doc.ts';
import { cueWords, hasCueWord, type Lexicon, type Pattern, stateOf } from '../lexicon.ts';
import { actor, hasWordCue, onlyTitles, auxiliary, type Ctx, cueBefore, cueIn, cueIndex, EN_PREP_TOKENS, firstMentionAfter, firstPattern, freeWords, type Group, groupFrom, hasBoundary, hasBreak, hasCue, isPossessive, JOINT, kindOf, lastMentionBefore, nth, PAIRABLE, PLACE_RELATIONS, prepOf, triggerWord, withPreps, groupTo, wherePlaceHead, tokenMarks, TOK_TRIGGER, accordBefore, leadingActor } from './ctx.ts';
import { cliticSiteOwners } from './cliticowner.ts';
import { repelledDefinite, returnedFire, speakerOwnedSubjects } from './returnfire.ts';
import { replyActSubjects, replyByAct } from './replyact.ts';
import { sealedBorder } from './sealedborder.ts';
// (speed48: readerGates, sentenceFrames' call-site guards)
import { sentenceWords, triggerKinds, TK_ACCUSED_VERB_ACTIVE, TK_ATTACKED_VERB_ACTIVE, TK_DEPLOYED_PASSIVE, TK_DEPLOYED_VERB0, TK_HOSTED_VERB, TK_SANCTIONED0, TK_SANCTIONED_NOUN, TK_STANCE_VERB0, TK_SUPPORTED_VERB0, TK_WITH_VERB0, TK_WITHDREW_NOUN0, W_AGAINST, W_ALA_AR, W_AR_WHICH, W_AREAS_AR, W_BACKED_EN, W_CONTROL_EN, W_CUSTODY, W_CUSTODY_CLITIC, W_DRILL_AR, W_OCCUPATION, W_OCCUPIED, W_PLACE_PRONOUN, W_SUPPORT_PURPOSE, W_THANK, W_WITH_RELATIVE } from './ctx.ts';
import type { CueKind } from '../lexicon.ts';
import { patrolPresence } from './patrol.ts';
import { dueIn } from './duein.ts';
import { visitAppositions } from './visitapposition.ts';
import { reboundDescriptors, stateTitleAnaphors } from './statetitle.ts';
import { expectations } from './expectation.ts';
import { anaphorAt, bindingSides, dualPair, joinedCounterparts, pluralCounterparts, pronounRef, ownerPronounAnaphors, roleGroupAnaphors, sentencePair, theirPair } from './anaphora.ts';
import { apposition, groupAfterPrep, groupObject, hostClauseEnd, leftGroup, nounArgs, objectGroup, ownDoerAfter, ownerLeaving, passiveAfterAnd, possessedObject, unresolvedAddressee, verbArgs } from './args.ts';
import { atPublication, emit, emitAll, pairsOf } from './emit.ts';
import { goodsOrigin, goodsSubject, thingSubjectThreat, accusedAct, foughtWhere, inanimateThreat, apposedAgent, commaWhere, conditionFor, demandedAct, demonymBefore, isHypothetical, isNegated, isPlanned, markedPassive, modalEvent, notAnActNoun, outsideModal, prospectiveAct, relationOf, sameRelationVerbBefore, thirdPartyWish, verbalAttack, warning, presupposedPresence } from './guards.ts';
import { killedInToldAttack, agentNoun, possessedSanctions, alongside, jointFight, attendedBy, behindClaims, complainedSanctions, unacceptableClaims, referredTo, metWithResponse, backedBy, conditionOnTies, declaredTargets, delegationMembers, furtherPlaces, hopes, hyphenAligned, hyphenBacked, killedBy, killing, killingMeans, obligations, ownerStruck, definiteAttackDoer, ownerAfterPlace, pairedAlly, continuedAct, demonymVictims, placesOfNamedTargets, thanks, withSupport, backedInName, elidedVisit, presenceOwner, received, reception, reconciliation, retaliation, retribution, struckIn, underControl, victimAsDoer, killedNotDoer } from './frames.ts';
import { principleSupport } from './principle.ts';
import { appositionBacked, otherBacked } from './backedby.ts';
import { backedHead, hyphenOfBacked } from './backedhead.ts';
import { labelRelatives } from './labelrelative.ts';
import { demandedNounWithdrawal, foePlaces, forcesNoVisit, incursionPresence, loyalToPronoun, partnerFight, partOfFight, allyFight, allyAttributive, partnerOf } from './fight.ts';
import { supportedAct } from './actsupport.ts';
import { launchedOperations } from './launchedop.ts';
import { demonymSanctions, targetedSanctions } from './sanctionowners.ts';
import { blameIdiom } from './blame.ts';
import { threatenedOffensives } from './threatop.ts';
import { conditionUrges, withdrawalPrecondition } from './precondition.ts';
import { takenFrom } from './takenfrom.ts';
import { attackerBacking } from './supportadjunct.ts';
import { ownedWithdrawals } from './ownedwithdrawal.ts';
import { sharedControl } from './sharedcontrol.ts';
import { supportOwnedByAddressee } from './supportowner.ts';
import { speakerAfterCommaAnd } from './speakerverb.ts';
import { useClaims } from './useclaim.ts';
import { usedByPresence } from './usedby.ts';
import { supportPurpose } from './supportpurpose.ts';
import { appositionPatron } from './appositionpatron.ts';
import { withoutPressureTargets } from './pressuretarget.ts';
import { illegalPresence } from './illegalpresence.ts';
import { factionHolderPresence } from './presenceholder.ts';
import { repeatedPrepPlaces } from './repeatedprep.ts';
import { dominantForce } from './dominantforce.ts';
import { riverPresence } from './riverbank.ts';
import { bankPresence } from './bankpresence.ts';
import { attackedPost } from './attackedpost.ts';
import { presenceNounOwners } from './presencenoun.ts';
import { ownedPresences } from './ownedpresence.ts';
import { officePresences } from './officepresence.ts';
import { withoutReceivedSupport } from './receivedsupport.ts';
import { claimantTargets } from './claimedattack.ts';
import { missionAgainst } from './missionagainst.ts';
import { isQuote } from '../mentions.ts';
import { membersPresence } from './members.ts';
import { hitVehicleRecords } from './hitvehicle.ts';
import { againstIn } from './againstin.ts';
import { killedIncluding } from './killedincluding.ts';
import { includedPartPlace } from './includedpart.ts';
import { sourcedAttacks } from './sourcedattack.ts';
import { backedActs } from './backedact.ts';
import { unnamedOwnerActs } from './unnamedowner.ts';
import { objectPastSaying } from './saidobject.ts';
import { adjunctPartners } from './adjunctpartner.ts';
import { occupationLabels } from './occupationlabel.ts';
import { withoutForeignCoHolderPlaces } from './coholders.ts';
import { allyConjuncts } from './allyconjunct.ts';
import { jointBodyMet } from './jointbody.ts';
import { attackerAnaphors } from './attackeranaphor.ts';
import { capturedPlacePronouns, pronounControlAr } from './placepronoun.ts';
import { takenClitic } from './takenclitic.ts';
import { sentForces } from './sentforces.ts';
import { ceasedFire } from './ceasefire.ts';
import { sweepsAgainst } from './sweepagainst.ts';
import { blameRelativeAr } from './blamerelative.ts';
import { bodyMembers } from './bodymembers.ts';
import { allySupport, factionDescriptors, ownFactionDemonyms, withDescriptors } from './factiondescriptor.ts';
import { bareGovernorMentions, governorMentions } from './governor.ts';
import { urgedPartner } from './urgedpartner.ts';
import { unresolvedMeeting } from './unresolvedmeeting.ts';
import { attackSince, vowedResponse, condemnedDoer, criticisedDecision, criticisedEvent, demonstrativeForces, descriptorAnaphors, descriptorPersonsEn, hostOfTalks, lastEventOf, membersPronounAnaphors, orgHeadAnaphors, ownTerritoryAnaphors, PLACE_ANAPHOR_RELATIONS, placeAnaphors, attackersOf, claimedAttacks, definiteAttack, labelledAttacks, manySided, newDiscourse, remember } from './discourse.ts';
import { attributedAct, callTalk, impliedState, liftedSanctions, unnamedHead, claimant, coordinatedSubject, delegationSubject, earlierPerson, habitualMeeting, includedMembers, reportedTopic, reportSource, subjectedTo, governedBySupport, judgedClause, meetingOfList, participleHead, plannedObject, placeSubject, relativeArgs, supportAdjunct, supportGiver, withoutAffiliated } from './structure.ts';
import { adjunctOwner, agreementContent, markAppositions, relativeSpans } from './clauses.ts';
import { attackNounRelative } from './attackrelative.ts';
import { presupposedAttack } from './stopattack.ts';
import { strikeSubject } from './strikesubject.ts';
import { declaredDoer } from './declaredact.ts';
import { attendedHosted } from './attendhost.ts';
import { meetingParticipants } from './meetingparts.ts';
import { ownedSanctions } from './sanctionowned.ts';
import { hostedTroops } from './hostedtroops.ts';
import { hostedListedTroops } from './hostedlisted.ts';
import { hostedTalks } from './hostedtalks.ts';
import { villagesIn } from './villagesin.ts';
import { frontedPlaceHolders } from './frontedplace.ts';
import { sweeps } from './sweeps.ts';
import { includedAttackDoer } from './includedattack.ts';
import { insurgency, mutualFire, possessedAttack, reachedBy, missionAttack, victimsBeforeAttack } from './attacks.ts';
import { suspendedMembership } from './membership.ts';
import { alongsideFight, jointPresence, partnerAgainst, partnerPresence, tokenAt } from './joint.ts';
import { objectRelativesEn } from './objrelative.ts';
import { repelledAttacks } from './repel.ts';
import { clashWith } from './clashwith.ts';
import { aggressionLabels, violationLabels } from './aggression.ts';
import { drillsPresence } from './drills.ts';
import { alsoPlaces, unnamedPlaceMembers, andHeadPlaces, includedHolders, isIncludedOpener } from './lists.ts';
import { outOfServiceRelative } from './service.ts';
import { ownedTargets, specifiedAttacks } from './specified.ts';
import { agreedFutureAct, hostRelativeVisit, purposeNoUrging, secondPlace, visitedNoPair, withRelative } from './hostrelative.ts';
import { loyalTo, otherOwners, othersOwner } from './loyalty.ts';
import { campaignPresence } from './campaign.ts';
import { controlNounAr } from './controlnoun.ts';
import { allyModifiers } from './allymodifier.ts';
import { actingIn } from './actingin.ts';
import { accusedOccupation, presenceThere } from './occupation.ts';
import { attackedGroupIn } from './targetin.ts';
import { passiveControlAfterComma } from './passivecontrol.ts';
import { heldPlace } from './heldplace.ts';
import { clearedOfFoe } from './clearfoe.ts';
import { blameObjectRelatives } from './blameobjrel.ts';
import { appositeControl, capturedFrom, strongholdCaptured, lostPlaces, lastHoldingOwner, expulsionPlaces, expelledPresence, pastExpulsion, regainedControl, returnedToControlAr, controlPresence, controlPresenceAr, custodyPresence, subjectToControl, demandedWithdrawal, interventions, isIntervention, presentMembers, occupationPresence, occupiedPlaces, forcesInPresence, supportForPronoun, wherePresence, withheldWithdrawal } from './presence.ts';
import { agreementParties, approvedAccession, brokerMentions, endedRift, memberReadmitted, noMembership, restoredUnder, ruptures, underAgreement } from './agreements.ts';
import { aidCue, thankedGiver, aidEvent, announcedTies, backgroundClaim, claimedAttack, ledBySubject } from './nominal.ts';
import { callDirection } from './calldirection.ts';
import { raidResults } from './raidresult.ts';
import { passiveRaidKills } from './passiveraid.ts';
import { callAdjunct, gatheredMeetings, meetingAdjunct, joinedMeeting, messageEnvoys, topicMeeting, receivedThing, visitAdjunct, visitNouns, withoutRounds } from './meetings.ts';
import { affiliatedAccusedEn } from './affiliatedaccused.ts';
import { arWageSubjects, attribution, governedWageSubjects, ownDoerPattern, wageVerbBefore, withoutAttributiveAlleged, withoutTriggersInForces, withoutAuxiliaryHave, withoutOwnerlessActs, withoutCuesInDates, withoutSubjectNouns, withoutTriggersInNames, withoutUnmetRequires, requiresMet } from './sentence.ts';

/** The subject of the verb a purpose noun ("لدعم", "للقاء") serves: the nearest verb before it in its clause. */
function purposeOf(ctx: Ctx, T: Trigger): { subj: Group; verb: Trigger } | undefined {
  const v = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 15 && x.patterns[0]!.pos === 'verb');
  if (!v || hasBoundary(ctx.s.tokens, v.tok1, T.tok0) || cueIn(ctx, v.tok1, T.tok0, 'clause')) return undefined;
  // (solo58: not a passive participle's, `وتعرضت بلدة الخيام الخاضعة لسيطرة «قسد» لقصف تركي`: the holder does not act)
  if (v.patterns[0]!.voice === 'passive') return undefined;
  const a = verbArgs(ctx, v, true);
  return a.passive || !a.subj?.length ? undefined : { subj: a.subj, verb: v };
}

/** "في ظل التصعيد", "وسط الغارات", "amid the strikes": the noun is the circumstance of the clause. */
function amid(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const w = (k: number) => nth(toks, k)?.norm ?? '';
  return /^و?(وسط|amid)$/.test(w(T.tok0 - 1)) || (w(T.tok0 - 2) === 'في' && w(T.tok0 - 1) === 'ظل') || (w(T.tok0 - 2) === 'على' && w(T.tok0 - 1) === 'وقع');
}

/** `s` with the anaphors resolved for it (discourse.ts, anaphora.ts) among its mentions, in text order. */
function withAnaphors(s: Sentence, added: Mention[]): Sentence {
  return sentenceWith(s, [...s.mentions, ...added].sort((x, y) => x.tok0 - y.tok0 || x.start - y.start), s.triggers, s.cues);
}

/**
 * "called on Ankara to respect Iraq's sovereignty, after Turkish and Iranian strikes on …", `دعا … بعد الغارات التركية`:
 * an act noun in a temporal adjunct ("after", "following", "since", `بعد`, `عقب`, `إثر`, `منذ`), past its owners (demonyms,
 * "and", an article), is what happened, never the act the urging verb before it demands.
 */
function factAdjunct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // (cues.csv `past_event_prep`: "after", "since", `بعد`, `منذ` …, whose noun tells an event that happened)
  const past = cueWords(ctx.lex, 'past_event_prep');
  // (cues.csv `adjunct_filler`: "and", articles, `و`, English modifiers of the act noun, "recent", "deadly", "drone" …)
  const filler = cueWords(ctx.lex, 'adjunct_filler');
  for (let k = T.tok0 - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = toks[k]!;
    if (past.has(t.norm)) return true;
    if (ctx.inMention[k] || filler.has(t.norm)) continue;
    return false;
  }
  return false;
}

/** An Arabic urging verb whose demanded act is a visit (`إلى زيارة`, `لزيارة`), a few words after it in its clause. */
function invitationToVisit(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  return ctx.s.triggers.some((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 6 && x.patterns.some((q) => q.relation === 'visited' && q.pos === 'noun') && (x.clitics.includes('ل') || nth(toks, x.tok0 - 1)?.norm === 'الي') && !hasBoundary(toks, T.tok1, x.tok0) && !toks.slice(T.tok1, x.tok0).some((t) => t.text === '،'));
}

/** The clause's opening subject before a ، و-verb: an actor among its first words that no preposition introduces. */
function openingActor(ctx: Ctx, T: Trigger): Mention | undefined {
  return ctx.s.mentions.find((m) => m.tok1 <= T.tok0 && m.tok0 <= 3 && !prepOf(ctx, m) && actor(ctx.lex, m));
}

/** The opening subject of the sentence that a "، و"-urging verb with one actor and a demanded act after it shares. */
function sharedUrger(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  const toks = ctx.s.tokens;
  if (subj.length !== 1 || subj[0]!.tok0 < T.tok1 || nth(toks, T.tok0 - 1)?.text !== '،' || !toks[T.tok0]!.norm.startsWith('و')) return undefined;
  const after = nth(toks, subj[0]!.tok1)?.norm ?? '';
  if (!/^(ب..|الي)/.test(after)) return undefined;
  const opening = openingActor(ctx, T);
  if (!opening || actor(ctx.lex, opening)?.entity === actor(ctx.lex, subj[0]!)?.entity) return undefined;
  // ("وتنشر تركيا قوات في …، وتطالب دمشق بانسحابها": a demanded leaving whose doer is a suffix ends the opening subject's
  // presence: the lone actor after the verb is its subject, the urger)
  if (ownerLeaving(ctx, subj[0]!.tok1)) return undefined;
  return [opening];
}

/**
 * "tribal fighters who the SDF says are armed by Damascus", "groups that Ankara claims were backed by X": an English passive
 * in a restrictive relative clause whose patient is its antecedent, past a speaker and a verb of saying: the speaker is no
 * patient, and the antecedent is no name: nothing.
 */
function reportedPassive(ctx: Ctx, T: Trigger, p: Pattern): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(is|are|was|were|been|being|be|have|has|had)$/.test(toks[k]!.norm)) k--;
  // (a passive: its own pattern, or an active verb's participle after an auxiliary and before "by")
  if (p.voice !== 'passive' && (k === T.tok0 - 1 || nth(toks, T.tok1)?.norm !== 'by')) return false;
  if (!cueWords(ctx.lex, 'saying_verb').has(toks[k]?.norm ?? '')) return false;
  const m = ctx.s.mentions.find((x) => x.tok1 === k);
  const before = m ? (toks[m.tok0 - 1]?.norm === 'the' ? m.tok0 - 2 : m.tok0 - 1) : -1;
  // (a named antecedent, "The Houthis, who Saudi Arabia says are armed by Iran", is the clause's own: read by the frames)
  if (!m || !/^(who|whom|which|that)$/.test(nth(toks, before)?.norm ?? '') || nth(toks, before - 1)?.text === ',') return false;
  return !ctx.s.mentions.some((x) => x.tok1 === before);
}

const MEETINGS = new Set(['hosted', 'met']);
/** "استقبل X Y، في أول لقاء يجمعه بـ…", "received Y, their first meeting since …": the reception's own meeting. */
function firstMeetingAdjunct(ctx: Ctx, T: Trigger): boolean {
  const w = (k: number) => nth(ctx.s.tokens, k)?.norm ?? '';
  if (!(ctx.lang === 'ar' ? w(T.tok0 - 1) === 'اول' && /^و?في$/.test(w(T.tok0 - 2)) : w(T.tok0 - 1) === 'first' && /^(their|his|her|the)$/.test(w(T.tok0 - 2)))) return false;
  // (one guest: "استضاف لافروف نظراءه …، في أول اجتماع رباعي" is the meeting of all, read elsewhere)
  const guests = new Set<string>();
  for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === ctx.s.start; i--) if (ctx.out[i]!.relation === 'hosted') guests.add(ctx.out[i]!.target);
  return guests.size === 1;
}
/** "خلال اللقاء", "during the meeting": a definite meeting noun (no summit: that is many people's) in an adjunct. */
function definiteNoun(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const w = triggerWord(ctx, T);
  if (/قمه|summit/.test(w)) return false;
  if (ctx.lang === 'ar') return w.startsWith('ال') && (/^(خلال|اثناء|في|بعد|عقب)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '') || /[بف]/.test(T.clitics));
  return nth(toks, T.tok0 - 1)?.norm === 'the' && /^(during|at|in|after)$/.test(nth(toks, T.tok0 - 2)?.norm ?? '');
}

/** "agreed to reopen their embassies", `اتفقا على إعادة فتح السفارتين`: the agreed act (right after "to"/على) restores ties. */
function restoresTies(ctx: Ctx, T: Trigger, x: Trigger): boolean {
  return x.tok0 - T.tok1 <= 8 && x.patterns[0]!.relation === 'reconciled_with' && x.patterns[0]!.pos === 'verb' && /^(to|علي)$/.test(nth(ctx.s.tokens, x.tok0 - 1)?.norm ?? '');
}

/** The first word of a retaliation trigger ("would respond", "will pay"): see frames.ts retaliation. */
const RETALIATION = /^(would|will)$/;

/** A meeting noun that an organising verb (cues.csv `organise`) takes as its object, within six tokens before it ("the one-day meeting"). */
function organisedMeeting(ctx: Ctx, T: Trigger): boolean {
  const words = cueWords(ctx.lex, 'organise');
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 6; k--) {
    if (words.has(ctx.s.tokens[k]!.norm)) return true;
    if (ctx.inMention[k] || /^[,،]$/.test(ctx.s.tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * processTrigger's frames of meetings, continued acts, allies, readmission, ties cut, accession and reconciliation, in this
 * order: what the trigger gives when one of them reads it, else undefined (split from processTrigger: smaller functions
 * compile in less time, and a first run of one path recompiles its own function alone).
 */
function relationFrames(ctx: Ctx, T: Trigger, p: Pattern, rel: string, attrs: Record<string, string>, planned: boolean): boolean | undefined {
  if (rel === 'met' && !planned) {
    const r = joinedMeeting(ctx, T, attrs) ?? topicMeeting(ctx, T, attrs);
    if (r !== undefined) return r;
  }
  // (`تواصل روسيا وإيران دعم الحكومة`: a verbal noun after a verb of continuing and its subject; frames.ts continuedAct)
  if (ctx.lang === 'ar') {
    const r = continuedAct(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // (`إيران وحليفها «حزب الله»`: the ally after the noun supports the name before it; frames.ts pairedAlly)
  if (rel === 'supported' && p.pos === 'noun' && ctx.lang === 'ar') {
    const r = pairedAlly(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // "agreed to readmit Syria to the Arab League", "voted to restore Syria's membership" (agreements.ts)
  if (rel === 'reconciled_with') {
    const r = memberReadmitted(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // "بعد قطع العلاقات بينهما", "منذ قطع العلاقات بينهما": ties cut between the pair named before, both ways
  if (rel === 'sanctioned' && ctx.lang === 'ar') {
    const r = tiesCutBetween(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // "ratified Finland's application to join NATO": the joining state is supported (agreements.ts)
  if (rel === 'supported') {
    const r = approvedAccession(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // "دعمها لاستعادة العلاقات بين A و B": the process supported, not an act (structure.ts)
  if ((rel === 'reconciled_with' || rel === 'urged_reconciliation_with') && p.pos === 'noun' && ctx.lang === 'ar' && governedBySupport(ctx, T)) return true;
  if (rel === 'urged_reconciliation_with') {
    // "أعلنت تركيا وإسرائيل إعادة العلاقات بينهما": the parties' own announced restoration (nominal.ts)
    const rp = firstPattern(ctx.lex.patterns, 'reconciled_with', ctx.lang, 'any');
    const at = rp ? announcedTies(ctx, T, withPreps(rp, p.preps, rp.targetKinds, 'noun'), planned ? { mode: 'planned' } : {}) : undefined;
    if (at !== undefined) return at;
    // "agreed to restore their relations", "اتفاق … على استئناف العلاقات": done by the agreeing parties
    if (ctx.s.triggers.some((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 8 && x.patterns[0]!.relation === 'agreed_with')) return true;
    // "any normalisation with Ankara requires …": a condition set on it urges the party
    if (conditionOnTies(ctx, T)) return true;
    if (conditionFor(ctx, T)) return true;
    const a: Record<string, string> = planned ? { mode: 'planned' } : {};
    return reconciliation(ctx, T, p, a);
  }
  return undefined;
}

/**
 * processTrigger's frames of retaliation, aid, support, attribution, claimants, attack readings, receptions, presence and
 * received acts, in this order: what the trigger gives when one of them reads it, else undefined (split from
 * processTrigger, as relationFrames).
 */
function actFrames(ctx: Ctx, T: Trigger, p: Pattern, rel: string, attrs: Record<string, string>): boolean | undefined {
  if (rel === 'threatened' && RETALIATION.test(ctx.s.tokens[T.tok0]!.norm)) return retaliation(ctx, T, p, attrs);
  // "وصلت طائرات مساعدات من A وB إلى المطارات السورية", "announced an aid package for Lebanon": aid given (nominal.ts)
  if (rel === 'supported' && p.pos === 'noun') {
    const ae = aidEvent(ctx, T, p, attrs);
    if (ae !== undefined) return ae;
    // (the English aid words have no reading of their own)
    const c = ctx.lang === 'en' ? aidCue(ctx, T) : undefined;
    if (c && c.tok0 === T.tok0 && c.tok1 === T.tok1) return true;
  }
  // "retook Palmyra with Russian air support": the giver supported the clause's subject (frames.ts)
  if (rel === 'supported') {
    const ws = withSupport(ctx, T, p, attrs);
    if (ws !== undefined) return ws;
  }
  // "ويقاتل «حزب الله» إلى جانب القوات الحكومية": fighting or standing by someone supports them (frames.ts)
  if (p.requires === 'alongside') return alongside(ctx, T, p, attrs) ?? true;
  // ("Israeli air strikes that put the airports of Damascus and Aleppo out of service": the attack noun's doer; service.ts, pred33)
  if (p.requires === 'out_of_service') {
    const r = outOfServiceRelative(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  // "سيطرت «قسد» على المدينة بدعم من واشنطن": the giver supported the clause's subject (structure.ts)
  if (rel === 'supported' && p.pos === 'noun') {
    const sa = supportAdjunct(ctx, T, (V) => verbArgs(ctx, V, false).subj);
    if (sa) return emitAll(ctx, T, p, sa.givers, sa.target, attrs);
  }
  if (rel === 'met' && ctx.lang === 'en' && p.pos === 'verb' && metWithResponse(ctx, T)) return true;
  if (rel === 'supported' && p.pos === 'verb') {
    const r = backedBy(ctx, T, p, attrs);
    if (r !== undefined) return r;
    // ("SDF units, backed by …", "a local force backed by …", "in a raid backed by …": the head's group; en43)
    const bh = backedHead(ctx, T, p, attrs);
    if (bh !== undefined) return bh;
  }
  // "warned that Iran would respond …": a name inside the that-clause is not the one warned (the clause has its own reading)
  if (rel === 'threatened' && ctx.lang === 'en' && p.pos === 'verb' && /^warn/.test(ctx.s.tokens[T.tok0]!.norm) && ctx.s.tokens[T.tok1]?.norm === 'that') return true;
  if (rel === 'attacked' && p.pos === 'noun') {
    // "نسبت المصادر الغارة التي أودت بحياة X إلى سلاح الجو الأردني": done by the one it is attributed to (structure.ts)
    const aa = attributedAct(ctx, T);
    if (aa) return emitAll(ctx, T, p, [aa.doer], [aa.target], attrs);
  }
  // "هجوم استهدف … قرب أنقرة، وتبنّاه حزب العمال الكردستاني": the claimant did it, to the verb's object (structure.ts)
  const claimed = rel === 'attacked' && p.pos === 'verb' ? claimant(ctx, T) : undefined;
  if (claimed) return emitAll(ctx, T, p, claimed, objectGroup(ctx, T.tok1, p, new Set(claimed.map((m) => m.entity))) ?? [], attrs);
  // ("اتهامات متبادلة بين A وB", "A and B traded accusations": each accused the other, as a mutual attack)
  if (rel === 'accused') {
    const mf = mutualFire(ctx, T, p, attrs);
    if (mf !== undefined) return mf;
  }
  if (rel === 'attacked') {
    // "Israeli air strikes hit P", `الغارات التركية … أصابت منشآت في P`: the noun's nisba struck the verb's object (strikesubject.ts, np39)
    const ss = strikeSubject(ctx, T, p, attrs);
    if (ss !== undefined) return ss;
    // "طالت الغارات X": the attack noun's doer reached X (attacks.ts)
    const ra = reachedBy(ctx, T, p, attrs);
    if (ra !== undefined) return ra;
    // "كثّفت X قصفها على Y": the verbal noun with its possessor (attacks.ts)
    const pa = possessedAttack(ctx, T, p, attrs);
    if (pa !== undefined) return pa;
    // "A and B traded fire", "القصف المتبادل بين A وB": each attacked the other (attacks.ts)
    const mf = mutualFire(ctx, T, p, attrs);
    if (mf !== undefined) return mf;
    // "the PKK, which has waged an insurgency against the Turkish state": the insurgent attacked the state (attacks.ts)
    const ins = insurgency(ctx, T, p, attrs);
    if (ins !== undefined) return ins;
    // "X was killed in a US raid", "US forces killed X": the killing is the attack, the raid only how it was done
    if (killingMeans(ctx, T)) return true;
    const r = killing(ctx, T, p, attrs);
    if (r !== undefined) return r;
    const o = ownerStruck(ctx, T, p, attrs) ?? definiteAttackDoer(ctx, T, p, attrs);
    if (o !== undefined) return o;
  }
  if (rel === 'hosted' && p.pos === 'noun') {
    const r = reception(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  if (rel === 'deployed_in' && p.voice === 'passive') return underControl(ctx, T, p, attrs);
  // ("قاعدة حميميم الجوية", "the Hmeimim air base": a presence noun inside a name is part of the name)
  if (rel === 'deployed_in' && p.pos === 'noun' && ctx.inMention[T.tok0]) return false;
  if (rel === 'deployed_in' && p.pos === 'verb') {
    const pm = presentMembers(ctx, T, p, attrs);
    if (pm !== undefined) return pm;
  }
  if (p.pos === 'noun' && rel === 'supported' && ctx.byKind.has('agent_noun') && cueIn(ctx, T.tok0, T.tok1, 'agent_noun')) {
    const r = agentNoun(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  const np = ctx.byKind.has('recipient') ? T.patterns.find((q) => q.pos === 'noun') : undefined;
  if (np) {
    // ("subject to US sanctions": the word is the noun here, whatever its first reading)
    const n = ctx.out.length;
    const r = received(ctx, T, np, attrs);
    // ("وتخضع سوريا لعقوبات أميركية": sanctions one is subject to, in the present, are a state at the time of writing)
    if (r && rel === 'sanctioned' && ctx.lang === 'ar' && ctx.byKind.get('recipient')!.some((c) => c.tok1 <= T.tok0 && /^[وف]?[تي]/.test(ctx.s.tokens[c.tok0]!.norm)))
      atPublication(ctx, n);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The other rows of trigger T's part of speech (the one relationOf reads it by), in file order, each as a trigger whose
 * first pattern it is: a word that several rows list (other prepositions, argument kinds, voice, a required cue, another
 * relation: `يعمل مع` / `يعمل إلى جانب`, `يحارب إلى جانب X` / `يحارب X`) is read by the first row that resolves its
 * arguments, not by the first row only. A row whose required cue is not within 10 words after the trigger is none
 * (sentence.ts withoutUnmetRequires).
 */
function laterRows(ctx: Ctx, T: Trigger): Trigger[] {
  const p0 = relationOf(ctx, T);
  const out: Trigger[] = [];
  const seen = new Set<string>([p0.origin]);
  for (const q of T.patterns) {
    if (q.pos !== p0.pos || seen.has(q.origin)) continue;
    seen.add(q.origin);
    if (!requiresMet(ctx.s, T, q)) continue;
    out.push(triggerWith(T, [q, ...T.patterns.filter((x) => x !== q)]));
  }
  return out;
}

/** Is noun trigger T followed at once (or past a relative pronoun) by a verb of relation `rel` whose own subject is named right after it? */
function describedByOwnVerb(ctx: Ctx, T: Trigger, rel: string): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  const k = AR_RELATIVE_PRONOUN.test(toks[T.tok1]?.norm ?? '') ? T.tok1 + 1 : T.tok1;
  const V = ctx.s.triggers.find((x) => x.tok0 === k && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === rel);
  if (!V) return false;
  const m = ctx.s.mentions[firstMentionAfter(ctx.s.mentions, V.tok1)];
  return !!m && freeWords(ctx, V.tok1, m.tok0) === 0 && !prepOf(ctx, m) && !!actor(ctx.lex, m);
}
const AR_RELATIVE_PRONOUN = /^(الذي|التي|الذين|اللذين|اللتين)$/;

function processTrigger(ctx: Ctx, T0: Trigger): boolean {
  let T = T0;
  let p = verbalAttack(ctx, T, warning(ctx, T, relationOf(ctx, T)));
  const rel = p.relation;
  // ("Afrin, seized in an offensive launched after the PKK's attack": a capture read as an attack on an armed group takes
  // it from the object phrase right after the verb, never past a preposition other than "of"; else the later rows; pred31)
  if (rel === 'attacked' && ctx.lang === 'en' && p.pos === 'verb' && p.targetKinds.length === 1 && p.targetKinds[0] === 'armed_group' && cueWords(ctx.lex, 'capture_verb').has(ctx.s.tokens[T.tok0]!.norm)) {
    const i = firstMentionAfter(ctx.s.mentions, T.tok1);
    const m = i >= 0 ? ctx.s.mentions[i] : undefined;
    if (!m || ctx.s.tokens.slice(T.tok1, m.tok0).some((t) => t.norm !== 'of' && EN_PREP_TOKENS.has(t.norm))) return false;
  }
  // ("Maghaweir al-Thawra, a Syrian rebel group backed by Washington": the apposition's patron; np33)
  if (rel === 'supported' && ctx.lang === 'en' && appositionBacked(ctx, T)) return true;
  {
    const r = settledFrames(ctx, T, p, rel);
    if (r !== undefined) return r;
  }
  if (notTold(ctx, T, p, rel)) return true;
  // ("expressed his support for the steps taken by Putin", `تأييدها للعملية العسكرية الروسية`: the act's owner is supported; np35)
  if (rel === 'supported' && supportedAct(ctx, T, {})) return true;
  if (p.pos !== T.patterns[0]!.pos) T = triggerWith(T, [p, ...T.patterns.filter((x) => x !== p)]);
  // "وتناول اللقاء …", "وبحث الاجتماع …": a definite meeting that opens the sentence as a topic verb's subject is the
  // meeting of the pair of the sentence before ("استقبل الأسد لاريجاني. وتناول اللقاء …")
  // (the pair of the last meeting, call or visit when there is one, not of a stance told after it: "التقى A B. وأكد A دعم
  // مصر لوحدة سوريا. وتناول اللقاء": A and B; np33)
  const met = ctx.lastEvent ?? ctx.lastPair;
  if (rel === 'met' && p.pos === 'noun' && ctx.lang === 'ar' && met && T.tok0 <= 2 && cueBefore(ctx, T, 'topic', 1) && triggerWord(ctx, T).startsWith('ال') && !ctx.s.mentions.some((m) => m.tok1 <= T.tok0))
    return pairsOf(ctx, T, p, [mentionOn(met[0], T), mentionOn(met[1], T)], {});
  if (notAnAct(ctx, T, p, rel)) return true;
  // "وتلتقي أنقرة وطهران في إطار مسار أستانا": a standing arrangement, no meeting held (structure.ts)
  if (rel === 'met' && habitualMeeting(ctx, T)) return true;
  // ("who co-organised the one-day meeting with Jordan", `نظّمت الاجتماع بالتعاون مع`: a meeting its organisers put on tells
  // who organised it, not who met whom; cues.csv `organise`)
  if (rel === 'met' && organisedMeeting(ctx, T)) return true;
  const attrs: Record<string, string> = {};
  const planned = isPlanned(ctx, T, p);
  if (planned || rel === 'withdrew_from') attrs.mode = planned ? 'planned' : 'done';
  // ("Cavusoglu also took part in the meeting", `وشارك في الاجتماع الثلاثي X`, "The talks also included X": a newcomer
  // meets each party of the last event; meetings.ts)
  {
    const r = relationFrames(ctx, T, p, rel, attrs, planned);
    if (r !== undefined) return r;
  }
  if (rel === 'agreed_with') {
    // ("agreed in March, in a deal brokered by China, to restore ties": an adjunct between them)
    const R = ctx.s.triggers.find((x) => x.tok0 >= T.tok1 && (x.tok0 - T.tok1 <= 8 || (freeWords(ctx, T.tok1, x.tok0) <= 12 && !hasBoundary(ctx.s.tokens, T.tok1, x.tok0))) && (x.patterns[0]!.relation === 'urged_reconciliation_with' || restoresTies(ctx, T, x)));
    // ("agreed to draw up a road map for restoring ties": what they agreed is a plan; the agreement stands)
    if (R && !cueIn(ctx, T.tok1, R.tok0, 'groundwork')) {
      const rp = firstPattern(ctx.lex.patterns, 'reconciled_with', ctx.lang, 'any');
      if (rp) p = withPreps(rp, p.preps, rp.targetKinds, p.pos);
    }
  }
  {
    const r = actFrames(ctx, T, p, rel, attrs);
    if (r !== undefined) return r;
  }
  // "the US-backed Syrian Democratic Forces", "Turkey-backed factions": a compound adjective; its first part
  // acts on the noun right after it (or on nothing that is named)
  if (ctx.lang === 'en' && p.pos === 'verb' && nth(ctx.s.tokens, T.tok0 - 1)?.text === '-') {
    const i = ctx.s.mentions.findIndex((m) => m.tok1 === T.tok0 - 1);
    const j = firstMentionAfter(ctx.s.mentions, T.tok1);
    if (i < 0) return true;
    const m = ctx.s.mentions[j];
    if (!m || m.tok0 !== T.tok1) return true;
    return emitAll(ctx, T, p, [ctx.s.mentions[i]!], [m], attrs);
  }
  // (`بموجب تفاهمات أبرمتها «قسد» مع دمشق وموسكو`: a relation noun described by a verb of its own relation with a subject of
  // its own names no parties itself; the verb's clause does, and the clause subject before the noun is none; diagnosis-batch26
  // §4 #114)
  if (p.pos === 'noun' && describedByOwnVerb(ctx, T, rel)) return true;
  const roles = p.pos === 'noun' ? nounRoles(ctx, T, p, rel, attrs) : verbRoles(ctx, T, p, rel, attrs);
  if (typeof roles === 'boolean') return roles;
  let { subj, obj, objFrom } = roles;
  // "وتنتشر في ريف حلب نقاط عسكرية للجيش التركي": the owner of the posts is the one present
  const owner = rel === 'deployed_in' && p.pos === 'verb' ? presenceOwner(ctx, T) : undefined;
  if (owner) {
    subj = owner;
    obj = undefined;
    objFrom = T.tok1;
  }
  // "X، التي تتهمها Y …": the relative clause's verb has its antecedent as object or subject (structure.ts)
  const rc = owner ? undefined : relativeArgs(ctx, T);
  if (rc) {
    subj = rc.subj;
    obj = rc.obj;
    objFrom = rc.obj ? T.tok1 : objFrom;
  }
  // "وصل إلى بغداد وفد تركي ضم X و Y": the delegation's members (structure.ts)
  const dm = !rc && !owner ? delegationSubject(ctx, T, subj ?? []) : undefined;
  if (dm) ({ subj, obj, objFrom } = dm);
  // "…، ودعمت خلال سنوات الحرب فصائل …": a coordinated verb with no subject shares the opening clause's (structure.ts)
  if (!subj?.length && !owner) subj = coordinatedSubject(ctx, T) ?? subj;
  // ("Several Arab states, led by A and B, have restored ties": the named leaders, nominal.ts)
  if (!subj?.length && !owner && p.pos === 'verb') subj = ledBySubject(ctx, T) ?? subj;
  // (`وكانت تركيا شنّت في آذار/مارس حملة على`: an indefinite own-doer noun's doer is the subject of the verb that wages it,
  // past a time adjunct, np30)
  if (ctx.lang === 'ar' && !owner && !rc && ownDoerPattern(ctx.lex, p) && !/^[وفبل]?ال/.test(ctx.s.tokens[T.tok0]!.norm)) {
    const w = arWageSubjects(ctx.s, ctx.lex, T);
    if (w.length) subj = w;
  }
  // ("وردّت الطائرات الحربية الروسية فجر اليوم بشن غارات على", `وقامت إسرائيل بشن غارات`: the waging noun's doer is the
  // subject of the response or performing verb before it, np31)
  if (ctx.lang === 'ar' && !owner && !rc && p.pos === 'noun' && p.relation === 'attacked') subj = governedWageSubjects(ctx.s, ctx.lex, T.tok0) ?? subj;
  // (`وردّت «قسد» بقصف مواقع …`: an attack noun after ب governed by a response verb; replyact.ts, slot47)
  if (ctx.lang === 'ar' && !owner && !rc && !subj?.length && p.pos === 'noun' && p.relation === 'attacked') subj = replyActSubjects(ctx, T) ?? subj;
  // ("The group was taken out … with the cooperation of the SDF": a passive clause's joint adverbial with no doer named
  // takes the story's carried subject, checked in withSubject; ref32)
  if (!subj?.length && !owner && rel === 'coordinated_with' && ctx.lang === 'en' && /^(with|in|jointly) /.test(p.form) && passiveClauseBefore(ctx, [], T)) {
    const lead = leadActor(ctx);
    if (lead) subj = [mentionOn(lead, T)];
  }
  // (`عن الجيش الإسرائيلي، الذي يشنّ منذ سنوات غارات على`: an indefinite attack noun waged by a verb with no subject found
  // otherwise, the antecedent behind a preposition of a relative pronoun before that verb too, np32)
  if (!subj?.length && ctx.lang === 'ar' && !owner && !rc && p.pos === 'noun' && p.relation === 'attacked' && !/^[وفبل]?ال/.test(ctx.s.tokens[T.tok0]!.norm)) {
    const w = arWageSubjects(ctx.s, ctx.lex, T);
    if (w.length) subj = w;
  }
  if (!subj?.length) return false; // none, or a group that names no one ("the participants")
  // ("since the war in Ukraine began", `زيارة تركزت على الحرب في غزة`): a war, a campaign, explosions take only the doer
  // named on their own noun phrase (cues.csv own_doer_noun), never a clause subject
  if (ownDoerPattern(ctx.lex, p) && !subj.every((m) => ownDoer(ctx, T, m))) return false;
  // (`بالتعاون مع «قسد»`: the partner past the quote that opens its name)
  if (rel === 'coordinated_with' && ctx.lang === 'ar' && !obj && objFrom === T.tok1 && isQuote(ctx.s.tokens[objFrom])) objFrom++;
  // ("spoke by telephone … The two ministers also discussed …", `اتصال هاتفي … وبحث الجانبان`: the pair of a phone call
  // told before, named again by a pair word, discussed on that call; no meeting; slot33, FP 20)
  // (a discussion verb only, cues.csv `topic`: "agreed to meet soon", `يتصافح الرئيسان` are meetings of their own)
  if (rel === 'met' && subj.length === 2 && hasCue(ctx, T.tok0, 'topic') && subj.every((m) => m.via === 'anaphor') && phonedPair(ctx, subj[0]!.entity, subj[1]!.entity)) return true;
  return withSubject(ctx, T, p, rel, subj, obj, objFrom, attrs, owner);
}

/** The article has told a phone call between a and b, and no meeting of them (slot33). */
function phonedPair(ctx: Ctx, a: string, b: string): boolean {
  let phoned = false;
  for (const r of ctx.out) {
    if (!((r.source === a && r.target === b) || (r.source === b && r.target === a))) continue;
    if (r.relation === 'met' || r.relation === 'visited' || r.relation === 'hosted') return false;
    if (r.relation === 'phoned') phoned = true;
  }
  return phoned;
}

/**
 * processTrigger's frames that settle a trigger whatever its clause says (a claimed attack, a "US-backed" compound, sanctions
 * whose lifting is asked, a document described by its parties): the result, else undefined (split from processTrigger,
 * branch split28).
 */
function settledFrames(ctx: Ctx, T: Trigger, p: Pattern, rel: string): boolean | undefined {
  // "X claimed an attack on Y", "the bombing in Z, which was claimed by X": the claimant attacked (nominal.ts)
  if (rel === 'attacked' && !isNegated(ctx, T)) {
    const ca = claimedAttack(ctx, T, p, {});
    if (ca !== undefined) return ca;
  }
  // a compound modifier ("the US-backed SDF") states a standing fact whatever the clause says
  if (rel === 'supported' && ctx.lang === 'en' && nth(ctx.s.tokens, T.tok0 - 1)?.text === '-') {
    const b = hyphenBacked(ctx, T);
    if (b) return emitAll(ctx, T, p, [b[0]], b[1], {});
    // ("Hezbollah and other Iran-backed groups": the names before "and other" are such groups; np35)
    // ("Turkish-backed factions of the Syrian National Army": the name after the head's "of"; en43)
    const ho = hyphenOfBacked(ctx, T);
    if (ho) return emitAll(ctx, T, p, [ho[0]], ho[1], {});
    const bk = ctx.s.mentions.find((m) => m.tok1 === T.tok0 - 1);
    return bk ? otherBacked(ctx, T, bk, p) : false;
  }
  // "دعا … إلى رفع العقوبات التي تفرضها على X": sanctions whose lifting is asked or refused are in force, whatever the
  // lifting's negation or condition (structure.ts)
  if (rel === 'sanctioned' && p.pos === 'noun' && ctx.lang === 'ar') {
    const ls = liftedSanctions(ctx, T, { demonym: demonymAfter(ctx, T), addressee: () => addresseeBefore(ctx, T), lifter: () => lifterOf(ctx, T) });
    if (ls) {
      // (a state at the time of writing: the publication day, not the day of the demand or refusal)
      const n = ctx.out.length;
      const r = emitAll(ctx, T, p, ls.imposer, ls.target, {});
      atPublication(ctx, n);
      return r;
    }
  }
  if (rel === 'sanctioned') {
    const ps = possessedSanctions(ctx, T, p);
    if (ps !== undefined) return ps;
    const cs = complainedSanctions(ctx, T, p);
    if (cs !== undefined) return cs;
  }
  // "a ceasefire agreed by A and B", "اتفاق أضنة الموقّع بين A و B", "الاتفاق الذي توصلت إليه مع روسيا": a document
  // described by its parties exists whatever the clause around it says ("… could be addressed through …"; agreements.ts)
  if (rel === 'reconciled_with' && noMembership(ctx, T, p)) return true;
  if (rel === 'agreed_with' && p.pos === 'noun' && restoredUnder(ctx, T)) return true;
  if (rel === 'agreed_with' && !isNegated(ctx, T)) {
    const r = agreementParties(ctx, T, p, {});
    if (r !== undefined) return r;
  }
  return undefined;
}

/** processTrigger's guards: is T's act not told as done (negated, hypothetical, an invitation, an obligation, a noun read as a verb …)? */
function notTold(ctx: Ctx, T: Trigger, p: Pattern, rel: string): boolean {
  // (np37, diagnosis-batch32 #84: a presence right after an entrench word is presupposed under a negation of the allowing
  // or entrenching, `أنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا`: only the entrenching is denied)
  // (att38: "called on Israel to halt its attacks on Gaza", "if Israeli strikes on Gaza continue": attacks a stopping or
  // continuing word governs are going on, whatever negation or hypothesis is around; stopattack.ts)
  if (((isNegated(ctx, T) && !(rel === 'deployed_in' && presupposedPresence(ctx, T))) || isHypothetical(ctx, T)) && !(rel === 'attacked' && presupposedAttack(ctx, T))) return true;
  // ("دعا أردوغان نظيره المصري إلى زيارة تركيا", "دعا ترامب لزيارة تركيا": an invitation to visit urges no one; the visit is
  // the invitee's plan, gold rule 8, as "invited Netanyahu to visit Turkey" is)
  if (rel === 'urged' && p.pos === 'verb' && ctx.lang === 'ar' && invitationToVisit(ctx, T)) return true;
  // ("ووصلت إلى مطار حلب طائرة جزائرية تحمل مساعدات", "A Saudi aid plane landed in Aleppo": aid that arrives is support,
  // aidEvent; its arrival is no one's visit, np28)
  if (rel === 'visited' && p.pos === 'verb' && aidArrives(ctx, T)) return true;
  // ("received an invitation from X": a thing received, no guest; meetings.ts)
  if (rel === 'hosted' && ctx.byKind.has('message') && receivedThing(ctx, T)) return true;
  // "إن على أنقرة أن تسحب قواتها", "must leave": an act someone must do is not done
  // (not past a relative clause of its own: "must leave northeastern Syria, where they back the SDF")
  if (ctx.byKind.get('obligation')?.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 6 && !outsideModal(ctx, T, c) && !commaWhere(ctx, c.tok1, T.tok0))) return true;
  // "struck Iranian targets": an English verb form right after a demonym is a noun (the demonym's head)
  if (ctx.lang === 'en' && p.pos === 'verb' && demonymBefore(ctx, T)) return true;
  // "struck Hezbollah targets", "hit PKK positions": a verb form naming a thing, right after the object of a verb before, is a noun
  if (ctx.lang === 'en' && p.pos === 'verb' && hasCue(ctx, T.tok0, 'state_head')) {
    const m = ctx.s.mentions.find((x) => x.tok1 === T.tok0);
    if (m && ctx.s.triggers.some((x) => x !== T && x.tok1 <= m.tok0 && m.tok0 - x.tok1 <= 1 && x.patterns[0]!.pos === 'verb')) return true;
    // ("struck SDF commanders in Syria and PKK targets in Iraq": the second of two parallel compound objects)
    if (m && m.conj && nth(ctx.s.tokens, m.tok0 - 1)?.norm === 'and' && ctx.s.mentions.some((x) => x.kind === m.kind && x.tok1 < m.tok0 && hasCue(ctx, x.tok1, 'state_head') && ctx.s.triggers.some((v) => v.tok1 <= x.tok0 && x.tok0 - v.tok1 <= 1 && v.patterns[0]!.pos === 'verb'))) return true;
  }
  if (markedPassive(ctx, T)) return true;
  if (reportedPassive(ctx, T, p)) return true;
  if (usedForAct(ctx, T)) return true;
  return false;
}

/**
 * "Manbij and Tal Rifaat, which it says are used to launch attacks on Turkish forces", "bases that were used for
 * strikes on …": an act after a passive "be used to/for" (up to two light words between, "launch", "carry out") has an
 * unnamed doer, the user; no name before it is carried as its subject (English; slot34, diagnosis-batch29 FP 73).
 */
function usedForAct(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  for (let n = 0; n < 2 && k > 0 && toks[k]!.word && !ctx.inMention[k] && !/^(to|for|as)$/.test(toks[k]!.norm); n++) k--;
  if (!/^(to|for)$/.test(toks[k]?.norm ?? '') || toks[k - 1]?.norm !== 'used') return false;
  return /^(is|are|was|were|been|being|be)$/.test(toks[k - 2]?.norm ?? '');
}

/** processTrigger's subject, object and where the object is looked for, read by nounRoles or verbRoles. */
type Roles = { subj: Group | undefined; obj: Group | undefined; objFrom: number };

/**
 * processTrigger's roles of a noun trigger, or its result when a frame settles it (split from processTrigger, branch
 * split28: each of the two halves compiles on its own).
 */
function nounRoles(ctx: Ctx, T: Trigger, p: Pattern, rel: string, attrs: Record<string, string>): Roles | boolean {
  let subj: Group | undefined;
  let obj: Group | undefined;
  let objFrom = T.tok1;
  // "اجتماعاً تشاورياً لوزراء خارجية دول A وB وC": the meeting of the list (structure.ts)
  const list = rel === 'met' ? meetingOfList(ctx, T) : undefined;
  if (list) {
    if (!plannedObject(ctx, T)) return pairsOf(ctx, T, p, list, attrs);
    const n = ctx.out.length;
    const r = pairsOf(ctx, T, p, list, { ...attrs, mode: 'planned' });
    atPublication(ctx, n);
    return r;
  }
  const their = rel === 'met' ? theirPair(ctx, T) : undefined;
  if (their) return pairsOf(ctx, T, p, their, attrs);
  const a = nounArgs(ctx, T);
  if (a.pairs) return thirdPartyWish(ctx, T, a.pairs) || pairsOf(ctx, T, p, a.pairs, attrs);
  // "استقبل X ضيفه، وقال خلال اللقاء …", "received Y …; during the meeting …": the meeting of the host and guest before
  if (rel === 'met' && (definiteNoun(ctx, T) || firstMeetingAdjunct(ctx, T)) && !objectGroup(ctx, T.tok1, p, new Set())) {
    const pair = sentencePair(ctx, T.start, T, false, MEETINGS);
    if (pair && (!a.subj || a.subj.every((m) => pair.some((x) => x.entity === actor(ctx.lex, m)?.entity)))) return pairsOf(ctx, T, p, pair, attrs);
  }
  subj = a.subj;
  objFrom = a.objFrom;
  // (`لكن وزارة الدفاع التركية أعلنت اليوم «تحييد» ستة من عناصر X`, `لكنها أعلنت …`: the announcer before its verb; np40)
  if (rel === 'attacked' && !subj?.length && ctx.lang === 'ar') subj = declaredDoer(ctx, T) ?? subj;
  // ("a Russian-backed offensive": the backer named on the compound is no doer of the act it backs; frames.ts
  // hyphenBacked reads it as the supporter of the doer when that is named; bugs35)
  if (rel === 'attacked' && ctx.lang === 'en' && subj?.length) subj = subj.filter((m) => !(ctx.s.tokens[m.tok1]?.text === '-' && ctx.s.triggers.some((x) => x.tok0 === m.tok1 + 1 && x.patterns[0]!.relation === 'supported' && x.tok1 <= T.tok0)));
  // ("وتتعرض مناطق إدلب لقصف متكرر من قوات النظام والطائرات الروسية": the doer of an act one is subjected to is its من
  // phrase, past the noun's adjectives, np28)
  if (rel === 'attacked' && !subj?.length && ctx.lang === 'ar' && T.clitics.replace(/^[وف]/, '') === 'ل') {
    const i = firstMentionAfter(ctx.s.mentions, T.tok1);
    const m = i >= 0 ? ctx.s.mentions[i]! : undefined;
    if (m && prepOf(ctx, m) === 'من' && freeWords(ctx, T.tok1, m.tok0) <= 2 && !hasBoundary(ctx.s.tokens, T.tok1, m.tok0) && subjectedTo(ctx, T)) {
      const g = groupFrom(ctx.s.mentions, i).map((x) => actor(ctx.lex, x)).filter((x): x is Mention => !!x && x.kind !== 'place');
      if (g.length) {
        subj = g;
        objFrom = T.tok1;
      }
    }
  }
  // "وتتعرض مواقع في سوريا لغارات إسرائيلية": what is subjected to the act is its target (structure.ts)
  if (rel === 'attacked' && subj?.length) obj = subjectedTo(ctx, T) ?? obj;
  // "وتنشر إيران مستشارين في سوريا لدعم حكومة الأسد", "يتوجه إلى أنقرة للقاء نظيره": a purpose (لـ + verbal noun)
  // has the subject of the verb before it, and its genitive is its object
  // (English "arrived in Tehran for talks with his counterpart": a meeting noun after "for" is the verb's purpose)
  // ("X, speaking after talks with Y, said …": the subject of the clause the adjunct is in)
  const owner = rel === 'met' && !a.subj && !a.pairs ? adjunctOwner(ctx, T, (i) => !prepOf(ctx, ctx.s.mentions[i]!) && !isPossessive(ctx, ctx.s.mentions[i]!) && !!actor(ctx.lex, ctx.s.mentions[i]!)) : -1;
  if (owner >= 0 && actor(ctx.lex, ctx.s.mentions[owner]!)) {
    a.subj = [ctx.s.mentions[owner]!];
    subj = a.subj;
  }
  // ("the two leaders oversaw the signing of 26 memorandums": the subject of the verb that governs "the signing of")
  const signers = rel === 'agreed_with' && !subj ? signingOf(ctx, T) : undefined;
  if (signers) subj = signers;
  const forTalks = ctx.lang === 'en' && rel === 'met' && !a.subj && nth(ctx.s.tokens, T.tok0 - 1)?.norm === 'for';
  const purpose = (ctx.lang === 'ar' && T.clitics.replace(/^[وف]/, '') === 'ل') || forTalks ? purposeOf(ctx, T) : undefined;
  if (purpose) {
    subj = purpose.subj;
    // ("من المقرر أن يتوجه … للقاء": the purpose of a planned act is planned too)
    if (isPlanned(ctx, purpose.verb, purpose.verb.patterns[0]!)) attrs.mode = 'planned';
    objFrom = T.tok1;
    const o = objectGroup(ctx, T.tok1, withPreps(p, [...p.preps, '']), new Set(purpose.subj.map((m) => m.entity)));
    if (o && freeWords(ctx, T.tok1, o[0]!.tok0) <= 2) obj = o;
  }
  return { subj, obj, objFrom };
}

/** processTrigger's roles of a verb trigger, or its result when a frame settles it (see nounRoles). */
/**
 * An Arabic verb right after an accord noun (cues.csv `accord`) that carries the noun as object pronoun: a suffix read
 * off, a form listed with its pronoun (`أبرمته`), or its own last word `إليه`/`إليها` (`توصلت إليه`); pred38.
 */
function carriesObject(ctx: Ctx, T: Trigger): boolean {
  if (!accordBefore(ctx, T.tok0)) return false;
  return T.suffix || /(ه|ها)$/.test(ctx.s.tokens[T.tok1 - 1]!.norm);
}

function verbRoles(ctx: Ctx, T: Trigger, p: Pattern, rel: string, attrs: Record<string, string>): Roles | boolean {
  const pairable = PAIRABLE.has(rel);
  let subj: Group | undefined;
  let obj: Group | undefined;
  let objFrom = T.tok1;
  // "هجوم استهدف مقر …": a verb right after an indefinite noun of its relation describes that act; with no one named
  // as the noun's doer, no one is
  if (ctx.lang === 'ar') {
    const nn = ctx.s.triggers.find((x) => x.tok1 === T.tok0 && x.patterns.some((q) => q.pos === 'noun' && q.relation === rel));
    // (not a verb that carries the noun as its object pronoun, `اتفاق أبرمته «قسد» مع دمشق`, `تفاهم توصلت إليه موسكو
    // وأنقرة`: its subject is its own, named after it; pred38)
    if (nn && !carriesObject(ctx, T) && !triggerWord(ctx, nn).startsWith('ال') && !nounArgs(ctx, triggerWith(nn, nn.patterns.filter((q) => q.pos === 'noun'))).subj?.length) return true;
  }
  // "تستضيف جدة …": a place in the subject slot acts for no one
  if (!PLACE_RELATIONS.has(rel) && placeSubject(ctx, T)) return true;
  // "…، حيث اتفقا على …": an Arabic dual verb with no subject of its own is the pair of the sentence's last relation
  const dual = pairable && ctx.lang === 'ar' ? dualPair(ctx, T) : undefined;
  if (dual) return (rel === 'met' && callTalk(ctx, T, dual, undefined)) || pairsOf(ctx, T, p, dual, attrs);
  // "…، وهو ما انتقدته أنقرة", `الأمر الذي أدانته X`: a criticism whose object is the clause before (ما/الذي with the
  // verb's object clitic) has its own subject after it and criticises that clause's doer (diagnosis-batch25 §4 #10)
  const what = (rel === 'criticized' || rel === 'accused') && ctx.lang === 'ar' ? whatCriticised(ctx, T) : undefined;
  if (what) return emitAll(ctx, T, p, what.subj, what.obj, attrs);
  const a = verbArgs(ctx, T, true);
  objFrom = a.objFrom;
  if (a.passive) {
    // the grammatical subject is the target; the agent is the source
    obj = a.subj ?? passiveAfterAnd(ctx, T);
    subj = a.agent;
    // ("The deal was signed by A, B and C, in the presence of D": the agents of a reciprocal act with no subject of
    // its own are its parties, each pair; D is none)
    if (!obj && pairable && subj && subj.length > 1) return pairsOf(ctx, T, p, subj, attrs);
    if (!obj) obj = objectGroup(ctx, T.tok1, withPreps(p, []), new Set(subj?.map((m) => m.entity)));
  } else if (p.voice === 'passive') {
    // تلقى اتصالا من X: the subject receives, X acts
    obj = a.subj;
    // ("«قسد»، المدعومة من واشنطن،": a participial clause qualifies the name before its comma)
    const head = participleHead(ctx, T);
    if (head) obj = [head];
    // ("جماعات مدعومة من إيران": a participle qualifies the noun right before it; an unnamed one is no one)
    else if (ctx.lang === 'ar' && BACKED_AR.test(ctx.s.tokens[T.tok0]!.norm.replace(/^[وف]/, '')) && !ctx.s.mentions.some((m) => m.tok1 === T.tok0 || (m.tok1 === T.tok0 - 1 && isQuote(ctx.s.tokens[T.tok0 - 1])))) {
      // (unless its members are named after it: "فصائل مدعومة من إيران، بينها «حزب الله»")
      // ("فصائل مسلحة مدعومة منها": past the plural's adjectives; منها is the state implied, structure.ts)
      const plural = unnamedHead(ctx, T.tok0 - 1);
      obj = includedMembers(ctx, plural, T.tok1);
      if (!obj) return true;
      if (ctx.s.tokens[T.tok1]?.norm === 'منها') subj = impliedState(ctx, T, plural);
    }
    subj ??= objectGroup(ctx, objFrom, p, new Set(obj?.map((m) => m.entity)));
    // ("ويقاتل «حزب الله»، المدعوم من إيران، القوات الإسرائيلية": the agent of a participial clause between commas ends at
    // its closing comma; the name after it is the main verb's object; slot36, diagnosis-batch31 FP 108)
    if (head && subj && subj.length > 1 && /^[,،]$/.test(nth(ctx.s.tokens, T.tok0 - 1)?.text ?? '')) {
      const close = ctx.s.tokens.findIndex((t, k) => k >= subj![0]!.tok1 && /^[,،]$/.test(t.text));
      if (close > 0) subj = subj.filter((m) => m.tok0 < close);
    }
  } else subj = a.subj;
  // ("demanded the withdrawal of US forces stationed in northeastern Syria and al-Tanf": an English stationing participle
  // right after a name it does not have as its subject is a reduced relative on that name; slot32)
  if (ctx.lang === 'en' && !a.passive && hasCueWord(ctx.lex, 'stationed_participle', ctx.s.tokens[T.tok0]!.norm)) {
    // (past a military noun after a demonym: "Turkish troops deployed in Idlib")
    const end = hasCue(ctx, T.tok0 - 1, 'military') && !ctx.inMention[T.tok0 - 1] ? T.tok0 - 1 : T.tok0;
    const m = ctx.s.mentions.find((x) => x.tok1 === end);
    const who = m && actor(ctx.lex, m);
    if (who && who.kind !== 'place' && !subj?.some((x) => x.entity === m.entity)) subj = [m];
  }
  // ("خطوة دعمتها بغداد", "a step Baghdad backed", "مناطق تسيطر عليها X": right after an indefinite noun — a feminine
  // singular, or a broken plural in م — the suffix is that noun)
  const prevW = nth(ctx.s.tokens, T.tok0 - 1);
  const describes = !!prevW?.arabic && prevW.word && !ctx.inMention[T.tok0 - 1] && !/^[وف]?ال/.test(prevW.norm) && (/(ه|ة)$/.test(prevW.text.replace(/[\u064b-\u0652]/g, '')) || /^م[^ا]ا[^ا]/.test(prevW.norm)) && !ctx.s.cues.some((c) => c.tok0 <= T.tok0 - 1 && c.tok1 >= T.tok0 && !c.cues.every((x) => x.kind === 'place_head'));
  if (!obj && !a.passive && T.suffix && ctx.lang === 'ar' && p.voice === 'active' && !describes) obj = suffixObject(ctx, T, subj);
  return { subj, obj, objFrom };
}

/**
 * verbRoles: the object an Arabic verb's pronoun suffix stands for (استقبله: "received him"), a person named earlier in the
 * sentence, else the last subject; a feminine suffix, دعمها, a country.
 */
function suffixObject(ctx: Ctx, T: Trigger, subj: Group | undefined): Group | undefined {
  // استقبله: "received him" — the object is the pronoun: a person named earlier in the sentence, else the last subject
  // (a feminine suffix, دعمها, is no man: a country, else nothing)
  const subjIds = new Set(subj?.map((m) => m.entity));
  const fem = ctx.s.tokens[T.tok0]!.norm.endsWith('ها');
  const fits = (m: Mention) => (fem ? actor(ctx.lex, m)?.kind === 'country' : m.kind === 'person') && !subjIds.has(actor(ctx.lex, m)?.entity ?? m.entity);
  let ref: Mention | undefined;
  // ("لن تسمح لإيران بالتموضع عسكرياً في سوريا، وتتهمها بنقل أسلحة": a country named as where, after في, is the place of
  // another's act, not the one the suffix stands for when an actor is named before it)
  // (a list member takes its list's preposition: "في سوريا والعراق")
  const where = (i: number) => {
    while (i > 0 && ctx.s.mentions[i]!.conj) i--;
    return fem && /^(في|داخل|عبر)$/.test(prepOf(ctx, ctx.s.mentions[i]!) ?? '');
  };
  for (const skipWhere of [true, false])
    for (let i = lastMentionBefore(ctx.s.mentions, T.tok0); i >= 0 && !ref; i--) {
      const m = ctx.s.mentions[i]!;
      if (fits(m) && !(skipWhere && where(i))) ref = fem ? actor(ctx.lex, m) : m;
    }
  if (!ref && ctx.lastSubject && fits(ctx.lastSubject)) ref = ctx.lastSubject;
  if (!ref && ctx.s.tokens[T.tok1 - 1]!.norm.endsWith('ه')) ref = earlierPerson(ctx, subjIds);
  return ref && !subjIds.has(ref.entity) ? [mentionOn(ref, T)] : undefined;
}

/**
 * Is m the doer named on noun T's own phrase: inside it, the doer on its phrase within three words (`doerOnActNoun`:
 * "Israel's war", "its campaign", "the Israeli war", `حرب روسيا`, `الحرب الإسرائيلية`), or an Arabic subject right before
 * an indefinite one (`حربها` is inside)?
 */
function ownDoer(ctx: Ctx, T: Trigger, m: Mention): boolean {
  if (m.tok0 >= T.tok0 && m.tok1 <= T.tok1) return true;
  // (`وشنت روسيا حرباً على`: the subject of a verb right before an indefinite noun wages it)
  if (ctx.lang === 'ar' && m.tok1 === T.tok0 && !/^[وفبل]?ال/.test(ctx.s.tokens[T.tok0]!.norm) && m.via !== 'demonym') return true;
  // (`شنّت «هيئة تحرير الشام» خلال العامين الماضيين حملة على`, `وتشنّ إسرائيل منذ سنوات حرباً`: past quotes and a time
  // adjunct, the subject of the waging verb, np30)
  if (ctx.lang === 'ar' && !/^[وفبل]?ال/.test(ctx.s.tokens[T.tok0]!.norm) && arWageSubjects(ctx.s, ctx.lex, T).some((x) => x.entity === m.entity)) return true;
  // ("Turkey launched an air campaign against the YPG", "Russia has intensified its campaign": the subject of a verb that
  // wages it, right before that verb or its auxiliary, np28)
  if (ctx.lang === 'en' && m.via !== 'demonym' && !prepOf(ctx, m)) {
    const v = wageVerbBefore(ctx.s, ctx.lex, T);
    if (v >= 0 && m.tok1 <= v && v - m.tok1 <= 2 && ctx.s.tokens.slice(m.tok1, v).every((t) => t.word && /^(has|have|had|was|were|is|are|also|then|again|later|had|will|would)$/.test(t.norm))) return true;
  }
  return doerOnActNoun(ctx, T, m, 3);
}

/**
 * Is m the doer named on act noun T's own phrase, at most `window` words from it? English: a possessor, a possessive
 * anaphor or a demonym before it ("Israel's war", "its campaign", "the Israeli war"; a kind noun between is blanked,
 * chunk.ts); Arabic: the genitive right after it, or a demonym after its adjectives (`حرب روسيا`, `الحرب الإسرائيلية`).
 */
export function doerOnActNoun(ctx: Ctx, T: { tok0: number; tok1: number }, m: Mention, window: number): boolean {
  if (ctx.lang === 'en') return m.tok1 <= T.tok0 && T.tok0 - m.tok1 <= window && (isPossessive(ctx, m) || m.via === 'demonym' || m.via === 'anaphor');
  return m.tok0 >= T.tok1 && (m.tok0 === T.tok1 || (m.via === 'demonym' && m.tok0 - T.tok1 <= window));
}

/** "العقوبات الأوروبية": the demonym on a noun, right after it (past its adjectives). */
function demonymAfter(ctx: Ctx, T: Trigger): Group | undefined {
  const a = nounArgs(ctx, T).subj;
  return a?.[0]?.via === 'demonym' && a[0].tok0 >= T.tok1 ? a : undefined;
}

/** "دعا X Y إلى رفع …": the addressee (object) of the demand verb before T in its sentence. */
function addresseeBefore(ctx: Ctx, T: Trigger): Group | undefined {
  const U = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'urged' && x.patterns[0]!.pos === 'verb');
  if (!U || hasBoundary(ctx.s.tokens, U.tok1, T.tok0)) return undefined;
  const a = verbArgs(ctx, U, true);
  return objectGroup(ctx, a.objFrom, U.patterns[0]!, new Set(a.subj?.map((m) => m.entity)))?.filter((m) => m.tok1 <= T.tok0);
}

/**
 * "وتعارض واشنطن …، وتقول إنها لن ترفع العقوبات": the subject of the lifting verb: the sentence's opening subject (a
 * coordinated speech verb shares it), else a pronoun right before the verb, else the clause's subject.
 */
function lifterOf(ctx: Ctx, T: Trigger): Group | undefined {
  const first = ctx.s.mentions.find((m) => m.tok1 < T.tok0 && !prepOf(ctx, m) && m.kind !== 'place' && !!actor(ctx.lex, m));
  if (first && first.tok0 <= 2) return [first];
  const pron = ctx.byKind.get('pronoun')?.find((c) => c.tok1 <= T.tok0 - 1 && T.tok0 - 1 - c.tok1 <= 2);
  const ref = pron ? pronounRef(ctx, pron) : undefined;
  if (ref) return [mentionOn(ref, pron!)];
  return leftGroup(ctx, T.tok0 - 1, 7);
}

/**
 * The guards of processTrigger after the trigger's reading is chosen: a trigger that names no act
 * done (a topic, a demand, a plan of another's, an accusation's content). Apart from processTrigger
 * (as withSubject is) so that each is compiled on its own: one function of them all was the
 * largest and costliest compile of the extraction, and any deoptimisation in it recompiled it whole.
 */
/**
 * A reconciliation word that is the topic of talks an urging verb calls for ("urged Damascus and Ankara to resume talks on
 * normalising relations", `دعت موسكو دمشق وأنقرة إلى استئناف المحادثات بشأن تطبيع العلاقات`): a talks noun (a `met` noun
 * trigger) right before the topic preposition, and an `urged` verb before it in the same clause (pred35).
 */
function urgedTalksTopic(ctx: Ctx, T: Trigger): boolean {
  const talks = ctx.s.triggers.find((x) => x.tok1 === T.tok0 - 1 && x.patterns[0]!.relation === 'met' && x.patterns[0]!.pos === 'noun');
  if (!talks) return false;
  return ctx.s.triggers.some((x) => x.tok1 <= talks.tok0 && x.patterns[0]!.relation === 'urged' && x.patterns[0]!.pos === 'verb' && freeWords(ctx, x.tok1, talks.tok0) <= 8 && !hasBoundary(ctx.s.tokens, x.tok1, talks.tok0));
}

const GOODS_RELATIONS = new Set(['sent_envoy', 'hosted', 'met', 'visited']);
const GOODS_MOVES = new Set(['visited', 'deployed_in', 'withdrew_from']);
function withoutGoodsOrigins(ctx: Ctx, before: number): void {
  for (let i = ctx.out.length - 1; i >= before; i--) {
    const r = ctx.out[i]!;
    if (!GOODS_RELATIONS.has(r.relation) || r.evidence.start !== ctx.s.start) continue;
    const k = tokenAt(ctx, r.evidence.targetSpan[0]);
    if (k >= 0 && goodsOrigin(ctx, k)) {
      ctx.stative.delete(r);
      ctx.out.splice(i, 1);
    }
  }
}

function notAnAct(ctx: Ctx, T: Trigger, p: Pattern, rel: string): boolean {
  // ("these strikes threaten to widen the conflict": a thing's risk, no threat; guards.ts, pred35)
  if (rel === 'threatened' && p.pos === 'verb' && inanimateThreat(ctx, T)) return true;
  // (`أن تراجع منسوب نهر الفرات يهدد مياه الشرب`: a thing's risk; guards.ts, pred36)
  if (rel === 'threatened' && p.pos === 'verb' && thingSubjectThreat(ctx, T)) return true;
  // ("has fought in Syria on the side of Assad's forces": a place or a cause after the perfect fight, no foe)
  if (rel === 'attacked' && p.pos === 'verb' && foughtWhere(ctx, T)) return true;
  if (rel === 'urged') {
    // an urging verb that governs a reconciliation word is handled there
    for (const R of ctx.s.triggers)
      // ("تطالب دمشق بالانسحاب شرطاً لأي تطبيع مع أنقرة": any normalisation is the condition's object, not what is urged)
      if (R.tok0 > T.tok0 && R.patterns[0]!.relation === 'urged_reconciliation_with' && !isNegated(ctx, R) && !prospectiveAct(ctx, R) && reconciliation(ctx, R, R.patterns[0]!, {})) return true;
  }
  // ("a meeting with X was possible": a verb form read as a noun after an article is modal like one)
  if (p.pos === 'verb' && ctx.lang === 'en' && /^(a|an|the)$/.test(nth(ctx.s.tokens, T.tok0 - 1)?.norm ?? '') && modalEvent(ctx, T)) return true;
  // discussed coordination: a topic, not an act ("بحث … في ظل التصعيد", "amid the escalation": a circumstance is a fact)
  // (an attack named with its own doer, "discussed the Israeli war on Gaza", `تناولت الحرب الإسرائيلية على غزة`, is a fact)
  if (p.pos === 'noun' && cueBefore(ctx, T, 'topic', 4) && !amid(ctx, T) && !(rel === 'attacked' && ownedAttack(ctx, T))) return true;
  // ("وبحث الوزيران، بحسب وكالة الأناضول، التصعيد الإسرائيلي": past an attribution between commas)
  if (p.pos === 'noun' && ctx.lang === 'ar' && reportedTopic(ctx, T)) return true;
  if (p.pos === 'noun' && rel !== 'met') {
    const prev = nth(ctx.s.tokens, T.tok0 - 1);
    // (not "تعبيراً عن رفض X لـ…", `أعرب عن رفضه`: what is expressed is an act of the speaker's)
    // (nor the topic of talks one is urged to hold: "urged Damascus and Ankara to resume talks on normalising relations",
    // the call is for the reconciliation; pred35)
    if (prev && ['on', 'about', 'regarding', 'حول', 'بشان', 'بخصوص', 'عن'].includes(prev.norm) && !T.clitics && !(prev.norm === 'عن' && cueWords(ctx.lex, 'express_word_ar').has(nth(ctx.s.tokens, T.tok0 - 2)?.norm ?? '')) && !(rel === 'urged_reconciliation_with' && urgedTalksTopic(ctx, T))) return true;
  }
  if (p.pos === 'noun' && rel !== 'urged_reconciliation_with' && !(rel === 'attacked' && presupposedAttack(ctx, T))) {
    // a demanded or refused act is no act: "طالبت بانسحاب", "demanded the withdrawal"
    // (not attacks one is urged to stop: "called on Israel to halt its attacks on Gaza"; stopattack.ts, att38)
    for (const x of ctx.s.triggers)
      // (not inside a that-clause: "حذّر من أن «المجازر» الإسرائيلية في غزة تهدد …" states the massacres as a fact)
      // (nor a presence the act presupposes: `لن تسمح لإيران بترسيخ وجودها العسكري`, pred34)
      if (x !== T && x.tok1 <= T.tok0 && freeWords(ctx, x.tok1, T.tok0) <= 6 && !factAdjunct(ctx, T) && !apposedAgent(ctx, T) && (x.patterns[0]!.relation === 'urged' || (x.patterns[0]!.relation === 'threatened' && !warnedThat(ctx, x.tok1, T.tok0) && !vowedAnswer(ctx, x) && !presupposedPresence(ctx, T))))
        return true;
    if (demandedAct(ctx, T)) return true; // "طالب … خلال الاجتماع بانسحاب القوات": further, but a verbal noun after ب
    if (prospectiveAct(ctx, T)) return true;
    // "للقاء محتمل", "a possible meeting": a hypothetical right after the noun
    if ((ctx.byKind.get('hypothetical') ?? []).some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 1)) return true;
    if (modalEvent(ctx, T)) return true;
    // (not a compound participle: "an Egyptian-brokered truce" is a truce that holds)
    if (ctx.byKind.get('urge')?.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 1 && nth(ctx.s.tokens, c.tok0 - 1)?.text !== '-')) return true;
  }
  // ("will respond to any attack on its troops": an English verb form right after "any" is a noun, and an act of any kind
  // is no act, as "any new Turkish operation" is)
  if (p.pos === 'verb' && ctx.lang === 'en' && nth(ctx.s.tokens, T.tok0 - 1)?.norm === 'any') return true;
  // ("to support operations against IS", `لدعم العمليات ضد التنظيم`): support whose object is an attack noun supports its
  // doer, not the one attacked after it
  // (not past a name of its own: `النظام وحليفته روسيا بتصعيد الهجمات` names the ally, np28)
  if (rel === 'supported' && ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 2 && x.patterns[0]!.relation === 'attacked' && x.patterns[0]!.pos === 'noun' && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= x.tok0))) return true;
  if (p.requires && auxiliary(ctx, T)) return true;
  if (p.pos === 'noun' && notAnActNoun(ctx, T, rel)) return true;
  if (rel !== 'agreed_with' && agreementContent(ctx, T)) return true;
  // "تنشر روسيا قوات في سوريا", "شنت الطائرات غارات على": the noun is the object of a verb of the same relation
  // (not after a comma: "struck a building, killing two advisers" is a participle of its own)
  // (not a noun with a doer of its own after it: "has bombed Gaza since the attack Hamas carried out on Israel")
  // (nor a meeting noun with a between list of its own: "took part in the meetings between A, B and C", `شارك في
  // الاجتماعات الرباعية بين`: the verb's subject joins them, the list's pairs are the noun's, np28)
  if (p.pos === 'noun' && sameRelationVerbBefore(ctx, T, rel) && !(ctx.lang === 'en' && nth(ctx.s.tokens, T.tok0 - 1)?.text === ',') && !ownDoerAfter(ctx, T) && !ownBetweenList(ctx, T, rel)) return true;
  // "called on Turkey to withdraw", "دعا أنقرة إلى سحب", "demanded that Turkey withdraw": the demanded act is not done
  if (p.pos === 'verb' && rel !== 'urged' && demandedAct(ctx, T)) return true;
  // "اتهمت قسد الجيش التركي باستهداف …", "blamed the PKK for the bombing": what the accused is said to have done (gold rule 10)
  if (rel !== 'accused' && accusedAct(ctx, T)) return true;
  return false;
}

/** Is every doer found for attack noun T outside its own phrase, with a criticism verb right before the noun? */
/** Is arrival verb T's subject aid or its carrier (an `aid` cue in its clause: after an Arabic verb, right before an English one)? */
function aidArrives(ctx: Ctx, T: Trigger): boolean {
  const aid = ctx.byKind.get('aid');
  if (!aid || !ctx.byKind.get('arrival')?.some((a) => a.tok0 >= T.tok0 && a.tok0 < T.tok1)) return false;
  const toks = ctx.s.tokens;
  if (ctx.lang === 'en') return aid.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 2 && !hasBoundary(toks, c.tok1, T.tok0));
  // (no subject of its own before the aid: every name between is the destination or a demonym, `ووصل وزير الخارجية
  // الإماراتي إلى دمشق حاملاً رسالة حول المساعدات` is the minister's visit)
  const ownSubject = (c: { tok0: number }) => ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && m.kind !== 'place' && !prepOf(ctx, m) && m.via !== 'demonym');
  return aid.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 14 && !hasBoundary(toks, T.tok1, c.tok0) && !toks.slice(T.tok1, c.tok0).some((t) => t.text === '،') && !ownSubject(c) && !ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb'));
}

/** A symmetric noun's own "between" list of two or more (nounArgs' pairs, led by a between cue after the noun). */
function ownBetweenList(ctx: Ctx, T: Trigger, rel: string): boolean {
  if (!ctx.lex.symmetric.has(rel) || !ctx.byKind.has('between') || !cueIn(ctx, T.tok1, Math.min(ctx.s.tokens.length, T.tok1 + 4), 'between')) return false;
  return (nounArgs(ctx, T).pairs?.length ?? 0) >= 2;
}

function criticOnly(ctx: Ctx, T: Trigger, subj: Group): boolean {
  const C = ctx.s.triggers.find((x) => x !== T && x.tok1 <= T.tok0 && freeWords(ctx, x.tok1, T.tok0) <= 4 && x.patterns[0]!.relation === 'criticized' && x.patterns[0]!.pos === 'verb');
  if (!C) return false;
  return subj.every((m) => m.tok1 <= T.tok0 && m.tok0 < T.tok0 && (m.tok1 <= C.tok0 || T.tok0 - m.tok1 > (ctx.lang === 'en' ? 2 : 0) || (ctx.lang === 'ar' && m.tok0 >= C.tok1)));
}

/** Is demonym m the doer named on an attack noun: right after it, past adjectives (`الحرب الإسرائيلية`), or right before it ("the Israeli war")? */
function actNounDoer(ctx: Ctx, m: Mention): boolean {
  return ctx.s.triggers.some((x) => x.patterns.some((q) => q.pos === 'noun' && q.relation === 'attacked') && doerOnActNoun(ctx, x, m, ctx.lang === 'ar' ? 2 : 0));
}

/** Attack noun T with its doer's demonym or genitive right after it (Arabic) or possessor right before it (English). */
function ownedAttack(ctx: Ctx, T: Trigger): boolean {
  return ctx.s.mentions.some((m) => doerOnActNoun(ctx, T, m, 2) && actor(ctx.lex, m)?.kind === 'country');
}

/** Does the object after `from` open with a possessed noun and its "of" complement ("the army's removal of X")? */
function ownedActComplement(ctx: Ctx, from: number): boolean {
  const toks = ctx.s.tokens;
  let k = from;
  if (/^(the|a|an)$/.test(toks[k]?.norm ?? '')) k++;
  if (!/['’]s?$/.test(toks[k]?.text ?? '') && !/^['’]$/.test(toks[k + 1]?.text ?? '')) return false;
  if (ctx.s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) return false;
  const j = toks.findIndex((t, i) => i > k && i - k <= 3 && t.norm === 'of');
  return j > 0 && toks.slice(k + 1, j).every((t) => t.word && /^[a-z-]+$/.test(t.text));
}

/** Acts whose doer is the one criticised when their noun is a criticism verb's object. */
const CRITICISED_ACTS = new Set(['attacked', 'supported', 'deployed_in', 'sanctioned', 'withdrew_from']);

/** The doer named on an act noun right after `from` (one free word at most between), not one of `exclude`. */
function criticisedAct(ctx: Ctx, from: number, exclude: Set<string>): Group | undefined {
  const A = ctx.s.triggers.find((x) => x.tok0 >= from && freeWords(ctx, from, x.tok0) <= 1 && x.patterns.some((q) => q.pos === 'noun' && CRITICISED_ACTS.has(q.relation)));
  if (!A || ctx.s.mentions.some((m) => m.tok0 >= from && m.tok1 <= A.tok0)) return undefined;
  // (Arabic: the doer named on the act's own phrase, after it: not the genitive of a noun before it, `رفض بلاده للعقوبات`)
  const doer = nounArgs(ctx, triggerWith(A, A.patterns.filter((q) => q.pos === 'noun'))).subj?.filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m)?.kind !== 'place' && (ctx.lang !== 'ar' || m.tok0 >= A.tok0));
  return doer?.length ? doer : undefined;
}

/**
 * Arabic `…، وهو ما انتقدته X`, `، الأمر الذي أدانته X`, `، ما أثار انتقاد`: the verb (with its object clitic) right after a
 * relative ما/الذي that refers to the clause before the comma; its subject is the name right after it, its object the
 * first actor of the clause before (not after a preposition nor a possessor).
 */
function whatCriticised(ctx: Ctx, T: Trigger): { subj: Group; obj: Group } | undefined {
  const toks = ctx.s.tokens;
  if (!/(ه|ها)$/.test(toks[T.tok1 - 1]!.norm)) return undefined;
  const w1 = nth(toks, T.tok0 - 1)?.norm ?? '';
  const w2 = nth(toks, T.tok0 - 2)?.norm ?? '';
  const w3 = nth(toks, T.tok0 - 3)?.text ?? '';
  const rel = (w1 === 'ما' && /^[وف]?(هو|هي)$/.test(w2)) || (w1 === 'الذي' && /^[وف]?الامر$/.test(w2)) || (w1 === 'ما' && /^[،,]$/.test(nth(toks, T.tok0 - 2)?.text ?? ''));
  if (!rel) return undefined;
  const comma = w1 === 'ما' && /^[،,]$/.test(nth(toks, T.tok0 - 2)?.text ?? '') ? T.tok0 - 2 : /^[،,]$/.test(w3) ? T.tok0 - 3 : -1;
  if (comma < 0) return undefined;
  const i = firstMentionAfter(ctx.s.mentions, T.tok1);
  const own = i >= 0 ? ctx.s.mentions[i]! : undefined;
  if (!own || freeWords(ctx, T.tok1, own.tok0) > 1 || !actor(ctx.lex, own)) return undefined;
  const doer = leadingActor(ctx, comma);
  if (!doer) return undefined;
  return { subj: groupFrom(ctx.s.mentions, i), obj: [doer] };
}

/** processTrigger once the subject is known: the object (by the frames in turn), then the records. */
function withSubject(
  ctx: Ctx,
  T: Trigger,
  p: Pattern,
  rel: string,
  subj0: Group,
  obj0: Group | undefined,
  objFrom: number,
  attrs: Record<string, string>,
  /** the owner of a presence (presenceOwner), when it gave the subject */
  owner: Group | undefined,
): boolean {
  const pairable = PAIRABLE.has(rel);
  // ("داعياً القوات الأجنبية … إلى مغادرة سوريا، في إشارة إلى القوات الأميركية": the description's referent, frames.ts)
  const referent = p.pos === 'verb' && ctx.lang === 'ar' ? referredTo(ctx, T) : undefined;
  if (referent) return emitAll(ctx, T, p, subj0, referent, attrs);
  // ("… اتصالاً هاتفياً … وبحث الرئيسان …": the talk of the call, structure.ts)
  if (rel === 'met' && callTalk(ctx, T, subj0, obj0)) return true;
  let obj = obj0;
  let subj = bindingSides(ctx, T, subj0);
  // "قُتل X في غارة إسرائيلية": the attack's doer attacked the person killed (and the place struck, below)
  if (rel === 'attacked' && p.pos === 'noun' && victimAsDoer(ctx, T, subj)) return true;
  // ("قُتل X بغارة … استهدفت مكتباً", "US soldiers were killed when a drone struck …": nor for any attack word, frames.ts)
  if (rel === 'attacked' && killedNotDoer(ctx, T, subj)) return true;
  // "اتفاق خفض التصعيد الذي توصل إليه الرئيسان", "وقف الهجمات": an act to be reduced or stopped has only the doer
  // named on it (a demonym or genitive right after it: "وقف المجازر الإسرائيلية"), never a subject elsewhere
  if (rel === 'attacked' && p.pos === 'noun' && ctx.lang === 'ar' && subj[0]!.via !== 'demonym' && subj[0]!.tok0 !== T.tok1 && deescalatedAct(ctx, T)) return true;
  // ("ودانت الكويت الهجوم على أربيل", "Kuwait condemned the attack on Erbil"): an attack noun that is a criticism verb's
  // object has no doer before that verb or between it and the noun; the critic is never its doer
  if (rel === 'attacked' && p.pos === 'noun' && criticOnly(ctx, T, subj)) return true;
  const killed = rel === 'attacked' && p.pos === 'noun' && killedBy(ctx, T, subj, attrs);
  const exclude = new Set(subj.map((m) => m.entity));
  // "وتعتبر أنقرة …، وتطالب واشنطن بوقف دعمها": after a comma, an urging verb's lone actor followed by the demanded act
  // (بـ، إلى) is the one urged; the urging party is the clause's opening subject
  if (rel === 'urged' && !obj && ctx.lang === 'ar') {
    const shared = sharedUrger(ctx, T, subj);
    if (shared) {
      obj = subj;
      subj = shared;
    }
    // ("وتنشر تركيا قوات …، وتطالب دمشق بانسحابها": the owner of a demanded leaving told by a suffix is the one urged)
    const owner = !shared && subj.length === 1 && subj[0]!.tok0 >= T.tok1 && ownerLeaving(ctx, subj[0]!.tok1) ? openingActor(ctx, T) : undefined;
    if (owner && actor(ctx.lex, owner)?.entity !== actor(ctx.lex, subj[0]!)?.entity) obj = [owner];
  }
  // (`ودعا المجتمع الدولي إلى دعم عودتهم`: an unnamed addressee is the one urged; no name inside the demanded act is;
  // diagnosis-batch23 §4 #139)
  if (rel === 'urged' && !obj && ctx.lang === 'ar' && p.pos === 'verb' && unresolvedAddressee(ctx, T.tok1, 'urged')) return false;
  if (rel === 'urged' && !obj) {
    const u = urgedAddressee(ctx, T, exclude);
    if (u === false) return false;
    obj = u;
  }
  // "condemned the strike", "denounced Sunday's attack": criticism of an attack told before is criticism of its doer
  const act = !obj && rel === 'criticized' && ctx.lang === 'en' && p.pos === 'verb' ? definiteAttack(ctx, T) : undefined;
  if (act) obj = act.doer ? [mentionOn(act.doer, act.noun)] : attackersOf(ctx, ctx.discourse, act.noun, subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  if (act && !obj?.length) return false;
  if (!obj) obj = pronounObject(ctx, T, subj, exclude);
  if (!obj && rel === 'hosted') obj = hostedMeetingMembers(ctx, T, p, objFrom, exclude);
  // "hosted leaders … for a summit, attended by A and B": the attendees
  if (!obj && rel === 'hosted' && ctx.lang === 'en') obj = attendedBy(ctx, objFrom);
  if (!obj && rel === 'hosted' && p.pos === 'verb') obj = delegationMembers(ctx, objFrom);
  // "ودانت طهران الهجوم": a condemned attack with no doer named is the last attack told (discourse.ts)
  if (!obj && rel === 'criticized') obj = condemnedDoer(ctx, T, subj, (A) => !!nounArgs(ctx, triggerWith(A, A.patterns.filter((q) => q.pos === 'noun'))).subj?.some((m) => m.tok0 >= A.tok1))?.filter((m) => !exclude.has(m.entity));
  // ("انتقدت وزارة الخارجية السورية القرار": the doer of the act told before; discourse.ts)
  if (!obj?.length && rel === 'criticized') obj = criticisedDecision(ctx, T, subj)?.filter((m) => !exclude.has(m.entity));
  // ("وانتقدت دمشق التدريبات", "criticised the deportations": the doer of the event told before; discourse.ts)
  if (!obj?.length && rel === 'criticized') obj = criticisedEvent(ctx, T, subj)?.filter((m) => !exclude.has(m.entity));
  if (!obj?.length) obj = undefined;
  // ("Israel has vowed to respond", `وتوعّد «حزب الله» بالرد`: a response vowed to no one named threatens the doer of the
  // story's recent attack; discourse.ts; after the readers of an object of its own)
  const vowed = rel === 'threatened' ? vowedResponse(ctx, T, subj) : undefined;
  // "ودان العراق هجوم إيران على أربيل", "condemned Turkey's offensive": criticism of an act is criticism of the doer its
  // noun phrase names (a genitive, a possessor, a demonym), the act read by its own frame too
  const beforeAct = obj;
  if (!obj && rel === 'criticized') obj = criticisedAct(ctx, objFrom, exclude);
  const actDoer = !beforeAct && !!obj;
  if (!obj && ctx.lang === 'en') obj = possessedObject(ctx, objFrom, exclude);
  // ("sharply criticised the army's removal of Mohamed Morsi": the complement of an act noun owned by another is what
  // that owner acted on, not the one criticised)
  if (!obj && rel === 'criticized' && ctx.lang === 'en' && p.pos === 'verb' && ownedActComplement(ctx, objFrom)) return true;
  if (!obj) obj = groupObject(ctx, objFrom, p, exclude);
  if (!obj && ctx.lang === 'en' && p.pos === 'verb') obj = groupAfterPrep(ctx, objFrom, p, exclude);
  if (!obj && rel === 'accused' && p.pos === 'verb') obj = affiliatedAccusedEn(ctx, objFrom, exclude);
  if (!obj) obj = objectGroup(ctx, objFrom, p, exclude);
  // ("رفض بلاده للعقوبات الأحادية المفروضة على سوريا", "rejection of the sanctions on X"): past an act noun with no doer
  // named, a criticism noun's object is that act's target, not the one criticised
  if (obj && !actDoer && rel === 'criticized' && p.pos === 'noun' && ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= obj![0]!.tok0 && x.patterns[0]!.pos === 'noun')) return true;
  // ("قمة تستضيفها الرياض لبحث الحرب الإسرائيلية على غزة ولبنان": a demonym naming the doer of an act noun, and the act's
  // targets after it, are inside that act: no one hosted, met or visited)
  if (obj && (rel === 'hosted' || rel === 'met' || rel === 'visited') && obj[0]!.via === 'demonym' && actNounDoer(ctx, obj[0]!)) obj = undefined;
  if (!obj && vowed) obj = vowed.filter((m) => !exclude.has(m.entity));
  // ("has threatened since May to launch a new ground operation in northern Syria", `هدد بشن عملية عسكرية في شمال سوريا`:
  // a threatened act that names no actor it is aimed at threatens the place it would fall in; diagnosis-batch27 #40, slot32)
  if (!obj && rel === 'threatened') {
    const at = threatenedPlace(ctx, T, exclude);
    if (at) return subj.reduce((e, a) => emit(ctx, T, rel, a, at, attrs, true) || e, false);
  }
  // "تسيطر «قسد» المدعومة من واشنطن على الرقة", "تتهم عمّان جماعات مدعومة من إيران": the agent of a participle is
  // no object of the verb; its object comes after it, if any
  if (obj && ctx.lang === 'ar' && nth(ctx.s.tokens, obj[0]!.tok0 - 1)?.norm === 'من' && BACKED_AR.test(nth(ctx.s.tokens, obj[0]!.tok0 - 2)?.norm ?? ''))
    // (a participle on the subject itself, `واتهمت «قسد» المدعومة من واشنطن تركيا`, leaves the slot open; robust40a)
    obj = rel === 'accused' && !participleOnSubject(ctx, subj, obj[0]!) ? undefined : objectGroup(ctx, obj[obj.length - 1]!.tok1, p, exclude);
  // ("جماعات موالية لإيران و«حزب الله»": the name an affiliation phrase takes is no object; structure.ts)
  // (`وقصفت قوات تركية وأخرى موالية لإيران مواقع «قسد»`: the owner of "and others loyal to Y" after the subject is part of
  // the subject (loyalty.ts othersOwner); the object comes after it; slot32)
  if (obj && othersOwner(ctx, obj[0]!)) obj = objectGroup(ctx, obj[0]!.tok1, p, new Set([...exclude, obj[0]!.entity]));
  if (obj) obj = withoutAffiliated(ctx, obj, rel).filter((m) => !supportGiver(ctx, m));
  if (!obj?.length) obj = undefined;
  // ("its incursion into northeastern Syria against the Kurdish YPG": the actor named after "against" right past the place
  // is the one attacked, the place only where; gold rule 10)
  // ("strikes in Syria against what it says are Iranian targets", "against Hezbollah supply routes": the same past "in";
  // the place is where, not what was struck; gold rule 10, diagnosis-batch23 §4 #52)
  // (a verb form after a possessive or article is the noun: "stepped up its own strikes in Syria against …")
  const nounUse = p.pos === 'noun' || /^(its|their|his|her|the|own)$/.test(nth(ctx.s.tokens, T.tok0 - 1)?.norm ?? '');
  if (obj && rel === 'attacked' && ctx.lang === 'en' && nounUse && obj.every((m) => m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country') && /^(into|in)$/.test(prepOf(ctx, obj[0]!) ?? '')) {
    const end = obj[obj.length - 1]!.tok1;
    const i = ctx.s.tokens[end]?.norm === 'against' ? firstMentionAfter(ctx.s.mentions, end + 1) : -1;
    const m = i >= 0 ? ctx.s.mentions[i]! : undefined;
    if (m && freeWords(ctx, end + 1, m.tok0) <= 2 && m.kind !== 'place' && actor(ctx.lex, m) && !exclude.has(m.entity)) obj = groupFrom(ctx.s.mentions, i);
  }
  // "بحث X مع نظرائه": X with each of them (the counterparts' own meetings are their sentence's)
  if (!obj && rel === 'attacked' && p.pos === 'noun') obj = struckIn(ctx, T);
  const cps = !obj && pairable ? pluralCounterparts(ctx, T, subj) : undefined;
  if (cps) return subj.reduce((e, a) => cps.reduce((f, b) => emit(ctx, T, rel, a, b, attrs, false) || f, e), false);
  // "لقاء الرئيس التركي أردوغان نظيره الروسي بوتين": an Arabic verbal noun takes its object bare after its genitive subject
  // (only a counterpart word and a demonym between them, "نظيره الروسي")
  // ("عقب لقائه الرئيس اللبناني ميشال عون": so does a noun whose subject is its suffix pronoun, a title between)
  const suffixed = T.suffix && T.tok1 === T.tok0 + 1 && objFrom === T.tok1;
  if (!obj && ctx.lang === 'ar' && p.pos === 'noun' && (subj[0]!.tok0 >= T.tok1 || suffixed) && pairable && !p.preps.includes('')) {
    const o = objectGroup(ctx, objFrom, withPreps(p, [...p.preps, '']), exclude);
    let near = !!o;
    for (let k = objFrom; o && k < o[0]!.tok0 && near; k++) {
      const w = ctx.s.tokens[k]!;
      near = !w.word || !!cueIn(ctx, k, k + 1, 'counterpart') || /^ال.+ي$/.test(w.norm) || (suffixed && onlyTitles(ctx, k, k + 1));
    }
    if (near) obj = o;
  }
  // ("Turkey and the UN would present proposals to revive the deal": an English agreement noun names its parties
  // with "between" or "with", not through a light verb's subject) unless that verb concludes it ("Russia and Turkey
  // reached/signed a ceasefire deal"; "brokered" names mediators)
  // ("طالبت A وB وC الاتحاد … بتهيئة الظروف لعودة اللاجئين": a joint noun past another party named after its subject
  // list is no joint act of the list's members among themselves; "اتفقت A وB على عودة العلاقات" is)
  const between = p.pos === 'noun' && subj[subj.length - 1]!.tok1 <= T.tok0 && ctx.s.mentions.some((m) => m.tok0 >= subj[subj.length - 1]!.tok1 && m.tok1 < T.tok0 && !prepOf(ctx, m) && !ctx.inRelative[m.tok0] && m.via !== 'demonym' && !subj.some((x) => x.entity === m.entity) && m.kind !== 'place' && !!actor(ctx.lex, m));
  // ("The United States and Iraq announced an agreement under which … the Islamic State …": a pair that concludes a
  // document with no "with" after it concluded it with each other, not with a name further in its description)
  if (obj && p.requires === 'accord' && ctx.lang === 'en' && subj.length >= 2) {
    const doc = ctx.byKind.get('accord')?.find((c) => c.tok0 >= T.tok1 && c.tok1 <= obj![0]!.tok0);
    if (doc && !/^(with|between)$/.test(nth(ctx.s.tokens, doc.tok1)?.norm ?? '')) obj = undefined;
  }
  if (!obj && pairable && subj.length >= 2 && !between && !(ctx.lang === 'en' && p.pos === 'noun' && rel === 'agreed_with' && !concludedBy(ctx, T))) {
    // ("وزيرا دفاع البلدين التقيا بحضور نظيرهما الروسي": the counterparts of the pair joined to their meeting)
    const joined = rel === 'met' && subj.length === 2 ? joinedCounterparts(ctx, T, subj) : undefined;
    if (joined) ctx.lastGroup = [...subj, ...joined];
    return pairsOf(ctx, T, p, joined ? [...subj, ...joined] : subj, attrs);
  }
  if (!obj && rel === 'sanctioned') {
    const r = tiesCutBy(ctx, T, p, subj, attrs);
    if (r !== undefined) return r;
  }
  if (!obj && PLACE_RELATIONS.has(rel)) obj = placeReferredBack(ctx, T, subj);
  if (ctx.lang === 'en' && p.pos === 'verb') obj = antecedentObject(ctx, rel, subj, obj, exclude);
  // "تتهم أنقرة الوحدات بأنها امتداد لحزب العمال": what follows بأن is the accusation's content, not the accused
  if (rel === 'accused' && obj && ctx.lang === 'ar' && ctx.s.tokens.slice(objFrom, obj[0]!.tok0).some((t) => /^بان(ه|ها|هم)?$/.test(t.norm))) obj = undefined;
  // (the place of a presence named by its owner is before the owner or in its own phrase, not past a comma)
  if (owner && obj && obj[0]!.tok0 > owner[0]!.tok1 && ctx.s.tokens.slice(owner[0]!.tok1, obj[0]!.tok0).some((t) => t.text === '،' || t.text === ',')) obj = undefined;
  // (`توصل إليه الجانبان خلال اجتماعات أستانا`, "agreed during the Astana talks": a name in a "during" adjunct is the
  // occasion, no party; diagnosis-batch26 §4 #89–90)
  if (obj && !PLACE_RELATIONS.has(rel) && occasionOf(ctx, T, obj[0]!)) obj = undefined;
  // (names35: "keeps military police in several towns along the frontier, including Kobani": the listed members of an
  // unnamed place of presence)
  // (list36, diagnosis-batch31 #104, 105: so are the places an attack hits, `ضرباتها على المعابر الحدودية …، بما فيها
  // معبرا المصنع وجوسية`, "strikes on border crossings, including Masnaa and Jousieh")
  if (!obj && ((rel === 'deployed_in' && p.pos === 'verb') || rel === 'attacked')) {
    const inc = unnamedPlaceMembers(ctx, T, (c, k) => includedPlaces(c, k, rel === 'deployed_in'), rel === 'attacked' && p.pos === 'verb' && p.voice !== 'passive');
    if (inc.length) obj = inc;
  }
  if (!obj) return killed;
  // "دعم بلاده لوحدة الأراضي السورية", "support for Syria's sovereignty": a principle about a state, not the state; so is
  // a call to preserve it (`دعا البيان إلى الحفاظ على وحدة سوريا`, "called for preserving the unity of Syria")
  // ("recognised the independence of X": recognition names the state it recognises through its independence)
  // (so is an attack or a violation of it, a description: "calling them an attack on Iraq's sovereignty", `ووصفته بأنه
  // انتهاك لسيادة العراق`: the state harmed is neither the one attacked by the describer nor the one criticised)
  // (stated support for a state's sovereignty, unity or territorial integrity is support of that state: gold rule 17d,
  // "reaffirmed Moscow's support for Syria's sovereignty", `دعم وحدة سوريا وسيادتها`; np33)
  // (support for the efforts of X is no support of X)
  const principle = p.requires !== 'recognition' ? cueIn(ctx, objFrom, obj[0]!.tok0 + 1, 'abstract') ?? (isPossessive(ctx, obj[0]!) ? cueIn(ctx, obj[0]!.tok1, obj[0]!.tok1 + 3, 'abstract') : undefined) : undefined;
  if (principle && (rel === 'urged' || rel === 'attacked' || rel === 'criticized' || (rel === 'supported' && ctx.s.tokens.slice(principle.tok0, principle.tok1).some((t) => EFFORTS.test(t.norm))))) return true;
  if (PLACE_RELATIONS.has(rel)) obj = furtherPlaces(ctx, apposition(ctx, obj));
  if (rel === 'deployed_in') obj = alsoPlaces(ctx, obj);
  // (list36: "and villages in P" after the last place, `وقرى متفرقة في جبل الأكراد`)
  if ((rel === 'attacked' || rel === 'deployed_in') && obj[obj.length - 1]!.kind === 'place') obj = andHeadPlaces(ctx, obj);
  // ("keeps troops at several bases in the area, including the Al-Omar oil field", `على معظم مناطق شمال شرق سوريا بما فيها
  // مدينة الحسكة`, `، بينها الرقة والحسكة`: the places named as members are places of it too; a place anaphor, "the area",
  // gives way to them)
  // (list36: and the places an attack hits, `قرى في ريف الحسكة، بما فيها مدينتا القامشلي وعامودا`)
  if (rel === 'deployed_in' || (rel === 'attacked' && obj.every((m) => m.kind === 'place'))) {
    const inc = includedPlaces(ctx, obj[obj.length - 1]!.tok1, rel === 'deployed_in');
    if (inc.length) obj = [...obj.filter((m) => m.via !== 'anaphor'), ...inc.filter((m) => !obj!.some((x) => x.entity === m.entity))];
  }
  if (rel === 'sent_envoy') envoyDestination(ctx, T, p, obj, exclude, attrs);
  if (rel === 'met' && obj && callTalk(ctx, T, subj, obj)) return true;
  // ("A met B … together with their Russian and Iranian counterparts": all of them met, and they are "the four ministers")
  const joined = rel === 'met' && subj.length === 1 && obj.length === 1 ? joinedCounterparts(ctx, T, [...subj, ...obj]) : undefined;
  if (joined) {
    const all = [...subj, ...obj.filter((m) => !(m.kind === 'country' && m.via === 'demonym')), ...joined];
    ctx.lastGroup = all;
    return pairsOf(ctx, T, p, all, attrs);
  }
  // ("The group was taken out of the camp with the cooperation of the SDF": the subject of a passive clause is no doer of
  // the joint action its adverbial tells; pred31)
  // (its doer is the story's lead actor, a state or a body, when the sentence names none: "The Netherlands has
  // repatriated 12 women … The group was taken out … with the cooperation of the SDF"; ref32, diagnosis-batch27 #44)
  if (rel === 'coordinated_with' && ctx.lang === 'en' && /^(with|in|jointly) /.test(p.form) && passiveClauseBefore(ctx, subj, T)) {
    const carried = leadActor(ctx);
    const partners = new Set((obj ?? []).map((m) => actor(ctx.lex, m)?.entity));
    // (the passive's own subject is what was acted on; an agent after "by" is left to the passive's reading)
    if (!carried || partners.has(carried.entity) || ctx.s.mentions.some((m) => m.tok1 <= T.tok0 && prepOf(ctx, m) === 'by')) return true;
    subj = [mentionOn(carried, T)];
  }
  // ("captured a senior IS official in a raid on a village east of Raqqa carried out with US forces": a participle of
  // carrying out after an act noun tells the act's joint doer; its doer is the clause's subject, not the name before it)
  if (rel === 'coordinated_with' && ctx.lang === 'en' && /^(carried out|conducted) /.test(p.form)) {
    const head = ctx.s.mentions.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && !!actor(ctx.lex, m) && !obj?.some((o) => actor(ctx.lex, o)?.entity === actor(ctx.lex, m)?.entity));
    if (!head) return true;
    subj = [head];
  }
  const emitted = emitAll(ctx, T, p, subj, obj, attrs);
  // ("work alongside the SDF against IS remnants": the standing fight, frames.ts jointFight)
  if (rel === 'coordinated_with' && obj?.length) jointFight(ctx, T, subj, obj);
  return emitted;
}

/** The first state or body named in the article's first sentence (its protagonist), for a doer no sentence after names. */
function leadActor(ctx: Ctx): Mention | undefined {
  for (const m of ctx.history[0] ?? []) {
    const a = actor(ctx.lex, m);
    if (a && /^(country|organization)$/.test(a.kind)) return a;
  }
  return undefined;
}

/** Is m inside a "during"/`خلال` adjunct after trigger T (the adjunct word at most two words before it, no "with"/`مع`)? */
function occasionOf(ctx: Ctx, T: Trigger, m: Mention): boolean {
  if (m.tok0 <= T.tok1 || /^(with|مع)$/.test(prepOf(ctx, m) ?? '')) return false;
  const toks = ctx.s.tokens;
  // (one word at most between: "during the Astana talks", `خلال اجتماعات أستانا`; not past an act noun, `خلال الاجتماع
  // بانسحاب القوات التركية`, whose own argument it is)
  for (let k = m.tok0 - 1; k >= T.tok1 && k >= m.tok0 - 2; k--) {
    if (DURING.test(toks[k]!.norm)) return true;
    if (ctx.inMention[k] || !toks[k]!.word || ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1)) return false;
  }
  return false;
}
const DURING = /^(during|amid|خلال|اثناء|وخلال|واثناء)$/;

/** withSubject: the one urged, read from the demanded act ("demanded the withdrawal of Turkish forces", "demanded that Turkey withdraw"); false when the urging has no addressee (split from withSubject, branch split28). */
function urgedAddressee(ctx: Ctx, T: Trigger, exclude: Set<string>): Group | undefined | false {
  let obj: Group | undefined;
  // "demanded the withdrawal of Turkish forces", "طالبت بانسحاب القوات التركية": urged the actor of the act
  // (not past a named addressee: "warned Erdogan that a Turkish offensive …")
  const act = ctx.s.triggers.find((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 6 && x.patterns[0]!.pos === 'noun' && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= x.tok0 && !prepOf(ctx, m) && m.via !== 'demonym' && !!actor(ctx.lex, m)));
  if (act) {
    const a = nounArgs(ctx, act);
    // (not a place inside the act: `بإيصال المساعدات من داخل سوريا`, cues.csv `inside_prep`, `place_head`; slot guard)
    const g = (a.subj ?? []).filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m) && !hasCueWord(ctx.lex, 'inside_prep', nth(ctx.s.tokens, m.tok0 - 1)?.norm ?? '') && !hasCue(ctx, m.tok0 - 1, 'place_head'));
    if (g.length) obj = g;
    // ("ودانت الخارجية السورية الغارات التركية، وطالبت بانسحاب قواتها": forces or a leaving owned by a suffix are the last
    // other actor's named before the verb; a state or group for ها, a person for ه)
    else if (ctx.lang === 'ar' && (ownerLeaving(ctx, act.tok0) || /^(قوات|جنود|عناصر|مقاتلي)(ها|هم)$/.test(nth(ctx.s.tokens, act.tok1)?.norm ?? ''))) {
      const owner = ctx.s.mentions.filter((m) => m.tok1 <= T.tok0 && !exclude.has(m.entity) && !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'person' && !exclude.has(actor(ctx.lex, m)!.entity)).pop();
      if (owner) return [copyMention(owner)];
    }
    // "دعا إلى سحب القوات الأجنبية من سوريا", "called for the withdrawal of foreign troops from Syria":
    // the act follows the verb with no one in between, and names no actor: no addressee (Syria is where)
    // ("مطالباً إياها بسحب قواتها": an object pronoun between is the addressee)
    else if (freeWords(ctx, T.tok1, act.tok0) <= 2 && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= act.tok0) && !ctx.byKind.get('obj_pronoun')?.some((c) => c.tok0 >= T.tok1 && c.tok1 <= act.tok0)) return false;
  }
  // "demanded that Turkey withdraw": the subject of the demanded act is the one urged
  const verbAct = obj ? undefined : ctx.s.triggers.find((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 8 && x.patterns[0]!.pos === 'verb' && demandedAct(ctx, x));
  if (verbAct) {
    const i = firstMentionAfter(ctx.s.mentions, T.tok1);
    const m = ctx.s.mentions[i];
    if (m && m.tok1 <= verbAct.tok0 && !exclude.has(m.entity) && actor(ctx.lex, m)) obj = groupFrom(ctx.s.mentions, i);
  }
  // ("insists that all state institutions return … and that US forces leave Syria": a later "and that" clause of the
  // same demand, its subject right before its verb; English)
  if (!obj && ctx.lang === 'en') {
    const toks = ctx.s.tokens;
    const later = ctx.s.triggers.find((x) => x !== T && x.tok0 > T.tok1 && x.tok0 - T.tok1 <= 16 && x.patterns[0]!.pos === 'verb' && demandedAct(ctx, x) && ctx.s.mentions.some((m) => m.tok1 <= x.tok0 && x.tok0 - m.tok1 <= 1 && nth(toks, m.tok0 - 1)?.norm === 'that' && nth(toks, m.tok0 - 2)?.norm === 'and'));
    const m = later ? ctx.s.mentions.find((x) => x.tok1 <= later.tok0 && later.tok0 - x.tok1 <= 1 && nth(toks, x.tok0 - 1)?.norm === 'that') : undefined;
    if (m && !exclude.has(m.entity) && actor(ctx.lex, m)) obj = [m];
  }
  if (!obj && /ضروره|insist|demand/.test(ctx.s.tokens[T.tok0]!.norm + ' ' + (ctx.s.tokens[T.tok1 - 1]?.norm ?? ''))) return false;
  return obj;
}

/** An English modal or finite auxiliary: after a pronoun it makes the pronoun a clause's subject ("it cannot", "they would"). */
const CLAUSE_AUX = /^(can|cannot|can't|could|couldn't|will|won't|would|wouldn't|may|might|must|should|shall|is|was|are|were|has|had|have|does|did|do)$/;
/** withSubject: the object an object pronoun after the verb stands for ("اتصل به", "called him"): the last other actor named before the verb, else the one person of the sentence before. */
function pronounObject(ctx: Ctx, T: Trigger, subj: Group, exclude: Set<string>): Group | undefined {
  let obj: Group | undefined;
  // "اتصل به", "called him": the last other actor named before the verb
  // ("قطع الرياض علاقاتها معها": in Arabic past the subject named after the verb and one word, the ties)
  const pc = ctx.byKind.get('obj_pronoun')?.find((c) => c.tok0 >= T.tok1 && (c.tok0 - T.tok1 <= 1 || (ctx.lang === 'ar' && c.tok0 - T.tok1 <= 6 && freeWords(ctx, T.tok1, c.tok0) <= 1 && subj.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0) && !hasBreak(ctx.s.tokens, T.tok1, c.tok0) && !ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0))));
  // ("has warned it cannot detain them", "warned they would respond": a pronoun with a finite verb or modal after it is the
  // subject of the clause the verb reports, no addressee; a warning with none threatens nobody; diagnosis-batch26 §4 #130)
  // (but "warned it would pay a heavy price": the one to pay a retribution is the one threatened)
  if (pc && ctx.lang === 'en' && CLAUSE_AUX.test(nth(ctx.s.tokens, pc.tok1)?.norm ?? '') && !ctx.s.triggers.some((x) => x.tok0 === pc.tok1 && x.patterns.some((q) => q.relation === 'threatened'))) return undefined;
  if (pc) {
    const i = lastMentionBefore(ctx.s.mentions, T.tok0);
    // ("اتهم X Y بدعم Z، مطالباً إياها": a circumstantial participle's pronoun is the main clause's object, first)
    const main = ctx.lang === 'ar' && cueWords(ctx.lex, 'circumstantial_ar').has(ctx.s.tokens[T.tok0]!.norm.replace(/^و/, ''));
    const order = main ? ctx.s.mentions.slice(0, i + 1).filter((m) => !prepOf(ctx, m)) : ctx.s.mentions.slice(0, i + 1).reverse();
    for (const m of order) {
      // ("imposed sanctions on it": "it" is a state or a group, "him"/"her" a person; "مطالباً إياها": ها a state)
      // (an Arabic feminine ها, "معها", "بها", is a state or a group: the countries and groups of the news are feminine)
      const it = /^(it|اياها)$/.test(ctx.s.tokens[pc.tok0]!.norm) || (ctx.lang === 'ar' && /ها$/.test(ctx.s.tokens[pc.tok0]!.norm) && pc.tok0 - T.tok1 > 1);
      if (!exclude.has(m.entity) && actor(ctx.lex, m) && (it ? actor(ctx.lex, m)!.kind !== 'person' : m.kind === 'person')) {
        obj = [copyMention(m)];
        break;
      }
    }
    // ("Raisi arrived in Damascus. Assad received him": with no one before it in its sentence, "him"/"her"/`ه` is the one
    // person the sentence before names, other than the subject; more than one, no one)
    const person = !/^(it|them|اياها|اياهم)$/.test(ctx.s.tokens[pc.tok0]!.norm) && !/(ها|هم|هما)$/.test(ctx.s.tokens[pc.tok0]!.norm);
    if (!obj && person && !ctx.s.mentions.some((m) => m.tok1 <= T.tok0 && m.kind === 'person' && !exclude.has(m.entity))) {
      const prev = new Map<string, Mention>();
      for (const m of ctx.history[ctx.history.length - 1] ?? []) if (m.kind === 'person' && !exclude.has(m.entity) && actor(ctx.lex, m)) prev.set(m.entity, m);
      if (prev.size === 1) obj = [mentionOn([...prev.values()][0]!, pc)];
    }
  }
  return obj;
}

/** withSubject: a host receives the members of the meeting it hosts ("talks hosted by China between A and B", "hosted the meeting of delegations from A, B and C"). */
function hostedMeetingMembers(ctx: Ctx, T: Trigger, p: Pattern, objFrom: number, exclude: Set<string>): Group | undefined {
  let obj: Group | undefined;
  if (p.pos === 'verb') {
    // ("محادثات استضافتها الصين بين A و B", "talks hosted by China between A and B": the host receives the members of
    // the meeting its relative clause qualifies)
    const M = ctx.s.triggers.find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 3 && x.patterns.some((q) => q.relation === 'met' && q.pos === 'noun') && hostClauseEnd(ctx, x.tok1) >= T.tok1);
    const g = M && nounArgs(ctx, triggerWith(M, M.patterns.filter((q) => q.pos === 'noun'))).pairs?.filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m));
    if (g?.length) obj = g;
  }
  if (!obj) {
    // "hosted the meeting of delegations from A, B and C", "استضافت اجتماع وزراء …": the host receives the meeting's participants
    // (not past a guest named first: "استقبل X ضيفَه السوري، وعقد الجانبان جلسة مباحثات")
    const meeting = ctx.s.triggers.find((x) => x.tok0 >= objFrom && freeWords(ctx, objFrom, x.tok0) <= 3 && x.patterns.some((q) => q.relation === 'met' && q.pos === 'noun') && !ctx.s.mentions.some((m) => m.tok0 >= objFrom && m.tok1 <= x.tok0 && m.via !== 'anaphor' && !!actor(ctx.lex, m)));
    if (meeting) {
      const a = nounArgs(ctx, triggerWith(meeting, meeting.patterns.filter((q) => q.pos === 'noun')));
      const g = (a.pairs ?? a.subj ?? []).filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m));
      if (g.length) obj = g;
    }
    // ("… met in Moscow. Russia, which hosted the meeting, welcomed …", `… التي استضافت الاجتماع`: a definite meeting noun
    // right after the verb with no party named after it is the meeting told before; the host received its parties)
    const told = ctx.discourse.meeting;
    if (!obj && told && p.pos === 'verb' && meeting && definiteMeetingAt(ctx, objFrom, meeting) && !ctx.s.mentions.some((m) => m.tok0 >= meeting.tok1 && !!actor(ctx.lex, m) && m.kind !== 'place')) {
      const g = told.filter((m) => !exclude.has(m.entity)).map((m) => mentionOn(m, meeting));
      if (g.length) obj = g;
    }
  }
  return obj;
}

/** A definite meeting noun M right at `from` ("the meeting", "the talks", `الاجتماع`, `المحادثات`). */
function definiteMeetingAt(ctx: Ctx, from: number, M: Trigger): boolean {
  const toks = ctx.s.tokens;
  if (ctx.lang === 'ar') return M.tok0 === from && /^[وب]?ال/.test(toks[M.tok0]!.norm);
  return M.tok0 === from + 1 && toks[from]!.norm === 'the';
}

/** withSubject: ties cut with no one named ("Ankara and Damascus cut ties in 2012", "seven years after Saudi Arabia severed relations"): the result, else undefined. */
function tiesCutBy(ctx: Ctx, T: Trigger, p: Pattern, subj: Group, attrs: Record<string, string>): boolean | undefined {
  // "Ankara and Damascus cut ties in 2012": a pair cutting ties with no one else named cut them with each other
  // ("The two ministers, whose countries downgraded diplomatic ties": ties are the states', a person's are their country's)
  if (subj.length === 2 && ctx.byKind.get('ties')?.some((c) => c.tok0 >= T.tok0 && c.tok0 <= T.tok1)) {
    const states = subj.map((m) => (m.kind === 'person' ? ctx.lex.entities.get(m.entity)?.country : actor(ctx.lex, m)?.entity));
    if (states[0] && states[1] && states[0] !== states[1]) return pairsOf(ctx, T, p, subj.map((m, i) => (m.kind === 'person' ? mentionOf(m, states[i]!, 'country') : m)), attrs);
  }
  // ("Iran reopened its embassy in Riyadh, seven years after Saudi Arabia severed relations": one party that cut ties with
  // no one named cut them with the other party of the ties the sentence restores; lexicon.ts stateOf)
  if (subj.length === 1 && ctx.byKind.get('ties')?.some((c) => c.tok0 >= T.tok0 && c.tok0 <= T.tok1 + 2)) {
    const me = stateOf(ctx.lex, subj[0]!.entity) ?? actor(ctx.lex, subj[0]!)?.entity;
    const r = me ? ctx.out.find((x) => x.evidence.start === ctx.s.start && x.relation === 'reconciled_with' && (stateOf(ctx.lex, x.source) === me || stateOf(ctx.lex, x.target) === me)) : undefined;
    const other = r && (stateOf(ctx.lex, r.source) === me ? stateOf(ctx.lex, r.target) : stateOf(ctx.lex, r.source));
    if (me && other && other !== me) return emitAll(ctx, T, p, [mentionOf(subj[0]!, me, 'country')], [mention(T.tok0, T.tok1, T.start, T.end, other, 'country', 'anaphor', false, '')], attrs);
  }
  return undefined;
}

/** withSubject: the place of a presence referred back to ("northern Syria, where Turkish troops control …", "قواتها هناك"). */
function placeReferredBack(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  // "northern Syria, where Turkish troops control …", "قواتها هناك": the place referred back to
  const toks = ctx.s.tokens;
  const w = toks.findIndex((t, k) => k < T.tok0 && (t.norm === 'where' || t.norm === 'حيث'));
  const there = thereAfter(ctx, T);
  const subjIds = new Set(subj.map((x) => x.entity));
  const isPlace = (x: Mention) => x.kind === 'place' && !ctx.lex.entities.get(x.entity)?.stands_for && !subjIds.has(x.entity);
  // (solo51: a state named by its name is its land too: "the situation in Syria, where both countries keep troops",
  // "Iran is Syria's closest ally and has kept military advisers there"; not a demonym or a descriptor, nor the subject)
  // (a presence only, and not when the verb names its own region: "Syria, where Turkish troops are deployed in the north")
  const ownRegion = toks.slice(T.tok0, T.tok1 + 3).some((t, k, a) => t.norm === 'in' && a[k + 1]?.norm === 'the');
  // (nor a presence denied after the verb: "saying Iran has no military presence there")
  let denied = false;
  for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 4) && !denied; k++) denied = !!hasCue(ctx, k, 'negation');
  const isLand = (x: Mention) => T.patterns[0]!.relation === 'deployed_in' && !ownRegion && !denied && x.kind === 'country' && x.via === 'name' && !subjIds.has(x.entity);
  let m: Mention | undefined;
  if (w > 0) {
    const ref = lastMentionBefore(ctx.s.mentions, w);
    m = ref >= 0 && ctx.s.mentions[ref]!.tok1 >= w - 1 ? ctx.s.mentions[ref] : undefined;
    // (the head of the place phrase, not the last place in it: "the village of Arima, west of Manbij, where")
    if (m) m = wherePlaceHead(ctx, m);
  } else if (there >= 0) m = [...ctx.s.mentions].reverse().find((x) => x.tok1 <= T.tok0 && (isPlace(x) || isLand(x)));
  return m && (isPlace(m) || isLand(m)) ? [m] : undefined;
}

/** withSubject, English: the antecedent of "which"/"that" before the subject is the object ("sanctions on Assad's government, which Washington has accused of war crimes"). */
function antecedentObject(ctx: Ctx, rel: string, subj: Group, obj0: Group | undefined, exclude: Set<string>): Group | undefined {
  let obj = obj0;
  // "sanctions on Assad's government, which Washington has accused of war crimes": the antecedent of "which" is the object
  // (before any name after the verb: "the SDF, which Washington backs in the fight against IS" backs the SDF, not IS)
  const k = subj[0]!.tok0 - 1;
  const ante = /^(which|whom)$/.test(nth(ctx.s.tokens, k)?.norm ?? '') && nth(ctx.s.tokens, k - 1)?.text === ',' ? ctx.s.mentions.find((m) => m.tok1 === k - 1) : undefined;
  // (a list antecedent is the object whole: "Sweden and Finland, which it accuses of …")
  // (a place before "which" may end an adjunct the clause is not about: "the attack near Ankara, which Turkey blamed on X")
  if (ante && actor(ctx.lex, ante) && !exclude.has(ante.entity) && (!obj || ante.kind !== 'place')) obj = groupTo(ctx.s.mentions, ctx.s.mentions.indexOf(ante)).filter((x) => actor(ctx.lex, x) && !exclude.has(x.entity));
  // ("a prison in Hasakah that IS fighters stormed": an attack's object relative has the place of its antecedent)
  const place = !obj && rel === 'attacked' && /^(that|which)$/.test(nth(ctx.s.tokens, k)?.norm ?? '') ? ctx.s.mentions.find((m) => (m.tok1 === k || (m.tok1 === k - 1 && ctx.s.tokens[k - 1]!.text === ',')) && m.kind === 'place') : undefined;
  if (place && !exclude.has(place.entity)) obj = [place];
  return obj;
}

/** withSubject: an envoy's destination (attrs.destination), and the envoy's visit there when the sentence tells one. */
function envoyDestination(ctx: Ctx, T: Trigger, p: Pattern, obj: Group, exclude: Set<string>, attrs: Record<string, string>): void {
  // ("مبعوثه الخاص إلى سوريا ألكسندر لافرنتييف إلى دمشق": the envoy's title has its own "to"; the name closes it)
  let last = obj[obj.length - 1]!;
  const again = ctx.s.mentions.find((m) => m.tok0 > last.tok1 && m.tok0 - last.tok1 <= 4 && m.entity === last.entity);
  if (again) last = again;
  const dest = objectGroup(ctx, last.tok1, withPreps(p, ['الي', 'to', 'ل'], ['place', 'country']), exclude);
  if (dest) {
    attrs.destination = dest[0]!.entity;
    // "sent his envoy to Damascus on a visit": the envoy went there
    if (ctx.s.triggers.some((x) => x.patterns[0]!.relation === 'visited' && x.tok0 > T.tok0)) for (const envoy of obj) emit(ctx, T, 'visited', envoy, dest[0]!, {}, true);
  }
}

/**
 * "keeps thousands of troops there", "تحتفظ بعشرات القواعد العسكرية هناك", "troops at dozens of posts across the province",
 * "في البلاد": a place referred back to, in the clause of presence T (a few words on, no comma or other verb between).
 */
function thereAfter(ctx: Ctx, T: Trigger): number {
  const toks = ctx.s.tokens;
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 7; k++) {
    const w = toks[k]!.norm;
    if (hasBreak(toks, k, k + 1) || ctx.inMention[k] || (k > T.tok1 + 2 && (tokenMarks(ctx, k) & TOK_TRIGGER) !== 0)) return -1;
    if (w === 'there' || w === 'هناك') return k;
    if (w === 'the' && /^(province|region|country|area)$/.test(toks[k + 1]?.norm ?? '') && /^(in|across|throughout)$/.test(toks[k - 1]?.norm ?? '')) return k;
    if (/^(في|داخل)$/.test(w) && /^(البلاد|المحافظه|المنطقه)$/.test(toks[k + 1]?.norm ?? '')) return k;
  }
  return -1;
}

/** Relations whose two parties "the two sides", "the two leaders" refer to next (English). */
/** Stage: relations of every sentence (needs mentions, triggers, cues and dates). */
export function findRelations(doc: Doc, lex: Lexicon): Doc {
  const out: RelationRecord[] = [];
  const missed: Doc['missed'] = [];
  const stative = new Set<RelationRecord>();
  const mem: Memory = { lastSubject: undefined, lastPair: undefined, lastEvent: undefined, lastGroup: undefined, lastPersons: undefined, personPair: undefined, persons: [] };
  const history: Mention[][] = [];
  const discourse = newDiscourse();
  const since = attackSince(doc.article.date);
  let prevAttribution: string | undefined;
  for (const s0 of doc.sentences) {
    let s = withoutRounds(withoutSubjectNouns(withoutUnmetRequires(withoutOwnerlessActs(withoutTriggersInNames(withoutTriggersInForces(withoutAttributiveAlleged(withoutAuxiliaryHave(withoutCuesInDates(s0))))), lex))));
    const { cueAt, byKind } = cueIndex(s);
    const inRelative = relativeSpans(s);
    const inMention = new Uint8Array(s.tokens.length);
    const ctx: Ctx = { lex, doc, s, lang: doc.article.lang, lastSubject: mem.lastSubject, lastPair: mem.lastPair, lastEvent: mem.lastEvent, lastGroup: mem.lastGroup, lastPersons: mem.lastPersons, history, cueAt, out, missed, attributedTo: undefined, groups: [], inMention, inRelative, stative, byKind, discourse, relatives: undefined, custody: undefined, words: undefined, marks: undefined, wordCues: undefined };
    if (byKind.has('role_group') && (byKind.has('group') || byKind.has('plural'))) {
      const rg = roleGroupAnaphors(ctx);
      if (rg) {
        // (the group word read as its holders is no longer an anaphor of the states: "the defence ministers of the two countries")
        ctx.s = s = withAnaphors(sentenceWith(s, s.mentions.filter((m) => !rg.apposed.has(m)), s.triggers, s.cues.filter((c) => !rg.cues.has(c))), rg.added);
        Object.assign(ctx, cueIndex(s));
      }
    }
    const ag = anaphorGates(ctx);
    // ("The administration, which runs …" after "the Kurdish-led administration": that one, not the US; statetitle.ts, ref43)
    const rebound = reboundDescriptors(ctx);
    if (rebound) ctx.s = s = sentenceWith(s, rebound, s.triggers, s.cues);
    // "الوزير الإيراني" with no office holder of its own: the latest person of that country (discourse.ts)
    const described = descriptorAnaphors(ctx);
    if (described) ctx.s = s = withAnaphors(s, described);
    // ("the Emirati minister's visit": the latest Emirati named; discourse.ts)
    const describedEn = descriptorPersonsEn(ctx);
    if (describedEn) ctx.s = s = sentenceWith(s, describedEn, s.triggers, s.cues);
    // ("strikes on its territory", "من أراضيها": the state that is the clause subject; discourse.ts)
    const lands = ownTerritoryAnaphors(ctx);
    if (lands) ctx.s = s = withAnaphors(s, lands);
    // ("ودعا الاتحاد دمشق", "the bloc said": the last organisation named with that head; discourse.ts)
    // (`والي ولاية كلس التركية`, "the governor of Quneitra": the state the province lies in; governor.ts, ref46)
    const governors = governorMentions(ctx);
    if (governors) ctx.s = s = sentenceWith(s, governors, s.triggers, s.cues);
    // (`وطالب المحافظ …`, "The governor urged …": the governor named before by his province; governor.ts, ref55)
    const bareGovernors = bareGovernorMentions(ctx);
    if (bareGovernors) ctx.s = s = sentenceWith(s, bareGovernors, s.triggers, s.cues);
    const heads = orgHeadAnaphors(ctx);
    if (heads) ctx.s = s = withAnaphors(s, heads);
    // (`والفصائل الموالية لها`, "Turkish-backed factions": the umbrella group the article names; factiondescriptor.ts, ref46)
    const factions = factionDescriptors(ctx);
    // ("Officials of the Kurdish-led administration met …", `مسؤولين في «الإدارة الذاتية»`: the body; bodymembers.ts, ref47)
    const members47 = bodyMembers(ctx);
    if (members47) ctx.s = s = sentenceWith(s, members47, s.triggers, s.cues);
    // ("their Syrian allies": the factions' own adjective is no Syria; ref47)
    const ownAdj = ownFactionDemonyms(ctx);
    if (factions || ownAdj) ctx.s = s = sentenceWith(s, withDescriptors(s, factions ?? [], ownAdj), s.triggers, s.cues);
    // ("the sultanate's support", `تضامن السلطنة`, no state named: the state of the person named; statetitle.ts, ref43)
    const titled = stateTitleAnaphors(ctx);
    if (titled) ctx.s = s = withAnaphors(s, titled);
    // ("but its cells continue to launch attacks": the armed group named before; discourse.ts, ref33)
    const members = ag.membersPronounAnaphors ? membersPronounAnaphors(ctx) : undefined;
    if (members) ctx.s = s = withAnaphors(s, members);
    // (`أهداف مرتبطة بها`: the owner named before as no clause subject; anaphora.ts, ref35)
    const owned = ownerPronounAnaphors(ctx);
    if (owned) ctx.s = s = withAnaphors(s, owned);
    // (`وأصدرت «قسد» بياناً. وكثفت أنقرة ضرباتها على مواقعها`: the holder named before; cliticowner.ts, robust41a)
    const sites = cliticSiteOwners(ctx);
    if (sites) ctx.s = s = withAnaphors(s, sites);
    // (`وقالت «الهيئة» إن مقاتليها استهدفوا`, "the ministry said its units had …": the speaker's own; returnfire.ts, ref43)
    const owned43 = speakerOwnedSubjects(ctx);
    if (owned43) ctx.s = s = withAnaphors(s, owned43);
    // ("بخروج هذه القوات", "these forces": the state whose troops were last named; discourse.ts)
    const these = ag.demonstrativeForces ? demonstrativeForces(ctx) : undefined;
    if (these) ctx.s = s = withAnaphors(s, these);
    // ("bomb the region", "وتتعرض المنطقة لغارات", "Both towns are held by …": the last places named; discourse.ts)
    const areas = placeAnaphors(ctx);
    if (areas) ctx.s = s = withAnaphors(s, areas);
    // (`وحدات الجيش تصدّت للمهاجمين`, "pounded the attackers' escape routes": the doer of the last attack told; attackeranaphor.ts, ref44)
    const attackers = attackerAnaphors(ctx);
    if (attackers) ctx.s = s = withAnaphors(s, attackers);
    // ("before government forces recaptured it", `منذ سيطرة القوات التركية عليها`: the last place named; placepronoun.ts, ref44)
    const taken = ag.capturedPlacePronouns ? capturedPlacePronouns(ctx) : undefined;
    if (taken) ctx.s = s = withAnaphors(s, taken);
    // ("بموجب اتفاق رعته الصين", "a China-brokered deal", "a mediator between A and B": no parties; agreements.ts)
    const brokers = ag.brokerMentions ? brokerMentions(ctx) : undefined;
    if (brokers) ctx.s = s = sentenceWith(s, s.mentions.filter((m) => !brokers.has(m)), s.triggers, s.cues);
    // ("a NATO ally of Turkey", "its NATO ally": the alliance names no party; allymodifier.ts, np45)
    const alliances = allyModifiers(ctx);
    if (alliances) ctx.s = s = sentenceWith(s, s.mentions.filter((m) => !alliances.has(m)), s.triggers, s.cues);
    for (const m of s.mentions) inMention.fill(1, m.tok0, m.tok1);
    // (an intervention is a deployment with a place and a date of its own, read by its frame alone, presence.ts, below;
    // out of the sentence's triggers, so that no other relation sees a verb there: `حين تدخلت عسكرياً لدعم حكومة الأسد`)
    const interv = s.triggers.filter((x) => isIntervention(ctx, x));
    if (interv.length) ctx.s = s = sentenceWith(s, s.mentions, s.triggers.filter((x) => !interv.includes(x)), s.cues);
    // (`اتفاق وقف إطلاق النار … بين روسيا وتركيا`: a ceasefire is no fire between its parties; ceasefire.ts, slot45)
    const ceased = ceasedFire(ctx);
    if (ceased.length) ctx.s = s = sentenceWith(s, s.mentions, s.triggers.filter((x) => !ceased.includes(x)), s.cues);
    markAppositions(ctx);
    // ("Turkey, which regards the YPG, the backbone of the SDF, as …, has …": the label clause past its apposition; en43)
    if (ag.labelRelatives) labelRelatives(ctx);
    const att = attribution(ctx, prevAttribution);
    ctx.attributedTo = att.text;
    if (att.text) prevAttribution = att.text;
    if (att.speaker && actor(lex, att.speaker)) ctx.lastSubject = att.speaker;
    const before = out.length;
    for (const T of s.triggers) {
      const n = out.length;
      // (`وردّت «قسد» بقصف مدفعي طال مواقع لـX`: the reply's relative verb is done by the replier, read before the verb's own
      // frame; attackrelative.ts, slot51)
      let ok = ctx.lang === 'ar' && T.patterns[0]!.relation === 'attacked' && T.patterns[0]!.pos === 'verb' && hasWordCue(ctx, 'response_verb') && !isNegated(ctx, T) && !isHypothetical(ctx, T) && attackNounRelative(ctx, T, true);
      if (!ok) ok = processTrigger(ctx, T);
      // (a word listed by several rows, `يعمل مع` / `يعمل إلى جانب`, `يحارب X`: when the first row resolves no pair, the
      // later rows of its part of speech are tried in file order, the first that emits kept; laterRows)
      if (out.length === n && T.patterns.length > 1) for (const R of laterRows(ctx, T)) if ((ok = processTrigger(ctx, R) || ok) && out.length > n) break;
      // (`قصف مدفعي لقوات النظام طال قرى في …`: an Arabic attack verb with no reading of its own, the asyndetic relative of
      // an indefinite attack noun, hits its object by the noun's doer; attackrelative.ts, att38)
      if (out.length === n && ctx.lang === 'ar' && T.patterns[0]!.relation === 'attacked' && T.patterns[0]!.pos === 'verb' && !isNegated(ctx, T) && !isHypothetical(ctx, T)) ok = attackNounRelative(ctx, T) || ok;
      // ("the convoy entered the camp", `وصل بعضها إلى`: goods moved, no actor's visit or presence; a controller named after
      // the place in a relative stays; guards.ts goodsSubject, pred36)
      if (out.length > n && T.patterns[0]!.pos === 'verb' && GOODS_MOVES.has(T.patterns[0]!.relation) && goodsSubject(ctx, T))
        for (let i = out.length - 1; i >= n; i--) if (GOODS_MOVES.has(out[i]!.relation) && out[i]!.evidence.sourceSpan[0] <= out[i]!.evidence.targetSpan[0]) { stative.delete(out[i]!); out.splice(i, 1); }
      // (a state's base at a place is a standing presence: dated at publication, whatever the sentence's day)
      if (out.length > n && T.patterns[0]!.relation === 'deployed_in' && T.patterns[0]!.pos === 'noun' && cueWords(ctx.lex, 'base_noun').has(s.tokens[T.tok0]!.norm.slice(T.clitics.length))) atPublication(ctx, n);
      // (`وطالب الوجهاء بتحسين …`: an urging with no addressee urges the other side of the last meeting; urgedpartner.ts, ref55)
      if (!ok && out.length === n && T.patterns[0]!.relation === 'urged' && !isNegated(ctx, T) && !isHypothetical(ctx, T)) ok = urgedPartner(ctx, T);
      if (!ok && out.length === n && !isNegated(ctx, T) && !isHypothetical(ctx, T))
        missed.push({ sentence: doc.article.text.slice(s.start, s.end), trigger: doc.article.text.slice(T.start, T.end), relation: T.patterns[0]!.relation });
    }
    sentenceFrames(ctx, att.speaker, before, interv);
    // (`…، ولا سيما استهداف X`, "including an attack on X": the included attack's doer is the first attack's; att41)
    includedAttackDoer(ctx, before);
    // ("mounted sweeps in the Badia to root out IS cells", `حملات تمشيط في البادية`: presence, not an attack on the place; sweeps.ts, np39)
    sweeps(ctx, before);
    // ("mounted several sweeps against IS cells in the Badia": sweepagainst.ts, slot45)
    sweepsAgainst(ctx);
    // (`…، الذي حمّلت مسؤوليته لـX و«Y»`: the opening actor accused them; blamerelative.ts, slot45)
    blameRelativeAr(ctx);
    // ("its fighters returned fire", `مقاتليها ردّوا على مصادر النيران`: on the attacker; returnfire.ts, ref43)
    returnedFire(ctx, before);
    // ("government artillery responded by pounding …", `وردّت X بقصف …`: the one answered; replyact.ts, slot47)
    replyByAct(ctx, before);
    // ("al-Hol, which the SDF has run since 2019": an English object relative on a place; objrelative.ts, ref38)
    if (ctx.lang === 'en' && s.triggers.length) objectRelativesEn(ctx);
    // (`فرق إنقاذ من الدفاع المدني العراقي`, `الفارين من لبنان`: where goods or people come from is no envoy, guest or
    // host; guards.ts goodsOrigin, pred36)
    if (out.length > before) withoutGoodsOrigins(ctx, before);
    // (a stated presence with "alongside"/`إلى جانب`/"together with" a partner: coordinated_with; joint.ts, pred33)
    // (a joint fight: `حرباً ضد «داعش» إلى جانب «قسد»`, "working with the SDF against IS"; joint.ts, pred36)
    if (ctx.byKind.has('alongside') || (out.length > before && out.slice(before).some((r) => r.relation === 'coordinated_with' || (r.relation === 'supported' && ctx.lang === 'en')))) alongsideFight(ctx, before);
    if (ctx.byKind.has('alongside')) {
      jointPresence(ctx, before);
      // (the partner of that presence is there too: gold rule 18b; joint.ts, pred35)
      partnerPresence(ctx, before);
      // (the coordination a presence with a partner made, then a fight frame: `إلى جانب «قسد» في ملاحقة فلول التنظيم`; ref38)
      partnerAgainst(ctx, before);
    }
    // ("its cells still carry out attacks in the Syrian desert": the members' presence, not an attack on the place; ref34)
    membersPresence(ctx, before);
    // ("in a raid backed by US helicopters", "SDF units, backed by …": the backer supports the act's doer; backedact.ts, slot43)
    if (s.triggers.some((T) => T.patterns[0]!.relation === 'supported')) {
      backedActs(ctx, before);
      // ("drove IS out of the town … with US air support": the attacker's backing, not the attacked's; supportadjunct.ts, slot51)
      if (out.length > before) attackerBacking(ctx, before);
    }
    // (a quoted or called occupation label, `«الاحتلال الأمريكي»`, "what it called the American occupation"; occupationlabel.ts, slot43)
    occupationLabels(ctx, before);
    // ("accused government forces and their ally Russia", `النظام وحليفته روسيا`: the ally as a second member; allyconjunct.ts, slot43)
    if (out.length > before && hasWordCue(ctx, ctx.lang === 'en' ? 'ally_noun_en' : 'ally_conj_ar')) allyConjuncts(ctx, before);
    // (`أن أي تقدم … مرهون بانسحاب القوات التركية`: the speaker urges the owner of the act a condition demands; precondition.ts, slot44)
    conditionUrges(ctx);
    // ("… described Turkish forces as occupiers and demanded their withdrawal": the forces; ownedwithdrawal.ts, slot51)
    if (ctx.lang === 'en' && s.triggers.some((T) => T.patterns[0]!.relation === 'urged')) ownedWithdrawals(ctx, before);
    // ("captured the Golan Heights from Syria", "Afrin, which Turkey seized from the YPG": the former holder; takenfrom.ts, slot44)
    takenFrom(ctx);
    // (`هجوم شنّه X على نقطة عسكرية للجيش قرب بلدة P`: the post's owner is in P, once the attack's record is made; attackedpost.ts, np53)
    if (out.length > before && hasWordCue(ctx, 'attacked_post')) attackedPost(ctx, before);
    // ("positions of the PKK and the YPG in northern Syria and northern Iraq": each group with the places of its own
    // country when some are; coholders.ts, coh44)
    if (out.length > before + 2) withoutForeignCoHolderPlaces(ctx, before);
    if (areas || lands) withoutPlaceAnaphorRecords(lex, out, before, s, areas, lands);
    if (heads) withoutOpenedHeadRecords(out, before, s, heads);
    // context for the next sentence
    rememberSentence(mem, ctx, s, out.slice(before), att.speaker, history, since);
  }
  const done = copyDoc(doc);
  done.relations = out;
  done.missed = missed;
  done.stative = stative;
  return done;
}

/**
 * findRelations' steps after a sentence's triggers, one function each (branch split28: the per-sentence loop compiles in
 * a fraction of the time, and a path first taken after compiling recompiles only its step).
 */
/** What findRelations carries from sentence to sentence for the next one's anaphors (its Ctx's last… fields). */
type Memory = {
  lastSubject: Mention | undefined;
  lastPair: [Mention, Mention] | undefined;
  lastEvent: [Mention, Mention] | undefined;
  lastGroup: Mention[] | undefined;
  lastPersons: [Mention, Mention] | undefined;
  personPair: [Mention, Mention] | undefined;
  persons: Mention[];
  /** A new meeting was told whose parties were not read: no fallback pair stands in for its sides (unresolvedmeeting.ts, ref53). */
  pairBlocked?: boolean;
};

/** The records of the sentence from `before` whose source or target is a place anaphor or a state's own territory, dropped. */
function withoutPlaceAnaphorRecords(lex: Lexicon, out: RelationRecord[], before: number, s: Sentence, areas: Mention[] | undefined, lands: Mention[] | undefined): void {
  // (a place anaphor is only ever the place struck or held, never an actor: placeAnaphors)
  // (so is a state's own territory, "its territory", `أراضيها`: where, never who)
  const spans = new Set([...(areas ?? []), ...(lands ?? [])].map((m) => m.start - s.start));
  // ("the country" is never the holder's own state: "helping him regain control of most of the country")
  const countries = new Set((areas ?? []).filter((m) => m.kind === 'country').map((m) => m.start - s.start));
  for (let i = out.length - 1; i >= before; i--) {
    const r = out[i]!;
    const own = countries.has(r.evidence.targetSpan[0]) && stateOf(lex, r.source) === r.target;
    if (own || spans.has(r.evidence.sourceSpan[0]) || (spans.has(r.evidence.targetSpan[0]) && !PLACE_ANAPHOR_RELATIONS.has(r.relation) && r.relation !== 'visited')) out.splice(i, 1);
  }
}

/** The records of the sentence from `before` that make an organisation head after أن / "that" the object of a word before it, dropped. */
function withoutOpenedHeadRecords(out: RelationRecord[], before: number, s: Sentence, heads: Mention[]): void {
  // (a bare organisation head right after أن / إن / "that" is the subject of the reported clause, never the object of a
  // word before it: "قال الحية عقب اللقاء إنه …، معلناً أن الحركة قررت")
  const opens = new Set(heads.filter((m) => /^(ان|that)$/.test(nth(s.tokens, m.tok0 - 1)?.norm ?? '')).map((m) => m.start - s.start));
  // (a body is who, never where: `منشقون عن الجيش ومقيمون في مناطق سيطرة X` does not place X in the army's state)
  const all = new Set(heads.map((m) => m.start - s.start));
  for (let i = out.length - 1; i >= before; i--) {
    const r = out[i]!;
    const [a, b] = [r.evidence.sourceSpan[0], r.evidence.targetSpan[0]];
    if ((opens.has(b) && a < b) || (opens.has(a) && b < a) || (r.relation === 'deployed_in' && all.has(b))) out.splice(i, 1);
  }
}

/** The mention a record's side was read at, standing for that side's entity (a token's anaphor when no mention starts there). */
function recordMention(s: Sentence, lex: Lexicon, r: RelationRecord, side: 'source' | 'target'): Mention | undefined {
  const sp = side === 'source' ? r.evidence.sourceSpan : r.evidence.targetSpan;
  const m = s.mentions.find((x) => x.start - s.start === sp[0]);
  if (m) return mentionOf(m, r[side], m.kind);
  // ("where he was received by X": a pronoun's referent, at the pronoun)
  // (or a verb carrying the subject, its span past the proclitic: "واجتمع")
  const k = s.tokens.findIndex((t) => t.start - s.start <= sp[0] && t.end - s.start > sp[0]);
  const e = lex.entities.get(r[side]);
  return k >= 0 && e ? mention(k, k + 1, s.tokens[k]!.start, s.tokens[k]!.end, e.id, e.kind, 'anaphor', false, '') : undefined;
}

/** findRelations: the memory for the next sentence from this one's records `mine` (and the discourse.ts memory). */
function rememberSentence(mem: Memory, ctx: Ctx, s: Sentence, mine: RelationRecord[], speaker: Mention | undefined, history: Mention[][], since: string): void {
  const { lex, discourse } = ctx;
  remember(discourse, lex, s, mine.filter((r) => !backgroundClaim(r)), since);
  rememberSubject(mem, ctx, s, mine, speaker);
  rememberPersons(mem, s, lex, mine);
  // (the organisations inside an office, `زعيم حزب X NAME`, are named for the sentences after: "الحزب")
  history.push(s.offices ? [...s.mentions, ...s.offices].sort((a, b) => a.tok0 - b.tok0) : s.mentions);
  rememberGroup(mem, ctx, s);
  const wasEvent = mem.lastEvent;
  rememberEvent(mem, s, lex, mine);
  rememberMeeting(ctx, s, mine);
  // (the story's first two-party event and the date of the last one, for "the two sides" past a side event; ref40,
  // anaphora.ts anaphorAt)
  if (mem.lastEvent !== wasEvent) ctx.discourse.eventDate = lastEventOf(mine, lex)?.date;
  if (!ctx.discourse.story && mem.lastEvent) [ctx.discourse.story, ctx.discourse.storyDate] = [mem.lastEvent, ctx.discourse.eventDate];
  rememberPair(mem, ctx, s, mine);
}

/** rememberSentence: the subject for the next sentence (the speaker, the first record's source, else the first person or country). */
function rememberSubject(mem: Memory, ctx: Ctx, s: Sentence, mine: RelationRecord[], speaker: Mention | undefined): void {
  const { lex } = ctx;
  if (speaker && actor(lex, speaker) && !reportSource(ctx, speaker)) mem.lastSubject = speaker;
  else if (mine.length) mem.lastSubject = recordMention(s, lex, mine[0]!, 'source') ?? mem.lastSubject;
  else {
    // the first person or country of the sentence (actor() only for the sentences that need it); an organisation named
    // first as the sentence's subject, not behind a preposition or as a possessor ("In its resolution, the council
    // expressed concern …. It also urged …", `وأعربت المنظمة عن قلقها …`), is the subject too
    for (const m of s.mentions) {
      const a = actor(lex, m);
      if (a && (a.kind === 'person' || a.kind === 'country')) {
        mem.lastSubject = a;
        break;
      }
      if (a && a.kind !== 'place' && m.via !== 'demonym' && !prepOf(ctx, m) && !isPossessive(ctx, m)) {
        mem.lastSubject = a;
        break;
      }
    }
  }
}

/** rememberSentence: the persons named so far, and the last two people a relation joined ("the two presidents"). */
function rememberPersons(mem: Memory, s: Sentence, lex: Lexicon, mine: RelationRecord[]): void {
  for (const m of s.mentions) {
    if (m.kind !== 'person') continue;
    const i = mem.persons.findIndex((x) => x.entity === m.entity);
    if (i >= 0) mem.persons.splice(i, 1);
    mem.persons.push(m);
  }
  // "the two presidents": the last two people a relation joined, else the last two named
  const personRel = [...mine].reverse().find((r) => kindOf(lex, r.source) === 'person' && kindOf(lex, r.target) === 'person');
  const pa = personRel && recordMention(s, lex, personRel, 'source');
  const pb = personRel && recordMention(s, lex, personRel, 'target');
  if (pa && pb) mem.personPair = [pa, pb];
  if (mem.personPair) mem.lastPersons = mem.personPair;
  else if (mem.persons.length >= 2) mem.lastPersons = [mem.persons[mem.persons.length - 2]!, mem.persons[mem.persons.length - 1]!];
}

/** rememberSentence: the last group of three or more ("the guarantors"). */
function rememberGroup(mem: Memory, ctx: Ctx, s: Sentence): void {
  const { lex } = ctx;
  const big = [...ctx.groups].reverse().find((g) => g.length >= 3);
  if (big) mem.lastGroup = big;
  else {
    const grouped = s.mentions.filter((m) => m.grouped);
    const named = s.cues.find((c) => c.cues.some((k) => k.kind === 'group' && k.value && k.value !== '-' && !k.value.startsWith('#')));
    if (grouped.length >= 3) mem.lastGroup = grouped;
    else if (named) mem.lastGroup = anaphorAt(ctx, named.tok0)?.group ?? mem.lastGroup; // "The guarantors reaffirmed …"
    else {
      // "a joint statement by Iran, Russia and Turkey": the last list of three or more actors
      for (let i = 0; i + 2 < s.mentions.length; i++) {
        if (s.mentions[i]!.conj || !s.mentions[i + 1]!.conj || !s.mentions[i + 2]!.conj) continue;
        const g = groupFrom(s.mentions, i).filter((m) => actor(lex, m));
        if (g.length >= 3 && new Set(g.map((m) => m.entity)).size === g.length) mem.lastGroup = g;
      }
    }
  }
}

/** rememberSentence: the parties of the last event. */
function rememberEvent(mem: Memory, s: Sentence, lex: Lexicon, mine: RelationRecord[]): void {
  // discourse memory (discourse.ts): the parties of the last event (the doer of the last attack: remember, above)
  const ev = lastEventOf(mine, lex);
  const evA = ev && recordMention(s, lex, ev, 'source');
  const evB = ev && recordMention(s, lex, ev, 'target');
  // (a meeting of three or more has no "two sides": the memory keeps the last two-party event)
  if (evA && evB && !manySided(mine, ev)) mem.lastEvent = [evA, evB];
  else if (ev) signersEvent(mem, s, lex, mine, ev);
}

/** rememberSentence: the parties of the sentence's done meetings, for "which hosted the meeting" after it (discourse.meeting). */
function rememberMeeting(ctx: Ctx, s: Sentence, mine: RelationRecord[]): void {
  const parties = new Map<string, Mention>();
  for (const r of mine) {
    if (r.relation !== 'met' || r.attrs?.mode === 'planned') continue;
    for (const side of ['source', 'target'] as const) {
      const m = recordMention(s, ctx.lex, r, side);
      if (m && !parties.has(m.entity)) parties.set(m.entity, m);
    }
  }
  if (parties.size >= 2) ctx.discourse.meeting = [...parties.values()];
}

/** rememberEvent's many-sided event with exactly two signing sources: those two are its "two sides". */
function signersEvent(mem: Memory, s: Sentence, lex: Lexicon, mine: RelationRecord[], ev: RelationRecord): void {
  // ("Russia and Ukraine signed agreements with Turkey and the UN. … urged the two sides": a many-sided event whose
  // records share exactly two sources, a subject pair acting with others, has those two as its "two sides")
  const signers = signingPair(mine, ev);
  const a = signers && mine.find((r) => r.source === signers[0]);
  const b = signers && mine.find((r) => r.source === signers[1]);
  const ma = a && recordMention(s, lex, a, 'source');
  const mb = b && recordMention(s, lex, b, 'source');
  if (ma && mb) mem.lastEvent = mem.lastPair = [ma, mb];
}

/** rememberSentence: "the two sides" for the next sentence. */
function rememberPair(mem: Memory, ctx: Ctx, s: Sentence, mine: RelationRecord[]): void {
  const { lex } = ctx;
  // (English: "the two sides" are the parties of the last meeting, visit, call or joint act, not of any relation)
  // (nor the host of talks between others: "محادثات استضافتها الصين بين A و B" leaves A and B as the pair)
  // (a new meeting whose parties were not read: its sides are no older pair, nor a later sentence's last names or
  // non-joint relation, until a joint act names a pair again; unresolvedmeeting.ts, ref53)
  // (the meeting's own sentence may still name its two sides: `عقد X اجتماعاً مع Y` with the meeting unread)
  if (unresolvedMeeting(ctx, s, mine)) {
    [mem.lastPair, mem.pairBlocked] = [lastTwoNamed(lex, s, true) ?? mem.lastPair, true];
    return;
  }
  const pairRel = [...mine].reverse().find((r) => !PLACE_RELATIONS.has(r.relation) && kindOf(lex, r.target) !== 'place' && (ctx.lang === 'ar' || JOINT.has(r.relation)) && (!mem.pairBlocked || JOINT.has(r.relation)) && !hostOfTalks(mine, r));
  if (pairRel) {
    // ("the defence ministers of A, B and C met": no pair for "the two sides" next)
    const a = ctx.lang === 'en' && manySided(mine, pairRel) ? undefined : recordMention(s, lex, pairRel, 'source');
    const b = a && recordMention(s, lex, pairRel, 'target');
    if (a && b) [mem.lastPair, mem.pairBlocked] = [[a, b], false];
  } else if (!mem.lastPair) {
    // no pair yet: the last two actors named ("the two sides" after a sentence that names both)
    // (after a meeting with unread parties, not two joined by another act of their own sentence: `تبنّى «داعش» هجوماً
    // على حاجز لـ«قسد»` names no sides of the meeting; ref53)
    const two = lastTwoNamed(lex, s, true);
    if (!(mem.pairBlocked && two && mine.some((r) => [r.source, r.target].every((e) => e === two[0].entity || e === two[1].entity)))) mem.lastPair = two;
  }
}

/**
 * rememberPair: the last two distinct actors (no organisation) named in `s`, if there are two; with `noLists`, none of a
 * list of three or more (`قرب المثلث الحدودي بين سوريا والعراق والأردن` locates a meeting, its three are no two sides).
 */
function lastTwoNamed(lex: Lexicon, s: Sentence, noLists = false): [Mention, Mention] | undefined {
  const distinct: Mention[] = [];
  const ms = s.mentions;
  // (the length of the conjunct run each mention belongs to)
  const run = new Array<number>(ms.length).fill(1);
  if (noLists) for (let i = 0, j = 0; i < ms.length; i = j) {
    for (j = i + 1; j < ms.length && ms[j]!.conj; j++);
    for (let k = i; k < j; k++) run[k] = j - i;
  }
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (run[i]! >= 3) continue;
    const a = actor(lex, m);
    if (a && a.kind !== 'organization' && !distinct.some((d) => d.entity === a.entity)) distinct.push(a);
  }
  return distinct.length >= 2 ? [distinct[distinct.length - 2]!, distinct[distinct.length - 1]!] : undefined;
}

/**
 * The frames read once per sentence after its triggers, in this order (split from findRelations: a function this size
 * compiles in a fraction of the time, and the first run of one of these paths after compiling recompiles this one alone).
 */
function sentenceFrames(ctx: Ctx, speaker: Mention | undefined, before: number, interv: Trigger[]): void {
  const { s, discourse } = ctx;
  const rels = triggerRelations(s.triggers);
  const g = readerGates(ctx, rels);
  if (ctx.byKind.has('declared_target')) declaredTargets(ctx);
  // ("backs the SDF in its fight against IS", `إلى جانب «قسد» في مواجهة «داعش»`: the partner's fight; fight.ts, pred32)
  if (ctx.byKind.has('abstract')) principleSupport(ctx);
  // ("Jordan, a close US ally": gold rule 19b; fight.ts, rule19)
  if (ctx.lang === 'en' && ctx.byKind.has('agent_noun')) allyAttributive(ctx);
  if (ctx.byKind.has('fight_noun') || (ctx.lang === 'en' && ctx.s.tokens.some((t) => t.norm === 'against'))) {
    partnerFight(ctx);
    if (ctx.lang === 'en') {
      partOfFight(ctx);
      allyFight(ctx);
    }
  }
  // (`القوات التركية وفصائل «الجيش الوطني» الموالية لها`: the referent supports the group; fight.ts, pred32)
  if (ctx.byKind.has('loyal_pronoun')) loyalToPronoun(ctx);
  // ("the SDF, Washington's main partner": the owner supports the one described; fight.ts, pred32)
  if (ctx.byKind.has('partner_noun')) partnerOf(ctx);
  // ("X claimed responsibility for the attack", "أعلن X مسؤوليته عن الهجوم": the claimant struck the attack's target)
  if ((rels & R_ATTACKED_ANY) !== 0) claimedAttacks(ctx);
  // ("وقُتل في الغارة نفسها X", "قُتل فيها X": the one killed in the attack told; frames.ts)
  if (ctx.lang === 'ar' && (rels & R_ATTACKED_ANY) !== 0) killedInToldAttack(ctx);
  // (`قُتل عنصران من «قسد» … جراء استهداف طائرة مسيّرة تركية …`: the victims before the attack; attacks.ts, np36)
  if (ctx.lang === 'ar' && (rels & R_ATTACKED_ANY) !== 0 && hasWordCue(ctx, 'killed_word')) victimsBeforeAttack(ctx);
  // ("an Israeli strike on Iran's consulate": the mission's state is attacked too; attacks.ts, np36)
  if ((rels & R_ATTACKED_ANY) !== 0 && ctx.out.length > before) missionAttack(ctx, before);
  if (ctx.byKind.has('obligation') && speaker) obligations(ctx, speaker);
  // ("Amman expected Damascus to take steps", "Baghdad wanted Damascus to coordinate": urged; expectation.ts, ref43)
  if (ctx.lang === 'en' && hasWordCue(ctx, 'expect_verb')) expectations(ctx, speaker);
  if (ctx.byKind.has('responsibility') && speaker) behindClaims(ctx, speaker);
  if (ctx.byKind.has('unacceptable') && speaker) unacceptableClaims(ctx, speaker);
  if (ctx.byKind.has('hope')) hopes(ctx);
  if (ctx.lang === 'en') {
    // ("Erdogan is due in Tehran on Tuesday": a planned visit; duein.ts, solo49)
    if (ctx.s.tokens.some((t) => t.norm === 'due')) dueIn(ctx);
    if (g.thanks) thanks(ctx);
    if (g.backedInName) backedInName(ctx);
    if (g.elidedVisit) elidedVisit(ctx);
    if (ctx.byKind.has('military')) wherePresence(ctx);
    if (g.controlPresence) controlPresence(ctx, before);
  }
  if (g.controlPresenceAr) controlPresenceAr(ctx, before);
  // ("in the face of Israeli aggression", `في مواجهة العدوان الإسرائيلي`: the speaker's label; aggression.ts, pred36)
  if (hasWordCue(ctx, 'aggression_noun', true)) aggressionLabels(ctx, speaker);
  if ((rels & R_ATTACKED_ANY) !== 0 && hasWordCue(ctx, 'violation_label', true)) violationLabels(ctx, speaker);
  // ("held joint drills near the al-Omar oil field": the holders' presence; drills.ts, pred36)
  if (hasWordCue(ctx, 'drill_noun', true) || (ctx.lang === 'ar' && (sentenceWords(ctx) & W_DRILL_AR) !== 0 && /مناور|تدريب|تمارين|تمرين/.test(ctx.doc.article.text.slice(ctx.s.start, ctx.s.end)))) drillsPresence(ctx);
  // ("repelled an attack by Y", `تصدت X لهجوم شنّه Y`: gold rule 20c; repel.ts, pred36)
  if (ctx.byKind.has('repel_verb')) {
    repelledAttacks(ctx);
    // ("its fighters repelled the assault", `مقاتليه تصدّوا للهجوم`: the attack told before; returnfire.ts, ref43)
    repelledDefinite(ctx);
  }
  // (`أطلقت تركيا عملية «المخلب - السيف» ضد مواقع A في P ومواقع B في Q`: np35)
  if (g.launchedOperations) launchedOperations(ctx);
  // ("Jordan sealed its side of the border in 2016", `وأغلق الأردن حدوده مع المخيم`: gold rule 21e; sealedborder.ts, slot47)
  if (g.sealedBorder) sealedBorder(ctx);
  // (`يخضع قطاع النفط السوري لعقوبات أمريكية وأوروبية`, "hit by US and European sanctions": np35)
  if (g.demonymSanctions) demonymSanctions(ctx);
  if (g.targetedSanctions) targetedSanctions(ctx);
  // ("lift their sanctions", `عقوباتهما`, `العقوبات الأمريكية المفروضة عليها`, `العقوبات التي تفرضها على X`: sanctionowned.ts, np43)
  if (g.ownedSanctions) ownedSanctions(ctx);
  // (`حمّل X المسؤولية` the verb's frame missed: relative clitic object, unnamed conjunct, dropped subject; blame.ts, pred37)
  if (ctx.lang === 'ar' && ctx.byKind.has('responsibility')) blameIdiom(ctx);
  // ("has threatened a new offensive against X", "vowed to launch an offensive to push X out"; threatop.ts, pred37)
  if (g.threatenedOffensives) threatenedOffensives(ctx);
  // ("has made a Turkish withdrawal from Syrian territory a precondition": urged and deployed_in; precondition.ts, pred37)
  if (g.withdrawalPrecondition) withdrawalPrecondition(ctx);
  // ("called on Washington to end its support for the YPG", `طالبت أنقرة واشنطن بوقف دعمها لـX`: the addressee supported X; supportowner.ts, pred38)
  if (g.supportOwnedByAddressee) supportOwnedByAddressee(ctx);
  // ("X said that …, and accused Y of …": the speaker's stance when the verb's frame gave none; speakerverb.ts, pred38)
  if (g.speakerAfterCommaAnd) speakerAfterCommaAnd(ctx, speaker, before);
  // ("Israel said Hezbollah was using the crossing", `يقول X إن «الهيئة» تستخدم`: the speaker accused the user; useclaim.ts, pred38)
  if (g.useClaims) useClaims(ctx);
  // (slot53: "infrastructure used by the PKK and the YPG in Iraq and Syria": each user in each place; usedby.ts)
  if (g.useClaims) usedByPresence(ctx);
  // (`…، دعماً لقوات الحكومة`, "… in support of SDF fighters": the clause's subject supported them; supportpurpose.ts, pred38)
  if (g.supportPurpose) supportPurpose(ctx, before);
  // ("the Syrian National Army, a coalition of factions it arms and pays": the opening subject supported it; appositionpatron.ts, pred38)
  if (g.appositionPatron) appositionPatron(ctx);
  // ("called on X to press Y", `بالضغط على Y`: the one to be pressed is no one's addressee; pressuretarget.ts, pred38)
  if (ctx.out.length > before) withoutPressureTargets(ctx, before);
  // ("has received American funding", `حصل على تمويل أمريكي`: the giver supported the recipient, no guest; receivedsupport.ts, np55)
  if (ctx.out.length > before && ctx.byKind.has('recipient')) withoutReceivedSupport(ctx, before);
  // ("calling their presence illegal", `تصف الوجود الأمريكي بالاحتلال`: the speaker criticized the owner; illegalpresence.ts, pred37)
  if (g.illegalPresence) illegalPresence(ctx);
  // (`الوجود العسكري الأمريكي والتركي … على الأراضي السورية`, "the Turkish and US military presence in Syria": presencenoun.ts, np42)
  if (g.presenceNounOwners) presenceNounOwners(ctx);
  // (`وجودهما العسكري في سوريا`, `وجودها هناك`, `ولروسيا وجود عسكري في P`, `يحتفظ X بوجود فيها`: ownedpresence.ts, np55)
  if (g.ownedPresences) ownedPresences(ctx);
  // (`مسؤولين من مكتبها في القامشلي`, "at its headquarters in P": a body's own office is its presence; officepresence.ts, np56)
  if (g.officePresences) officePresences(ctx);
  // ("operations against the YPG in northern Syria", `عملية ضد الوحدات الكردية في شمال سوريا`: the side is there; againstin.ts, np44)
  if (g.againstIn) againstIn(ctx);
  // ("IS cells have carried out attacks in P", "its cells still operate in P", `تنشط خلايا للتنظيم في P`: actingin.ts, np45)
  if (g.actingIn) actingIn(ctx);
  // ("killed three people, including a commander of the SDF": the named victims were attacked; killedincluding.ts, np44)
  if ((rels & R_ATTACKED_ANY) !== 0) killedIncluding(ctx);
  // (`تعرضت قرى … لقصف مصدره X`: the attack's doers named by its source; sourcedattack.ts, np44)
  if ((rels & R_ATTACKED_ANY) !== 0) sourcedAttacks(ctx);
  // ("Jordan hosts American troops", `تستضيف قوات أمريكية`: presence of the owner in the host, no guest; hostedtroops.ts, np43)
  if (g.hostedTroops) hostedTroops(ctx, before);
  // (`سيّرت القوات الروسية والتركية دورية مشتركة في ريف الدرباسية`: the patrollers are there; patrol.ts, solo49)
  if (ctx.lang === 'ar' && ctx.byKind.has('patrol_noun')) patrolPresence(ctx);
  // ("also hosts Syrian government troops and Russian military police": the state inside its troops mention; hostedlisted.ts, slot48)
  if (g.hostedListedTroops) hostedListedTroops(ctx, before);
  // ("hosted A and B … for talks": the host meets each guest, the guests each other; hostedtalks.ts, solo51)
  if (g.hostedTalks) hostedTalks(ctx, before);
  // (`بقصف … على قرى A وB في P`: unknown villages placed by P; villagesin.ts, np43)
  if ((rels & R_ATTACKED_ANY) !== 0) villagesIn(ctx);
  // (`وتنتشر في منطقة P وحدات من X وقوات Y، إلى جانب نقاط لـZ`: each owner at each fronted place; frontedplace.ts, slot56)
  if (g.frontedPlaceHolders) frontedPlaceHolders(ctx);
  // ("claimed responsibility for the Ankara bombing", `تبنّى X هجوماً … استهدف مدينة P`: claimedattack.ts, np42)
  if (g.claimantTargets) claimantTargets(ctx);
  // ("deployed in Syria … in a mission against Islamic State remnants", `في إطار الحرب على «داعش»`: np35)
  if (g.missionAgainst && ctx.out.length > before) missionAgainst(ctx, before);
  if (ctx.lang === 'ar' && ctx.byKind.has('recipient')) subjectToControl(ctx, before);
  // (`وعادت درعا إلى سيطرة الحكومة في تموز/يوليو 2018`: bugs42a)
  if (ctx.lang === 'ar' && ctx.byKind.has('charge_noun') && hasWordCue(ctx, 'regain_word', true)) returnedToControlAr(ctx, before);
  if (g.expelledPresence) expelledPresence(ctx, before);
  if (g.campaignPresence) campaignPresence(ctx);
  if (g.pastExpulsion) pastExpulsion(ctx);
  if (g.regainedControl) regainedControl(ctx);
  // (`منذ سيطرة القوات التركية عليها`: the holder of the place the pronoun names; placepronoun.ts, ref44)
  if (g.pronounControlAr) pronounControlAr(ctx);
  // (`منذ سيطرة أنقرة والفصائل على منطقتي A وB`, `انتهت بسيطرة X وY عليها`: the holders of the control noun; controlnoun.ts, np45)
  if (g.controlNounAr) controlNounAr(ctx);
  if (g.capturedFrom) capturedFrom(ctx);
  // (`منذ انتزعت «قسد» السيطرة عليها من «داعش»`, `استعادتها من`, "took it from": the place a pronoun or clitic; takenclitic.ts, slot45)
  if (g.takenClitic) takenClitic(ctx);
  // ("criticised Western sanctions on Syria": an act owned by an unnamed party; unnamedowner.ts, slot55)
  if (g.unnamedOwnerActs) unnamedOwnerActs(ctx, before);
  // ("rejects the charge and says its forces …": no object past a coordinated saying; saidobject.ts, dates55)
  if (g.objectPastSaying) objectPastSaying(ctx, before);
  // (`… في تنظيم «داعش» … بالاشتراك مع X`: the adjunct's doer is no governed name; adjunctpartner.ts, dates55)
  if (g.adjunctPartners) adjunctPartners(ctx, before);
  // ("sent fresh reinforcements to the front lines around P", `أدخل … رتلاً إلى P`: sentforces.ts, slot45)
  if (g.sentForces) sentForces(ctx);
  if (g.strongholdCaptured) strongholdCaptured(ctx);
  if (g.lostPlaces) lostPlaces(ctx, before);
  if (g.lastHoldingOwner) lastHoldingOwner(ctx, before);
  // ("struck the YPG, which …, in northern Syria": the group attacked in P was there; targetin.ts, pres41)
  if (ctx.lang === 'en' && ctx.out.length > before) attackedGroupIn(ctx, before);
  // ("Idlib, which is dominated by HTS,", `ريف حلب الشمالي، الخاضع لسيطرة فصائل X`: passivecontrol.ts, pres41)
  if (g.passiveControlAfterComma) passiveControlAfterComma(ctx);
  // ("X have held P since 2017", "P has been held since 2016 by X": presence, not accused; heldplace.ts, slot46)
  if (g.heldPlace) heldPlace(ctx);
  // ("intends to clear Tal Rifaat and Manbij of the YPG": the foe attacked and present, not the places; clearfoe.ts, slot46)
  if (g.clearedOfFoe && ctx.out.length > before) clearedOfFoe(ctx, before);
  // ("the PKK, which it blames for attacks", "X, a leader of Y whom Washington blamed for": blameobjrel.ts, slot46)
  if (g.blameObjectRelatives) blameObjectRelatives(ctx);
  if (g.expulsionPlaces) expulsionPlaces(ctx);
  // (`وتتقاسم X وY السيطرة على P`, "villages where X and Y share control": each holder is there; sharedcontrol.ts, slot51)
  if (g.sharedControl) sharedControl(ctx);
  // ("after days of fighting with Y", `بعد أيام من الاشتباكات مع Y`: the subject and Y fight each other; clashwith.ts, slot52)
  if (g.clashWith) clashWith(ctx);
  // (`بينما تنتشر القوات الحكومية على ضفته الغربية`, "hold the western bank": the holders are in the river's place; bankpresence.ts, np53)
  if (g.bankPresence) bankPresence(ctx);
  if (ctx.out.length > before) appositeControl(ctx, before);
  if (ctx.byKind.has('judgement')) judgedClause(ctx);
  if (ctx.lang === 'ar' && (rels & R_SUPPORTED_NOUN) !== 0) supportForPronoun(ctx);
  if (ctx.byKind.has('message')) messageEnvoys(ctx);
  // (a raid told by its result, `عملية إنزال … أسفرت عن اعتقال قيادي في تنظيم X`: raidresult.ts, slot42)
  if (g.raidResults) raidResults(ctx);
  // (`قُتل X في عملية إنزال أمريكية`: the operation's owner attacked X; passiveraid.ts, bugs43)
  if (g.passiveRaidKills) passiveRaidKills(ctx);
  if ((rels & R_MET_NOUN) !== 0) gatheredMeetings(ctx);
  // (`عقدت اللجنة الأردنية السورية المشتركة اجتماعاً`, "the committee met … with officials from both countries": the body's two states met; jointbody.ts, ref40)
  if (hasWordCue(ctx, 'joint_body')) jointBodyMet(ctx);
  // (a guest taking part in a meeting its host's relative names: attendhost.ts, slot40)
  if ((rels & R_MET_NOUN) !== 0) attendedHosted(ctx, before);
  // (a summit's owner, its "with" list and its holder; a meeting's role-group owner past a place and a date: meetingparts.ts, np43)
  if ((rels & R_MET_NOUN) !== 0) meetingParticipants(ctx, before);
  if ((rels & R_VISITED_NOUN_ANY) !== 0) {
    if (ctx.lang === 'ar') visitNouns(ctx);
    visitAdjunct(ctx, before);
    // ("…, the first visit by an Israeli head of state to Turkey", "…, his first visit to an Arab state": visitapposition.ts, solo50)
    visitAppositions(ctx, before);
  }
  if ((rels & R_PHONED_NOUN_ANY) !== 0) {
    callAdjunct(ctx, before);
    // (a call the subject received or "the latter" made: calldirection.ts, slot42)
    callDirection(ctx, before);
  }
  if (ctx.out.length > before && (rels & R_MET_NOUN) !== 0) meetingAdjunct(ctx, before);
  if (ctx.byKind.has('retribution')) retribution(ctx, speaker);
  if (ctx.lang === 'en' && (rels & R_ATTACKED) !== 0) labelledAttacks(ctx, discourse);
  if ((rels & R_ATTACKED) !== 0) {
    ownerAfterPlace(ctx, before);
    demonymVictims(ctx, before);
    placesOfNamedTargets(ctx, before);
  }
  // (`الاعتداءات الإسرائيلية …، ولا سيما الغارات التي استهدفت X وY`: the earlier attack's doer struck X and Y; specified.ts, slot37)
  if ((rels & R_ATTACKED_ANY) !== 0) specifiedAttacks(ctx);
  // ("strikes … against what it describes as Iranian and Hezbollah targets": the doer attacked the owners; specified.ts, slot37)
  if ((rels & R_ATTACKED_ANY) !== 0) ownedTargets(ctx, before);
  // ("neutralised members of the PKK in northern Syria", `عملية ضد الوحدات الكردية في تل رفعت`: the foe is there; fight.ts, pred32)
  if (ctx.out.length > before) foePlaces(ctx, before);
  // ("a ground incursion into southern Lebanon": presence there too; fight.ts, pred32)
  if (ctx.lang === 'en' && ctx.out.length > before && (rels & R_ATTACKED) !== 0) incursionPresence(ctx, before);
  if (ctx.byKind.has('suspension')) suspendedMembership(ctx, before);
  if (ctx.out.length > before) demandedWithdrawal(ctx, before);
  // ("demanded … a withdrawal of Turkish forces from Syrian territory": presence, no withdrawal; fight.ts, pred32)
  if ((rels & R_WITHDREW_ANY) !== 0 && ctx.out.length > before) demandedNounWithdrawal(ctx, before);
  if ((rels & R_WITHDREW_ANY) !== 0) withheldWithdrawal(ctx, before);
  if (g.occupationPresence) occupationPresence(ctx, before);
  // (a charge of occupation: `تتهم دمشق أنقرة باحتلال X`, "accuses Ankara of occupying X"; occupation.ts, np37)
  if (ctx.out.length > before) accusedOccupation(ctx, before);
  // (a presence "there", `وجودها هناك`: in the place named before; occupation.ts, np37)
  if ((rels & R_DEPLOYED_NOUN_NP37) !== 0) presenceThere(ctx, before);
  if (g.occupiedPlaces) occupiedPlaces(ctx, before);
  if (g.forcesInPresence) forcesInPresence(ctx, before);
  // (np46: "held by (Turkish-backed) factions of X"; presenceholder.ts)
  if (ctx.lang === 'en' && hasWordCue(ctx, 'faction_head_en')) factionHolderPresence(ctx, before);
  // (np47: "X, the dominant force in P", `X، القوة المهيمنة في P`: dominantforce.ts)
  if (g.dominantForce) dominantForce(ctx);
  // (np44: an ambushed patrol's presence verb reading goes, gold rule 19c; hitvehicle.ts)
  if (ctx.out.length > before && hasWordCue(ctx, 'moving_unit')) hitVehicleRecords(ctx, before);
  // (list36: the named members of an unnamed subject of an Arabic presence verb, `…، بينها «الحرس الثوري»`)
  if (g.includedHolders) includedHolders(ctx, (T, who, where) => emit(ctx, T, 'deployed_in', who, where, {}, true));
  // ("Turkish troops arrived in Idlib": forces are present, no visit; fight.ts, pred32)
  if (ctx.out.length > before && ctx.byKind.has('military')) forcesNoVisit(ctx, before);
  if (g.thankedGiver) thankedGiver(ctx);
  if (ctx.byKind.has('accord')) underAgreement(ctx, before);
  if (g.hyphenAligned) hyphenAligned(ctx, before);
  if (ctx.byKind.has('rupture')) ruptures(ctx, before);
  if (ctx.byKind.has('rift')) endedRift(ctx, before);
  if (interv.length) interventions(ctx, interv);
  if (g.custodyPresence) custodyPresence(ctx, before);
  if ((rels & R_VISITED_VERB) !== 0 || ctx.byKind.has('arrival')) hostRelativeVisit(ctx, before);
  if (g.withRelative) withRelative(ctx, before);
  if (g.loyalTo) loyalTo(ctx, before);
  // ("Turkish forces and allied Syrian factions", "its Syrian allies": the ally supports its patron; factiondescriptor.ts, ref47)
  if (g.allySupport) allySupport(ctx, before);
  if (ctx.out.length > before) otherOwners(ctx, before);
  if (ctx.out.length > before) visitedNoPair(ctx, before);
  if (ctx.out.length > before) secondPlace(ctx, before);
  // (np47: "on the outskirts of P and on hills near Q", `في P وفي Q`: repeatedprep.ts)
  if (ctx.out.length > before) repeatedPrepPlaces(ctx, before);
  // (np47: a river is no place of presence, the place after it is: riverbank.ts)
  if (ctx.out.length > before) riverPresence(ctx, before);
  if (ctx.out.length > before) agreedFutureAct(ctx, before);
  if (ctx.out.length > before) purposeNoUrging(ctx, before);
}

/** sentenceFrames' tests of a sentence's triggers, one bit each (triggerRelations): …_ANY of any of a trigger's patterns, the others of its first. */
const R_ATTACKED_ANY = 1;
const R_ATTACKED = 2;
const R_SUPPORTED_NOUN = 4;
const R_MET_NOUN = 8;
const R_VISITED_NOUN_ANY = 16;
const R_VISITED_VERB = 128;
const R_PHONED_NOUN_ANY = 32;
const R_WITHDREW_ANY = 64;
/** a deployed_in noun reading (np37 presenceThere); a high bit, away from the ones other branches may add */
const R_DEPLOYED_NOUN_NP37 = 1 << 12;

/** The R_… bits of a sentence's triggers, in one pass (sentenceFrames asked each of them by a scan of its own). */
function triggerRelations(triggers: Trigger[]): number {
  let bits = 0;
  for (const x of triggers) {
    const p0 = x.patterns[0]!;
    if (p0.relation === 'attacked') bits |= R_ATTACKED;
    else if (p0.relation === 'supported' && p0.pos === 'noun') bits |= R_SUPPORTED_NOUN;
    else if (p0.relation === 'met' && p0.pos === 'noun') bits |= R_MET_NOUN;
    else if (p0.relation === 'visited' && p0.pos === 'verb') bits |= R_VISITED_VERB;
    for (const q of x.patterns) {
      if (q.relation === 'attacked') bits |= R_ATTACKED_ANY;
      else if (q.relation === 'withdrew_from') bits |= R_WITHDREW_ANY;
      else if (q.pos === 'noun' && q.relation === 'deployed_in') bits |= R_DEPLOYED_NOUN_NP37;
      else if (q.pos === 'noun' && q.relation === 'visited') bits |= R_VISITED_NOUN_ANY;
      else if (q.pos === 'noun' && q.relation === 'phoned') bits |= R_PHONED_NOUN_ANY;
    }
  }
  return bits;
}

/**
 * sentenceFrames' call-site guards (speed48): for each reader it calls for every sentence, the opening check the reader
 * makes before it does anything (its cue words, trigger kinds, language, dates), copied exactly or made weaker, asked
 * once per sentence from the sentence's word-cue bits (hasWordCue), word bits (sentenceWords, W_…) and trigger kinds
 * (triggerKinds, TK_…). A reader whose check cannot pass is not called: the output is the same, byte for byte, and the
 * readers most sentences never reach are never compiled. A reader's own check stays where it is (the guard only saves
 * the call); a guard on what the readers before it emit (ctx.out) stays at the call. A new reader adds its line here and
 * calls `if (g.name) name(ctx)`.
 */
function readerGates(ctx: Ctx, rels: number) {
  const en = ctx.lang === 'en';
  const ar = !en;
  const tk = triggerKinds(ctx.s.triggers);
  const w = sentenceWords(ctx);
  const dated = ctx.s.dates.length !== 0;
  const has = (kind: CueKind) => hasWordCue(ctx, kind);
  const cl = (kind: CueKind) => hasWordCue(ctx, kind, true);
  return {
    thanks: en && (w & W_THANK) !== 0,
    backedInName: en && (w & W_BACKED_EN) !== 0,
    elidedVisit: en && (rels & R_VISITED_NOUN_ANY) !== 0,
    controlPresence: en && ((w & W_CONTROL_EN) !== 0 || has('control_verb_present') || has('control_verb') || (tk & TK_DEPLOYED_PASSIVE) !== 0),
    controlPresenceAr: ar && ((w & W_AREAS_AR) !== 0 || ((tk & TK_DEPLOYED_VERB0) !== 0 && (w & W_AR_WHICH) !== 0)),
    launchedOperations: (w & W_AGAINST) !== 0,
    sealedBorder: has('own_border') && has('seal_word'),
    unnamedOwnerActs: has('unnamed_owner_adjective'),
    frontedPlaceHolders: ar && has('fronted_holder_head') && (tk & TK_DEPLOYED_VERB0) !== 0,
    objectPastSaying: en && ctx.byKind.has('speech'),
    adjunctPartners: ctx.s.triggers.some((x) => x.patterns[0]!.relation === 'coordinated_with' && x.patterns[0]!.pos === 'verb'),
    demonymSanctions: (tk & TK_SANCTIONED0) !== 0,
    targetedSanctions: (tk & TK_SANCTIONED_NOUN) !== 0 && has('aim_verb'),
    ownedSanctions: (tk & TK_SANCTIONED_NOUN) !== 0,
    threatenedOffensives:
      (en && has('threat_noun_en') && has('offensive_noun')) || ((cl('threat_op_verb') || cl('threat_noun_ar') || cl('threat_participle_ar')) && cl('offensive_noun')),
    withdrawalPrecondition: en && (tk & TK_WITHDREW_NOUN0) !== 0 && has('condition_noun_en'),
    supportOwnedByAddressee: has('cessation_word'),
    speakerAfterCommaAnd: en && (tk & TK_STANCE_VERB0) !== 0 && ctx.byKind.has('speech'),
    useClaims: has('use_verb'),
    supportPurpose: (w & W_SUPPORT_PURPOSE) !== 0,
    appositionPatron: en && (tk & TK_SUPPORTED_VERB0) !== 0,
    illegalPresence: cl('illegal_label'),
    presenceNounOwners: has('presence_noun'),
    ownedPresences: ar && (cl('presence_owned_ar') || cl('presence_had_ar')),
    officePresences: cl('office_owned'),
    againstIn: (w & W_AGAINST) !== 0 && (has('offensive_noun') || has('mission_noun') || has('strike_noun')),
    actingIn: has('habitual_act_word'),
    hostedTroops: (tk & TK_HOSTED_VERB) !== 0 && has('hosted_troops'),
    hostedListedTroops: en && (tk & TK_HOSTED_VERB) !== 0 && (has('hosted_troops') || ctx.byKind.has('military')),
    hostedTalks: en && (tk & TK_HOSTED_VERB) !== 0 && (rels & R_MET_NOUN) !== 0,
    sharedControl: cl('share_control_verb'),
    clashWith: cl('clash_noun'),
    bankPresence: hasWordCue(ctx, 'bank_noun', 'conj') && has('bank_side'),
    claimantTargets: (rels & R_ATTACKED) !== 0 && has('claim_verb'),
    missionAgainst: (w & (W_AGAINST | W_ALA_AR)) !== 0 && hasWordCue(ctx, 'mission_noun', 'conj'),
    expelledPresence: has('expel_word') || has('expel_bare'),
    campaignPresence: has('security_word') && has('operation_noun') && (has('wage_verb') || has('light_act_verb')),
    pastExpulsion: has('past_event_prep') && (has('expel_word') || has('expel_bare')),
    regainedControl: ar && ctx.byKind.has('regain_noun'),
    pronounControlAr: ar && ctx.discourse.controlPronouns.size !== 0,
    controlNounAr: ar && hasWordCue(ctx, 'control_noun_ar', 'conj'),
    capturedFrom: cl('capture_verb'),
    takenClitic: en ? has('capture_verb') || has('taken_from_verb') : hasWordCue(ctx, 'taken_clitic_ar', 'conj') || hasWordCue(ctx, 'capture_verb', 'conj'),
    sentForces: ctx.byKind.has('military') && hasWordCue(ctx, 'send_forces_verb', 'conj'),
    strongholdCaptured: en && has('capture_verb'),
    lostPlaces: dated && cl('loss_word'),
    lastHoldingOwner: dated && has('last_word'),
    passiveControlAfterComma: (tk & TK_DEPLOYED_PASSIVE) !== 0,
    heldPlace: en && has('held_verb_en'),
    clearedOfFoe: en && (tk & TK_ATTACKED_VERB_ACTIVE) !== 0,
    blameObjectRelatives: en && (tk & TK_ACCUSED_VERB_ACTIVE) !== 0 && (w & W_WITH_RELATIVE) !== 0,
    expulsionPlaces: dated && (cl('expel_past') || cl('expel_word') || cl('expel_bare')),
    raidResults: cl('raid_op_noun') && cl('raid_result'),
    passiveRaidKills: ar && cl('raid_op_noun') && cl('killed_word'),
    occupationPresence: (w & W_OCCUPATION) !== 0,
    occupiedPlaces: (w & W_OCCUPIED) !== 0,
    forcesInPresence:
      ctx.byKind.has('military') || (w & (W_CUSTODY | W_CUSTODY_CLITIC)) !== 0 || has('member_head') || has('holding_head') || (en && ctx.byKind.has('own_organ')),
    dominantForce: has('dominant_word'),
    includedHolders: ar && (tk & TK_DEPLOYED_VERB0) !== 0 && has('included_opener'),
    thankedGiver: has('thank_verb'),
    hyphenAligned: en && has('hyphen_backing'),
    custodyPresence: (w & (W_CUSTODY | W_CUSTODY_CLITIC)) !== 0,
    withRelative: (tk & TK_WITH_VERB0) !== 0 && (w & W_WITH_RELATIVE) !== 0,
    loyalTo: has('loyal_participle'),
    allySupport: en && (has('faction_allied_en') || has('faction_ally_head_en')),
  };
}

/**
 * findRelations' call-site guards for the anaphor passes before the triggers (speed48, as readerGates): each pass's
 * opening test on the sentence's words and cues (which stay as they are while the passes add mentions), copied or weaker.
 */
function anaphorGates(ctx: Ctx) {
  const en = ctx.lang === 'en';
  return {
    membersPronounAnaphors: en && ctx.byKind.has('partitive'),
    demonstrativeForces: ctx.byKind.has('military'),
    capturedPlacePronouns: (sentenceWords(ctx) & W_PLACE_PRONOUN) !== 0,
    brokerMentions: hasWordCue(ctx, 'broker_word') || hasWordCue(ctx, 'mediator_word'),
    labelRelatives: en && hasWordCue(ctx, 'label_relative_en'),
  };
}

/** "vowed revenge for the assassination", "vowed to respond to the attack": the act a response answers is told, not threatened. */
function vowedAnswer(ctx: Ctx, x: Trigger): boolean {
  const words = cueWords(ctx.lex, 'vow_response');
  return ctx.s.tokens.slice(x.tok0, x.tok1).some((t) => words.has(t.norm));
}

/**
 * The two sources of a many-sided event's records in one sentence when they are exactly two and none of them is a
 * target ("A and B signed with C and D": the signatories A and B), else undefined.
 */
function signingPair(mine: RelationRecord[], ev: RelationRecord): [string, string] | undefined {
  const same = mine.filter((x) => x.relation === ev.relation && x.evidence.start === ev.evidence.start);
  const sources = [...new Set(same.map((x) => x.source))];
  if (sources.length !== 2 || same.some((x) => sources.includes(x.target))) return undefined;
  return [sources[0]!, sources[1]!];
}

/** "حذّر من أن …" in [a, b): a warning whose content is a that-clause (a statement of fact, not the act threatened). */
function warnedThat(ctx: Ctx, a: number, b: number): boolean {
  if (ctx.lang !== 'ar') return false;
  for (let k = a; k + 1 < b; k++) if (ctx.s.tokens[k]!.norm === 'من' && ctx.s.tokens[k + 1]!.norm === 'ان') return true;
  return false;
}

/** "X oversaw/witnessed the signing of N memorandums": the agreement noun's parties are the subject of the verb before "the signing of" (English). */
function signingOf(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k > 0 && T.tok0 - k <= 3 && toks[k]!.norm !== 'of') k--;
  if (ctx.lang !== 'en' || toks[k]?.norm !== 'of' || toks[k - 1]?.norm !== 'signing' || toks[k - 2]?.norm !== 'the' || k < 3) return undefined;
  const g = leftGroup(ctx, k - 3, 3);
  return g && g.length >= 2 ? g : undefined;
}

/** An English verb that concludes an agreement ("reached", "signed", "struck" … a deal) within four words before T. */
function concludedBy(ctx: Ctx, T: Trigger): boolean {
  // (a joint statement is issued: "Turkey and Egypt issued a joint statement")
  const statement = /statement|declaration|communiqu/i.test(ctx.doc.article.text.slice(T.start, T.end));
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 4; k--) if (cueWords(ctx.lex, 'conclude_verb').has(ctx.s.tokens[k]!.norm) || (statement && cueWords(ctx.lex, 'issue_verb').has(ctx.s.tokens[k]!.norm))) return true;
  return false;
}

/**
 * `بعد قطع العلاقات بينهما`, `منذ قطع العلاقات بينهما عام 2012`: ties cut between "them" (gold rule 11) are cut by
 * both named parties, each sanctioning the other; "them" is the last pair of actors joined by و before the trigger in
 * the sentence. With no such pair the pronoun is left unread (a pair guessed from other sentences is too often
 * another one). undefined when the trigger is not followed by its ties word and `بينهما`.
 */
function tiesCutBetween(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const ties = ctx.byKind.get('ties')?.find((c) => c.tok0 === T.tok1);
  if (!ties || !/^(بينهما)$/.test(nth(ctx.s.tokens, ties.tok1)?.norm ?? '')) return undefined;
  const ms = ctx.s.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    if (ms[i]!.conj || !ms[i + 1]?.conj || ms[i + 1]!.tok1 > T.tok0) continue;
    const g = groupFrom(ms, i).filter((m) => m.tok1 <= T.tok0 && actor(ctx.lex, m));
    if (g.length === 2) return pairsOf(ctx, T, p, g, attrs);
  }
  return true;
}

/** The places named as members right after token k (", including the Al-Omar oil field", `بما فيها مدينة الحسكة`). */
function includedPlaces(ctx: Ctx, k: number, wide = false): Mention[] {
  const toks = ctx.s.tokens;
  let j = k;
  if (/^[,،]$/.test(toks[j]?.text ?? '')) j++;
  if (toks[j]?.norm === 'بما') j++;
  if (toks[j]?.norm === 'في' && toks[j + 1]?.norm === 'ذلك') j++;
  // (", including", `بما فيها`, `بما في ذلك`, `، بينها`, `منها`: lists.ts isIncludedOpener)
  if (!isIncludedOpener(toks, j, cueWords(ctx.lex, 'included_opener'))) return [];
  j++;
  while (j < toks.length && !ctx.inMention[j] && cueWords(ctx.lex, 'included_place_filler').has(toks[j]!.norm)) j++;
  let i = ctx.s.mentions.findIndex((m) => m.tok0 === j);
  // ("، بما فيها حقول النفط الرئيسية في دير الزور والحسكة", "including the main oil fields in X and Y": a member named by
  // what lies there, then its places; diagnosis-batch26 §6 fix 4)
  for (let e = j; i < 0 && e < toks.length && e - j <= 4 && !ctx.inMention[e] && toks[e]!.word; e++)
    if (/^(في|in)$/.test(toks[e]!.norm) && e > j) i = ctx.s.mentions.findIndex((m) => m.tok0 === e + 1);
  // (slot53: a presence's member told by a part or a post of it, ", including at posts on the edge of P", ", including the
  // oil-rich parts of P", `، بما فيها أجزاء من P`, `، بينها نقاط على أطراف P`; includedpart.ts)
  if (i < 0 && wide) i = includedPartPlace(ctx, j);
  if (i < 0) return [];
  return groupFrom(ctx.s.mentions, i).filter((m) => m.kind === 'place');
}

/** An English passive between the subject and T: "was"/"were"/"been"/"being" and a participle ("was taken out of"). */
function passiveClauseBefore(ctx: Ctx, subj: Mention[], T: Trigger): boolean {
  const from = Math.max(0, ...subj.map((m) => (m.tok1 <= T.tok0 ? m.tok1 : 0)));
  const toks = ctx.s.tokens;
  for (let k = from; k + 1 < T.tok0; k++)
    if (/^(was|were|been|being)$/.test(toks[k]!.norm) && /(ed|en|ne|wn|ht)$/.test(toks[k + 1]!.norm) && toks[k + 1]!.norm !== 'been') return true;
  return false;
}

/** withSubject: the place of an attack noun a threat verb governs ("threatened to launch an operation in X"; slot32). */
function threatenedPlace(ctx: Ctx, T: Trigger, exclude: Set<string>): Mention | undefined {
  const toks = ctx.s.tokens;
  const A = ctx.s.triggers.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 10 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
  if (!A || hasBoundary(toks, T.tok1, A.tok0)) return undefined;
  const i = firstMentionAfter(ctx.s.mentions, A.tok1);
  const m = i >= 0 ? ctx.s.mentions[i]! : undefined;
  if (!m || exclude.has(m.entity) || hasBoundary(toks, A.tok1, m.tok0) || freeWords(ctx, A.tok1, m.tok0) > 3) return undefined;
  const a = actor(ctx.lex, m);
  if (m.kind !== 'place' && a?.kind !== 'country') return undefined;
  if (!/^(in|into|on|across|في|على|داخل)$/.test(prepOf(ctx, m) ?? '')) return undefined;
  return m;
}

/**
 * The Arabic act noun T is what a de-escalation word right before it stops or reduces (cues.csv `deescalate_word_ar`:
 * `وقف الهجمات`), or past one plain adjective with T's لـ (`وقف فوري لإطلاق النار`, `وقف شامل للأعمال العدائية`; slot33).
 */
function deescalatedAct(ctx: Ctx, T: Trigger): boolean {
  const words = cueWords(ctx.lex, 'deescalate_word_ar');
  const toks = ctx.s.tokens;
  if (words.has(nth(toks, T.tok0 - 1)?.norm ?? '')) return true;
  const k = T.tok0 - 2;
  return k >= 0 && /ل/.test(T.clitics) && words.has(toks[k]!.norm) && toks[k + 1]!.word && toks[k + 1]!.arabic && !ctx.inMention[k + 1] && !ctx.s.triggers.some((x) => x.tok0 <= k + 1 && k + 1 < x.tok1);
}

/** Abstract nouns of effort (cues.csv `abstract`): support for them is no support of their owner (np33). */
const EFFORTS = /^(efforts|[وفل]?جهود|[وفل]?مساعي)$/;
