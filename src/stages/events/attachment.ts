import type { Actor } from '../../model/doc.js';
import type { Clause } from './clause.js';
import { SPEECH } from './lexicon.js';
import type { Candidate } from './match.js';

/**
 * Targets for events whose pattern found none (no target slot, or an empty one), tried in order:
 *
 * 1. **object**: what the trigger's object phrase names, up to the end of its clause: an actor, a
 *    place or a country adjective ("blew up the liaison office in Kaesong", "called off strikes on
 *    three Iranian sites", "toward the Kuwaiti border"); a possessive pronoun's referent ("Ecuador
 *    withdrew his asylum", "Turkey could block their membership"); the source's own people or
 *    country ("genocide against its Rohingya minority", "defend her country"); unnamed people
 *    attacked ("raping dozens of women": the civilians of the sentence's country), also when a
 *    place follows ("killed hundreds of people in towns near the Gaza border"); whom an attack
 *    killed over where it happened ("a bombing in Kabul that killed an American soldier"); the
 *    owner after a reduced relative ("a hospital run by MSF"); an object pronoun's referent not
 *    on the source's side ("soldiers detained him"); "the country's X" as the one other country
 *    named before it; agents the actors stage did not name ("an Indian incursion"). In a passive
 *    the object is the subject phrase ("A British-owned tanker was seized by X"). A threat is
 *    aimed at its condition's subject ("threatened to ... if South Korea and the United States
 *    went ahead"); a state's mass expulsion (201) at its own people unless they are taken to its
 *    own country; a state's deployment, curfew or repression at home in a sentence about
 *    protests, riots, gangs or a general strike at the people in the street (`civilians.<ISO3>`).
 * 2. **other**: the other party of the sentence: the actor nearest the trigger (right side
 *    first) that is another country's, or an IGO ("Trump warned of 'fire and fury'" in a sentence
 *    about North Korea; "Brazil's president rejected the offer" of the G7 named before); a place
 *    only when no actor is. Sought in the trigger's own clause (see clauseBetween): from a time or
 *    cause clause ("..., hours after India extended a credit line") the main clause's subject
 *    first, then the rest of the main clause; a reaction after ", while" the main subject only;
 *    not the subject of a later time clause after a comma for attacks and coercion, nor of a
 *    relative clause, nor an actor in a participle aside on the subject ("forces, acting on a
 *    tip-off from U.S. intelligence, raided"), a talks venue ("talks in Minsk"), the source's
 *    possessor ("Yemen's Houthis"), or coordinated trailing speakers.
 * 3. **domestic**: when no other country's actor is named, an actor of the source's country with
 *    another sector ("a deal with the military": the source country's military). Concessions,
 *    protests and other acts aimed at one's own country try this before rule 2. A state's own
 *    troops and police are not the target of its deployments, aid or curfews (its means).
 *
 * Agents fused to a participle ("a U.N.-brokered ceasefire", "U.S.-backed forces") and
 * organisations after "at"/"in" (venues: "filed a lawsuit at the ICJ") are not targets.
 * The event's `pattern` records which rule filled the slot (`<id>+target:object`, ...). Not for
 * reciprocal or mutual events, nor for the codes whose target is left empty by convention
 * (appeals for restraint, 0256).
 */
export type TargetRule = 'object' | 'other' | 'domestic';

/** What the object phrase names: entries of the clause, or the source's own people/country, or unnamed people. */
export type ObjectTarget = { group: number[]; weak?: boolean } | { self: 'people' | 'country' } | { people: true };

/** Words that end an object phrase: a new clause, a time or cause adjunct. */
const OBJECT_STOP = new Set(
  'while whereas although though because when since until unless if who which whose where after before as amid despite during following over than saying but'.split(' '),
);
/** Words before "than" in a quantity ("more than 300 schoolboys"). */
const QUANTITY = new Set(['more', 'less', 'fewer']);
/** Prepositions of a venue: an organisation after them is where, not whom ("at the ICJ"). */
const VENUE_PREP = new Set(['at', 'in', 'inside', 'outside', 'near', 'before']);
/** Participles that make the name fused to them an agent, not a target ("U.N.-brokered"). */
const AGENT_PARTICIPLE = new Set(
  'brokered backed led sponsored sanctioned mediated drafted proposed supported funded financed armed installed imposed organised organized run protected'.split(' '),
);
/** Nouns for a country's people or the country itself after a possessive ("its Rohingya minority", "her country"). */
const SELF_PEOPLE = new Set('people peoples citizens population minority minorities civilians nationals subjects'.split(' '));
const SELF_COUNTRY = new Set(['country', 'nation', 'homeland', 'territory']);
/** Unnamed people an attack hits ("raping dozens of women", "killed 12 villagers"). */
const PEOPLE = new Set(
  'people civilians women children men girls boys villagers residents passengers worshippers worshipers pedestrians bystanders families inhabitants schoolgirls schoolboys schoolchildren pupils man woman child boy girl suspect suspects trafficker traffickers dissident dissidents citizen citizens resident villager politician politicians lawmaker lawmakers journalist journalists opponent opponents critic critics president muslims christians hindus jews refugees migrants'.split(' '),
);

/** Participles not in -ed/-en of a reduced relative ("a hospital run by MSF", "a camp held by rebels"). */
const IRREGULAR_PARTICIPLES = new Set(['run', 'held', 'built', 'kept', 'led', 'set', 'made', 'hit', 'shot', 'struck', 'sent', 'left', 'bought', 'sold']);

const CASUALTY_VERBS = new Set(['killed', 'wounded', 'injured', 'hit', 'struck', 'destroyed', 'damaged']);

/** Codes whose unnamed target stays empty: appeals for restraint or a ceasefire in general. */
const NO_FALLBACK = new Set(['0256']);

export function mayFillTarget(cameo: string): boolean {
  return !NO_FALLBACK.has(cameo);
}

/** Is entry `e` an agent fused to a participle ("U.N.-brokered")? */
function fusedAgent(clause: Clause, e: number): boolean {
  const { toks, am } = clause;
  const last = am[e].last;
  const dash = toks[last];
  const part = toks[last + 1];
  return !!dash && !!part && last < clause.hi - 1 && dash.norm === '-' && dash.start === toks[last - 1].end && AGENT_PARTICIPLE.has(part.norm);
}

/**
 * The referent of a possessive pronoun at `k` that is not the source: "his"/"her" a person,
 * "its" a non-person, "their" a coordinated group; -1 when it is the source's (or unknown).
 */
function possessiveReferent(clause: Clause, k: number, srcPerson: boolean, srcPlural: boolean, isSource: (i: number) => boolean): number {
  const { toks, tokAm, am, lo } = clause;
  const n = toks[k].norm;
  if ((n === 'his' || n === 'her') && srcPerson) return -1;
  if (n === 'its' && !srcPerson) return -1;
  if (n === 'their' && srcPlural) return -1;
  if (n !== 'his' && n !== 'her' && n !== 'its' && n !== 'their') return -1;
  for (let b = k - 1; b >= lo; b--) {
    const e = tokAm[b];
    if (e < 0) continue;
    b = am[e].first;
    if (isSource(e)) continue;
    const person = am[e].mention.kind === 'person';
    if (n === 'his' || n === 'her') {
      if (person) return e;
      continue;
    }
    if (n === 'its') {
      if (!person) return e;
      continue;
    }
    // "their": the last conjunct of a group ("Finland and Sweden ... their membership")
    const p = b - 1;
    if (p >= lo && (toks[p].norm === 'and' || toks[p].norm === ',') && p - 1 >= lo && tokAm[p - 1] >= 0) {
      let first = am[tokAm[p - 1]].first;
      // back to the group's first conjunct
      for (let q = first - 1; q >= lo + 1 && (toks[q].norm === ',' || toks[q].norm === 'and') && tokAm[q - 1] >= 0; q = first - 1) first = am[tokAm[q - 1]].first;
      return tokAm[first];
    }
  }
  return -1;
}

/** The trigger's object phrase: see ObjectTarget. */
export function objectTarget(
  clause: Clause,
  c: Candidate,
  src: Actor[],
  isSource: (i: number) => boolean,
  /** Entries that code nothing ("the Gulf"): passed over. */
  useless: (i: number) => boolean = () => false,
  actorsById: Map<string, Actor> | null = null,
): ObjectTarget | null {
  const { toks, tokAm, tokPlace, am, hi, lo } = clause;
  const srcPerson = src.length === 1 && src[0].type === 'person';
  const srcPlural = src.length > 1 || (src.length === 1 && src[0].type === 'agent');
  const srcIds = new Set(src.map((a) => a.id));
  const srcCountries = new Set(src.map((a) => a.country));
  const srcIso = srcCountries.size === 1 ? [...srcCountries][0] : null;
  const srcState = src.every((a) => a.sector === null || STATE.has(a.sector));
  // the source's own state ("launched a military offensive" ... "Russia's military", "the start of Russia's operation")
  const ownState = (e: number) =>
    srcIso !== null &&
    srcState &&
    !am[e].place &&
    !am[e].country &&
    am[e].actors.every((id) => {
      const a = actorsById?.get(id);
      return !!a && a.country === srcIso && (a.sector === null || STATE.has(a.sector));
    });
  const ownEntry = (e: number) => isSource(e) || am[e].actors.every((id) => srcIds.has(id)) || /^(its|their|his|her|our)\s/i.test(am[e].mention.text) || ownState(e);
  // a threat is aimed at whoever its condition names: "threatened to turn Seoul into a sea of fire if South Korea and
  // the United States went ahead with drills", "if the European Union called ..."
  if (c.pattern.plover === 'THREATEN') {
    const g = conditionSubject(clause, Math.max(c.last, c.anchor + 1), isSource);
    if (g) return { group: g };
  }
  // a passive's object is its subject phrase: "A British-owned tanker was seized by X"
  if (c.passive && c.chain) {
    let k = c.chain.begin - 1;
    for (let steps = 0; k >= lo && steps < 8; k--, steps++) {
      const e = tokAm[k] >= 0 ? tokAm[k] : tokPlace[k];
      if (e >= 0) {
        if (ownEntry(e) || fusedAgent(clause, e)) break;
        return { group: [e] };
      }
      const t = toks[k];
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM' || t.norm === '-' || (t.pos === 'VERB' && toks[k - 1]?.norm === '-'))) break;
    }
  }
  // an object relative clause: "the schoolgirls (that/whom) it abducted": the people before the subject
  if (c.subject && c.subject.first - 1 >= lo) {
    let k = c.subject.first - 1;
    if ((toks[k].norm === 'that' || toks[k].norm === 'whom') && k - 1 >= lo) k--;
    const pronoun = toks[c.subject.first].pos === 'PRON' || c.subject.group.every((i) => am[i].mention.kind === 'pronoun') || k !== c.subject.first - 1;
    if (pronoun && toks[k].pos === 'NOUN' && PEOPLE.has(toks[k].norm) && c.subject.first < c.anchor) return { people: true };
  }
  const matchEnd = Math.max(c.last, c.anchor + 1);
  const end = Math.min(hi, matchEnd + 10);
  let prep: string | null = null;
  let people = false;
  let ownPlace: number | null = null;
  let venuePlace: number | null = null;
  for (let k = c.anchor + 1; k < end; k++) {
    const t = toks[k];
    const n = t.norm;
    const e = tokAm[k] >= 0 ? tokAm[k] : tokPlace[k];
    if (e >= 0) {
      const m = am[e];
      // a population driven out is the expelling state's own people ("driven 120,000 people across the border into Bangladesh")
      // (the pattern names the people: "driven more than 300,000 Rohingya Muslims out of Rakhine state"; people taken to
      // the state's own country are another's: "deported thousands of children from occupied areas to Russia")
      if (EXPULSION.has(c.pattern.cameo) && srcState && (m.place !== undefined || m.country !== undefined || m.mention.kind === 'place' || m.mention.kind === 'country')) {
        const iso = m.country ?? (m.place ? (clause.view.doc.places.find((p) => p.id === m.place)?.country ?? null) : (actorsById?.get(m.actors[0])?.country ?? null));
        return iso !== null && iso !== srcIso ? { self: 'people' } : { people: true };
      }
      // (where talks are held is not whom they are with: "talks in Moscow hosted by X")
      const venue =
        (prep !== null && VENUE_PREP.has(prep) && !m.place && !m.country && m.mention.kind !== 'country' && m.mention.kind !== 'place') ||
        (c.pattern.plover === 'CONSULT' && (m.place !== undefined || m.mention.kind === 'place'));
      // (an agent the actors stage did not name: "Chinese aircraft", "an Indian incursion": another country's only)
      const agentIso = agentCountry(m.actors);
      // (not the agent of a participle in the object phrase: "power plants damaged by Russian strikes")
      const agentOk = agentIso !== null && agentIso !== '' && agentIso !== srcIso && !isSource(e) && toks[m.first - 1]?.norm !== 'by';
      if (ownEntry(e) || venue || fusedAgent(clause, e) || (!agentOk && useless(e)) || possessorOfSource(clause, e, isSource)) {
        k = m.last - 1;
        continue;
      }
      // (unnamed people attacked somewhere: the people, not the place: "killed hundreds of people in towns near the Gaza border")
      if (people && prep !== null && VENUE_PREP.has(prep) && (m.place !== undefined || m.mention.kind === 'place') && (c.pattern.plover === 'ASSAULT' || c.pattern.plover === 'COERCE')) return { people: true };
      // a place of the source's own country names where, not whom ("shelling villages in Nagorno-Karabakh": contested)
      const placeIso = m.country ?? (m.place ? (clause.view.doc.places.find((p) => p.id === m.place)?.country ?? null) : null);
      if (placeIso !== null && placeIso === srcIso && srcState) {
        // (kept as a last resort, after the sentence's other party)
        ownPlace ??= e;
        k = m.last - 1;
        continue;
      }
      // (where an attack happened is less than whom it killed: "a Taliban bombing in Kabul that killed an American soldier")
      if (prep !== null && VENUE_PREP.has(prep) && (m.place || m.mention.kind === 'place') && c.pattern.plover === 'ASSAULT') {
        const q = clause.skipHeadRight(m.last);
        if (q + 1 < hi && (toks[q].norm === 'that' || toks[q].norm === 'which') && CASUALTY_VERBS.has(toks[q + 1].norm)) {
          venuePlace ??= e;
          prep = null;
          k = q + 1;
          continue;
        }
      }
      const g = clause.groupsRight(k, 0, true)[0]?.group ?? [e];
      const out = g.filter((i) => !isSource(i));
      return out.length ? { group: out } : null;
    }
    // "the country's membership", "the country's trade benefits": the one other country named before it
    if ((n === 'country' || n === 'nation') && toks[k - 1]?.norm === 'the' && toks[k + 1]?.norm === "'s") {
      const r = countryBefore(clause, k - 1, srcIso, isSource);
      if (r >= 0) return { group: [r] };
    }
    // an object pronoun right after the trigger: the nearest fitting actor before it ("soldiers detained him": the president)
    if ((n === 'him' || n === 'them' || (n === 'her' && !NP_POS.has(toks[k + 1]?.pos ?? ''))) && k <= matchEnd + 1) {
      // (not the source's side: "Boko Haram ... its leader offered to free them")
      const a = objectAntecedent(clause, k, n, isSource);
      const sameSide = (id: string) => {
        const x = actorsById?.get(id);
        return srcIds.has(id) || (!!x && src.some((y) => y.country === x.country && y.sector === x.sector));
      };
      if (a >= 0 && !am[a].actors.every(sameSide)) return { group: [a] };
    }
    if (t.pos === 'PRON' || n === 'its' || n === 'their' || n === 'his' || n === 'her') {
      const r = possessiveReferent(clause, k, srcPerson, srcPlural, isSource);
      if (r >= 0) return { group: clause.groupsRight(am[r].first, 0, false)[0]?.group ?? [r] };
      // the source's own: "its Rohingya minority", "her country"
      if (n === 'its' || n === 'their' || n === 'his' || n === 'her') {
        for (let q = k + 1; q < Math.min(hi, k + 4); q++) {
          if (SELF_PEOPLE.has(toks[q].norm)) return { self: 'people' };
          if (SELF_COUNTRY.has(toks[q].norm)) return { self: 'country' };
          if (toks[q].pos !== 'ADJ' && toks[q].pos !== 'PROPN' && toks[q].pos !== 'NOUN') break;
        }
      }
    }
    if (t.pos === 'NOUN' && PEOPLE.has(n)) people = true;
    if (k < matchEnd) continue; // the pattern's own words
    // "a bombing that killed 13 people in Lahore": what the attack hit
    if ((n === 'that' || n === 'which') && CASUALTY_VERBS.has(toks[k + 1]?.norm ?? '')) {
      prep = null;
      k++;
      continue;
    }
    // ("abducted more than 270 schoolgirls": a number, not a comparison that ends the phrase)
    const quantity = n === 'than' && QUANTITY.has(toks[k - 1]?.norm ?? '');
    if (!quantity && (n === ',' || n === ';' || n === ':' || n === '(' || n === ')' || t.pos === 'SCONJ' || OBJECT_STOP.has(n))) break;
    if (quantity) continue;
    const next = toks[k + 1];
    if (t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PRON')) break;
    if (n === 'to' && next && next.pos === 'VERB') break;
    if (t.pos === 'ADP') prep = n;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // a participle after its noun with its own object ("ships linked to Israel", "bases hosting U.S. troops"), not "wanted in"
      const prev = toks[k - 1];
      const reduced =
        (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.norm === '-') &&
        (/(?:ed|en|ing)$/.test(n) || (IRREGULAR_PARTICIPLES.has(n))) &&
        !!next &&
        (next.norm === 'to' || next.norm === 'by' || next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NOUN');
      if (!reduced) break;
    }
  }
  if (venuePlace !== null) return { group: [venuePlace] };
  if (EXPULSION.has(c.pattern.cameo) && srcState) return { people: true };
  if (people) return { people: true };
  // a state's troops, police or curfew sent against unrest at home: aimed at the people in the street, not at
  // where they go ("deployed 89,000 police ... for a fourth weekend of protests", "ordered the army onto the
  // streets to neutralise drug gangs", "a curfew in parts of the Kathmandu valley ahead of a general strike")
  if (srcIso !== null && srcState && AT_UNREST(c.pattern.plover, c.pattern.cameo) && unrestNamed(clause)) return { self: 'people' };
  return ownPlace !== null ? { group: [ownPlace], weak: true } : null;
}

/**
 * "A Commerce Department official warned that Washington would retaliate if Tokyo did not back down": a threat whose
 * named target is the threatener's own state is aimed at its condition's subject instead (null: no condition with an
 * actor). `own`: the target entries to replace.
 */
export function threatConditionTarget(clause: Clause, c: Candidate, isSource: (i: number) => boolean): number[] | null {
  return conditionSubject(clause, Math.max(c.last, c.anchor + 1), isSource);
}

/**
 * The subject of an "if"/"unless" clause after `from` ("... if South Korea and the United States went ahead"): its
 * actor group, or null when the clause opens with no actor (a pronoun, a thing: "if the deal collapses").
 */
function conditionSubject(clause: Clause, from: number, isSource: (i: number) => boolean): number[] | null {
  const { toks, tokAm, hi, am } = clause;
  for (let k = from; k < hi; k++) {
    const n = toks[k].norm;
    if (n === ';' || n === ':') return null;
    if (n !== 'if' && n !== 'unless') continue;
    let j = k + 1;
    while (j < hi && toks[j].pos === 'DET') j++;
    const e = j < hi ? tokAm[j] : -1;
    if (e < 0 || isSource(e) || am[e].mention.kind === 'pronoun') return null;
    const g = (clause.groupsRight(am[e].first, 0, true)[0]?.group ?? [e]).filter((i) => !isSource(i));
    return g.length ? g : null;
  }
  return null;
}

/** Mass expulsion and ethnic cleansing (201): of the state's own population. */
const EXPULSION = new Set(['201']);

/** Acts a state aims at unrest at home: deployments and alerts (15x), curfews and bans (172x), repression (175). */
const AT_UNREST = (plover: string, cameo: string) => plover === 'MOBILIZE' || cameo.startsWith('172') || cameo === '175';
/** Words of unrest in the street (a "strike" only as a general or national strike). */
const UNREST = new Set(
  'protest protests protester protesters demonstration demonstrations demonstrators riot riots rioters unrest uprising looting looters gangs gang marches rally rallies'.split(' '),
);

/** Does the sentence speak of unrest in the street ("protests", "rioters", "a general strike", "drug gangs")? */
function unrestNamed(clause: Clause): boolean {
  const { toks, lo, hi } = clause;
  for (let k = lo; k < hi; k++) {
    const n = toks[k].norm;
    if (UNREST.has(n)) return true;
    if ((n === 'strike' || n === 'strikes') && k > lo && (toks[k - 1].norm === 'general' || toks[k - 1].norm === 'national')) return true;
  }
  return false;
}

/**
 * The referent of an object pronoun at `k` ("him", "her", "them"): the nearest actor before it that is not the
 * source, a person for "him"/"her" when there is one ("Mali's president resigned after soldiers detained him"),
 * a group or non-person for "them"; -1 when none.
 */
function objectAntecedent(clause: Clause, k: number, pronoun: string, isSource: (i: number) => boolean): number {
  const { tokAm, am, lo } = clause;
  let fallback = -1;
  for (let b = k - 1; b >= lo; b--) {
    const e = tokAm[b];
    if (e < 0) continue;
    b = am[e].first;
    if (isSource(e) || am[e].place || am[e].country) continue;
    const person = am[e].mention.kind === 'person';
    if (pronoun === 'them') {
      if (!person || am[e].actors.length > 1) return e;
      continue;
    }
    if (person) return e;
    if (fallback < 0 && am[e].mention.kind !== 'pronoun') fallback = e;
  }
  return fallback;
}

/**
 * The country "the country" refers to: the entries before `k` that name a country (a country or place mention, a
 * country actor) other than the source's; the nearest when they all name one country, else -1.
 */
function countryBefore(clause: Clause, k: number, srcIso: string | null, isSource: (i: number) => boolean): number {
  const { tokAm, tokPlace, am, lo } = clause;
  let found = -1;
  let iso: string | null = null;
  for (let b = k - 1; b >= lo; b--) {
    const e = tokAm[b] >= 0 ? tokAm[b] : tokPlace[b];
    if (e < 0) continue;
    b = am[e].first;
    const m = am[e];
    if (isSource(e) || m.country) continue;
    const c = m.place ? (clause.view.doc.places.find((p) => p.id === m.place)?.country ?? null) : m.mention.kind === 'country' || m.mention.kind === 'place' ? (clause.view.doc.actors.find((a) => a.id === m.actors[0])?.country ?? null) : null;
    if (!c || c === srcIso) continue;
    if (iso !== null && c !== iso) return -1;
    iso = c;
    if (found < 0) found = e;
  }
  return found;
}

/** The country of an agent entry the events stage found itself (`~agent:<ISO3>:<SECTOR>`): '' when unknown, null for other entries. */
function agentCountry(actors: string[]): string | null {
  const id = actors[actors.length - 1];
  if (!id || !id.startsWith('~agent:')) return null;
  return id.slice(7, id.indexOf(':', 7));
}

/** Is entry `e` the possessor of a source entry ("Yemen" in "claimed by Yemen's Houthi movement")? */
function possessorOfSource(clause: Clause, e: number, isSource: (i: number) => boolean): boolean {
  const { toks, tokAm, am, hi } = clause;
  const q = am[e].last;
  return q + 1 < hi && toks[q].norm === "'s" && tokAm[q + 1] >= 0 && isSource(tokAm[q + 1]);
}

/** Words of a veto / a blocking and of the UN text it stops ("vetoed a draft resolution"). */
const VETO = new Set(['veto', 'vetoed', 'vetoes', 'vetoing', 'block', 'blocked', 'blocks', 'blocking']);
const UN_TEXT = new Set(['resolution', 'resolutions']);

/**
 * Is the candidate a state's veto of a resolution ("The United States vetoed a draft Security
 * Council resolution", "Russia and China vetoed a European-backed resolution")? Its target is the
 * UN Security Council (the body whose decision is stopped), not the country the resolution is
 * about. Only for sources that are countries or governments (a president vetoing a congressional
 * resolution is a person: not this rule).
 */
export function vetoOfResolution(clause: Clause, c: Candidate, src: Actor[]): boolean {
  if (src.length === 0 || !src.every((a) => a.type === 'country' || (a.type !== 'person' && a.country !== null && (a.sector === null || a.sector === 'GOV')))) return false;
  const { toks } = clause;
  const end = Math.max(c.last, c.anchor + 1);
  let veto = false;
  let block = false;
  let text = false;
  for (let k = c.anchor; k < end; k++) {
    const n = toks[k].norm;
    if (VETO.has(n)) (n.startsWith('veto') ? (veto = true) : (block = true));
    if (UN_TEXT.has(n)) text = true;
  }
  // the head noun of the object after the match ("vetoed a draft Security Council resolution")
  for (let k = end; !text && k < Math.min(clause.hi, end + 4); k++) {
    const t = toks[k];
    if (UN_TEXT.has(t.norm)) text = true;
    else if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.norm !== '-' && t.pos !== 'VERB') break;
  }
  // (blocking a resolution is the Security Council's only when it is named)
  return text && (veto || (block && securityCouncilNamed(clause)));
}

/** Does the sentence name the (UN) Security Council? */
function securityCouncilNamed(clause: Clause): boolean {
  const { toks, lo, hi } = clause;
  for (let k = lo; k + 1 < hi; k++) if (toks[k].norm === 'security' && toks[k + 1].norm === 'council') return true;
  return false;
}

/** Is entry `e` the subject of a reporting verb ("the army said") or after "according to"? */
function isSpeaker(clause: Clause, e: number): boolean {
  const { toks, am, hi, lo } = clause;
  const m = am[e];
  let k = clause.skipHeadRight(m.last);
  // (the first of coordinated speakers: "the U.N. refugee agency and rights groups said")
  if (k < hi && toks[k].norm === 'and') {
    k++;
    for (let steps = 0; k < hi && steps < 6 && (NP_POS.has(toks[k].pos) || clause.tokAm[k] >= 0) && toks[k].pos !== 'PRON' && toks[k].pos !== 'CCONJ'; steps++) k++;
  }
  if (k < hi && toks[k].pos === 'AUX') k++;
  if (k < hi && toks[k].pos === 'VERB' && SPEECH.has(toks[k].lemma)) return true;
  const f = m.first;
  return f - 2 >= lo && toks[f - 1].norm === 'to' && toks[f - 2].norm === 'according';
}

/** Words that open another clause after a comma (", and Ukraine's president called for ..."). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'although', 'though', 'which', 'who', 'when', 'where']);
/** Subordinators that open a clause of their own when a subject and a verb follow ("as Turkish jets hammered", "hours after India extended"). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'since', 'because', 'until', 'although', 'though', 'whereas', 'once']);
/** Types that react to what another party did (threats, accusations, refusals, sanctions, alerts). */
const REACTIONS = new Set(['THREATEN', 'ACCUSE', 'REJECT', 'SANCTION', 'MOBILIZE']);
/** Nouns whose "that" clause is their content, not a relative clause ("allegations that the Soviet Union is dumping mercury"). */
const CONTENT_NOUNS = new Set(
  'allegation allegations accusation accusations claim claims report reports fear fears charge charges suggestion suggestions evidence news assurance assurances warning warnings concern concerns fact belief view hope hopes sign signs rumour rumours rumor rumors statement idea possibility demand demands proposal proposals threat threats'.split(' '),
);
/** Relative pronouns: "a campaign that the U.N. rights chief described as ...". */
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
/** Words of a noun phrase between a subordinator and its verb. */
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'CCONJ']);

/**
 * Does the word at `k` open a finite clause with its own subject ("as Russia and Belarus began", "after India
 * extended", "that the U.N. rights chief described")? A subordinator (or relative pronoun) followed by a noun
 * phrase (one word at least) and then a verb; not "as part of", "after talks", "after meeting Kim".
 */
function opensClause(clause: Clause, k: number): boolean {
  const { toks, hi } = clause;
  const n = toks[k].norm;
  if (n === 'as') {
    const prev = toks[k - 1]?.norm;
    if (prev === 'such' || prev === 'well' || prev === 'known' || prev === 'so' || prev === 'same') return false;
  }
  let j = k + 1;
  let words = 0;
  for (; j < hi && words < 9; j++) {
    const t = toks[j];
    if (NP_POS.has(t.pos) || t.norm === '-' || t.norm === "'s" || t.norm === "'" || clause.tokAm[j] >= 0) {
      words++;
      continue;
    }
    break;
  }
  // (not a reduced passive: "after a deal brokered by X")
  return words > 0 && j < hi && (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') && toks[j + 1]?.norm !== 'by';
}

/**
 * Whether another clause lies between tokens `a` and `b` (a < b): 2 for a semicolon, colon, spaced dash,
 * "while", or a comma before a clause opener other than and/but; 1 when only ", and"/", but" join the clauses;
 * 0 for none. The other party of a sentence is sought within the trigger's own clause (on real text the
 * nearest foreign actor beyond such a boundary was the target in about a quarter of cases), except the subject
 * of a first clause joined by ", and"/", but": "Iraq moved two divisions toward the border, and the United
 * States ordered warships to the Gulf" (a response to it).
 * `side` says where the candidate is: 'left' (the trigger is at `b`) or 'right' (the candidate is at `b`).
 * A subordinate clause with its own subject between them ("..., hours after India extended", "as Turkish jets
 * hammered") gives 3 when the trigger is in it: its main clause's subject is the likeliest party ("Sri Lanka asked
 * the IMF for a loan, hours after India extended a credit line": LKA, not the IMF), then the rest of the main
 * clause. When the candidate is in such a clause after a comma (", hours before U.S. warships fired") it is 2
 * unless `subRight` (reactions: "put its air force on high alert, a day after Indian jets struck"). A relative
 * clause with its own subject after a noun ("a campaign that the U.N. rights chief described as ...") is 2.
 */
function clauseBetween(clause: Clause, a: number, b: number, side: 'left' | 'right' = 'left', subRight = true): 0 | 1 | 2 | 3 {
  const { toks } = clause;
  const text = clause.view.doc.text;
  let found: 0 | 1 | 3 = 0;
  for (let k = a + 1; k < b; k++) {
    const n = toks[k].norm;
    if (n === ';' || n === ':' || n === '—' || n === '–') return 2;
    if (n === '-' && text[toks[k].start - 1] === ' ' && text[toks[k].end] === ' ') return 2;
    if (n === 'while' || n === 'whereas') {
      // (a reaction to the main clause: "Poland ... expelled Russian diplomats, while Moscow vowed to respond in kind")
      if (side === 'left' && subRight) {
        found = 1;
        continue;
      }
      return 2;
    }
    if (n === ',' && k + 1 < b && CLAUSE_OPENERS.has(toks[k + 1].norm)) {
      if (toks[k + 1].norm !== 'and' && toks[k + 1].norm !== 'but') {
        if (!(side === 'left' && SUBORDINATORS.has(toks[k + 1].norm))) return 2;
      } else found = found === 3 ? 3 : 1;
    }
    if (SUBORDINATORS.has(n) && opensClause(clause, k)) {
      if (side === 'left') found = 3;
      else {
        // (the candidate is the subject of a time or cause clause after the trigger's: after a comma, a separate event)
        let c = k - 1;
        while (c > a && (toks[c].pos === 'NOUN' || toks[c].pos === 'NUM' || toks[c].pos === 'DET' || toks[c].pos === 'ADV' || toks[c].pos === 'ADJ')) c--;
        if (toks[c].norm === ',' && !subRight) return 2;
      }
    }
    if (side === 'right' && RELATIVES.has(n) && toks[k - 1]?.pos === 'NOUN' && !CONTENT_NOUNS.has(toks[k - 1].norm) && opensClause(clause, k)) return 2;
  }
  return found;
}

/** Nouns of a meeting: a place after them and "in"/"at" is where it is held. */
const MEETINGS = new Set(['talks', 'summit', 'meeting', 'meetings', 'negotiations', 'conference', 'summit', 'session']);

/**
 * Is entry `e` inside a participle aside between commas right after the source's phrase and before the trigger
 * ("Pakistani security forces, acting on a tip-off from U.S. intelligence, raided")?
 */
function asideOfSource(clause: Clause, e: number, anchor: number, isSource: (i: number) => boolean): boolean {
  const { toks, tokAm, am, lo } = clause;
  let p1 = -1;
  for (let b = am[e].first - 1; b >= lo && b >= am[e].first - 12; b--) {
    if (toks[b].norm === ',') {
      p1 = b;
      break;
    }
    if (toks[b].pos === 'PUNCT' && toks[b].norm !== '-') return false;
  }
  if (p1 <= lo) return false;
  // (a participle aside; a relative clause may name the party: "Hamdok, who was reinstated under a deal with the military, warned")
  if (toks[p1 + 1].pos !== 'VERB' || !/(?:ing|ed)$/.test(toks[p1 + 1].norm)) return false;
  let p2 = -1;
  for (let b = am[e].last; b < anchor; b++) {
    if (toks[b].norm === ',') {
      p2 = b;
      break;
    }
    if (toks[b].pos === 'PUNCT' && toks[b].norm !== '-') return false;
  }
  if (p2 < 0) return false;
  // the phrase before the first comma is the source's (its head nouns included: "NATO warplanes")
  for (let b = p1 - 1; b >= lo && b >= p1 - 4; b--) {
    const s = tokAm[b];
    if (s >= 0) return isSource(s) && clause.skipHeadRight(am[s].last) >= p1;
  }
  return false;
}

/** Sectors of the state: one party with a bare country name. */
const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/**
 * The other party of the sentence for an event of source `src` (actors): the entry nearest the
 * trigger, right side first, of another country (or an IGO), else of the source's country with
 * another sector; a place of another country only when no actor is. `domesticFirst`: the
 * source's country's other side before other countries (concessions, protests).
 */
export function otherParty(
  clause: Clause,
  c: Candidate,
  src: Actor[],
  actorsById: Map<string, Actor>,
  isSource: (i: number) => boolean,
  domesticFirst = false,
): { group: number[]; rule: TargetRule } | null {
  const { toks, tokAm, tokPlace, am, lo, hi } = clause;
  const srcCountries = new Set<string>();
  const srcSectors = new Set<string>();
  let srcIgo = false;
  for (const a of src) {
    if (a.country) srcCountries.add(a.country);
    srcSectors.add(a.sector ?? 'GOV');
    if (a.sector === 'IGO') srcIgo = true;
  }
  const srcIds = new Set(src.map((a) => a.id));
  let best = -1;
  let bestTier = 9;
  let bestDist = Infinity;
  let bestDomestic = false;
  const right = Math.max(c.last, c.anchor + 1);
  // (a reaction names its cause in a time clause: "put its air force on high alert, a day after Indian jets struck")
  const reactive = c.pattern.plover !== 'ASSAULT' && c.pattern.plover !== 'COERCE';
  const srcState = src.length > 0 && src.every((a) => a.sector === null || STATE.has(a.sector));
  const ownMeans = srcState && srcCountries.size === 1 && (c.pattern.plover === 'MOBILIZE' || c.pattern.plover === 'AID' || c.pattern.cameo.startsWith('172'));
  const sameCountry = (a: Actor | undefined) => !!a && a.country !== null && srcCountries.has(a.country);
  const ownOrgan = (a: Actor | undefined) =>
    !!a && (a.country === null ? a.type === 'agent' : srcCountries.has(a.country)) && (a.sector === 'MIL' || a.sector === 'COP' || a.sector === 'SPY');
  let firstActor = -1;
  // (the subject of the first clause: an actor before any comma or verb, not one in an aside or an opening adjunct:
  // "Nearly 200 people, many of them Australian tourists, were killed ..., and police blamed X", "In Bosnia ...")
  for (let t = lo; t < hi && firstActor < 0; t++) {
    if (tokAm[t] >= 0) firstActor = tokAm[t];
    else if (toks[t].norm === ',' || toks[t].pos === 'VERB' || toks[t].pos === 'AUX' || (t === lo && toks[t].pos === 'ADP')) break;
  }
  for (let t = lo; t < hi; t++) {
    const e = tokAm[t] >= 0 ? tokAm[t] : tokPlace[t];
    if (e < 0) continue;
    const m = am[e];
    t = m.last - 1;
    if (isSource(e) || m.mention.kind === 'pronoun' || m.actors.some((id) => srcIds.has(id)) || fusedAgent(clause, e) || possessorOfSource(clause, e, isSource)) continue;
    // (an aside on the subject is no party: "Pakistani security forces, acting on a tip-off from U.S. intelligence, raided")
    if (m.last <= c.anchor && asideOfSource(clause, e, c.anchor, isSource)) continue;
    // (where talks are held is not a party: "did not agree to a ceasefire during talks in Minsk")
    if (m.place && !m.country && m.first - 2 >= lo && VENUE_PREP.has(toks[m.first - 1].norm) && MEETINGS.has(toks[m.first - 2].norm)) continue;
    // a state's own troops and police it deploys, sends or enforces a curfew with are its means, not its target; its
    // deployments and aid are aimed abroad (unrest at home is found by objectTarget: "US voters ... believe the US should
    // not deploy military forces abroad" is no target)
    if (ownMeans && !m.place && !m.country && m.actors.every((id) => ownOrgan(actorsById.get(id)) || (c.pattern.cameo.startsWith('172') ? false : sameCountry(actorsById.get(id))))) continue;
    // "its forces", "their leaders": the source's own
    if (/^(its|their|his|her|our)\s/i.test(m.mention.text)) continue;
    // the speaker of a trailing report (", the army said", "according to X") is not a party
    if (m.first >= right && isSpeaker(clause, e)) continue;
    const between = m.first >= right ? (clauseBetween(clause, right - 1, m.first, 'right', reactive) ? 2 : 0) : clauseBetween(clause, m.last - 1, c.anchor, 'left', REACTIONS.has(c.pattern.plover));
    // (from a time or cause clause: a reaction is aimed at the main clause's subject only, "Sri Lanka asked the IMF ...,
    // hours after India extended a credit line", not at the rest of it, "Vucic has refused to join sanctions against
    // Moscow over its invasion of Ukraine, though Serbia has condemned the aggression"; an attack at the main clause's
    // subject, else the rest of it: "pounded towns in northeast Syria as Ankara began its offensive")
    if (between === 2 || (between === 1 && e !== firstActor) || (between === 3 && reactive && e !== firstActor)) continue;
    let tier = 9;
    if (m.place || m.country) {
      const iso = m.country ?? clause.view.doc.places.find((p) => p.id === m.place)?.country ?? null;
      if (!iso || srcCountries.has(iso)) continue;
      // (a country adjective is a weaker party than a named actor: "toward the Kuwaiti border" names where, not whom)
      tier = m.country ? 0.5 : 3;
    } else if (agentCountry(m.actors) !== null) {
      // an agent the actors stage did not name ("a North Korean missile flew over", "an Indian incursion"): as a country adjective
      // (not the agent of a participle, "plants damaged by Russian strikes", nor for a cooperative act: weapons and troops get no aid)
      const iso = agentCountry(m.actors);
      if (!iso || srcCountries.has(iso) || toks[m.first - 1]?.norm === 'by' || c.pattern.cameo < '10') continue;
      tier = 0.5;
    } else {
      const a = actorsById.get(m.actors[0]);
      if (!a) continue;
      if (a.sector === 'IGO') {
        if (srcIgo) continue;
        tier = 0;
      } else if (a.country && !srcCountries.has(a.country)) tier = 0;
      else if (srcCountries.size === 1 && (a.country || a.type === 'agent') && a.sector && !srcSectors.has(a.sector)) {
        // the same country's other side: not the government for a bare country name
        if (a.sector === 'GOV' && [...srcSectors].every((s) => STATE.has(s))) continue;
        tier = domesticFirst ? -1 : 1;
      } else continue;
    }
    const domestic = tier === 1 || tier === -1;
    // (the subject of a first clause joined by ", and": after the candidates of the trigger's own clause; from a
    // subordinate clause, its main clause's subject, then the rest of the main clause)
    if (between === 1 || (between === 3 && e === firstActor)) tier += 0.75;
    else if (between === 3) tier += 1.5;
    const dist = m.first >= right ? m.first - right : (c.anchor - m.last + 1) * 1.5 + 2;
    if (tier < bestTier || (tier === bestTier && dist < bestDist)) {
      best = e;
      bestTier = tier;
      bestDist = dist;
      bestDomestic = domestic;
    }
  }
  if (best < 0) return null;
  const g = clause.groupsRight(am[best].first, 0, true)[0]?.group ?? [best];
  const group = g.filter((i) => !isSource(i) && !fusedAgent(clause, i));
  return group.length ? { group, rule: bestDomestic ? 'domestic' : 'other' } : null;
}
