import type { Doc, Token } from '../../model/doc.js';
import type { Demonyms } from './countries.js';
import { SPEECH } from './lexicon.js';

/**
 * Agents the actors stage leaves without a mention, found by the events stage so that a pattern
 * that fires on them has a source:
 *
 * - a **country adjective + a military noun**, weapons and vehicles included: "Russian missiles
 *   struck", "Israeli jets bombed", "Ukrainian drones hit", "Chinese warships sailed" (`<ISO3>` MIL);
 *   weapons and vehicles only at the start of a clause and before no other noun ("Russian missile
 *   attacks" is an event noun's doer, found elsewhere; "supplied Iranian drones" is a thing);
 * - **"X-led coalition/forces"** with a country adjective X: X's military ("a Saudi-led coalition");
 * - **people nouns** the tagger hides from the actors stage or that it has no row for: "Israeli
 *   settlers" (CVL), "Gunmen", "security agents", "Israeli troops shot dead" (where "shot", tagged a
 *   noun, became the head of the actors stage's noun phrase). Without a country adjective they are
 *   generic agents: the stage gives them a country the way it gives one to "police" or "gunmen".
 *
 * The spans returned become actor entries of the DocView (key `~agent:<ISO3>:<SECTOR>`, ISO3 empty
 * when unknown); the stage adds the actor to `doc.actors` only when an event uses it.
 */
export interface AgentSpan {
  first: number;
  last: number;
  iso: string | null;
  /** Further countries of coordinated demonyms ("Chinese and Pakistani naval units"). */
  more?: string[];
  sector: string;
}

/** noun (lower-cased form) -> [sector, kind]: `w` weapon/vehicle (a demonym and a clause start needed), `p` people. */
const AGENT_NOUNS = new Map<string, [string, 'w' | 'p']>();
const add = (words: string, sector: string, kind: 'w' | 'p') => {
  for (const w of words.split('|')) AGENT_NOUNS.set(w, [sector, kind]);
};
/** Weapon and vehicle heads -> the CAMEO code of a general attack they carry out (see weaponStrikeCode). */
const STRIKE_CODE = new Map<string, '195' | '194'>();
const AIR = 'missile|missiles|rocket|rockets|drone|drones|jet|jets|warplane|warplanes|aircraft|bomber|bombers|helicopter|helicopters|gunship|gunships|plane|planes|airplanes|fighter|interceptor|interceptors';
const GROUND = 'warship|warships|tank|tanks|artillery|shells|gunboats|howitzers|mortars';
for (const w of AIR.split('|')) STRIKE_CODE.set(w, '195');
for (const w of GROUND.split('|')) STRIKE_CODE.set(w, '194');
add(`${AIR}|${GROUND}|frigate|frigates|destroyer|destroyers|submarine|submarines|navy|vessels|boats|airliners|ships|cutters`, 'MIL', 'w');

/** "hit by Russian missiles", "Israeli jets struck": the code of a general attack (190) by this weapon head: air 195, ground 194. */
export function weaponStrikeCode(head: string): '195' | '194' | null {
  return STRIKE_CODE.get(head) ?? null;
}
add('troops|soldiers|forces|army|military|marines|paratroopers|commandos|snipers|units|coalition|divisions|brigades|battalions|regiments|columns', 'MIL', 'p');
add('police|policemen|gendarmes', 'COP', 'p');
add('authorities', 'GOV', 'p');
add('settler|settlers|colonists', 'CVL', 'p');
add('gunmen|assailants|attackers|militants|jihadists', 'REB', 'p');
/** two-word heads: "security agents", "security forces", "border guards" */
const AGENT_PAIRS = new Map<string, string>([
  ['security agents', 'COP'],
  ['security forces', 'COP'],
  ['security personnel', 'COP'],
  ['intelligence agents', 'SPY'],
  ['riot police', 'COP'],
  ['border guards', 'COP'],
  ['coast guard', 'COP'],
  ['suicide bomber', 'REB'],
  ['suicide bombers', 'REB'],
]);
/**
 * One unnamed attacker ("a gunman opened fire", "a 71-year-old man fired five shots at", "was stabbed by an assailant"): an
 * agent only as the subject of an attack verb or as a passive's by-agent; a lone man or woman is a civilian.
 */
const LONE_ATTACKERS = new Map<string, string>([
  ['gunman', 'REB'],
  ['assailant', 'REB'],
  ['attacker', 'REB'],
  ['man', 'CVL'],
  ['woman', 'CVL'],
  ['youth', 'CVL'],
  ['teenager', 'CVL'],
]);
const ATTACK_LEMMAS = new Set('fire shoot stab kill attack open detonate blow ram hurl throw wound storm ambush behead'.split(' '));
/** the last words of AGENT_PAIRS (the only tokens for which a pair is looked up) */
const PAIR_HEADS = new Set([...AGENT_PAIRS.keys()].map((k) => k.split(' ')[1]));
/** modifiers a weapon or unit may have between the demonym and the noun ("Russian cruise missiles", "Israeli fighter jets") */
const MODIFIERS = new Set([
  'fighter', 'cruise', 'ballistic', 'hypersonic', 'attack', 'combat', 'military', 'naval', 'navy', 'army', 'air', 'war', 'government', 'special',
  'armed', 'kamikaze', 'unmanned', 'guided', 'patrol', 'coast', 'guard', 'elite', 'ground', 'armoured', 'armored', 'federal', 'state', 'border', 'riot',
  'regular', 'occupying', 'security', 'pro-government', 'allied', 'heavy', 'long-range', 'short-range', 'two', 'three', 'four', 'several', 'dozens',
  'transport', 'cargo', 'reconnaissance', 'spy', 'surveillance', 'supply', 'drone',
]);
/**
 * Event nouns whose doer a country adjective names ("Israeli air strikes killed ten people", "an American drone strike"):
 * the adjective alone becomes the agent (`<ISO3>` MIL), so that the sentence is looked at and the noun's pattern finds its
 * doer; whether the noun is coded at all is the nominal rule's business (claimed, or a casualty frame).
 */
const EVENT_NOUNS = new Set(
  'strike|strikes|airstrike|airstrikes|raid|raids|bombing|bombings|shelling|bombardment|barrage|attack|attacks|offensive|incursion|invasion|assault|shootdown'.split('|'),
);
/** modifiers between the adjective and an event noun ("an American drone strike", "Russian missile attacks") */
const EVENT_MODIFIERS = new Set([
  'air', 'drone', 'missile', 'rocket', 'artillery', 'mortar', 'cruise', 'ballistic', 'naval', 'military', 'ground', 'cross-border', 'retaliatory',
  'deadly', 'overnight', 'latest', 'new', 'massive', 'heavy', 'fresh', 'renewed', 'repeated', 'surprise', 'special', 'commando', 'helicopter', 'tank',
]);
/** Country abbreviations the press uses as modifiers ("a U.S. drone strike", "UK air strikes"), written as here. */
const ABBREVIATIONS = new Map([['U.S.', 'USA'], ['US', 'USA'], ['U.K.', 'GBR'], ['UK', 'GBR']]);
const CLAUSE_START = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const CLAUSE_START_WORDS = new Set(['that', 'when', 'as', 'after', 'before', 'while', 'where', 'since', 'because', 'and', 'but', 'then']);

/** Agent spans of the document not covered by an actor mention (sorted by start). */
export function findAgents(doc: Doc, demonyms: Demonyms): AgentSpan[] {
  const toks = doc.tokens;
  const text = doc.text;
  let out: AgentSpan[] | null = null;
  let covered: Array<[number, number]> | null = null;
  const n = toks.length;
  for (let t = 0; t < n; t++) {
    const tok = toks[t];
    if (EVENT_NOUNS.has(tok.norm) && (tok.pos === 'NOUN' || (t > 0 && EVENT_MODIFIERS.has(toks[t - 1].norm)))) {
      const g = eventDoer(toks, text, t, demonyms);
      if (g) {
        covered ??= mentionSpans(doc);
        if (!isCovered(covered, toks[g.first].start, toks[g.last - 1].end)) (out ??= []).push(g);
      }
      continue;
    }
    const lone = LONE_ATTACKERS.get(tok.norm);
    if (lone && (tok.pos === 'NOUN' || tok.pos === 'PROPN')) {
      let v = t + 1;
      // "a Palestinian man who had stabbed two soldiers": the relative clause's verb
      // (not a passive: "a Palestinian man who was attacked by settlers" is the victim)
      if (v < n && toks[v].norm === 'who') {
        v++;
        while (v < n && (toks[v].norm === 'had' || toks[v].norm === 'has' || toks[v].norm === 'have')) v++;
      }
      while (v < n && toks[v].pos === 'ADV') v++;
      const attacks = v < n && (toks[v].pos === 'VERB' || isVerbForm(toks[v])) && (ATTACK_LEMMAS.has(toks[v].lemma) || ATTACK_LEMMAS.has(toks[v].norm.replace(/(?:ed|s)$/, '')) || toks[v].norm === 'shot');
      let b = t - 1;
      while (b >= 0 && t - b < 6 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || toks[b].pos === 'NUM' || toks[b].norm === '-')) b--;
      const byAgent = b >= 0 && toks[b].norm === 'by';
      if (attacks || byAgent) {
        covered ??= mentionSpans(doc);
        // (a demonym right before gives the attacker's country: "a Palestinian man who had stabbed")
        const iso = t > 0 && toks[t - 1].end + 1 === tok.start ? (demonyms.byWord.get(toks[t - 1].norm) ?? null) : null;
        if (!isCovered(covered, tok.start, tok.end)) (out ??= []).push({ first: t, last: t + 1, iso, sector: lone });
      }
      continue;
    }
    let entry = AGENT_NOUNS.get(tok.norm);
    let pairFirst = -1;
    if (t > 0 && PAIR_HEADS.has(tok.norm)) {
      const pair = AGENT_PAIRS.get(`${toks[t - 1].norm} ${tok.norm}`);
      if (pair) {
        entry = [pair, 'p'];
        pairFirst = t - 1;
      }
    }
    if (!entry) continue;
    const [sector, kind] = entry;
    // a heading in capitals ("FORCES CONTINUE COUNTER-OFFENSIVE") is no sentence
    if (tok.end - tok.start > 1 && text.slice(tok.start, tok.end) === text.slice(tok.start, tok.end).toUpperCase()) continue;
    covered ??= mentionSpans(doc);
    if (isCovered(covered, tok.start, tok.end) || (pairFirst >= 0 && isCovered(covered, toks[pairFirst].start, toks[pairFirst].end))) continue;
    // the noun must end its phrase ("Russian missile attacks", "police station" are something else)
    const next = toks[t + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.norm === "'s" || next.norm === '-') && !isVerbForm(next) && !hyphenVerbAt(toks, t + 1)) continue;
    // left: modifiers, then a demonym or "X-led"
    let k = (pairFirst >= 0 ? pairFirst : t) - 1;
    let steps = 0;
    while (k >= 0 && steps < 3 && MODIFIERS.has(toks[k].norm) && !isCovered(covered, toks[k].start, toks[k].end)) {
      k--;
      steps++;
    }
    let iso: string | null = null;
    let more: string[] | undefined;
    let first = pairFirst >= 0 ? pairFirst : t;
    if (k >= 0 && (toks[k].norm === 'led' || toks[k].norm === 'backed') && tok.norm !== 'settlers' && k >= 2 && toks[k - 1].norm === '-' && toks[k - 1].end === toks[k].start) {
      // "a Saudi-led coalition" (not "Iranian-backed militias": those are the backer's proxies)
      const d = demonymEnding(toks, text, k - 2, demonyms);
      if (d && toks[k].norm === 'led' && !isCovered(covered, toks[d.first].start, toks[k].end)) {
        iso = d.iso;
        first = d.first;
        if (sector !== 'MIL' && sector !== 'COP') continue;
      } else if (toks[k].norm === 'led' && (sector === 'MIL' || sector === 'COP') && !isCovered(covered, toks[k].start, tok.end)) {
        // "the U.S.-led coalition": the leader is a country mention of its own (the agent starts at "led")
        const led = ledByCountry(doc, toks[k - 2].start, toks[k - 2].end) ?? ABBREVIATIONS.get(text.slice(toks[k - 2].start, toks[k - 2].end)) ?? null;
        if (!led) continue;
        iso = led;
        first = k;
      } else continue;
    } else if (k >= 0 && ABBREVIATIONS.has(text.slice(toks[k].start, toks[k].end)) && !isCovered(covered, toks[k].start, toks[k].end)) {
      // "U.S. military transport planes began airlifting"; "Japanese and U.S. destroyers"
      iso = ABBREVIATIONS.get(text.slice(toks[k].start, toks[k].end))!;
      first = k;
      const before = k > 0 ? toks[k - 1] : null;
      if (before && (before.norm === 'and' || before.norm === ',')) {
        const d2 = demonymEnding(toks, text, k - 2, demonyms);
        if (d2 && d2.iso !== iso && !isCovered(covered, toks[d2.first].start, toks[k - 2].end)) {
          more = [d2.iso];
          first = d2.first;
        }
      }
    } else if (k >= 0) {
      const d = demonymEnding(toks, text, k, demonyms);
      if (d && !isCovered(covered, toks[d.first].start, toks[k].end)) {
        // "Russian-backed", "pro-Russian": a name fused to something else is no country of the agent
        const before = d.first > 0 ? toks[d.first - 1] : null;
        if (!(before && before.end === toks[d.first].start)) {
          iso = d.iso;
          first = d.first;
          // "Chinese and Pakistani naval units", "U.S. and British warships"
          if (before && (before.norm === 'and' || before.norm === ',')) {
            const d2 = demonymEnding(toks, text, d.first - 2, demonyms);
            if (d2 && d2.iso !== iso && !isCovered(covered, toks[d2.first].start, toks[d.first - 2].end)) {
              more = [d2.iso];
              first = d2.first;
            }
          }
        }
      }
    }
    if (kind === 'w' && iso === null) continue;
    // "Chinese coast guard ships": a coast guard is police
    let agentSector = sector;
    for (let q = first; q < t; q++) if (toks[q].norm === 'guard' && q > 0 && toks[q - 1].norm === 'coast') agentSector = 'COP';
    if (tok.norm === 'coalition' && iso === null) continue;
    // bare people nouns: only where the actors stage left a capitalised sentence start or a two-word
    // head uncoded ("Gunmen opened fire", "security agents arrested"); a mistagged verb after them
    if (iso === null && !(pairFirst >= 0 || tok.norm === 'gunmen' || tok.norm === 'settlers' || tok.norm === 'assailants' || (next && isVerbForm(next)))) continue;
    if (kind === 'w') {
      // weapons act only as a clause's subject
      let b = first - 1;
      while (b >= 0 && (toks[b].pos === 'DET' || toks[b].pos === 'NUM')) b--;
      // (a reported clause starts after its speech verb: "officials said Iraqi aircraft had dropped chemical bombs")
      // (and a passive's agent: "was hit by Russian missiles", "bombed by Syrian aircraft")
      if (b >= 0 && !CLAUSE_START.has(toks[b].pos) && !CLAUSE_START_WORDS.has(toks[b].norm) && toks[b].norm !== 'by' && !(toks[b].pos === 'VERB' && SPEECH.has(toks[b].lemma))) continue;
      if (toks[b]?.norm !== 'by' && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) continue;
    }
    // determiners before the demonym belong to the phrase only for the span's text; start at the demonym
    (out ??= []).push({ first, last: t + 1, iso, sector: agentSector, ...(more ? { more } : {}) });
  }
  return out ?? [];
}

/** The country adjective (or abbreviation) before event noun `t`, over up to three modifiers, as an agent span of its own. */
function eventDoer(toks: Token[], text: string, t: number, demonyms: Demonyms): AgentSpan | null {
  let k = t - 1;
  let steps = 0;
  while (k >= 0 && steps < 3 && EVENT_MODIFIERS.has(toks[k].norm)) {
    k--;
    steps++;
  }
  if (k < 0) return null;
  const abbr = ABBREVIATIONS.get(text.slice(toks[k].start, toks[k].end));
  if (abbr) return { first: k, last: k + 1, iso: abbr, sector: 'MIL' };
  const d = demonymEnding(toks, text, k, demonyms);
  // (not fused to something before it: "pro-Russian attacks", "Saudi-Iranian talks")
  if (!d || (d.first > 0 && toks[d.first - 1].end === toks[d.first].start)) return null;
  return { first: d.first, last: k + 1, iso: d.iso, sector: 'MIL' };
}

/** "baton - charged", "carpet - bombed": a hyphenated past form split by the tokenizer, starting at `i`. */
function hyphenVerbAt(toks: Token[], i: number): boolean {
  const a = toks[i];
  const h = toks[i + 1];
  const v = toks[i + 2];
  return !!a && !!h && !!v && h.norm === '-' && h.start === a.end && v.start === h.end && /ed$/.test(v.norm);
}

/** A verb form the tagger may have read as a noun ("shot", "retook", "tortured"). */
function isVerbForm(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || /ed$/.test(t.norm) || IRREGULAR_PAST.has(t.norm);
}
const IRREGULAR_PAST = new Set(['shot', 'struck', 'hit', 'fired', 'retook', 'took', 'seized', 'shelled', 'stormed', 'sank', 'shot', 'fought', 'blew', 'beat', 'sailed', 'flew', 'crossed', 'opened']);

/** A country adjective ending at token `k` (one or two words, capitalised), or null. */
function demonymEnding(toks: Token[], text: string, k: number, d: Demonyms): { first: number; iso: string } | null {
  if (k < 0) return null;
  const c = text.charCodeAt(toks[k].start);
  if (c < 65 || c > 90) return null;
  if (k >= 1 && toks[k - 1].end + 1 === toks[k].start) {
    const two = d.byWord.get(`${toks[k - 1].norm} ${toks[k].norm}`);
    if (two) return { first: k - 1, iso: two };
  }
  const one = d.byWord.get(toks[k].norm);
  return one ? { first: k, iso: one } : null;
}

/** The country of a country mention exactly at [start, end) ("U.S." in "the U.S.-led coalition"), or null. */
function ledByCountry(doc: Doc, start: number, end: number): string | null {
  const m = doc.mentions.find((x) => x.start === start && x.end === end && x.kind === 'country' && x.actor !== null);
  if (!m) return null;
  return doc.actors.find((a) => a.id === m.actor)?.country ?? null;
}

function mentionSpans(doc: Doc): Array<[number, number]> {
  return doc.mentions.filter((m) => m.actor !== null).map((m): [number, number] => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
}

function isCovered(spans: Array<[number, number]>, start: number, end: number): boolean {
  // spans are few per document: a linear scan is fine, but stop early
  for (const [a, b] of spans) {
    if (a >= end) return false;
    if (b > start) return true;
  }
  return false;
}
