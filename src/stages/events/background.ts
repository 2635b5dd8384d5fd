import type { Candidate } from './match.js';
import type { Clause } from './clause.js';
import { DENY, LIGHT_VERBS, POSSESSIVE, SPEECH } from './lexicon.js';

/**
 * What a sentence tells that is not a report of an event of its own: questions, characterisations ("is a real threat"),
 * restatements of an act reported beside it (", saying ...", "becoming the first country to ..."), background event
 * nouns (after a preposition or a span of time, governed by a verb), sport and votes. The events stage (index.ts)
 * drops candidates, or events, these tests pick out.
 */

/** Does the sentence [start, end) end with a question mark (before closing quotes or brackets)? */
export function isQuestion(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k > start && (text[k] === ' ' || text[k] === '\n' || text[k] === '"' || text[k] === "'" || text[k] === ')' || text[k] === '»' || text[k] === '”')) k--;
  return text[k] === '?';
}

const THREAT_NOUNS = new Set(['threat', 'threats', 'danger', 'dangers', 'menace']);

const CHARACTERISING = new Set(['be', 'become', 'remain', 'pose', 'represent', 'constitute', 'as']);

/** Is the token at `k` a threat noun after a copula, "pose/represent" or "as" ("is a real threat", "poses the biggest threat")? */
export function predicateThreat(clause: Clause, k: number): boolean {
  const { toks, lo } = clause;
  const t = toks[k];
  if (t.pos !== 'NOUN' || !THREAT_NOUNS.has(t.norm)) return false;
  let b = k - 1;
  let n = 0;
  while (b >= lo && n < 4 && ['DET', 'ADJ', 'ADV', 'NUM'].includes(toks[b].pos) && !THREAT_NOUNS.has(toks[b].norm)) {
    b--;
    n++;
  }
  if (b < lo) return false;
  return CHARACTERISING.has(toks[b].lemma) || CHARACTERISING.has(toks[b].norm) || BE_FORMS.has(toks[b].norm);
}

/** Forms of "be" (and "remains") before a predicate or a cleft's focus. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'remains']);

/** An event noun after "<span of time> of" (over adjectives): "months of Russian shelling", "weeks of mass protests". */
export function durationNominal(clause: Clause, k: number): boolean {
  const { toks, lo } = clause;
  const t = toks[k];
  if ((t.pos === 'VERB' && !t.norm.endsWith('ing')) || t.pos === 'AUX') return false;
  // (not with an agent of its own: "four years of talks mediated by Cuba and Norway")
  const n1 = toks[k + 1];
  if (n1 && /ed$/.test(n1.norm) && toks[k + 2]?.norm === 'by') return false;
  let b = k - 1;
  while (b >= lo && k - b < 4 && (toks[b].pos === 'ADJ' || toks[b].pos === 'ADV' || (toks[b].pos === 'PROPN' && clause.tokAm[b] < 0))) b--;
  return b - 1 >= lo && toks[b].norm === 'of' && DURATIONS.has(toks[b - 1].norm);
}

const DURATIONS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'nights']);

/** The ", saying" (", adding", ", announcing") whose content the token at `k` is in, within a few words, else -1. */
export function sayingBefore(clause: Clause, k: number): number {
  const { toks, lo } = clause;
  for (let b = k - 1; b > lo && b >= k - 10; b--) {
    const t = toks[b];
    if (t.norm === ';' || t.norm === ':') return -1;
    if (SPEECH.has(t.lemma) && t.norm.endsWith('ing') && toks[b - 1].norm === ',') return b;
  }
  return -1;
}

/** "the first Western country to supply", "the only leader to visit": the verb after an ordinal + noun + "to". */
export function rankedAct(clause: Clause, k: number): boolean {
  const { toks, lo } = clause;
  if (k - 3 < lo || toks[k - 1].norm !== 'to') return false;
  for (let b = k - 2; b >= lo && b >= k - 6; b--) {
    const t = toks[b];
    if (RANKS.has(t.norm)) return b - 1 >= lo && (toks[b - 1].norm === 'the' || POSSESSIVE.has(toks[b - 1].norm) || toks[b - 1].norm === "'s");
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.norm === '-' || clause.tokAm[b] >= 0)) return false;
  }
  return false;
}

const RANKS = new Set(['first', 'second', 'third', 'last', 'only', 'latest', 'next']);

/** Is the noun at `k` (over determiners, adjectives, numbers and noun modifiers) the object of a preposition? */
export function prepositionBefore(clause: Clause, k: number): boolean {
  const { toks, lo } = clause;
  let b = k - 1;
  while (b >= lo && k - b < 6 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || toks[b].pos === 'NUM' || toks[b].pos === 'NOUN' || toks[b].norm === "'s")) b--;
  // (not "of", nor "under": "under the auspices of X", "under Norwegian mediation" say who mediates the clause's act)
  return b >= lo && (toks[b].pos === 'ADP' || toks[b].pos === 'SCONJ') && toks[b].norm !== 'of' && toks[b].norm !== 'under';
}

/** "a deal signed with Annan", "talks mediated by Norway": a participle with its own agent right after the match. */
export function agentParticipleAfter(clause: Clause, c: Candidate): boolean {
  const { toks } = clause;
  for (let k = c.anchor + 1; k < clause.hi && k <= c.anchor + 3; k++) {
    if (/ed$/.test(toks[k].norm) && (toks[k + 1]?.norm === 'by' || toks[k + 1]?.norm === 'with')) return true;
  }
  return false;
}

/**
 * Is the event noun phrase governed by a preposition or a non-reporting verb ("the role Belarus is playing in the Russian
 * invasion of Ukraine", "since Russia's invasion", "will limit Russia's aggression")? Then it is background even inside a
 * reported statement; the statement is about it only when it is a subject or object ("said its attack on Israel was a
 * response").
 */
export function governedNominal(clause: Clause, c: Candidate): boolean {
  const { toks, lo } = clause;
  let k = Math.min(c.first, c.subject?.first ?? c.first) - 1;
  while (k >= lo && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM')) k--;
  if (k < lo) return false;
  if (toks[k].pos === 'ADP' || toks[k].pos === 'SCONJ') return true;
  // the object of a verb other than a reporting verb ("will significantly limit Russia's aggression", "ending the war
  // between X and Y") is background too; after "said (that)" it is what the statement is about
  // (not a light verb: "is continuing its military buildup" is the buildup going on)
  return (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !SPEECH.has(toks[k].lemma) && !DENY.has(toks[k].lemma) && !LIGHT_VERBS.has(toks[k].lemma) && toks[k].lemma !== 'be';
}

/**
 * An event noun that is the cause the sentence reports is its main event, not background:
 * "were killed in an Israeli air strike on Rafah", "An attack by X on Y killed 12 soldiers".
 */
export function casualtyFrame(clause: Clause, c: Candidate): boolean {
  const { toks, lo, hi } = clause;
  // "killed/wounded/died ... in/by <the event noun>"
  let k = c.anchor - 1;
  while (k >= lo && c.anchor - k < 6 && toks[k].norm !== 'in' && toks[k].norm !== 'by' && toks[k].norm !== 'during') k--;
  if (k > lo && (toks[k].norm === 'in' || toks[k].norm === 'by' || toks[k].norm === 'during')) {
    for (let v = k - 1; v >= lo && k - v < 5; v--) if (CASUALTY.has(toks[v].lemma) || CASUALTY.has(toks[v].norm)) return true;
  }
  // "<the event noun phrase (by X)> killed/wounded/destroyed ..."
  for (let v = Math.max(c.last, c.anchor + 1); v < hi && v < c.last + 8; v++) {
    const t = toks[v];
    if (t.pos === 'VERB' && (CASUALTY.has(t.lemma) || CASUALTY.has(t.norm))) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === ',' || t.norm === ';') break;
  }
  return false;
}

export const CASUALTY = new Set('kill killed wound wounded injure injured die died destroy destroyed damage damaged hit leave left claim claimed'.split(' '));

const SPORT = new Set(
  'penalties penalty olympics olympic championship tournament semifinal semi-final quarterfinal quarter-final medal goalkeeper striker playoff playoffs rugby cricket soccer footballer wickets innings'.split(' '),
);

const VOTE = new Set('referendum vote voted voting ballot plebiscite'.split(' '));

/** Event types that sport reports do not mimic (sport mimics attacks, threats, defeats, concessions, rejections). */
export const SPORT_PROOF = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID']);

/** A match score right after a word ("crushed Australia 57-22", "won 2-1"); not a range ("from 1939-45") nor a tally ("voted 51-49"). */
const SCORE = /^\d{1,2}-\d{1,2}$/;

const vetoCache = new WeakMap<Clause, 'sport' | 'vote' | null>();

/** Does the sentence talk about sport or a vote? */
export function vetoOf(c: Clause): 'sport' | 'vote' | null {
  let v = vetoCache.get(c);
  if (v !== undefined) return v;
  v = null;
  for (let i = c.lo; i < c.hi; i++) {
    const t = c.toks[i];
    if (c.tokAm[i] >= 0) continue; // "the Arab League", "the Olympic Committee" are actors, not sport
    if (SPORT.has(t.norm) || (t.norm === 'world' && c.toks[i + 1]?.norm === 'cup') || (SCORE.test(t.norm) && i > c.lo && c.toks[i - 1].pos !== 'ADP' && !VOTE.has(c.toks[i - 1].norm))) {
      v = 'sport';
      break;
    }
    if (VOTE.has(t.norm)) v = 'vote';
  }
  vetoCache.set(c, v);
  return v;
}

/** Words that frame a forecast or a hope: "optimistic that", "hoped", "expects", "predicted", "confident". */
const FORECAST = new Set(['hope', 'hoped', 'hopes', 'hoping', 'hopeful', 'optimistic', 'pessimistic', 'confident', 'expect', 'expects', 'expected', 'expecting', 'predict', 'predicted', 'predicts', 'anticipate', 'anticipated', 'anticipates', 'doubt', 'doubted', 'doubts', 'doubtful', 'skeptical', 'sceptical']);

/**
 * "was cautiously optimistic that the European Union would open accession talks", "hoped Moscow would withdraw": a
 * forecast of a future act (its chain has "would/will") is no report of an event. `subjectFirst`: where the act's
 * subject starts; the forecast word stands right before it, over "that" and adverbs.
 */
export function forecastFrame(clause: Clause, subjectFirst: number): boolean {
  const { toks, lo } = clause;
  let b = subjectFirst - 1;
  if (b >= lo && toks[b].pos === 'DET') b--;
  if (b >= lo && toks[b].norm === 'that') b--;
  while (b >= lo && toks[b].pos === 'ADV') b--;
  // ("It is expected that the President will hold meetings": an announced schedule, not a forecast)
  return b >= lo && FORECAST.has(toks[b].norm) && !(b - 1 >= lo && BE_FORMS.has(toks[b - 1].norm) && toks[b].norm === 'expected');
}

/** Words that make a warning a threat of force or reprisal. */
const FORCE_WORDS = new Set(['war', 'force', 'retaliation', 'retaliate', 'response', 'respond', 'consequences', 'punishment', 'punish', 'crush', 'destroy', 'annihilate', 'strike', 'attack', 'military', 'sanctions']);

/**
 * "warned Congress that the bilateral trade deficit could keep widening": a warning whose "that"-clause is about a
 * state of affairs (its subject is no actor, nor a pronoun) is a forecast, not a threat. Only for a match that ends on
 * that "that" (a bare warning, "X warned Y that"): the specific threat patterns name the response they threaten.
 */
export function forecastWarning(clause: Clause, c: Candidate): boolean {
  const { toks, hi } = clause;
  if (c.pattern.plover !== 'THREATEN' || toks[c.anchor].lemma !== 'warn') return false;
  const end = Math.max(...c.claimed);
  if (toks[end].norm !== 'that') return false;
  let k = end + 1;
  while (k < hi && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].pos === 'ADV')) k++;
  if (k >= hi || toks[k].norm === 'if' || toks[k].norm === 'unless') return false;
  if (clause.tokAm[k] >= 0 || clause.tokPlace[k] >= 0 || toks[k].pos === 'PRON' || toks[k].pos === 'PROPN') return false;
  // ("warned his Finnish counterpart that relations could be negatively affected if Finland ...": a condition makes it a
  // threat, and so do words of force: "warning that Taiwan independence means war")
  for (let q = k; q < hi; q++) {
    if (toks[q].norm === ';') return true;
    if (toks[q].norm === 'if' || toks[q].norm === 'unless' || FORCE_WORDS.has(toks[q].norm)) return false;
  }
  return true;
}

/** Is the noun at `k` the head of the object of the verb at `v` ("rejected a U.S. request", "spurned an offer")? */
export function objectNoun(clause: Clause, v: number, k: number): boolean {
  const { toks } = clause;
  if (k <= v || k - v > 6) return false;
  for (let q = v + 1; q < k; q++) {
    const t = toks[q];
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.norm === "'s" || t.norm === '.' || clause.tokAm[q] >= 0)) return false;
  }
  return true;
}

/** Verbs whose object is an act they denounce: "strongly condemns the missile attack launched by X". */
const DENOUNCE = new Set(['condemn', 'denounce', 'decry', 'deplore', 'criticize', 'criticise', 'protest']);

/**
 * "The Ministry strongly condemns the massive missile attack launched by the Russian Federation", "condemns the illegal
 * detention of a Georgian citizen by the Russian occupation forces": an act named as a noun with its doer after "by",
 * the object of a denouncing verb, is what the statement reports (test/gold/README.md, the fifth development set).
 */
export function denouncedAct(clause: Clause, c: Candidate): boolean {
  if (c.subject?.via !== 'by') return false;
  const { toks, lo } = clause;
  let k = Math.min(c.first, c.anchor) - 1;
  while (k >= lo && c.anchor - k < 8 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].pos === 'NOUN' || toks[k].pos === 'ADV' || clause.tokAm[k] >= 0 || toks[k].norm === "'s")) k--;
  return k >= lo && toks[k].pos === 'VERB' && DENOUNCE.has(toks[k].lemma);
}

/** Nouns whose "that"-clause is what is asked for: "rejected U.S. demands that it open its market". */
// (not "call": "said in the call that Putin had threatened Ukraine" is a phone call)
const DEMAND_NOUNS = new Set(['demand', 'demands', 'request', 'requests', 'proposal', 'proposals', 'suggestion', 'suggestions', 'appeal', 'appeals', 'ultimatum', 'insistence']);
const CONTENT_SUBJECT_POS = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'AUX', 'ADV', 'PART', 'NUM']);

/** Is the act at candidate `c` the content of a demand noun's "that"-clause (so no event of its own)? */
export function demandNounContent(clause: Clause, c: Candidate): boolean {
  const { toks, lo } = clause;
  // back from the act over its subject and auxiliaries ("demands that it open", "calls that Russia should withdraw")
  for (let k = c.anchor - 1; k >= lo && c.anchor - k <= 8; k--) {
    const t = toks[k];
    if (t.norm === 'that') return k - 1 >= lo && DEMAND_NOUNS.has(toks[k - 1].norm) && toks[k - 1].pos === 'NOUN';
    if (!(CONTENT_SUBJECT_POS.has(t.pos) || clause.tokAm[k] >= 0 || t.norm === "'s")) return false;
  }
  return false;
}

/** Is the noun phrase ending before `k` governed by "during", naming a setting ("during the UN Security Council meeting")? */
export function settingBefore(clause: Clause, k: number): boolean {
  const { toks, lo } = clause;
  let b = k - 1;
  while (b >= lo && k - b < 8 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || toks[b].pos === 'NUM' || toks[b].pos === 'NOUN' || toks[b].pos === 'PROPN' || clause.tokAm[b] >= 0 || toks[b].norm === "'s" || toks[b].norm === '-')) b--;
  // (not "at": "was looking at the talks between Japan and South Korea")
  return b >= lo && toks[b].norm === 'during';
}
