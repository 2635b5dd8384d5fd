import type { Token } from '../../model/doc.js';
import { Clause, isGerund, type Chain, type Subject } from './clause.js';
import { ACCUSE_EMBED, ACT_NOUNS, CONTENT_NOUNS, HALT_VERBS, LIGHT_VERBS, POSSESSIVE, TIME_WORDS } from './lexicon.js';
import type { Element, Pattern, Role } from './patterns.js';

/** Verbs that stop an act: over someone else's act ("can stop this invasion") the act is no event of their subject. */
const STOPPING = new Set(['stop', 'end', 'halt']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
/** Quantifiers that float after a subject ("Poland and Latvia each expelled"): not the determiner of a participle. */
const FLOATING = new Set(['each', 'both', 'all']);
/** Verbs that do not go without an object: a bare participle of them after a noun phrase is a reduced passive ("soldiers killed since"). */
const OBLIGATORY_OBJECT = new Set('kill wound injure murder execute arrest detain abduct kidnap imprison jail torture slaughter massacre behead deport capture maim'.split(' '));
/** "by" + these is a means, not an agent ("by air", "by mistake"). */
const BY_MEANS = new Set('air sea land road rail night day mistake accident phone force hand video telephone'.split(' '));

/** One pattern matched at one anchor, with its actors and the words it used. */
export interface Candidate {
  pattern: Pattern;
  anchor: number;
  /** Tokens matched by the pattern's literals (another pattern may not use them as its anchor). */
  claimed: number[];
  /** Indices into DocView.am. */
  source: number[];
  target: number[];
  /** Token span of the evidence [first, last). */
  first: number;
  last: number;
  subject: Subject | null;
  chain: Chain | null;
  passive: boolean;
  score: number;
  /** The target slot was filled by a thing, not an actor ("A British-owned tanker was seized by X"). */
  thingTarget?: boolean;
  /** Actor ids of a source the sentence implies (an agentless passive of a state act), when `source` is empty. */
  implied?: string[];
  /** An object relative ("a move Moscow denounced"): the token of the noun the verb's missing object is. */
  gap?: number;
}

interface Capture {
  role: Role;
  group: number[];
  first: number;
  last: number;
  /** The slot had a head constraint. */
  heads?: boolean;
}


const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);
const ADVERBIAL_PREP = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'next', 'early', 'late', 'overnight']);
/** Nouns in an adverbial phrase that say what the main verb's subject does: "marched ... in defiance of a ban". */
const ATTACHED_NOUNS = new Set(['defiance', 'protest', 'retaliation', 'solidarity']);
/** Words that can open an object ("expelled over 100 diplomats"). */
const OBJECT_START = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'at', 'up', 'roughly', 'approximately', 'dozens', 'hundreds', 'thousands']);
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'because', 'when', 'since', 'until', 'unless', 'if', 'who', 'which']);

/** Words before a "than" that compares amounts ("more than $40 billion"). */
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'larger', 'over']);
const NEGATORS = new Set(['not', "n't", 'never']);
const CURRENCY = new Set(['$', '€', '£', '¥']);
/** Participles that, right before "of", say who is accused ("settlers accused of violence"). */
const ACCUSED_OF = new Set(['accused', 'suspected', 'convicted']);
/** Protest nouns that can be a clause's subject ("protests erupted"), and the verbs they take. */
const PROTEST_NOUNS = new Set(['protests', 'protest', 'demonstrations', 'riots', 'rioting', 'unrest']);
const UNREST_VERBS = new Set(['erupt', 'spread', 'break', 'continue', 'sweep', 'rock', 'grip', 'flare', 'escalate', 'intensify', 'engulf', 'swell', 'spiral']);
/** Event types whose verbs react to an act and can have it as an object relative ("a proposal the Pentagon rejected"). */
const REACTION_TYPES = new Set(['ACCUSE', 'REJECT', 'SUPPORT']);
/** What a rejection of which is a denial. */
const CLAIM_NOUNS = new Set(['accusation', 'charge', 'claim', 'allegation', 'report', 'statement', 'remark', 'comment']);
/** Event types whose object nouns are the source's own means (troops deployed, weapons sent), never the target. */
const INSTRUMENT_TYPES = new Set(['MOBILIZE', 'AID']);

/** Participles between an act noun and its doer's "by": "the attack launched by X", "drills staged by Y". */
const DOING_PARTICIPLES = new Set(['launched', 'carried', 'conducted', 'staged', 'mounted', 'committed', 'perpetrated', 'waged', 'unleashed', 'orchestrated', 'organised', 'organized', 'held', 'imposed', 'fired']);

/** A literal's part-of-speech constraint: N = noun, V = verb (the tagger's VERB/AUX; gerunds count as both). */
export function posOk(t: Token, pos: 'N' | 'V' | undefined, prev?: Token, next?: Token): boolean {
  if (!pos) return true;
  if (pos === 'N') return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ';
  // a gerund tagged as a noun is a verb, unless a determiner or adjective makes it a noun ("nationwide warning strikes")
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // the tagger's noun or adjective after an auxiliary is a verb ("had shot", "would close"), and so
  // is a participle with an agent ("talks mediated by Cuba")
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && prev && prev.pos === 'AUX') return true;
  if (t.pos === 'ADJ' && next?.norm === 'by' && /(?:ed|en)$/.test(t.norm)) return true;
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && t.norm.endsWith('ing') && !(prev && (prev.pos === 'DET' || prev.pos === 'ADJ'));
}

/**
 * Match patterns against one sentence. Backtracking over a small element list, continuation style:
 * each element calls `k(next position)` for every way it can match.
 */
export class Matcher {
  private claimed: number[] = [];
  private caps: Capture[] = [];

  constructor(readonly c: Clause) {}

  /** Try one pattern at anchor token `i`; returns a candidate or null. */
  match(p: Pattern, i: number): Candidate | null {
    const c = this.c;
    if (!c.mayMatch(p)) return null;
    if (p.unless.size && c.hasAnyOf(p.unlessIds, p.unless)) return null;

    const tok = c.toks[i];
    // a gerund the tagger calls a noun is still a verb when nothing makes it a noun ("accused Russia of bombing")
    const prev = c.toks[i - 1];
    // "led the authorities to bombs hidden in cartridges": after "to" an -s form is a plural noun, not an infinitive
    if (tok.pos === 'VERB' && prev?.norm === 'to' && tok.norm !== tok.lemma && /[^s]s$/.test(tok.norm)) return null;
    // "the 1994 downing of Habyarimana's plane": a gerund between a determiner or number and "of" is a noun
    const nounGerund = isGerund(tok) && !!prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || POSSESSIVE.has(prev.norm) || prev.norm === "'s") && c.toks[i + 1]?.norm === 'of';
    const verbal =
      (tok.pos === 'VERB' && !nounGerund) ||
      tok.pos === 'AUX' ||
      ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && !!prev && prev.pos === 'AUX') ||
      (tok.pos === 'ADJ' && c.toks[i + 1]?.norm === 'by' && /(?:ed|en)$/.test(tok.norm)) ||
      ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && isGerund(tok) && !!prev && prev.pos !== 'DET' && prev.pos !== 'ADJ' && !POSSESSIVE.has(prev.norm) && prev.norm !== "'s" && !nounGerund) ||
      c.nounTaggedVerb(i) ||
      // "did not open fire" (open/ADJ after "not"), "has never recognised"
      ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && !!prev && NEGATORS.has(prev.norm) && c.toks[i - 2]?.pos === 'AUX') ||
      // "baton-charged", "carpet-bombed", "test-fired": a hyphenated verb split by the tokenizer
      c.hyphenVerb(i);
    // an attributive participle ("the jailed opposition leader", "U.S.-brokered talks") names a state, not an event
    if (verbal && tok.norm !== tok.lemma && !isGerund(tok) && prev && i + 1 < c.hi) {
      const next = c.toks[i + 1];
      const fused = prev.norm === '-' && i - 2 >= c.lo && c.tokAm[i - 2] >= 0 && prev.start === c.toks[i - 2].end && prev.end === tok.start;
      const pp = c.toks[i - 2];
      const before =
        (c.tokAm[i - 1] < 0 && ((prev.pos === 'DET' && !(FLOATING.has(prev.norm) && i - 2 >= c.lo && c.tokAm[i - 2] >= 0)) || ((prev.pos === 'ADJ' || prev.pos === 'ADV') && !!pp && i - 2 >= c.lo && (pp.pos === 'DET' || pp.pos === 'ADP')))) ||
        POSSESSIVE.has(prev.norm) ||
        prev.norm === "'s" ||
        (prev.pos === 'ADP' && prev.norm !== 'by') ||
        fused;
      const noun = next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'ADJ' && c.toks[i + 2]?.pos === 'NOUN') || c.tokAm[i + 1] >= 0;
      if (before && noun && next.norm !== 'by') return null;
    }
    this.claimed = [];
    this.caps = [];
    let rest = p.rest;
    let passive = false;
    let agent: Capture | null = null;
    let start = i + 1;
    let chain: Chain | null = null;
    let passiveHeads: string[] | null = null;
    let gap = -1;

    if (p.subject !== null && verbal) {
      chain = c.chainLeft(i);
      passive = chain.passive;
      // reduced passive: "soldiers detained by the authorities"; "the playwright jailed only months ago" (no object, no agent)
      if (!passive && !isGerund(tok) && tok.norm !== tok.lemma && chain.begin === i) {
        const by = this.skipAdv(i + 1);
        if (by < c.hi && c.toks[by].norm === 'by') {
          const g = c.groupsRight(by + 1, 3);
          // "children killed by Russian shelling": an agent the actors stage left unnamed still makes a passive
          if (g.length || (OBLIGATORY_OBJECT.has(tok.lemma) && !BY_MEANS.has(c.toks[by + 1]?.norm ?? ''))) passive = true;
        } else if (/ed$|[^aeiou]n$/.test(tok.norm) && rest[0]?.k === 'slot' && rest[0].role === 'Y') {
          const prev = c.toks[i - 1];
          const next = c.toks[i + 1];
          const object =
            !!next && (c.tokAm[i + 1] >= 0 || ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(next.pos) || OBJECT_START.has(next.norm) || next.norm === '"');
          // (a verb that cannot go without its object is passive after a named actor too: "66,180 Russian soldiers killed since")
          if (!object && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (c.tokAm[i - 1] < 0 || OBLIGATORY_OBJECT.has(tok.lemma))) passive = true;
          // "four settlers accused of violence", "Russia accused of war crimes": the accused, not the accuser
          else if (next?.norm === 'of' && ACCUSED_OF.has(tok.norm) && c.tokAm[i - 1] >= 0) passive = true;
        }
      }
      // "a move Moscow denounced as hostile": an object relative; the act noun is the object
      if (!passive && p.subject === 'X' && REACTION_TYPES.has(p.plover)) {
        gap = this.objectGap(i, p.plover);
        if (gap >= 0) {
          let y = 0;
          while (y < rest.length && (rest[y].k === 'lit' || rest[y].k === 'gap')) y++;
          const slot = rest[y];
          if (slot?.k === 'slot' && slot.role === 'Y' && !slot.heads) rest = [...rest.slice(0, y), ...rest.slice(y + 1)];
          else gap = -1;
        }
      }
      if (passive) {
        // "were shot dead by": optional words may come before the object slot the subject fills
        let y = 0;
        // (also over a gap: "X urged ...3 Y to": "Ukraine was urged by NATO to show restraint")
        while (y < rest.length && (rest[y].k === 'lit' || rest[y].k === 'gap')) y++;
        const slot = rest[y];
        if (slot?.k === 'slot' && slot.role === 'Y') {
          passiveHeads = slot.heads ?? null;
          rest = [...rest.slice(0, y), ...rest.slice(y + 1)];
        }
        else if (p.subject === 'X' && hasSlot(rest, 'Y')) passive = false; // the object is elsewhere: not this pattern's passive
        const by = this.skipAdv(i + 1);
        if (passive && by < c.hi && c.toks[by].norm === 'by') {
          const g = c.groupsRight(by + 1, 3);
          if (g.length) {
            agent = { role: 'X', group: g[0].group, first: by, last: g[0].end };
            start = g[0].end;
          }
        }
      }
    }

    // the anchor itself, then the rest: every way of matching is tried (bounded), and the one
    // that fills the most slots and uses the most words wins ("sent rescue teams to Haiti")
    let end = -1;
    let best: { caps: Capture[]; claimed: number[]; score: number } | null = null;
    let steps = 0;
    const done = (q: number) => {
      const score =
        this.caps.reduce((n, cp) => n + (cp.role === 'Y' ? 100 : 10) + cp.group.length, 0) + this.claimed.length * 5 - (q - i) * 0.01;
      if (!best || score > best.score) {
        best = { caps: [...this.caps], claimed: [...this.claimed], score };
        end = q;
      }
      return ++steps > 400;
    };
    const anchor = p.anchor;
    if (anchor.k === 'lit') {
      if (!posOk(tok, anchor.pos, c.toks[i - 1], c.toks[i + 1]) && !(anchor.pos === 'V' && verbal)) return null;
      this.claimed.push(i);
      this.seq(rest, 0, start, done);
      // "taken away by X": the rest may come before the by-phrase
      if (!best && start !== i + 1) {
        this.claimed = [i];
        this.caps = [];
        this.seq(rest, 0, i + 1, done);
      }
    } else if (anchor.k === 'group') {
      for (const alt of anchor.alts) {
        const first = alt[0];
        if (first.k !== 'lit' || !c.isIn(i, first.set ?? new Set(first.words)) || (!posOk(tok, first.pos, c.toks[i - 1], c.toks[i + 1]) && !(first.pos === 'V' && verbal))) continue;
        this.claimed = [i];
        this.caps = [];
        if (this.seq(alt, 1, i + 1, (q) => this.seq(rest, 0, q, done))) break;
      }
    }
    if (!best) return null;
    if (p.notBefore.size) {
      // the three words before the trigger ("car makers will curb exports", "merger talks")
      for (let t = Math.max(c.lo, i - 3); t < i; t++) if (c.isIn(t, p.notBefore)) return null;
    }
    if (p.not.length) {
      // inside the match and a few words after it ("sent aircraft to fight the wildfires")
      for (let t = i + 1; t < Math.min(c.hi, end + 5); t++) {
        if (t >= end + 2 && (c.toks[t].norm === ',' || c.toks[t].norm === ';')) break;
        if (c.isIn(t, p.notSet)) return null;
      }
    }
    const found = best as { caps: Capture[]; claimed: number[] };
    this.caps = found.caps;
    this.claimed = found.claimed;

    // the subject
    let subject: Subject | null = null;
    let thingTarget = false;
    let source: number[] = [];
    let target: number[] = [];
    let first = i;
    let last = Math.max(end, i + 1);
    for (const cap of this.caps) {
      if (cap.role === 'X') source.push(...cap.group);
      else if (cap.role === 'Y') target.push(...cap.group);
      last = Math.max(last, cap.last);
    }
    if (p.subject !== null) {
      subject = verbal ? c.subjectOf(i) : this.nominalSubject(i, Math.max(end, i + 1));
      // "Thousands of people marched": a crowd no actor names protests
      if (!subject && verbal && p.plover === 'PROTEST' && p.subject === 'X') {
        const crowd = c.crowdSubject(i);
        if (crowd !== null) subject = { group: [crowd], first: c.am[crowd].first, chain: c.chainLeft(i), via: 'np' };
      }
      // "protests erupted in Zhanaozen", "as protests spread to Banias": the protesters are the people of the place
      if (!subject && !verbal && p.plover === 'PROTEST' && p.subject === 'X' && PROTEST_NOUNS.has(tok.norm) && this.unrestVerbAfter(i)) {
        subject = { group: [c.view.virtual(i, i + 1, '~people')], first: i, chain: c.chainLeft(i), via: 'np' };
      }
      // "Hundreds of thousands of people marched ... to demand the withdrawal of a bill": the crowd demands
      if (!subject && verbal && p.plover === 'REQUEST' && p.subject === 'X') {
        const ch = c.chainLeft(i);
        const head = ch.purpose ? c.previousVerb(ch.j, false) : ch.j >= c.lo && c.toks[ch.j].norm === ',' && isGerund(tok) ? c.participleHead(ch.j - 1) : -1;
        const crowd = head >= 0 ? c.crowdSubject(head) : null;
        if (crowd !== null) subject = { group: [crowd], first: c.am[crowd].first, chain: ch, via: 'participle' };
      }
      if (p.subjectHeads && (!subject || !this.groupHas(subject.group, p.subjectHeads))) return null;
      if (passive && p.subject === 'X') {
        // "Y was attacked by X": the subject is the target; the agent the source
        if (passiveHeads && (!subject || !this.groupHas(subject.group, passiveHeads))) {
          // "A British-owned tanker was seized by X": the subject is no actor, but its words fit
          let ok = false;
          for (let t = i - 1; t >= c.lo && t >= i - 8 && !ok; t--) if (c.is(t, passiveHeads)) ok = true;
          if (!ok) return null;
          subject = null;
          thingTarget = true;
        }
        if (!agent) agent = this.agentAfter(last);
        if (agent) {
          if (subject) target = [...subject.group, ...target];
          source.push(...agent.group);
          last = Math.max(last, agent.last);
        } else if (p.selfPassive && subject) {
          // "thousands of police were deployed": the deployed forces are the actors
          source.push(...subject.group);
        } else if (subject) {
          target = [...subject.group, ...target];
        }
      } else if (subject) {
        if (p.subject === 'X') source = [...subject.group, ...source];
        else if (p.subject === 'Y') target = [...subject.group, ...target];
      }
      if (subject && subject.first < first && i - subject.first < 40) first = subject.first;
      if (!chain && subject) chain = subject.chain;
      if (verbal && subject) chain = subject.chain;
    }
    // "expelled 45 Russian diplomats", "ordered U.N. inspectors to leave": a word the pattern needs
    // is (the head of) an actor phrase after the trigger; with no other target, that actor is the target
    if (target.length === 0 && !INSTRUMENT_TYPES.has(p.plover)) {
      for (const t of this.claimed) {
        if (t <= i) continue;
        let a = c.tokAm[t];
        if (a < 0 && t - 1 > i && c.tokAm[t - 1] >= 0 && c.skipHeadRight(c.am[c.tokAm[t - 1]].last) > t) a = c.tokAm[t - 1];
        if (a >= 0 && !source.includes(a) && !(subject && subject.group.includes(a))) {
          target = [a];
          break;
        }
      }
    }
    // no source: the stage reports it (an event without a codable source is not emitted)
    return {
      pattern: p,
      anchor: i,
      claimed: [...this.claimed],
      source: dedupe(source),
      target: dedupe(target),
      first,
      last,
      subject,
      chain,
      passive,
      thingTarget,
      gap: gap >= 0 ? gap : undefined,
      // what the match used: its words and slots (optional ones only when they matched), a little
      // for a specific code over a root's "not specified" one
      score:
        3 * this.claimed.length +
        2 * this.caps.length +
        (target.length ? 3 : 0) +
        (p.subjectHeads ? 4 : 0) +
        this.caps.filter((cp) => cp.heads).length * 2 +
        (p.cameo.length === 4 ? 0.5 : 0) -
        (p.cameo.slice(0, 3).endsWith('0') ? 0.3 : 0) +
        p.weight * 0.01,
    };
  }

  /** Does the actor phrase (its mentions and the head nouns after them) contain one of `words`? */
  groupHas(group: number[], words: string[]): boolean {
    const c = this.c;
    for (const gi of group) {
      const m = c.am[gi];
      const end = c.skipHeadRight(m.last);
      for (let t = m.first; t < end; t++) if (c.is(t, words)) return true;
    }
    return false;
  }

  /**
   * An object relative clause whose verb reacts to an act: "a verdict Washington denounced as a sham",
   * "a proposal the Pentagon swiftly rejected", "the strikes, which Moscow condemned". Nothing after the
   * verb opens an object, its subject is an actor phrase, and right before that phrase (over "that" or
   * ", which") stands an act noun that is no actor. Returns the act noun's token, else -1.
   */
  private objectGap(i: number, plover: string): number {
    const c = this.c;
    let q = i + 1;
    while (q < c.hi && c.toks[q].pos === 'ADV' && c.toks[q].norm !== 'as') q++;
    if (q < c.hi) {
      const n = c.toks[q];
      if (c.tokAm[q] >= 0 || ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(n.pos) || OBJECT_START.has(n.norm) || n.norm === '"') return -1;
    }
    const s = c.subjectOf(i);
    if (!s || s.via !== 'np') return -1;
    let k = s.first - 1;
    if (k >= c.lo && (c.toks[k].norm === 'the' || POSSESSIVE.has(c.toks[k].norm))) k--;
    let that = false;
    if (k >= c.lo && (c.toks[k].norm === 'that' || c.toks[k].norm === 'which')) {
      that = c.toks[k].norm === 'that';
      k--;
      if (k >= c.lo && c.toks[k].norm === ',' && c.toks[k + 1].norm === 'which') k--;
    }
    if (k < c.lo || c.tokAm[k] >= 0) return -1;
    const t = c.toks[k];
    if (t.pos !== 'NOUN' || !(ACT_NOUNS.has(t.norm) || ACT_NOUNS.has(t.lemma))) return -1;
    if (that && (CONTENT_NOUNS.has(t.norm) || CONTENT_NOUNS.has(t.lemma))) return -1;
    // "a charge Belgrade rejected" denies a claim: no rejection event (the accusation is the event)
    if (plover === 'REJECT' && CLAIM_NOUNS.has(t.lemma)) return -1;
    return k;
  }

  /** "protests (against Assad's rule) spread": an unrest verb within a few words after the noun, before any comma or other verb. */
  private unrestVerbAfter(i: number): boolean {
    const c = this.c;
    for (let q = i + 1; q < c.hi && q <= i + 8; q++) {
      const t = c.toks[q];
      if (UNREST_VERBS.has(t.lemma)) return true;
      if (t.norm === ',' || t.norm === ';' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    }
    return false;
  }

  private skipAdv(q: number): number {
    while (q < this.c.hi && this.c.toks[q].pos === 'ADV') q++;
    return q;
  }

  /** "Y was attacked on Monday by X": the by-agent within a few words. */
  private agentAfter(from: number): Capture | null {
    const c = this.c;
    for (let q = from; q < c.hi && q < from + 8; q++) {
      const n = c.toks[q].norm;
      if (n === ';' || n === '"' || n === ',') break;
      // "killed as a result of artillery fire prohibited by the Minsk agreements": the by-phrase of another verb
      if (q > from && c.toks[q].pos === 'VERB') break;
      if (n === 'by') {
        const g = c.groupsRight(q + 1, 3);
        if (g.length) return { role: 'X', group: g[0].group, first: q, last: g[0].end };
        return null;
      }
    }
    return null;
  }

  /**
   * The doer of an event noun: "Russia's invasion", "Israeli air strikes", "aggression by X",
   * or the subject of the verb that governs it ("Kiev is continuing its military buildup").
   */
  private nominalSubject(i: number, after = i + 1): Subject | null {
    const c = this.c;
    const { toks, tokAm, lo, hi } = c;
    const emptyChain = (): Chain => ({ begin: i, negated: false, future: false, modal: false, would: false, passive: false, control: null, controls: [] });
    // possessive or modifier right before the noun
    let k = i - 1;
    let steps = 0;
    while (k >= lo && tokAm[k] < 0 && steps < 3 && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].norm === "'s" || toks[k].norm === "'")) {
      k--;
      steps++;
    }
    if (k >= lo && tokAm[k] >= 0) {
      const g = c.npLeft(k);
      if (g) return { group: g, first: c.am[g[0]].first, chain: emptyChain(), via: 'possessive' };
    }
    // "its offensive against Hamas", "their attacks": the actor the pronoun refers to
    if (k >= lo && (toks[k].norm === 'its' || toks[k].norm === 'their')) {
      const a = c.antecedent(k - 1, toks[k].norm === 'its' ? 'it' : 'they');
      if (a >= 0) return { group: [a], first: k, chain: emptyChain(), via: 'possessive' };
    }
    // "accused him of the unlawful deportation of ...": the accused did it, according to the accuser
    {
      let b = i - 1;
      while (b >= lo && i - b < 4 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ')) b--;
      if (b - 1 >= lo && (toks[b].norm === 'of' || toks[b].norm === 'for')) {
        let g: number[] | null = null;
        let k = b - 1;
        if (tokAm[k] >= 0) g = c.npLeft(k);
        else if (toks[k].pos === 'PRON' && ['him', 'her', 'it', 'them'].includes(toks[k].norm)) {
          const a = c.antecedent(k - 1, toks[k].norm);
          if (a >= 0) g = [a];
        }
        if (g) {
          k = tokAm[k] >= 0 ? c.am[tokAm[k]].first - 1 : k - 1;
          while (k >= lo && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ')) k--;
          if (k >= lo && toks[k].pos === 'VERB' && ACCUSE_EMBED.has(toks[k].lemma)) {
            return { group: g, first: i, chain: emptyChain(), via: 'accused', accuser: k };
          }
        }
      }
    }
    // "by X" after the noun, or after the noun compound the pattern matched ("a drone strike by the army")
    // (also over a participle of doing: "the missile attack launched by the Russian Federation", "drills staged by X")
    const overDoing = i + 2 < hi && DOING_PARTICIPLES.has(toks[i + 1].norm) && toks[i + 2].norm === 'by' ? [i + 2] : [];
    for (const q of [...(after > i + 1 ? [i + 1, after] : [i + 1]), ...overDoing]) {
      if (q < hi && toks[q].norm === 'by') {
        const g = c.groupsRight(q + 1, 3);
        if (g.length) return { group: g[0].group, first: i, chain: emptyChain(), via: 'by' };
      }
    }
    // the governing verb: "launched air strikes", "held talks"; "called off strikes" stops them
    k = i - 1;
    steps = 0;
    let particle = false;
    while (
      k >= lo &&
      steps < 8 &&
      (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].pos === 'NOUN' || POSSESSIVE.has(toks[k].norm) || toks[k].norm === 'off' || toks[k].norm === 'up' ||
        // a coordinated object: "declared martial law and a general mobilisation"
        (toks[k].norm === 'and' && k - 1 >= lo && toks[k - 1].pos === 'NOUN')) &&
      tokAm[k] < 0
    ) {
      if (toks[k].norm === 'off' || toks[k].norm === 'up') particle = true;
      k--;
      steps++;
    }
    if (k >= lo && toks[k].norm === 'in' && ATTACHED_NOUNS.has(toks[i].lemma) && k - 1 >= lo && toks[k - 1].pos !== 'VERB') {
      // "marched through Tehran on Monday in defiance of a ban": the phrase qualifies the main verb
      const pv = c.previousVerb(k - 1, false);
      const s = pv >= 0 ? c.subjectOf(pv) : null;
      if (s) return { ...s, via: 'light-verb' };
    }
    // "has been on hunger strike", "went on strike"
    if (k - 1 >= lo && toks[k].norm === 'on' && (toks[k - 1].lemma === 'be' || toks[k - 1].lemma === 'go' || toks[k - 1].lemma === 'remain' || toks[k - 1].lemma === 'stay')) {
      k--;
    }
    if (k >= lo && (toks[k].pos === 'VERB' || (toks[k].pos === 'AUX' && toks[k].lemma === 'be'))) {
      const v = toks[k];
      const halting = HALT_VERBS.has(v.lemma) && (v.lemma !== 'call' || particle);
      if (halting || LIGHT_VERBS.has(v.lemma)) {
        const s = c.subjectOf(k);
        // "can stop this invasion", "must end the war": stopping someone else's act, the act is no event of the subject
        if (s && halting && STOPPING.has(v.lemma) && (s.chain.modal || s.chain.would || toks.slice(k + 1, i).some((t) => DEMONSTRATIVE.has(t.norm))) && !toks.slice(k + 1, i).some((t) => POSSESSIVE.has(t.norm)))
          return null;
        if (s) return { ...s, via: 'light-verb', chain: halting && s.chain.control !== 'content' ? { ...s.chain, control: 'negated' } : s.chain };
      }
    }
    return null;
  }

  /** Match elements els[e..] from token q; call k at the end. */
  private seq(els: Element[], e: number, q: number, k: (q: number) => boolean): boolean {
    if (e === els.length) return k(q);
    const el = els[e];
    const c = this.c;
    switch (el.k) {
      case 'lit': {
        // up to 3 modifiers may sit before a word ("launched two missile strikes"), after an
        // optional short adverbial ("agreed on Monday to", "met in Geneva with")
        let budget = 3;
        for (let skip = 0, r = q; r < c.hi; skip++, r++) {
          if (c.isIn(r, el.set ?? new Set(el.words)) && posOk(c.toks[r], el.pos)) {
            if (!el.context) this.claimed.push(r);
            if (this.seq(els, e + 1, r + 1, k)) return true;
            if (!el.context) this.claimed.pop();
          }
          const t = c.toks[r];
          const next = c.toks[r + 1];
          if (skip === 0 && ADVERBIAL_PREP.has(t.norm) && next && (next.pos === 'PROPN' || TIME_WORDS.has(next.lemma) || next.pos === 'DET' || POSSESSIVE.has(next.norm))) {
            // "agreed on Monday to", "agreed at their summit in Biarritz to": up to two short phrases
            budget = 4;
            let r2 = r + 2;
            while (r2 < c.hi && r2 - r < 5 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(c.toks[r2].pos)) r2++;
            if (r2 < c.hi && r2 - r >= 2 && ADVERBIAL_PREP.has(c.toks[r2].norm) && r2 + 1 < c.hi && c.toks[r2 + 1].pos === 'PROPN') {
              let r3 = r2 + 1;
              while (r3 < c.hi && r3 - r2 < 4 && c.toks[r3].pos === 'PROPN') r3++;
              if (r3 < c.hi && c.isIn(r3, el.set ?? new Set(el.words)) && posOk(c.toks[r3], el.pos)) {
                if (!el.context) this.claimed.push(r3);
                if (this.seq(els, e + 1, r3 + 1, k)) return true;
                if (!el.context) this.claimed.pop();
              }
            }
            continue;
          }
          // an amount is one modifier: "more than $40 billion", "up to €2 million"
          if ((t.norm === 'than' && r > q && COMPARATIVES.has(c.toks[r - 1].norm)) || (t.pos === 'SYM' && CURRENCY.has(t.norm) && next?.pos === 'NUM')) {
            skip--;
            continue;
          }
          if (skip >= budget || !(MODIFIER_POS.has(t.pos) || POSSESSIVE.has(t.norm) || t.norm === "'s" || t.norm === '"')) break;
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'group': {
        for (const alt of el.alts) {
          const mark = this.claimed.length;
          const capMark = this.caps.length;
          if (this.seq(alt, 0, q, (r) => this.seq(els, e + 1, r, k))) return true;
          this.claimed.length = mark;
          this.caps.length = capMark;
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'slot': {
        for (const g of c.groupsRight(q, 6, el.role === 'Y')) {
          if (el.heads && !this.groupHas(g.group, el.heads)) continue;
          this.caps.push({ role: el.role, group: g.group, first: c.am[g.group[0]].first, last: g.end, heads: !!el.heads });
          const after = c.skipHeadRight(g.end);
          if (this.seq(els, e + 1, after, k)) return true;
          if (after !== g.end && this.seq(els, e + 1, g.end, k)) return true;
          this.caps.pop();
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'gap': {
        for (let g = 0; g <= el.max && q + g <= c.hi; g++) {
          if (g > 0) {
            // a gap stays inside its clause
            const t = c.toks[q + g - 1];
            const n = t.norm;
            // ("more than $40 billion": a comparison's "than" opens no clause)
            if (n === ';' || n === ':' || (t.pos === 'SCONJ' && !(n === 'than' && q + g - 2 >= 0 && COMPARATIVES.has(c.toks[q + g - 2].norm))) || CLAUSE_OPENERS.has(n)) break;
            // nor a comma before a new clause or participle (", saying", ", and", ", which")
            if (n === ',' && q + g < c.hi && ['CCONJ', 'SCONJ', 'VERB', 'PRON'].includes(c.toks[q + g].pos) && c.toks[q + g].norm !== 'including') break;
          }
          if (this.seq(els, e + 1, q + g, k)) return true;
        }
        return false;
      }
    }
  }
}

function hasSlot(els: Element[], role: Role): boolean {
  return els.some((el) => (el.k === 'slot' && el.role === role) || (el.k === 'group' && el.alts.some((a) => hasSlot(a, role))));
}

function dedupe(xs: number[]): number[] {
  return [...new Set(xs)];
}
