/**
 * Closed word classes the clause analysis and the modality rules use (lemmas, lower case).
 * These are grammar, not event vocabulary: event vocabulary lives in data/*.patterns.tsv.
 */

import type { Control } from './clause.js';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Negation inside a verb chain. */
export const NEGATION = set("not n't never no");

/** Future auxiliaries: the event is planned. */
export const FUTURE_AUX = set("will shall 'll wo");

/** Modal auxiliaries that make the event hypothetical. */
export const HYPO_AUX = set("could might may should must can ca");

/** Auxiliaries and copulas that can sit between a subject and its verb. */
export const AUX = set("be is are was were been being am 's 're have has had having do does did will would shall should can could may might must 'll 'd 've ca wo get got gets getting");

export const BE = set('be is are was were been being am get got gets getting');

/**
 * Verbs that take a "to"-infinitive whose subject is their own subject ("X agreed to cut Y off"),
 * mapped to the modality they give the embedded event (null: no change).
 */
export const SUBJECT_CONTROL: Map<string, Control> = new Map([
  // a plan or a commitment to a non-cooperative act: the act is coded, planned ("agreed to cut banks off SWIFT")
  ...[...set('plan intend prepare schedule expect aim set due go promise pledge vow decide agree resolve undertake')].map(
    (w) => [w, 'planned'] as const,
  ),
  ...[...set('want hope seek wish consider propose need mean like love prefer plot contemplate')].map((w) => [w, 'hypothetical'] as const),
  // the content of a threat or an offer is not an event of its own; nor is what a vote decides
  ...[...set('threaten warn offer vote')].map((w) => [w, 'content'] as const),
  ...[...set('refuse fail decline')].map((w) => [w, 'negated'] as const),
  ...[...set('try attempt continue begin start move manage appear seem use help dare rush claim say report allege')].map(
    (w) => [w, null] as const,
  ),
]);

/**
 * Adjectives (and adjectival participles) after a copula that take a "to"-infinitive sharing the subject
 * ("is likely to invade", "is obligated to arrest", "would be tantamount to breaking"), by their word form.
 * A likelihood, ability, duty or equivalence is not the act: hypothetical; a readiness or a schedule: planned
 * (the AGREE patterns "ready/willing/prepared to talk/send" still code the commitment itself).
 */
export const ADJ_CONTROL: Map<string, Control> = new Map([
  // ("close to reaching a trade deal", "near to agreeing": not yet done)
  ...[...set('likely unlikely able unable obliged obligated supposed bound willing eager keen tantamount equivalent akin reluctant free close near')].map(
    (w) => [w, 'hypothetical'] as const,
  ),
  ...[...set('ready prepared poised set due about determined')].map((w) => [w, 'planned'] as const),
]);

/** Nouns that take a "to"-infinitive: "announced plans to send troops". */
export const NOUN_CONTROL: Map<string, Control> = new Map([
  ...[...set('plan decision intention promise pledge vow preparation preparations')].map((w) => [w, 'planned'] as const),
  // (and a goal: "Iran's main goal is to occupy Basra" is a desire, not an act)
  ...[...set('bid proposal readiness willingness goal aim objective ambition dream hope wish desire')].map((w) => [w, 'hypothetical'] as const),
  ...[...set('threat offer call ultimatum demand request appeal plea')].map((w) => [w, 'content'] as const),
  ...[...set('attempt effort')].map((w) => [w, null] as const),
  ...[...set('move step order')].map((w) => [w, null] as const),
]);

/** Verbs whose object is the subject of the "to"-infinitive ("asked Y to help"): the embedded event is only requested. */
export const OBJECT_CONTROL = set('ask urge call request invite press encourage persuade tell order instruct force push beg appeal implore plead petition lobby beseech exhort entreat pressure pressurise pressurize expect');

/** Verbs whose object is the subject of the "to"-infinitive, which stays an event of that object ("allowed aid convoys to cross"). */
export const PERMIT_CONTROL = set('allow permit enable authorize authorise let prompt spur lead cause drive provoke trigger');

/** Verbs followed by a gerund sharing their subject ("denied attacking", "continued shelling"), with the modality they give. */
export const GERUND_CONTROL: Map<string, Control> = new Map([
  ...[...set('deny')].map((w) => [w, 'denied'] as const),
  ...[...set('consider threaten risk contemplate')].map((w) => [w, 'hypothetical'] as const),
  ...[...set('continue begin start resume keep stop halt end admit finish intensify step')].map((w) => [w, null] as const),
]);

/** Verbs whose "that"-clause or "of"-gerund is only their subject's claim. */
export const DENY = set('deny dismiss refute reject rebuff');
export const ACCUSE_EMBED = set('accuse blame charge suspect condemn criticize criticise denounce fault');

/** Reporting verbs (speech cues): the content they introduce is claimed by their subject. */
export const SPEECH = set(
  'say tell add state announce claim report allege insist write note confirm explain stress emphasize emphasise declare assert argue quote acknowledge admit suggest reveal warn predict estimate believe think testify complain contend maintain reaffirm reiterate mention underline highlight recall',
);

/** Verbs whose nominal object can be an event noun: "launched air strikes", "held talks", "continued its buildup". */
export const LIGHT_VERBS = set(
  'launch carry conduct stage begin start continue step intensify escalate order mount make hold resume unleash expand increase open wage lead organize organise join complete finish announce undertake pursue initiate have be remain stay go declare proclaim impose introduce issue',
);

export const RELATIVE = set('who which whom whose that');

/** Subordinators that open a hypothetical clause. */
export const CONDITIONAL = set('if unless whether');

export const COORD = set('and or as well');

/** Possessive/reflexive pronouns that can sit inside a noun phrase. */
export const POSSESSIVE = set('its their his her our my your own themselves itself himself herself ourselves');

/** Prepositions that put a place mention at the event ("in Donbass", "near Kyiv"). */
export const PLACE_PREP = set('in near at around outside inside across into over on from of off along');

/** Parts of speech that may sit inside a noun phrase before its head. */
export const NP_POS = set('DET ADJ NOUN PROPN NUM');

/** Time nouns: a participle right after one belongs to the main clause ("filed a lawsuit on Monday accusing Y"). */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight day days week weeks month months year years night morning evening afternoon weekend hour hours time',
);

/** Verbs that stop or cancel the event noun they govern: "called off strikes", "suspended talks". */
export const HALT_VERBS = set('cancel call suspend halt postpone scrap abandon stop end delay shelve freeze');

/** Verbs whose event-noun object is only planned ("are planning strikes", "prepared an offensive"). */
/**
 * Verbs whose purpose clause tells what the doer went on to do: they only bring the doer there ("moved in to disperse")
 * or name the means ("used missiles to destroy four depots", "relied on artillery to attack").
 */
export const MEANS_VERBS = set('move go come arrive return enter step travel fly rush swoop descend use employ rely');

/** Nouns whose "to"-infinitive says what was agreed or given as a task ("a deal with Washington to restore ties", "a mission to protect"). */
export const MANDATE_NOUNS = set('deal agreement accord pact mission mandate plan arrangement treaty understanding operation campaign deployment');

export const PLANNING = set('plan prepare schedule organize organise');

/** Control verbs and adjectives of a commitment: what they promise is an AGREE (index.ts intentCode). */
export const COMMITMENT = set('agree pledge promise vow undertake offer commit ready willing prepared');

/**
 * Nouns for acts, decisions and proposals that an object relative clause can react to: "a move Moscow
 * denounced", "a proposal the Pentagon rejected", "a deal that protesters dismissed". The reacting
 * verb's object is the noun; its target is whoever made the move (see match.ts `objectGap`).
 */
export const ACT_NOUNS = set(
  'move moves decision decisions proposal proposals offer offers plan plans verdict verdicts ruling rulings sentence ' +
    'sentences deal deals agreement accord step steps attack attacks strike strikes raid raids invasion annexation law ' +
    'bill measure measures sanctions demand demands request requests call calls ultimatum accusation accusations ' +
    'charge charges claim claims allegation allegations vote referendum election elections action actions policy order ' +
    'ban blockade crackdown campaign test tests launch operation offensive killing killings arrest arrests execution ' +
    'executions resolution statement remarks comments initiative bid appeal treaty truce ceasefire visit trip seizure ' +
    'expulsion expulsions incursion detention detentions conviction withdrawal deployment',
);

/** Of those, nouns whose "that" opens their content, not a relative clause ("the claim that Kyiv attacked"). */
export const CONTENT_NOUNS = set('claim claims accusation accusations allegation allegations statement remarks comments charge charges demand demands call calls request requests decision order plan');

/** Verbs whose "that"-clause or content is what they demand ("demanded that the mission leave", "urged that ..."). */
export const DEMAND_VERBS = set('demand insist urge ask request propose recommend suggest require order');

/** Words of a protest in the street (for repression, 175). */
export const STREET_PROTEST = set('protest protests protester protesters protestors demonstrator demonstrators demonstration demonstrations rally rallies');

/** Verbs whose object clause ("envisages Russia withdrawing") is what a plan or text foresees. */
export const PLAN_CONTENT_VERBS = set('envisage envision foresee stipulate imagine contemplate require propose');
/** Adjectives that make a nominal meeting hypothetical or planned ("possible meetings include a meeting between"). */
export const NOMINAL_MODALITY: Map<string, 'hypothetical' | 'planned'> = new Map([
  ['possible', 'hypothetical'], ['potential', 'hypothetical'], ['hypothetical', 'hypothetical'], ['eventual', 'hypothetical'],
  ['proposed', 'planned'], ['planned', 'planned'], ['upcoming', 'planned'], ['scheduled', 'planned'], ['forthcoming', 'planned'],
]);

/** Speech acts done by saying one wants to do them ("I want to thank", "we would like to congratulate"). */
export const PERFORMATIVE = set('thank congratulate welcome express condemn appeal urge call invite ask assure reaffirm emphasise emphasize stress note offer apologise apologize commend praise salute');
