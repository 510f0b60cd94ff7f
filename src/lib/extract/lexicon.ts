/**
 * The lexicon: entities (with names, descriptors and demonyms), time-bound roles, relation
 * patterns, discovery titles and cue words, all loaded from the CSV files of data/lexicon
 * (see data/lexicon/README.md for every column). Pure: the caller passes file texts.
 */
import { ENTITY_KINDS, type EntityKind, type Lang, type LexiconEntity, type RelationType } from '../types.ts';
import { LexiconError, parseCsv, splitList } from './csv.ts';
import { intern, normalise, phraseKeys, tokenise } from './normalise.ts';
import type { Tagged } from './match.ts';
import { createTrie, trieChild, trieInsert, type TrieNode } from './trie.ts';

/** A lexicon entity with Wasl's optional extra columns. */
export interface LexEntity extends LexiconEntity {
  demonyms_en: string[];
  demonyms_ar: string[];
  /** Entity this one stands for when it acts (a capital stands for its country). */
  stands_for?: string;
}

/** What a surface form in the mention trie names. */
export interface Surface {
  entity: string;
  via: 'name' | 'descriptor' | 'demonym';
  lang: Lang;
  /** Validity of a time-bound descriptor (roles.csv), ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export type Voice = 'active' | 'passive';
export type Mode = 'done' | 'planned';

/** One trigger form of a relation pattern (patterns.{ar,en}.csv). */
export interface Pattern {
  relation: string;
  lang: Lang;
  pos: 'verb' | 'noun';
  voice: Voice;
  form: string;
  /** The form begins with ال itself ("التقى"): an article on the word then does not make it a noun. */
  withArticle: boolean;
  /** Normalised keys of the prepositions that introduce the target ('' = direct object). */
  preps: string[];
  mode: Mode;
  /** Kinds allowed as target (empty = any). */
  targetKinds: EntityKind[];
  /** Relations implied with the same arguments (`also` column: hosted → met). */
  also: string[];
  /** A cue kind that must occur between the trigger and its target (`requires`: keeps … troops in). */
  requires?: CueKind;
  /**
   * The `requires` cell ends in `!` (`pushed_forces!`): met, this reading is the word's only one, every other reading of
   * the word dropped (relations/sentence.ts withoutUnmetRequires; bugs36, a flag since tidy38).
   */
  exclusive?: boolean;
  /** File and row, for messages. */
  origin: string;
}

export type CueKind =
  | 'negation'
  | 'plan'
  | 'speech'
  | 'according'
  | 'agent'
  | 'between'
  | 'dual'
  | 'sources'
  | 'own_country'
  | 'clause'
  | 'urge'
  | 'pronoun'
  | 'role_group'
  | 'group'
  | 'conj'
  | 'counterpart'
  | 'hypothetical'
  | 'own_role'
  | 'topic'
  | 'obj_pronoun'
  | 'condition'
  | 'state_head'
  | 'military'
  | 'guest'
  | 'state_of'
  | 'plural'
  | 'headed_by'
  | 'delegation_noun'
  | 'officers_noun'
  | 'taken_place_ar'
  | 'binding'
  | 'declared_target'
  | 'declare'
  | 'groundwork'
  | 'abstract'
  | 'own_organ'
  | 'performer'
  | 'relative_doer'
  | 'participation'
  | 'responsibility'
  | 'unacceptable'
  | 'recipient'
  | 'obligation'
  | 'agent_noun'
  | 'hope'
  | 'ties'
  | 'accord'
  | 'alongside'
  | 'joint_holding'
  | 'joint_fight'
  | 'fight_frame'
  | 'foe_remnant'
  | 'group_member_anaphor'
  | 'joint_body'
  | 'road_noun'
  | 'road_link'
  | 'repel_verb'
  | 'repelled_noun'
  | 'goods_word'
  | 'side_verb'
  | 'aggression_noun'
  | 'drill_noun'
  | 'drill_verb'
  | 'violation_label'
  | 'condition_verb'
  | 'back_into'
  | 'out_of_service'
  | 'instead'
  | 'recognition'
  | 'accession'
  | 'by_phone'
  | 'pushed_forces'
  | 'retribution'
  | 'masculine'
  | 'verbal'
  | 'judgement'
  | 'partitive'
  | 'message'
  | 'aid'
  | 'arrival'
  | 'decision'
  | 'claim'
  | 'place_head'
  | 'owner'
  | 'suspension'
  | 'membership'
  | 'habitual'
  | 'place_one'
  | 'place_two'
  | 'aid_giver'
  | 'aid_receiver'
  | 'claim_between'
  | 'suspension_state'
  | 'suspension_end'
  | 'suspension_date'
  | 'suspended'
  | 'custody'
  | 'custody_verb'
  | 'organise'
  | 'leader_head'
  | 'aide_head'
  | 'org_head'
  | 'local_body'
  | 'region_word'
  | 'body_chair'
  | 'body_staff'
  | 'elders_noun'
  | 'area_word'
  | 'tribe_word'
  | 'tribe_adjective_en'
  | 'tribe_dual_ar'
  | 'charity_word'
  | 'charity_head_ar'
  | 'camp_admin_ar'
  | 'takes_charge_ar'
  | 'body_descriptor_word'
  | 'place_kind'
  | 'decision_noun'
  | 'measure_noun'
  | 'own_territory'
  | 'carry_verb'
  | 'background_word'
  | 'sequence_word'
  | 'response_word'
  | 'response_verb'
  | 'schedule_word'
  | 'complement_opener'
  | 'members_open'
  | 'modifier_participle'
  | 'unnamed_subject'
  | 'event_subject'
  | 'event_light_verb'
  | 'count_verb'
  | 'actor_head'
  | 'clause_verb'
  | 'past_event_prep'
  | 'continue_verb'
  | 'inside_prep'
  | 'control_noun'
  | 'control_noun_ar'
  | 'control_object_ar'
  | 'control_untold_ar'
  | 'control_fear_ar'
  | 'taken_noun_ar'
  | 'from_gap'
  | 'fire_noun_ar'
  | 'fire_object_ar'
  | 'place_filler_en'
  | 'group_noun'
  | 'kunya'
  | 'own_envoy'
  | 'own_closed'
  | 'ambassador_level'
  | 'rupture'
  | 'broker_word'
  | 'mediator_word'
  | 'rift'
  | 'end_verb'
  | 'own_doer_noun'
  | 'hyphen_backing'
  | 'label_verb'
  | 'office_head'
  | 'date_word'
  | 'vow_response'
  | 'meeting_anaphor'
  | 'located_participle'
  | 'killed_word'
  | 'duration_word'
  | 'claim_word'
  | 'not_adjective_ar'
  | 'temporal_prep'
  | 'light_act_verb'
  | 'wage_verb'
  | 'time_filler'
  | 'adjunct_filler'
  | 'place_own_word'
  | 'killing_noun'
  | 'expel_word'
  | 'where_thing'
  | 'strike_noun'
  | 'attack_shell'
  | 'attack_bomb'
  | 'attack_raid'
  | 'sidelines_word'
  | 'temporal_filler'
  | 'attack_modifier'
  | 'rift_filler'
  | 'allow_word'
  | 'perfect_aux'
  | 'saying_verb'
  | 'office_org_noun'
  | 'stationed_participle'
  | 'thank_verb'
  | 'verdict'
  | 'capture_verb'
  | 'capture_passive_en'
  | 'taken_land'
  | 'company_word'
  | 'event_participle'
  | 'operation_noun'
  | 'backed_act'
  | 'launch_noun'
  | 'mission_noun'
  | 'weapon_noun'
  | 'security_word'
  | 'aim_verb'
  | 'unnamed_owner_adjective'
  | 'mission_building'
  | 'loyal_participle'
  | 'faction_descriptor'
  | 'faction_backed'
  | 'faction_adjective_en'
  | 'faction_ally_head_en'
  | 'faction_allied_en'
  | 'area_container_link'
  | 'body_member_head'
  | 'governor_head'
  | 'governor_province'
  | 'governor_bare'
  | 'river_word'
  | 'dominant_word'
  | 'dominant_head'
  | 'seal_word'
  | 'own_border'
  | 'loyal_head'
  | 'declare_gap'
  | 'unnamed_doer'
  | 'idiom'
  | 'warn_against'
  | 'charge_noun'
  | 'holder_verb'
  | 'regain_noun'
  | 'clash_noun'
  | 'member_head'
  | 'member_kin'
  | 'wage_noun'
  | 'perform_verb'
  | 'affairs_word'
  | 'entrench_word'
  | 'foil'
  | 'included_opener'
  | 'pluperfect_participle_en'
  | 'story_attack_modifier'
  | 'light_noun_adjective'
  | 'sequence_link'
  | 'stationed_locative'
  | 'round_ordinal'
  | 'round_noun'
  | 'not_by_prep'
  | 'performed_clitic'
  | 'foil_verb'
  | 'proxy_noun'
  | 'proxy_link'
  | 'holding_head'
  | 'also_adverb'
  | 'part_filler'
  | 'position_filler'
  | 'owned_target_noun'
  | 'owned_target_gap'
  | 'threat_op_verb'
  | 'offensive_noun'
  | 'habitual_act_word'
  | 'oust_verb'
  | 'illegal_label'
  | 'stop_act'
  | 'stop_gap_en'
  | 'lurk_participle'
  | 'loss_word'
  | 'loss_gap'
  | 'ally_conj_ar'
  | 'taken_from_verb'
  | 'held_verb_en'
  | 'held_adverb_en'
  | 'taken_clitic_ar'
  | 'send_forces_verb'
  | 'occupation_label'
  | 'fight_head_en'
  | 'preserve_word'
  | 'called_off'
  | 'fight_noun'
  | 'loyal_pronoun'
  | 'plural_place_head'
  | 'ally_adjective'
  | 'condition_word'
  | 'kill_word'
  | 'means_word'
  | 'response_noun'
  | 'share_word'
  | 'share_filler'
  | 'owned_participle'
  | 'aid_word'
  | 'fight_verb'
  | 'kill_verb'
  | 'where_place_head'
  | 'base_noun'
  | 'presence_noun'
  | 'occupy_charge'
  | 'struck_site'
  | 'end_word'
  | 'edge_word'
  | 'front_tail'
  | 'held_gap'
  | 'held_head_en'
  | 'office_owned'
  | 'expelled_gap'
  | 'stronghold_noun'
  | 'last_word'
  | 'condition_noun'
  | 'withhold_word'
  | 'intervention_gap'
  | 'not_there'
  | 'expel_bare'
  | 'expel_past'
  | 'conveyed_word'
  | 'stock_noun'
  | 'aside_participle'
  | 'organ_noun'
  | 'speaker_noun'
  | 'possessed_place_head'
  | 'person_head'
  | 'office_word'
  | 'place_part'
  | 'place_prep_ar'
  | 'label_word'
  | 'untold_word'
  | 'present_habit_adverb'
  | 'light_past_verb'
  | 'event_day_not'
  | 'habit_word'
  | 'took_life_verb'
  | 'owner_participle_ar'
  | 'affiliation_participle'
  | 'trade_verb'
  | 'attack_noun_ar'
  | 'agreement_participle'
  | 'return_noun'
  | 'readmit_verb'
  | 'institution_word'
  | 'town_of_head'
  | 'institution_ar'
  | 'apposed_person'
  | 'title_head'
  | 'royal_title'
  | 'address_title'
  | 'circumstantial_ar'
  | 'denial_verb'
  | 'extent_verb'
  | 'compass'
  | 'foe_compass'
  | 'bare_direction'
  | 'event_determiner'
  | 'arms_noun'
  | 'military_rank'
  | 'conclude_verb'
  | 'issue_verb'
  | 'new_measure_adjective'
  | 'attack_means_word'
  | 'place_kind_adjective'
  | 'again_adjective'
  | 'strike_verb'
  | 'strike_filler'
  | 'sweep_noun'
  | 'sweep_filler'
  | 'attend_verb'
  | 'summit_noun'
  | 'meeting_hold_verb'
  | 'hosted_troops'
  | 'threat_noun_en'
  | 'owner_link_en'
  | 'village_plural'
  | 'fronted_holder_head'
  | 'its_held_noun'
  | 'its_struck_prev'
  | 'its_unit_en'
  | 'pursuit_word'
  | 'include_verb'
  | 'ally_noun_en'
  | 'group_head_ar'
  | 'member_rank'
  | 'gather_verb_ar'
  | 'proxy_plural_en'
  | 'target_place_adjective'
  | 'target_place_head'
  | 'support_noun_en'
  | 'support_adjective'
  | 'control_verb_present'
  | 'control_verb'
  | 'force_head_ar'
  | 'group_head_expel_ar'
  | 'subordinate_ar'
  | 'troops_ar'
  | 'fight_object_ar'
  | 'verdict_label_verb'
  | 'owned_participle_en'
  | 'owned_thing'
  | 'renew_verb'
  | 'condition_noun_en'
  | 'pose_verb'
  | 'plan_noun'
  | 'carry_participle_ar'
  | 'express_word_ar'
  | 'statement_verb'
  | 'past_irregular_en'
  | 'story_attack_noun'
  | 'deescalate_word_ar'
  | 'cessation_word'
  | 'modal_scope_ar'
  | 'use_verb'
  | 'launch_verb_ar'
  | 'place_head_ar'
  | 'circumstantial_present_ar'
  | 'office_adjective'
  | 'tenure_adjective'
  | 'speech_participle_ar'
  | 'clitic_site_ar'
  | 'presence_gap'
  | 'presence_owned_ar'
  | 'presence_had_ar'
  | 'place_pronoun_ar'
  | 'claim_verb'
  | 'label_of_en'
  | 'call_receipt'
  | 'call_made'
  | 'call_latter'
  | 'ongoing_act_noun'
  | 'raid_op_noun'
  | 'raid_result'
  | 'regain_word'
  | 'direction_end'
  | 'threat_noun_ar'
  | 'threat_participle_ar'
  | 'claimed_det_en'
  | 'claimed_count_en'
  | 'speaker_owned_ar'
  | 'speaker_owned_en'
  | 'attacker_anaphor'
  | 'return_fire'
  | 'state_title'
  | 'rebound_head'
  | 'expect_verb'
  | 'backed_head_en'
  | 'backer_count_en'
  | 'faction_head_en'
  | 'holder_filler_en'
  | 'vow_verb_en'
  | 'label_relative_en'
  | 'aide_adjective_en'
  | 'vote_word'
  | 'sequence_verb_ar'
  | 'plural_subject_en'
  | 'ongoing_adjective'
  | 'place_kind_sole'
  | 'place_kind_story'
  | 'region_head'
  | 'moving_unit'
  | 'attack_source_ar'
  | 'exposed_verb_ar'
  | 'count_word_en'
  | 'place_part_ar'
  | 'visit_adjective'
  | 'threat_modifier'
  | 'carrier_word'
  | 'included_place_filler'
  | 'partner_noun'
  | 'patrol_noun'
  | 'patrol_verb_ar'
  | 'housing_word'
  | 'place_adjacent'
  | 'talks_filler_en'
  | 'tribe_plural_en'
  | 'member_noun_s_en'
  | 'share_control_verb'
  | 'campaign_lead_verb'
  | 'bank_noun'
  | 'bank_side'
  | 'attacked_post'
  | 'post_filler'
  | 'military_adverb';
export const CUE_KINDS: readonly CueKind[] = [
  'negation',
  'foil',
  'included_opener',
  'pluperfect_participle_en',
  'story_attack_modifier',
  'light_noun_adjective',
  'sequence_link',
  'stationed_locative',
  'round_ordinal',
  'round_noun',
  'not_by_prep',
  'performed_clitic',
  'foil_verb',
  'proxy_noun',
  'proxy_link',
  'holding_head',
  'also_adverb',
  'part_filler',
  'position_filler',
  'owned_target_noun',
  'owned_target_gap',
  'threat_op_verb',
  'offensive_noun',
  'habitual_act_word',
  'oust_verb',
  'illegal_label',
  'stop_act',
  'stop_gap_en',
  'lurk_participle',
  'loss_word',
  'loss_gap',
  'ally_conj_ar',
  'taken_from_verb',
  'held_verb_en',
  'held_adverb_en',
  'taken_clitic_ar',
  'send_forces_verb',
  'occupation_label',
  'fight_head_en',
  'preserve_word',
  'called_off',
  'plan',
  'speech',
  'according',
  'agent',
  'between',
  'dual',
  'sources',
  'own_country',
  'clause',
  'urge',
  'pronoun',
  'role_group',
  'group',
  'conj',
  'counterpart',
  'hypothetical',
  'own_role',
  'topic',
  'obj_pronoun',
  'condition',
  'state_head',
  'military',
  'guest',
  'state_of',
  'plural',
  'headed_by',
  'delegation_noun',
  'officers_noun',
  'taken_place_ar',
  'binding',
  'declared_target',
  'declare',
  'groundwork',
  'abstract',
  'own_organ',
  'performer',
  'relative_doer',
  'participation',
  'responsibility',
  'unacceptable',
  'recipient',
  'obligation',
  'agent_noun',
  'hope',
  'ties',
  'own_envoy',
  'own_closed',
  'ambassador_level',
  'rupture',
  'broker_word',
  'mediator_word',
  'rift',
  'end_verb',
  'accord',
  'alongside',
  'joint_holding',
  'joint_fight',
  'fight_frame',
  'foe_remnant',
  'group_member_anaphor',
  'joint_body',
  'road_noun',
  'road_link',
  'repel_verb',
  'repelled_noun',
  'goods_word',
  'side_verb',
  'aggression_noun',
  'drill_noun',
  'drill_verb',
  'violation_label',
  'condition_verb',
  'back_into',
  'out_of_service',
  'instead',
  'recognition',
  'accession',
  'by_phone',
  'pushed_forces',
  'retribution',
  'masculine',
  'verbal',
  'judgement',
  'partitive',
  'message',
  'aid',
  'arrival',
  'decision',
  'claim',
  'place_head',
  'owner',
  'suspension',
  'membership',
  'habitual',
  'place_one',
  'place_two',
  'aid_giver',
  'aid_receiver',
  'claim_between',
  'suspension_state',
  'suspension_end',
  'suspension_date',
  'suspended',
  'custody',
  'custody_verb',
  'organise',
  'leader_head',
  'aide_head',
  'org_head',
  'local_body',
  'region_word',
  'body_chair',
  'body_staff',
  'elders_noun',
  'area_word',
  'tribe_word',
  'tribe_adjective_en',
  'tribe_dual_ar',
  'charity_word',
  'charity_head_ar',
  'camp_admin_ar',
  'takes_charge_ar',
  'body_descriptor_word',
  'place_kind',
  'decision_noun',
  'measure_noun',
  'own_territory',
  'carry_verb',
  'background_word',
  'sequence_word',
  'response_word',
  'response_verb',
  'schedule_word',
  'complement_opener',
  'members_open',
  'modifier_participle',
  'unnamed_subject',
  'event_subject',
  'event_light_verb',
  'count_verb',
  'actor_head',
  'clause_verb',
  'past_event_prep',
  'continue_verb',
  'inside_prep',
  'control_noun',
  'control_noun_ar',
  'control_object_ar',
  'control_untold_ar',
  'control_fear_ar',
  'taken_noun_ar',
  'from_gap',
  'fire_noun_ar',
  'fire_object_ar',
  'place_filler_en',
  'group_noun',
  'kunya',
  'own_doer_noun',
  'hyphen_backing',
  'label_verb',
  'office_head',
  'date_word',
  'vow_response',
  'meeting_anaphor',
  'located_participle',
  'killed_word',
  'duration_word',
  'claim_word',
  'not_adjective_ar',
  'temporal_prep',
  'light_act_verb',
  'wage_verb',
  'time_filler',
  'adjunct_filler',
  'place_own_word',
  'killing_noun',
  'expel_word',
  'where_thing',
  'strike_noun',
  'attack_shell',
  'attack_bomb',
  'attack_raid',
  'sidelines_word',
  'temporal_filler',
  'attack_modifier',
  'rift_filler',
  'allow_word',
  'perfect_aux',
  'saying_verb',
  'office_org_noun',
  'stationed_participle',
  'thank_verb',
  'verdict',
  'capture_verb',
  'capture_passive_en',
  'taken_land',
  'company_word',
  'event_participle',
  'operation_noun',
  'backed_act',
  'launch_noun',
  'mission_noun',
  'weapon_noun',
  'security_word',
  'aim_verb',
  'unnamed_owner_adjective',
  'mission_building',
  'loyal_participle',
  'faction_descriptor',
  'faction_backed',
  'faction_adjective_en',
  'faction_ally_head_en',
  'faction_allied_en',
  'area_container_link',
  'body_member_head',
  'governor_head',
  'governor_province',
  'governor_bare',
  'river_word',
  'dominant_word',
  'dominant_head',
  'seal_word',
  'own_border',
  'loyal_head',
  'declare_gap',
  'clash_noun',
  'member_head',
  'member_kin',
  'wage_noun',
  'perform_verb',
  'affairs_word',
  'entrench_word',
  'unnamed_doer',
  'idiom',
  'warn_against',
  'charge_noun',
  'holder_verb',
  'regain_noun',
  'fight_noun',
  'loyal_pronoun',
  'partner_noun',
  'plural_place_head',
  'ally_adjective',
  'condition_word',
  'kill_word',
  'means_word',
  'response_noun',
  'share_word',
  'share_filler',
  'owned_participle',
  'aid_word',
  'fight_verb',
  'kill_verb',
  'where_place_head',
  'base_noun',
  'presence_noun',
  'occupy_charge',
  'struck_site',
  'end_word',
  'edge_word',
  'front_tail',
  'held_gap',
  'held_head_en',
  'office_owned',
  'expelled_gap',
  'stronghold_noun',
  'last_word',
  'condition_noun',
  'withhold_word',
  'intervention_gap',
  'not_there',
  'expel_bare',
  'expel_past',
  'conveyed_word',
  'stock_noun',
  'aside_participle',
  'organ_noun',
  'speaker_noun',
  'possessed_place_head',
  'person_head',
  'office_word',
  'place_part',
  'place_prep_ar',
  'label_word',
  'untold_word',
  'present_habit_adverb',
  'light_past_verb',
  'event_day_not',
  'habit_word',
  'took_life_verb',
  'owner_participle_ar',
  'affiliation_participle',
  'trade_verb',
  'attack_noun_ar',
  'agreement_participle',
  'return_noun',
  'readmit_verb',
  'institution_word',
  'town_of_head',
  'institution_ar',
  'apposed_person',
  'title_head',
  'royal_title',
  'address_title',
  'circumstantial_ar',
  'denial_verb',
  'extent_verb',
  'compass',
  'foe_compass',
  'bare_direction',
  'event_determiner',
  'arms_noun',
  'military_rank',
  'conclude_verb',
  'issue_verb',
  'new_measure_adjective',
  'attack_means_word',
  'place_kind_adjective',
  'again_adjective',
  'strike_verb',
  'strike_filler',
  'sweep_noun',
  'sweep_filler',
  'attend_verb',
  'summit_noun',
  'meeting_hold_verb',
  'hosted_troops',
  'threat_noun_en',
  'owner_link_en',
  'village_plural',
  'fronted_holder_head',
  'its_held_noun',
  'its_struck_prev',
  'its_unit_en',
  'pursuit_word',
  'include_verb',
  'ally_noun_en',
  'group_head_ar',
  'member_rank',
  'gather_verb_ar',
  'proxy_plural_en',
  'target_place_adjective',
  'target_place_head',
  'support_noun_en',
  'support_adjective',
  'control_verb_present',
  'control_verb',
  'force_head_ar',
  'group_head_expel_ar',
  'subordinate_ar',
  'troops_ar',
  'fight_object_ar',
  'verdict_label_verb',
  'owned_participle_en',
  'owned_thing',
  'renew_verb',
  'condition_noun_en',
  'pose_verb',
  'plan_noun',
  'carry_participle_ar',
  'express_word_ar',
  'statement_verb',
  'past_irregular_en',
  'story_attack_noun',
  'deescalate_word_ar',
  'cessation_word',
  'modal_scope_ar',
  'use_verb',
  'launch_verb_ar',
  'place_head_ar',
  'circumstantial_present_ar',
  'office_adjective',
  'tenure_adjective',
  'speech_participle_ar',
  'clitic_site_ar',
  'presence_gap',
  'presence_owned_ar',
  'presence_had_ar',
  'place_pronoun_ar',
  'claim_verb',
  'label_of_en',
  'call_receipt',
  'call_made',
  'call_latter',
  'ongoing_act_noun',
  'raid_op_noun',
  'raid_result',
  'regain_word',
  'direction_end',
  'threat_noun_ar',
  'threat_participle_ar',
  'claimed_det_en',
  'claimed_count_en',
  'speaker_owned_ar',
  'speaker_owned_en',
  'attacker_anaphor',
  'return_fire',
  'state_title',
  'rebound_head',
  'expect_verb',
  'backed_head_en',
  'backer_count_en',
  'faction_head_en',
  'holder_filler_en',
  'vow_verb_en',
  'label_relative_en',
  'aide_adjective_en',
  'vote_word',
  'sequence_verb_ar',
  'plural_subject_en',
  'ongoing_adjective',
  'place_kind_sole',
  'place_kind_story',
  'region_head',
  'moving_unit',
  'attack_source_ar',
  'exposed_verb_ar',
  'count_word_en',
  'place_part_ar',
  'visit_adjective',
  'threat_modifier',
  'carrier_word',
  'included_place_filler',
  'patrol_noun',
  'patrol_verb_ar',
  'housing_word',
  'place_adjacent',
  'talks_filler_en',
  'tribe_plural_en',
  'member_noun_s_en',
  'share_control_verb',
  'campaign_lead_verb',
  'bank_noun',
  'bank_side',
  'attacked_post',
  'post_filler',
  'military_adverb',
];

/**
 * Cue kinds that are plain word lists: each form is one word, compared with a token's normalised form as it stands (no
 * proclitic or article read off, no phrase matching, no cue span). The code asks `cueWords(lex, kind).has(token.norm)`
 * where it tests one token (`hasCueWord` over a normalised stretch of text, word by word); they are kept out of the cue trie, so they block no discovered name and overlap no other cue.
 */
export const WORD_CUE_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['habitual', 'included_opener', 'pluperfect_participle_en', 'story_attack_modifier', 'light_noun_adjective', 'sequence_link', 'stationed_locative', 'round_ordinal', 'round_noun', 'not_by_prep', 'performed_clitic', 'foil_verb', 'place_one', 'place_two', 'aid_giver', 'aid_receiver', 'claim_between', 'suspension_state', 'suspension_end', 'suspension_date', 'suspended', 'custody', 'custody_verb', 'organise', 'leader_head', 'aide_head', 'decision_noun', 'own_territory', 'carry_verb', 'background_word', 'sequence_word', 'schedule_word', 'complement_opener', 'members_open', 'modifier_participle', 'unnamed_subject', 'actor_head', 'clause_verb', 'past_event_prep', 'continue_verb', 'inside_prep', 'control_noun', 'control_noun_ar', 'control_object_ar', 'control_untold_ar', 'control_fear_ar', 'taken_noun_ar', 'from_gap', 'fire_noun_ar', 'fire_object_ar', 'place_filler_en', 'group_noun', 'kunya', 'broker_word', 'mediator_word', 'end_verb', 'own_doer_noun', 'label_verb', 'office_head', 'date_word', 'vow_response', 'meeting_anaphor', 'response_word', 'response_verb', 'delegation_noun', 'killed_word', 'duration_word', 'claim_word', 'not_adjective_ar', 'temporal_prep', 'light_act_verb', 'wage_verb', 'time_filler', 'adjunct_filler', 'place_own_word', 'killing_noun', 'expel_word', 'where_thing', 'strike_noun', 'attack_shell', 'attack_bomb', 'attack_raid', 'sidelines_word', 'temporal_filler', 'attack_modifier', 'rift_filler', 'perfect_aux', 'saying_verb', 'office_org_noun', 'stationed_participle', 'thank_verb', 'capture_verb', 'capture_passive_en', 'measure_noun', 'unnamed_doer', 'taken_land', 'company_word', 'holder_verb', 'event_participle', 'loyal_participle', 'clash_noun', 'member_head', 'member_kin', 'wage_noun', 'perform_verb', 'affairs_word', 'entrench_word', 'proxy_noun', 'plural_place_head', 'ally_adjective', 'condition_word', 'kill_word', 'means_word', 'response_noun', 'share_word', 'share_filler', 'owned_participle', 'aid_word', 'fight_verb', 'kill_verb', 'where_place_head', 'base_noun', 'presence_noun', 'occupy_charge', 'struck_site', 'end_word', 'edge_word', 'front_tail', 'held_gap', 'held_head_en', 'office_owned', 'expelled_gap', 'stronghold_noun', 'condition_noun', 'withhold_word', 'intervention_gap', 'not_there', 'expel_bare', 'expel_past', 'conveyed_word', 'stock_noun', 'aside_participle', 'organ_noun', 'speaker_noun', 'possessed_place_head', 'person_head', 'office_word', 'place_part', 'place_prep_ar', 'label_word', 'untold_word', 'present_habit_adverb', 'light_past_verb', 'event_day_not', 'habit_word', 'took_life_verb', 'owner_participle_ar', 'trade_verb', 'attack_noun_ar', 'agreement_participle', 'return_noun', 'readmit_verb', 'institution_word', 'town_of_head', 'institution_ar', 'apposed_person', 'title_head', 'royal_title', 'address_title', 'circumstantial_ar', 'compass', 'foe_compass', 'bare_direction', 'event_determiner', 'arms_noun', 'military_rank', 'conclude_verb', 'issue_verb', 'new_measure_adjective', 'attack_means_word', 'place_kind_adjective', 'include_verb', 'ally_noun_en', 'group_head_ar', 'member_rank', 'gather_verb_ar', 'proxy_plural_en', 'target_place_adjective', 'target_place_head', 'support_noun_en', 'support_adjective', 'control_verb_present', 'control_verb', 'force_head_ar', 'group_head_expel_ar', 'subordinate_ar', 'troops_ar', 'fight_object_ar', 'verdict_label_verb', 'owned_participle_en', 'owned_thing', 'renew_verb', 'condition_noun_en', 'pose_verb', 'plan_noun', 'carry_participle_ar', 'express_word_ar', 'deescalate_word_ar', 'launch_verb_ar', 'place_head_ar', 'circumstantial_present_ar', 'office_adjective', 'visit_adjective', 'threat_modifier', 'carrier_word', 'included_place_filler', 'proxy_link', 'joint_holding', 'condition_verb', 'holding_head', 'lurk_participle', 'loss_word', 'loss_gap', 'ally_conj_ar', 'occupation_label', 'fight_head_en', 'preserve_word', 'located_participle', 'operation_noun', 'event_subject', 'event_light_verb', 'count_verb', 'hyphen_backing', 'allow_word', 'affiliation_participle', 'tenure_adjective', 'speech_participle_ar', 'place_part_ar', 'backed_act', 'launch_noun', 'mission_noun', 'statement_verb', 'past_irregular_en', 'story_attack_noun', 'again_adjective', 'denial_verb', 'extent_verb', 'weapon_noun', 'security_word', 'aim_verb', 'mission_building', 'joint_fight', 'repelled_noun', 'goods_word', 'side_verb', 'aggression_noun', 'drill_noun', 'drill_verb', 'violation_label', 'also_adverb', 'part_filler', 'owned_target_noun', 'owned_target_gap', 'threat_op_verb', 'offensive_noun', 'oust_verb', 'illegal_label', 'fight_frame', 'foe_remnant', 'stop_act', 'stop_gap_en', 'position_filler', 'cessation_word', 'modal_scope_ar', 'use_verb', 'strike_verb', 'strike_filler', 'sweep_noun', 'sweep_filler', 'pursuit_word', 'group_member_anaphor', 'joint_body', 'road_noun', 'road_link', 'loyal_head', 'declare_gap', 'attend_verb', 'its_held_noun', 'its_struck_prev', 'its_unit_en', 'last_word', 'clitic_site_ar', 'presence_gap', 'claim_verb', 'label_of_en', 'call_receipt', 'call_made', 'call_latter', 'ongoing_act_noun', 'raid_op_noun', 'raid_result', 'regain_word', 'direction_end', 'threat_noun_ar', 'threat_participle_ar', 'claimed_det_en', 'claimed_count_en', 'speaker_owned_ar', 'speaker_owned_en', 'state_title', 'rebound_head', 'expect_verb', 'summit_noun', 'meeting_hold_verb', 'hosted_troops', 'threat_noun_en', 'owner_link_en', 'village_plural', 'backed_head_en', 'vow_verb_en', 'label_relative_en', 'aide_adjective_en', 'taken_from_verb', 'held_verb_en', 'held_adverb_en', 'taken_clitic_ar', 'send_forces_verb', 'attacker_anaphor', 'vote_word', 'sequence_verb_ar', 'plural_subject_en', 'ongoing_adjective', 'place_kind_sole', 'place_kind_story', 'region_head', 'moving_unit', 'attack_source_ar', 'exposed_verb_ar', 'count_word_en', 'habitual_act_word', 'backer_count_en', 'faction_head_en', 'holder_filler_en', 'region_word', 'faction_descriptor', 'faction_backed', 'faction_adjective_en', 'faction_ally_head_en', 'faction_allied_en', 'area_container_link', 'body_member_head', 'governor_head', 'governor_province', 'governor_bare', 'river_word', 'dominant_word', 'dominant_head', 'seal_word', 'own_border', 'elders_noun', 'area_word', 'tribe_word', 'tribe_adjective_en', 'tribe_dual_ar', 'charity_word', 'charity_head_ar', 'camp_admin_ar', 'takes_charge_ar', 'body_descriptor_word', 'patrol_verb_ar', 'housing_word', 'place_adjacent', 'talks_filler_en', 'tribe_plural_en', 'member_noun_s_en', 'share_control_verb', 'campaign_lead_verb', 'officers_noun', 'taken_place_ar', 'bank_noun', 'bank_side', 'attacked_post', 'post_filler', 'presence_owned_ar', 'presence_had_ar', 'place_pronoun_ar', 'unnamed_owner_adjective', 'fronted_holder_head']);

export interface Cue {
  kind: CueKind;
  lang: Lang;
  form: string;
  /** cues.csv `value`: for role_group, the singular role ('foreign minister', 'وزير الخارجية'). */
  value?: string;
}

export interface Title {
  kind: EntityKind;
  lang: Lang;
  form: string;
}

export interface Lexicon {
  entities: Map<string, LexEntity>;
  relations: RelationType[];
  /** Relations whose direction does not matter (relations.csv `symmetric`). */
  symmetric: Set<string>;
  patterns: Pattern[];
  mentionTrie: TrieNode<Surface>;
  triggerTrie: TrieNode<Pattern>;
  titleTrie: TrieNode<Title>;
  cueTrie: TrieNode<Cue>;
  /** The forms of the word-list cue kinds (WORD_CUE_KINDS), normalised, both languages together. */
  cueWords: Map<CueKind, Set<string>>;
  /** cues.csv `org_head`: a bare organisation head noun (normalised, one word) → the words of the names it heads, `@kind` for any of a kind. */
  orgHeads: Map<string, string[]>;
  /** cues.csv `place_kind`: a bare place head noun (normalised, one word, Arabic without its article) → the words that mark a place of that kind. */
  placeKinds: Map<string, string[]>;
  /** Names (category 0), cues (1) and titles (2) in one trie, matched in one pass. */
  wordTrie: TrieNode<Tagged<Surface | Cue | Title>>;
  /** roles.csv: the offices a person held, each with its English descriptors and validity ("the two ministers": officeHeld). */
  offices: Map<string, Office[]>;
}

/** One row of roles.csv for a person: an office by its English descriptors, with its validity (ISO dates, inclusive). */
export interface Office {
  titles: string;
  from?: string;
  to?: string;
}

/**
 * Does person `id` hold, at `date`, an office of kind `kind` ('minister': a minister, not a prime minister; 'president': a
 * president, not a vice-president)? true/false when roles.csv gives them an office valid at that date, undefined when it
 * gives none (a person whose office the lexicon does not know).
 */
export function officeHeld(lex: Lexicon, id: string, kind: 'minister' | 'president', date: string): boolean | undefined {
  let known = false;
  for (const o of lex.offices.get(id) ?? []) {
    if ((o.from && date < o.from) || (o.to && date.slice(0, o.to.length) > o.to)) continue;
    known = true;
    const t = o.titles.toLowerCase();
    if (kind === 'minister' ? /\bminister\b/.test(t.replace(/prime minister/g, '')) : /\bpresident\b/.test(t.replace(/vice[- ]president/g, ''))) return true;
  }
  return known ? false : undefined;
}

const ENTITY_COLUMNS = [
  'id',
  'kind',
  'label_en',
  'label_ar',
  'aliases_en',
  'aliases_ar',
  'descriptors_en',
  'descriptors_ar',
  'wikidata',
  'country',
  'lat',
  'lon',
];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function num(file: string, row: number, col: string, s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new LexiconError(file, row, `${col} is not a number: "${s}"`);
  return n;
}

function parseEntities(file: string, text: string, into: Map<string, LexEntity>): void {
  const seen = new Set<string>();
  for (const { row, rec } of parseCsv(file, text, ENTITY_COLUMNS)) {
    const id = intern(rec.id!);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new LexiconError(file, row, `bad id "${id}" (use lower-case a-z, 0-9, -)`);
    if (seen.has(id)) throw new LexiconError(file, row, `duplicate id "${id}"`);
    seen.add(id);
    const kind = intern(rec.kind!) as EntityKind;
    if (!ENTITY_KINDS.includes(kind)) throw new LexiconError(file, row, `unknown kind "${rec.kind}"`);
    if (!rec.label_en && !rec.label_ar && !into.has(id)) throw new LexiconError(file, row, 'needs label_en or label_ar');
    if (rec.wikidata && !/^Q\d+$/.test(rec.wikidata)) throw new LexiconError(file, row, `bad wikidata id "${rec.wikidata}"`);
    const e: LexEntity = {
      id,
      kind,
      label_en: rec.label_en!,
      label_ar: rec.label_ar!,
      aliases_en: splitList(rec.aliases_en),
      aliases_ar: splitList(rec.aliases_ar),
      descriptors_en: splitList(rec.descriptors_en),
      descriptors_ar: splitList(rec.descriptors_ar),
      demonyms_en: splitList(rec.demonyms_en),
      demonyms_ar: splitList(rec.demonyms_ar),
      // Every entity has every field, optional ones undefined: one object layout, so the rules' reads of
      // lex.entities.get(id)?.stands_for / .country stay monomorphic (set only when present, the entities
      // of the lexicon had 11 layouts, and reads of them deoptimised withSubject)
      wikidata: rec.wikidata || undefined,
      country: rec.country ? intern(rec.country) : undefined,
      stands_for: rec.stands_for ? intern(rec.stands_for) : undefined,
      lat: num(file, row, 'lat', rec.lat),
      lon: num(file, row, 'lon', rec.lon),
    };
    const prev = into.get(id);
    if (!prev) {
      into.set(id, e);
      continue;
    }
    // A later file extends an earlier row with the same id (entities.csv adds to countries.csv).
    if (prev.kind !== e.kind) throw new LexiconError(file, row, `"${id}" redefined with kind ${e.kind} (was ${prev.kind})`);
    // (every field written out, in the same order as above: a spread of prev would give another layout)
    into.set(id, {
      id,
      kind,
      label_en: e.label_en || prev.label_en,
      label_ar: e.label_ar || prev.label_ar,
      aliases_en: [...prev.aliases_en, ...e.aliases_en],
      aliases_ar: [...prev.aliases_ar, ...e.aliases_ar],
      descriptors_en: [...prev.descriptors_en, ...e.descriptors_en],
      descriptors_ar: [...prev.descriptors_ar, ...e.descriptors_ar],
      demonyms_en: [...prev.demonyms_en, ...e.demonyms_en],
      demonyms_ar: [...prev.demonyms_ar, ...e.demonyms_ar],
      wikidata: e.wikidata ?? prev.wikidata,
      country: e.country ?? prev.country,
      stands_for: e.stands_for ?? prev.stands_for,
      lat: e.lat ?? prev.lat,
      lon: e.lon ?? prev.lon,
    });
  }
}

function parseRelations(file: string, text: string): { relations: RelationType[]; symmetric: Set<string> } {
  const relations: RelationType[] = [];
  const symmetric = new Set<string>();
  const ids = new Set<string>();
  for (const { row, rec } of parseCsv(file, text, ['id', 'label_en', 'label_ar', 'cameo', 'plover'])) {
    if (!rec.id) throw new LexiconError(file, row, 'empty id');
    if (ids.has(rec.id)) throw new LexiconError(file, row, `duplicate relation "${rec.id}"`);
    ids.add(rec.id);
    const id = intern(rec.id);
    relations.push({ id, label_en: rec.label_en!, label_ar: rec.label_ar!, cameo: rec.cameo!, plover: rec.plover! });
    if (rec.symmetric === 'true') symmetric.add(id);
  }
  return { relations, symmetric };
}

function checkLang(file: string, row: number, s: string | undefined): Lang {
  if (s !== 'ar' && s !== 'en') throw new LexiconError(file, row, `lang must be ar or en, not "${s}"`);
  return s === 'ar' ? 'ar' : 'en'; // (the literal: interned, see intern)
}

/**
 * Lay trie `from` (category `cat`) over the combined trie `root` at its node `into`, node by node: the same
 * trie as inserting each phrase of `from` into `root` (depth first, a node's values before its children's:
 * every node of these tries leads to values, so each child is made when the first phrase through it would
 * have made it), without a path array per node and a walk down from the root per phrase (that copy was
 * ~15% of loading the lexicon).
 */
function layOver<T extends Surface | Cue | Title>(from: TrieNode<T>, cat: number, root: TrieNode<Tagged<Surface | Cue | Title>>, into: TrieNode<Tagged<Surface | Cue | Title>>): void {
  if (from.out) {
    (into.out ??= []).push({ cat, values: from.out });
    root.version++;
  }
  for (const [k, child] of from.next) layOver(child, cat, root, trieChild(into, k));
}

/**
 * Build a lexicon from the texts of the files in the lexicon folder, keyed by file name.
 * Recognised: relations.csv (required), countries.csv and entities*.csv, roles.csv,
 * patterns.ar.csv / patterns.en.csv, titles.csv, cues.csv. Other files are ignored.
 * Throws LexiconError naming the file and row of the first bad row.
 */
/**
 * Descriptors of a capital built from the data (branch ref31): a place that stands for a country (`stands_for`, the
 * lexicon's capitals) is also "the <demonym> capital" and "the capital of <country>", `العاصمة <demonym, feminine>`
 * and `عاصمة <country>` ("the Iraqi capital", `العاصمة العراقية` → baghdad), from the country's English demonyms
 * and its feminine Arabic ones (`…ية`). Only when exactly one place stands for the country; a form the entity's own
 * descriptors already give is not added twice.
 */
function addCapitalDescriptors(entities: Map<string, LexEntity>, add: (phrase: string, entity: string, via: Surface['via'], lang: Lang) => void): void {
  const capitals = new Map<string, LexEntity | null>();
  for (const e of entities.values()) {
    if (e.kind !== 'place' || !e.stands_for || entities.get(e.stands_for)?.kind !== 'country') continue;
    capitals.set(e.stands_for, capitals.has(e.stands_for) ? null : e);
  }
  for (const [id, cap] of capitals) {
    const state = entities.get(id)!;
    if (!cap) continue;
    const have = new Set([...cap.descriptors_en, ...cap.descriptors_ar].map((d) => phraseKeys(d).join(' ')));
    const put = (phrase: string, lang: Lang) => {
      const key = phraseKeys(phrase).join(' ');
      if (have.has(key)) return;
      have.add(key);
      add(phrase, cap.id, 'descriptor', lang);
    };
    for (const d of state.demonyms_en) if (d && !d.includes(' ')) put(`the ${d} capital`, 'en');
    if (state.label_en) put(`the capital of ${state.label_en}`, 'en');
    for (const d of state.demonyms_ar) if (/ية$/.test(d) && !d.includes(' ')) put(`العاصمة ${d}`, 'ar');
    if (state.label_ar) put(`عاصمة ${state.label_ar}`, 'ar');
  }
}

/** An English place alias "head in/of Name" ("naval facility in Tartus", "the port of Hodeidah"): the head and the name. */
const PLACE_HEAD_OF = /^(?:the )?((?:[a-z]+ ){0,2}[a-z]+) (?:in|of) ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$/;

export function loadLexicon(files: Record<string, string>): Lexicon {
  const relText = files['relations.csv'];
  if (relText === undefined) throw new LexiconError('relations.csv', 0, 'missing file');
  const { relations, symmetric } = parseRelations('relations.csv', relText);
  const relIds = new Set(relations.map((r) => r.id));

  const entities = new Map<string, LexEntity>();
  const names = Object.keys(files).sort();
  const entityFiles = [
    ...names.filter((n) => n === 'countries.csv'),
    ...names.filter((n) => /^entities.*\.csv$/.test(n)),
  ];
  for (const f of entityFiles) parseEntities(f, files[f]!, entities);

  const mentionTrie = createTrie<Surface>();
  // Every Surface (and Cue, Pattern) is built with the same fields in the same order, optional ones
  // set to undefined: objects of one shape keep the rules' property reads monomorphic (V8 caches
  // one layout per read site; past four layouts a read takes the slow generic path).
  const add = (phrase: string, entity: string, via: Surface['via'], lang: Lang, from?: string, to?: string) =>
    trieInsert(mentionTrie, phraseKeys(phrase), { entity, via, lang, from, to });
  for (const e of entities.values()) {
    if (e.country && !entities.has(e.country)) throw new LexiconError('entities.csv', 0, `${e.id}: unknown country "${e.country}"`);
    if (e.stands_for && !entities.has(e.stands_for))
      throw new LexiconError('entities.csv', 0, `${e.id}: unknown stands_for "${e.stands_for}"`);
    for (const n of [e.label_en, ...e.aliases_en]) if (n) add(n, e.id, 'name', 'en');
    // (names35, diagnosis-batch30 #76: "the naval facility in Tartus" is also "the Tartus naval facility": a place's
    // alias of a lowercase head of one to three words, "in"/"of" and a capitalised name, also in the name-first order)
    if (e.kind === 'place')
      for (const n of e.aliases_en) {
        const r = PLACE_HEAD_OF.exec(n);
        if (r) add(`${r[2]} ${r[1]}`, e.id, 'name', 'en');
      }
    for (const n of [e.label_ar, ...e.aliases_ar]) if (n) add(n, e.id, 'name', 'ar');
    for (const n of e.descriptors_en) add(n, e.id, 'descriptor', 'en');
    for (const n of e.descriptors_ar) add(n, e.id, 'descriptor', 'ar');
    for (const n of e.demonyms_en) add(n, e.id, 'demonym', 'en');
    for (const n of e.demonyms_ar) add(n, e.id, 'demonym', 'ar');
    // the duals of a singular demonym (`جنديان سوريان`, `جنديين سوريين`, `طائرتان تركيتان`) and its genitive plural when
    // the lexicon gives none: built by rule from `…ي`
    for (const n of e.demonyms_ar) {
      if (!/ي$/.test(n) || n.includes(' ')) continue;
      for (const d of [n + 'ان', n + 'تان', n + 'تين', n + 'ين']) if (!e.demonyms_ar.includes(d)) add(d, e.id, 'demonym', 'ar');
    }
  }
  addCapitalDescriptors(entities, add);

  const offices = new Map<string, Office[]>();
  if (files['roles.csv'] !== undefined) {
    const file = 'roles.csv';
    for (const { row, rec } of parseCsv(file, files[file]!, ['entity', 'descriptors_en', 'descriptors_ar', 'from', 'to'])) {
      if (!entities.has(rec.entity!)) throw new LexiconError(file, row, `unknown entity "${rec.entity}"`);
      for (const k of ['from', 'to'] as const)
        if (rec[k] && !ISO.test(rec[k]!)) throw new LexiconError(file, row, `bad ${k} date "${rec[k]}"`);
      const entity = intern(rec.entity!);
      if (entities.get(entity)!.kind === 'person') {
        const list = offices.get(entity) ?? [];
        list.push({ titles: rec.descriptors_en ?? '', from: rec.from || undefined, to: rec.to || undefined });
        offices.set(entity, list);
      }
      for (const d of splitList(rec.descriptors_en)) add(d, entity, 'descriptor', 'en', rec.from || undefined, rec.to || undefined);
      for (const d of splitList(rec.descriptors_ar)) add(d, entity, 'descriptor', 'ar', rec.from || undefined, rec.to || undefined);
    }
  }

  const patterns: Pattern[] = [];
  const triggerTrie = createTrie<Pattern>();
  for (const lang of ['ar', 'en'] as const) {
    const file = `patterns.${lang}.csv`;
    if (files[file] === undefined) continue;
    for (const { row, rec } of parseCsv(file, files[file]!, ['relation', 'pos', 'voice', 'forms', 'preps', 'mode', 'target_kinds'])) {
      if (!relIds.has(rec.relation!)) throw new LexiconError(file, row, `unknown relation "${rec.relation}"`);
      if (rec.pos !== 'verb' && rec.pos !== 'noun') throw new LexiconError(file, row, `pos must be verb or noun, not "${rec.pos}"`);
      if (rec.voice !== 'active' && rec.voice !== 'passive')
        throw new LexiconError(file, row, `voice must be active or passive, not "${rec.voice}"`);
      if (rec.mode !== 'done' && rec.mode !== 'planned') throw new LexiconError(file, row, `mode must be done or planned, not "${rec.mode}"`);
      const targetKinds = splitList(rec.target_kinds).map(intern) as EntityKind[];
      for (const k of targetKinds) if (!ENTITY_KINDS.includes(k)) throw new LexiconError(file, row, `unknown kind "${k}"`);
      const exclusive = !!rec.requires?.endsWith('!');
      const requires = rec.requires ? (intern(rec.requires.replace(/!$/, '')) as CueKind) : undefined;
      if (requires && !CUE_KINDS.includes(requires)) throw new LexiconError(file, row, `unknown cue kind "${rec.requires}" in requires`);
      const also = splitList(rec.also).map(intern);
      for (const a of also) if (!relIds.has(a)) throw new LexiconError(file, row, `unknown relation "${a}" in also`);
      const forms = splitList(rec.forms);
      if (forms.length === 0) throw new LexiconError(file, row, 'no forms');
      const preps = splitList(rec.preps).map((p) => (p === '-' ? '' : intern(phraseKeys(p).join(' '))));
      for (const form of forms) {
        const p: Pattern = {
          relation: intern(rec.relation!),
          lang,
          pos: intern(rec.pos) as Pattern['pos'],
          voice: intern(rec.voice) as Voice,
          form,
          withArticle: normalise(form).startsWith('ال'),
          preps,
          mode: intern(rec.mode) as Mode,
          targetKinds,
          also,
          requires,
          exclusive,
          origin: `${file}:${row}`,
        };
        patterns.push(p);
        trieInsert(triggerTrie, phraseKeys(form), p);
      }
    }
  }

  const titleTrie = createTrie<Title>();
  if (files['titles.csv'] !== undefined) {
    const file = 'titles.csv';
    for (const { row, rec } of parseCsv(file, files[file]!, ['kind', 'titles_en', 'titles_ar'])) {
      const kind = intern(rec.kind!) as EntityKind;
      if (!ENTITY_KINDS.includes(kind)) throw new LexiconError(file, row, `unknown kind "${rec.kind}"`);
      for (const t of splitList(rec.titles_en)) trieInsert(titleTrie, phraseKeys(t), { kind, lang: 'en', form: t });
      for (const t of splitList(rec.titles_ar)) trieInsert(titleTrie, phraseKeys(t), { kind, lang: 'ar', form: t });
    }
  }

  const cueTrie = createTrie<Cue>();
  const cueWords = new Map<CueKind, Set<string>>();
  const orgHeads = new Map<string, string[]>();
  const placeKinds = new Map<string, string[]>();
  if (files['cues.csv'] !== undefined) {
    const file = 'cues.csv';
    for (const { row, rec } of parseCsv(file, files[file]!, ['cue', 'lang', 'forms'])) {
      const kind = intern(rec.cue!) as CueKind;
      if (!CUE_KINDS.includes(kind)) throw new LexiconError(file, row, `unknown cue "${rec.cue}"`);
      const lang = checkLang(file, row, rec.lang);
      if (kind === 'place_kind') {
        // (a bare place head, looked up by token in placeAnaphors: the Arabic head without its article, `المحافظة` → محافظه)
        for (const f of splitList(rec.forms)) {
          const words = tokenise(intern(f)).filter((t) => t.word);
          if (words.length !== 1) throw new LexiconError(file, row, `cue "${kind}" takes single words, not "${f}"`);
          placeKinds.set(lang === 'ar' ? words[0]!.norm.replace(/^ال/, '') : words[0]!.norm, splitList(rec.value ?? '').map((w) => normalise(w)));
        }
        continue;
      }
      if (kind === 'org_head') {
        // (a head noun and the words of the names it heads, looked up by token: kept out of the trie, where it would
        // take the place of a name, "the Council" of the Security Council)
        for (const f of splitList(rec.forms)) {
          const words = tokenise(intern(f)).filter((t) => t.word);
          if (words.length !== 1) throw new LexiconError(file, row, `cue "${kind}" takes single words, not "${f}"`);
          orgHeads.set(words[0]!.norm, splitList(rec.value ?? '').map((w) => (w.startsWith('@') ? w : normalise(w))));
        }
        continue;
      }
      if (WORD_CUE_KINDS.has(kind)) {
        let set = cueWords.get(kind);
        if (!set) cueWords.set(kind, (set = new Set()));
        for (const f of splitList(rec.forms)) {
          const words = tokenise(intern(f)).filter((t) => t.word);
          if (words.length !== 1) throw new LexiconError(file, row, `cue "${kind}" takes single words, not "${f}"`);
          set.add(words[0]!.norm);
        }
        continue;
      }
      for (const f of splitList(rec.forms)) trieInsert(cueTrie, phraseKeys(f), { kind, lang, form: f, value: rec.value ? intern(rec.value) : undefined });
    }
  }

  const wordTrie = createTrie<Tagged<Surface | Cue | Title>>();
  layOver(mentionTrie, 0, wordTrie, wordTrie);
  layOver(cueTrie, 1, wordTrie, wordTrie);
  layOver(titleTrie, 2, wordTrie, wordTrie);
  return { entities, relations, symmetric, patterns, mentionTrie, triggerTrie, titleTrie, cueTrie, cueWords, orgHeads, placeKinds, wordTrie, offices };
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** The normalised forms of a word-list cue kind (WORD_CUE_KINDS): an empty set when cues.csv lists none. */
/**
 * The state an entity acts for: a country itself, the country a capital or a state organ stands for (`stands_for`), a
 * person's country; with `lying`, also the country any other entity lies in or belongs to (a place, a body, a group).
 */
export function stateOf(lex: Lexicon, id: string, lying = false): string | undefined {
  const e = lex.entities.get(id);
  if (!e) return undefined;
  if (e.kind === 'country') return e.id;
  return e.stands_for ?? (lying || e.kind === 'person' ? e.country : undefined);
}

export function cueWords(lex: Lexicon, kind: CueKind): ReadonlySet<string> {
  return lex.cueWords.get(kind) ?? NO_WORDS;
}

/**
 * Is a word of `normalised` (a text already normalised, split at white space: a word with punctuation attached is not
 * the word) one of the forms of a word-list cue kind? For a test over a stretch of text rather than one token.
 */
export function hasCueWord(lex: Lexicon, kind: CueKind, normalised: string): boolean {
  const words = cueWords(lex, kind);
  if (!words.size) return false;
  for (const w of normalised.split(/\s/)) if (words.has(w)) return true;
  return false;
}

const givenCache = new WeakMap<Lexicon, Set<string>>();
/** The first words (normalised) of the Arabic names of the lexicon's people named with two words or more. */
export function givenNames(lex: Lexicon): Set<string> {
  let set = givenCache.get(lex);
  if (set) return set;
  set = new Set();
  for (const e of lex.entities.values()) {
    if (e.kind !== 'person') continue;
    for (const n of [e.label_ar, ...e.aliases_ar]) {
      const words = n ? normalise(n).split(' ') : [];
      if (words.length >= 2) set.add(words[0]!);
    }
  }
  givenCache.set(lex, set);
  return set;
}
