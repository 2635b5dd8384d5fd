import type { AgentSpan } from './agents.js';
import type { Actor, Doc, Mention, Token } from '../../model/doc.js';
import type { Demonyms } from './countries.js';
import {
  ACCUSE_EMBED,
  ADJ_CONTROL,
  AUX,
  DEMAND_VERBS,
  DENY,
  BE,
  COORD,
  FUTURE_AUX,
  GERUND_CONTROL,
  HALT_VERBS,
  HYPO_AUX,
  NEGATION,
  NOUN_CONTROL,
  OBJECT_CONTROL,
  PERMIT_CONTROL,
  POSSESSIVE,
  RELATIVE,
  SPEECH,
  SUBJECT_CONTROL,
  TIME_WORDS,
} from './lexicon.js';

/**
 * A shallow clause analysis over tokens: enough to find the subject of a verb (skipping
 * appositions and relative clauses, following coordination, participles and control verbs),
 * the actors to the right of a word, and what the verb chain says about modality.
 * Everything works on global token indices within one sentence [lo, hi).
 */

/** An actor mention as the analysis sees it: tokens [first, last) and the actor it codes. */
export interface ActorMention {
  mention: Mention;
  /** The actors coded at this span (several when one phrase names several: "U.S. and British forces"). */
  actors: string[];
  first: number;
  last: number;
  /**
   * Set when the entry is a place, not an actor ("shelled residential districts of Kharkiv"): the
   * place's id. Place entries are only used as targets (see DocView.tokPlace); the stage codes them
   * as the place's country.
   */
  place?: string;
  /**
   * Set when the entry is a country adjective outside any actor mention ("two Iraqi bases", "a
   * British-owned tanker"): the country's ISO3. Like places, only target slots and the target
   * fallbacks use these entries.
   */
  country?: string;
}

/** What the words left of a verb say about it (its auxiliaries, negation, control verbs). */
/** The control verb a gerund is a form of ("planning" -> "plan", "preparing" -> "prepare"), or null. */
function controlStem(ing: string): string | null {
  const base = ing.slice(0, -3);
  for (const w of [base, base + 'e', base.length > 2 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : '']) if (w && SUBJECT_CONTROL.has(w)) return w;
  return null;
}

export interface Chain {
  /** First token of the verb chain (auxiliaries, adverbs, control verbs). */
  begin: number;
  negated: boolean;
  future: boolean;
  modal: boolean;
  /** "would"/"'d": future in the past ("said it would") or a conditional's consequent. */
  would: boolean;
  /** A form of "be"/"get" right before a participle: passive. */
  passive: boolean;
  /** Modality given by control verbs/nouns on the way ("plans to", "threatened to", "denied attacking"). */
  control: Control;
  /** Lemmas of the control verbs passed, innermost first. */
  controls: string[];
  /** "must", "should", "has to", "needs to": an obligation someone states, not an act. */
  obligation?: boolean;
  /** A purpose clause ("invaded Panama to oust Noriega"): the token of the verb whose purpose it is. */
  purposeOf?: number;
}

/**
 * What a control verb does to the event in its complement: planned ("plans to"), hypothetical
 * ("wants to"), negated ("refused to"), denied ("denied attacking"), or content: the complement
 * is what a threat or a request is about ("threatened to attack", "urged Y to withdraw") and is
 * not an event of its own.
 */
export type Control = 'planned' | 'hypothetical' | 'negated' | 'denied' | 'content' | null;

export interface Subject {
  /** Indices into DocView.am. */
  group: number[];
  /** First token of the subject phrase (for evidence spans). */
  first: number;
  chain: Chain;
  /** How it was found. */
  via: 'np' | 'apposition' | 'relative' | 'participle' | 'coordination' | 'object-control' | 'accused' | 'possessive' | 'by' | 'light-verb';
  /** For "X accused Y of VERBing": the accusing verb's token, whose subject makes the claim. */
  accuser?: number;
  /** For "X asked Y to VERB": the requesting verb's token. */
  requester?: number;
}

const isPunct = (t: Token, ch: string) => t.norm === ch;

const ADVERBIAL_START = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'in']);
/** Words that open a short adverbial phrase between a control verb and its "to" ("agreed in principle to meet"). */
const ADVERBIAL_PP = new Set(['on', 'in', 'within', 'at', 'during', 'after', 'late', 'early', 'last', 'this', 'overnight', 'unanimously', 'publicly', 'formally']);

/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set(['as', 'while', 'because', 'if', 'after', 'before', 'when', 'since', 'until', 'although', 'though', 'unless', 'whereas']);
/** Words that open a time clause ("a day before Trump was sworn in"). */
const TIME_SUBORDINATORS = new Set(['before', 'after', 'since', 'until', 'when', 'while', 'as']);
/** "days after threatening", "without warning", "by shelling": the gerund's subject is the main clause's. */
const GERUND_SUBORDINATORS = new Set(['after', 'before', 'while', 'since', 'without', 'despite', 'by', 'when', 'upon', 'on']);

/** Heads of "N of X" phrases that are a group of their own, X's followers ("supporters of Trump"). */
const FOLLOWERS = new Set(['supporter', 'follower', 'loyalist', 'backer', 'partisan', 'sympathizer', 'sympathiser', 'fan']);

/** Heads of "N of X" phrases that do not act for X ("opponents of Trump", "relatives of the victims"). */
const NOT_REPRESENTING = new Set(
  'supporter opponent critic relative family victim friend fan enemy foe'.split(' '),
);
const OBJECT_PRONOUN = new Set(['it', 'them', 'him', 'her']);
const QUANTIFIER = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'than', 'at', 'least', 'up', 'roughly', 'approximately', 'fewer', 'less']);

/** Head nouns of things that are not actors, after an actor's name ("a U.N. resolution threatening"). */
const DOCUMENT_HEADS = new Set(
  'resolution law bill plan report letter statement decree draft deal agreement treaty proposal motion document declaration ruling order budget programme program strike attack'.split(' '),
);

/** Verbs whose subject answers for the document they make ("signed a decree annexing"). */
const ENACT = new Set('sign approve issue adopt pass ratify enact decree order'.split(' '));

/** Heads of a crowd that protests ("thousands of people", "students", "residents"): no actor names them. */
const CROWD_HEADS = new Set(
  'people residents citizens villagers youths youth crowd crowds thousands hundreds millions tens dozens workers farmers women men students demonstrators protesters protestors marchers mourners pilgrims rioters mob mobs activists supporters voters drivers teachers doctors nurses miners truckers'.split(' '),
);

/** Verbs whose object plan or decision is their subject's own ("announced plans to", "made a decision to"). */
const OWN_PLAN_VERBS = new Set('announce make take reach adopt approve unveil have confirm issue sign outline present set lay draw finalise finalize'.split(' '));

/** Verb particles ("shot down", "blew up"). */
const PARTICLES = new Set(['down', 'up', 'off', 'out']);
/** Prepositions a target slot may skip to reach a place or country ("bombed a hospital in Gaza"). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around']);

/** Nouns for people who act for the party named after them ("negotiators from X and Y"). */
const REPRESENTATIVES = new Set(
  'negotiator delegate delegation representative envoy official minister leader diplomat member team mediator emissary spokesman spokeswoman'.split(' '),
);

/** Prepositions between a request verb and its object: "pleaded with", "called on", "appealed to". */
const OBJECT_PREP = new Set(['with', 'on', 'upon', 'to']);
/** Verbs whose purpose clause is what is requested ("asked Egypt for weapons to fight Y"). */
const REQUEST_VERBS = new Set(['seek', 'request', 'demand', 'lobby', 'plead']);


/** Participles whose by-phrase names a group's leader or sponsor: "gunmen led by X" act, not X. */
/** Prepositions and adjectives of a reduced relative clause ("troops stationed in Belarus", "rebels loyal to X"). */
// (not "by": "children killed by Turkish shelling" are its victims; the participles of "by" that keep the subject acting are
// AGENT_PARTICIPLES: "gunmen led by", "miners employed by")
const REDUCED_PREP = new Set(['in', 'at', 'to', 'from', 'near', 'on', 'along', 'inside', 'across']);
const REDUCED_ADJ = new Set(['loyal', 'close', 'based', 'allied', 'linked', 'affiliated']);
const AGENT_PARTICIPLES = new Set(['led', 'headed', 'commanded', 'backed', 'supported', 'sponsored', 'funded', 'armed', 'trained', 'sent', 'loyal', 'employed', 'hired', 'appointed', 'paid', 'recruited']);

/** Pronouns that, unresolved, refer to the speaker of the clause they are reported in. */
const REPORTED_PRONOUN = new Set(['it', 'they', 'he', 'she', 'we']);

export function isGerund(t: Token): boolean {
  return t.norm.length > 4 && t.norm.endsWith('ing');
}

/** Participles of acts done by speaking: after a trailing ", X said" they are X's ("..., Amnesty said, calling on"). */
const SPEECH_ACTS = new Set(['call', 'urge', 'demand', 'accuse', 'blame', 'warn', 'threaten', 'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'welcome', 'reject', 'deny', 'appeal', 'ask', 'vow', 'pledge', 'promise', 'insist', 'describe', 'brand', 'dismiss', 'thank', 'press', 'plead']);

/** Words of a meeting or a call: the parties named beside them are those "the leaders/sides" refer to afterwards. */
const MEETING_WORDS = new Set('meet met meeting meetings talk talks conversation conversations call calls phone telephone summit visit visited negotiation negotiations consultation consultations discuss discussed discussion discussions receive received host hosted'.split(' '));

/** First-person pronouns: inside a direct quote, the speaker. */
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
/** Verbs of thinking and perceiving: their first-person subject reports, it does not act. */
const COGNITION = new Set(['think', 'believe', 'see', 'feel', 'know', 'hope', 'guess', 'fear', 'understand', 'suppose', 'expect', 'doubt', 'assume', 'suspect', 'mean', 'remember', 'recall', 'hear', 'notice', 'realise', 'realize', 'used', 'say', 'said', 'tell', 'told', 'agree']);
/** Is the verb after a first-person pronoun at `k` (over auxiliaries, "not", adverbs) one of thinking or perceiving? */
function cognitionAfter(toks: Token[], k: number, hi: number): boolean {
  while (k < hi && (toks[k].pos === 'AUX' || toks[k].pos === 'PART' || toks[k].pos === 'ADV')) k++;
  return k < hi && (COGNITION.has(toks[k].lemma) || COGNITION.has(toks[k].norm));
}
/** "our country", "my government": the speaker's state. */
const OWN_STATE = new Set(['country', 'state', 'government', 'nation', 'army', 'forces', 'troops', 'military', 'people']);

/** Heads of a phrase that names the parties of a meeting reported before ("the leaders", "the sides"). */
// (not bare "ministers": often one side's cabinet; "the prime/foreign ministers" are read as two words)
export const PARTICIPANTS = new Set(['leaders', 'presidents', 'sides', 'parties', 'interlocutors', 'delegations', 'counterparts', 'premiers', 'ministers']);

/** Per-document view: tokens, and which actor mention covers each token. */
export class DocView {
  readonly tokens: Token[];
  readonly am: ActorMention[] = [];
  /** token index -> index into `am`, or -1. */
  readonly tokAm: Int32Array;
  /**
   * token index -> index into `am` of a place entry (a place with a country that is not inside an
   * actor mention), or -1. Only target slots look at these: "fired missiles at Tel Aviv and Haifa".
   */
  readonly tokPlace: Int32Array;

  /** A second lemma per token (from wink-lemmatizer) where the tagger's lemma may be wrong, else null; computed on demand. */
  readonly alts: AltLemmas;

  constructor(
    readonly doc: Doc,
    altLemma: (t: Token) => string | null = () => null,
    /** Words as they appear in text -> ids of the need words they are or inflect (see PatternIndex.needOf); null: no index. */
    readonly needOf: ReadonlyMap<string, Int32Array> | null = null,
    /** The stage's need-word marks, shared by all documents (one mark array, generations never reused). */
    marks: NeedMarks | null = null,
    /** Reusable token arrays (the stage's, grown as needed), or null to allocate. */
    buffers: { am: Int32Array; place: Int32Array } | null = null,
    /** Country adjectives, read as countries in target phrases ("Iraqi bases"); null: none. */
    demonyms: Demonyms | null = null,
    /** Agents the actors stage left without a mention ("Russian missiles", "Israeli settlers"; see agents.ts). */
    agents: readonly AgentSpan[] = [],
  ) {
    if (needOf) {
      let size = 0;
      if (!marks) for (const ids of needOf.values()) for (const id of ids) size = Math.max(size, id + 1);
      this.marks = marks ?? { mark: new Int32Array(size), generation: 0 };
    }
    this.tokens = doc.tokens;
    this.alts = new AltLemmas(doc.tokens, altLemma);
    const n = doc.tokens.length;
    if (buffers) {
      if (buffers.am.length < n) {
        buffers.am = new Int32Array(n * 2);
        buffers.place = new Int32Array(n * 2);
      }
      this.tokAm = buffers.am.subarray(0, n).fill(-1);
      this.tokPlace = buffers.place.subarray(0, n).fill(-1);
    } else {
      this.tokAm = new Int32Array(n).fill(-1);
      this.tokPlace = new Int32Array(n).fill(-1);
    }
    const ms = doc.mentions.filter((m) => m.actor !== null).sort((a, b) => a.start - b.start || b.end - a.end);
    const toks = doc.tokens;
    let lastEnd = -1;
    let prev: ActorMention | null = null;
    for (const m of ms) {
      if (prev && m.start === prev.mention.start && m.end === prev.mention.end) {
        if (!prev.actors.includes(m.actor as string)) prev.actors.push(m.actor as string);
        continue;
      }
      if (m.end <= lastEnd) continue; // nested inside the previous (outer) mention
      if (m.start < lastEnd) continue; // overlapping: keep the first
      const [first, last] = tokenRange(toks, m.start, m.end);
      if (last === first) continue;
      const idx = this.am.length;
      prev = { mention: m, actors: [m.actor as string], first, last };
      this.am.push(prev);
      for (let t = first; t < last; t++) if (this.tokAm[t] < 0) this.tokAm[t] = idx;
      lastEnd = m.end;
    }
    // places with a country, outside actor mentions: possible targets
    for (const p of doc.places) {
      if (!p.country) continue;
      for (const sp of p.mentions) {
        const [first, last] = tokenRange(toks, sp.start, sp.end);
        if (last === first) continue;
        let free = true;
        for (let t = first; t < last; t++) if (this.tokAm[t] >= 0 || this.tokPlace[t] >= 0) free = false;
        if (!free) continue;
        const idx = this.am.length;
        const mention: Mention = { id: `place:${p.id}`, kind: 'place', text: doc.text.slice(sp.start, sp.end), actor: null, place: p.id, rule: 'events/place', start: sp.start, end: sp.end };
        this.am.push({ mention, actors: [placeActorKey(p.id)], first, last, place: p.id });
        for (let t = first; t < last; t++) this.tokPlace[t] = idx;
      }
    }
    for (const g of agents) {
      let free = true;
      for (let t = g.first; t < g.last; t++) if (this.tokAm[t] >= 0) free = false;
      if (!free) continue;
      // (an agent wins over a place read in the same words: "a U.S. drone strike" is the U.S. acting)
      for (let t = g.first; t < g.last; t++) this.tokPlace[t] = -1;
      const idx = this.am.length;
      const start = toks[g.first].start;
      const end = toks[g.last - 1].end;
      const mention: Mention = { id: `agent:${g.first}`, kind: 'agent', text: doc.text.slice(start, end), actor: null, place: null, rule: 'events/agent', start, end };
      this.am.push({ mention, actors: [...(g.more ?? []).map((iso) => `~agent:${iso}:${g.sector}`), `~agent:${g.iso ?? ''}:${g.sector}`], first: g.first, last: g.last });
      for (let t = g.first; t < g.last; t++) this.tokAm[t] = idx;
    }
    if (demonyms) this.addDemonyms(demonyms);
    this.addParticipants();
    this.addSpeakers();
  }

  /**
   * "We are ready to negotiate with Russia," Zelensky said: inside a direct quote with a known speaker, "I/we/me/us" and
   * "our country" are the speaker (entries with the speaker's actor).
   */
  private addSpeakers(): void {
    const toks = this.tokens;
    let byId: Map<string, Actor> | null = null;
    for (const q of this.doc.quotes) {
      if (!q.direct || !q.speaker) continue;
      byId ??= new Map(this.doc.actors.map((a) => [a.id, a]));
      const speaker = byId.get(q.speaker);
      if (!speaker || (!speaker.country && speaker.type !== 'organization')) continue;
      const [first, last] = tokenRange(toks, q.start, q.end);
      for (let i = first; i < last; i++) {
        if (this.tokAm[i] >= 0 || this.tokPlace[i] >= 0) continue;
        const t = toks[i];
        let end = -1;
        // (not the one who thinks or sees: "I think he feels that he can intimidate", "we see that Russia's purpose")
        if (FIRST_PERSON.has(t.norm) && t.pos === 'PRON' && !cognitionAfter(toks, i + 1, last)) end = i + 1;
        // "our country", "my government", "our state"
        else if ((t.norm === 'our' || t.norm === 'my') && i + 1 < last && OWN_STATE.has(toks[i + 1].norm) && this.tokAm[i + 1] < 0) end = i + 2;
        if (end < 0) continue;
        const idx = this.am.length;
        const mention: Mention = { id: `speaker:${i}`, kind: 'agent', text: this.doc.text.slice(t.start, toks[end - 1].end), actor: null, place: null, rule: 'events/speaker', start: t.start, end: toks[end - 1].end };
        this.am.push({ mention, actors: [speaker.id], first: i, last: end });
        for (let k = i; k < end; k++) this.tokAm[k] = idx;
      }
    }
  }

  /**
   * "The leaders exchanged views", "The sides agreed to continue contacts", "The two presidents discussed": in a report
   * of a meeting or a call, the parties named in the latest earlier sentence (or title) that names leaders or states of
   * two or more countries. A phrase with no country of its own, in subject position, becomes an entry for those actors.
   */
  private addParticipants(): void {
    const { doc } = this;
    const toks = this.tokens;
    const byId = new Map(doc.actors.map((a) => [a.id, a]));
    let parties: string[] = [];
    // (the parties are those of a meeting or call: they come from a sentence with a word of one, and are forgotten three
    // sentences on: "Scholz met Macron. ... In Berlin, the parties signed a coalition agreement" is another story)
    let since = 0;
    for (const s of doc.sentences) {
      if (++since > 3) parties = [];
      for (let i = s.firstToken; i < s.lastToken; i++) {
        const t = toks[i];
        if (t.norm !== 'the' && t.norm !== 'both') continue;
        let k = i + 1;
        if (k < s.lastToken && toks[k].norm === 'two') k++;
        const head = k < s.lastToken ? toks[k].norm : '';
        let last = k + 1;
        if (head === 'heads' && toks[k + 1]?.norm === 'of' && /^(state|government|states|governments|delegation|delegations)$/.test(toks[k + 2]?.norm ?? '')) last = k + 3;
        else if ((head === 'prime' || head === 'foreign') && toks[k + 1]?.norm === 'ministers') last = k + 2;
        else if (!PARTICIPANTS.has(head) || head === 'ministers') continue;
        const next = toks[last];
        // "Modi spoke with Biden by phone, and the two leaders reviewed ...": the parties named before, in this sentence
        const here = this.meetingIn(s.firstToken, i) ? this.partiesIn(s.firstToken, i, byId) : [];
        if (here.length >= 2) parties = here;
        if (parties.length < 2 || !next || last >= s.lastToken || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) continue;
        // only a phrase with no country: a mention of its own keeps it unless it has none ("the two presidents")
        let own = -1;
        let free = true;
        for (let q = i; q < last; q++) {
          if (this.tokAm[q] >= 0) own = this.tokAm[q];
          if (this.tokPlace[q] >= 0) free = false;
        }
        if (!free) continue;
        if (own >= 0) {
          const e = this.am[own];
          if (e.first < i || e.last > last || e.actors.some((a) => byId.get(a)?.country)) continue;
          e.actors = [...parties];
          continue;
        }
        const idx = this.am.length;
        const start = toks[i].start;
        const end = toks[last - 1].end;
        const mention: Mention = { id: `parties:${i}`, kind: 'agent', text: doc.text.slice(start, end), actor: null, place: null, rule: 'events/parties', start, end };
        this.am.push({ mention, actors: [...parties], first: i, last });
        for (let q = i; q < last; q++) this.tokAm[q] = idx;
      }
      // the parties of this sentence, if it names leaders or states of two countries or more
      const found = this.meetingIn(s.firstToken, s.lastToken) ? this.partiesIn(s.firstToken, s.lastToken, byId) : [];
      if (found.length >= 2) {
        parties = found;
        since = 0;
      }
    }
  }

  /** Do the tokens [lo, hi) speak of a meeting or a call ("held talks", "a telephone conversation", "met", "visit")? */
  private meetingIn(lo: number, hi: number): boolean {
    for (let i = lo; i < hi; i++) if (MEETING_WORDS.has(this.tokens[i].lemma) || MEETING_WORDS.has(this.tokens[i].norm)) return true;
    return false;
  }

  /**
   * The actors of tokens [lo, hi) that can be the parties of a meeting: one per country, two to four countries, leaders
   * and governments first (a bare country is often the topic: "discussed the situation in Ukraine"); else none.
   */
  private partiesIn(lo: number, hi: number, byId: Map<string, Actor>): string[] {
    const leaders = new Map<string, string>();
    const states = new Map<string, string>();
    for (let i = lo; i < hi; i++) {
      const e = this.tokAm[i] >= 0 ? this.am[this.tokAm[i]] : null;
      if (!e || e.mention.rule === 'events/parties') continue;
      for (const id of e.actors) {
        const a = byId.get(id);
        if (!a?.country) continue;
        const m = a.sector === 'GOV' ? leaders : a.sector === null ? states : null;
        if (m && !m.has(a.country)) m.set(a.country, id);
      }
    }
    const found = leaders.size >= 2 ? leaders : new Map([...states, ...leaders]);
    return found.size >= 2 && found.size <= 4 ? [...found.values()] : [];
  }

  /**
   * Country adjectives outside actor mentions and places ("two Iraqi bases", "the Kuwaiti
   * border", "a British-owned tanker", "North Korean missile"): entries of the place table with
   * the country's code. Not "Indian Ocean", "inter-Korean", "Latin American".
   */
  private addDemonyms(d: Demonyms): void {
    const toks = this.tokens;
    const text = this.doc.text;
    const n = toks.length;
    for (let t = 0; t < n; t++) {
      if (this.tokAm[t] >= 0 || this.tokPlace[t] >= 0) continue;
      const tok = toks[t];
      const ch = text.charCodeAt(tok.start);
      if (ch < 65 || ch > 90 || (tok.pos !== 'PROPN' && tok.pos !== 'ADJ' && tok.pos !== 'NOUN')) continue;
      let key = tok.norm;
      let iso: string | undefined;
      let len = 0;
      for (let l = 1; l <= d.longest && t + l - 1 < n; l++) {
        if (l > 1) {
          const nt = toks[t + l - 1];
          if (this.tokAm[t + l - 1] >= 0 || this.tokPlace[t + l - 1] >= 0 || nt.start !== toks[t + l - 2].end + 1) break;
          key += ' ' + nt.norm;
        }
        const v = d.byWord.get(key);
        if (v !== undefined) {
          iso = v;
          len = l;
        }
      }
      if (iso === undefined) continue;
      const end = t + len;
      // "Indian Ocean", "Korean Peninsula": a name that starts with a demonym
      if (end < n && d.negatives.has(`${toks.slice(t, end).map((x) => x.norm).join(' ')} ${toks[end].norm}`)) continue;
      // "inter-Korean", "pan-African"; "Latin American", "South American"
      if (t >= 2 && toks[t - 1].norm === '-' && toks[t - 1].end === tok.start && /^(inter|pan|trans)$/.test(toks[t - 2].norm)) continue;
      if (t >= 1 && /^(latin|north|south|central)$/.test(toks[t - 1].norm) && toks[t - 1].end + 1 === tok.start) continue;
      const idx = this.am.length;
      const start = tok.start;
      const stop = toks[end - 1].end;
      const mention: Mention = { id: `demonym:${t}`, kind: 'country', text: text.slice(start, stop), actor: null, place: null, rule: 'events/demonym', start, end: stop };
      this.am.push({ mention, actors: [`~country:${iso}`], first: t, last: end, country: iso });
      for (let k = t; k < end; k++) this.tokPlace[k] = idx;
      t = end - 1;
    }
  }

  /** Per need word id: the generation (sentence) that has it; shared by the stage's documents. */
  marks: NeedMarks | null = null;

  /**
   * An entry for a group the actors stage does not name but the events stage codes: "supporters of
   * X" (key `~followers:<actor id>`), a crowd of people protesting (key `~people`). The tokens keep
   * their own mentions; the entry is only used where a subject or a slot returns it.
   */
  virtual(first: number, last: number, key: string): number {
    const found = this.am.findIndex((e) => e.first === first && e.last === last && e.actors[0] === key);
    if (found >= 0) return found;
    const toks = this.tokens;
    const mention: Mention = { id: `virtual:${first}`, kind: 'agent', text: this.doc.text.slice(toks[first].start, toks[last - 1].end), actor: null, place: null, rule: 'events/virtual', start: toks[first].start, end: toks[last - 1].end };
    this.am.push({ mention, actors: [key], first, last });
    return this.am.length - 1;
  }

  /** Does the sentence [lo, hi) contain an actor mention? */
  hasActor(lo: number, hi: number): boolean {
    for (let i = lo; i < hi; i++) if (this.tokAm[i] >= 0) return true;
    return false;
  }
}

/** Need-word marks: `mark[id] === generation` when the current sentence has need word `id`. */
export interface NeedMarks {
  mark: Int32Array;
  generation: number;
}

/** The stand-in actor id of a place used as a target; the stage turns it into an actor of the place's country. */
export function placeActorKey(placeId: string): string {
  return `~place:${placeId}`;
}

/** Second lemmas, computed the first time a token is asked for (most tokens never are). */
export class AltLemmas {
  private readonly cache: (string | null | undefined)[];
  constructor(
    private readonly toks: Token[],
    private readonly fn: (t: Token) => string | null,
  ) {
    this.cache = new Array(toks.length);
  }
  get(i: number): string | null {
    let v = this.cache[i];
    if (v === undefined) v = this.cache[i] = this.fn(this.toks[i]);
    return v;
  }
}

function tokenRange(toks: Token[], start: number, end: number): [number, number] {
  let first = lowerBound(toks, start);
  // A mention may start inside a token (rare): step back onto it.
  if (first > 0 && first <= toks.length && (first === toks.length || toks[first].start > start) && toks[first - 1].end > start) first--;
  let last = first;
  while (last < toks.length && toks[last].start < end) last++;
  return [first, last];
}

/** First index of a sorted number array whose value is >= x. */
export function lowerBoundNum(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First token whose start >= pos. */
export function lowerBound(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nouns of a capacity, right or chance: what they take as a "to"-infinitive is not done ("its ability to attack", "the capabilities to launch"). */
const CAPACITY_NOUNS = new Set(['ability', 'abilities', 'capability', 'capabilities', 'capacity', 'capacities', 'power', 'powers', 'means', 'right', 'chance', 'opportunity', 'option', 'wherewithal', 'strength', 'resources', 'potential']);

/** Verbs that keep their object from an act ("stop Y from attacking"). */
const PREVENT_VERBS = new Set(['stop', 'prevent', 'deter', 'bar', 'block', 'keep', 'discourage', 'dissuade', 'restrain', 'ban', 'prohibit', 'forbid', 'hinder', 'preclude']);

/** Analysis of one sentence. */
export class Clause {
  readonly toks: Token[];
  readonly tokAm: Int32Array;
  readonly am: ActorMention[];

  readonly alts: AltLemmas;
  readonly tokPlace: Int32Array;
  private words: Set<string> | null = null;
  /** The generation of this sentence's need-word marks (0: not marked yet). */
  private gen = 0;

  constructor(
    readonly view: DocView,
    readonly lo: number,
    readonly hi: number,
  ) {
    this.alts = view.alts;
    this.tokPlace = view.tokPlace;
    this.toks = view.tokens;
    this.tokAm = view.tokAm;
    this.am = view.am;
  }

  /** Does token `i` read as one of `words` (its lemma, its lower-cased form or its second lemma)? */
  is(i: number, words: readonly string[]): boolean {
    const t = this.toks[i];
    for (let k = 0; k < words.length; k++) if (t.lemma === words[k] || t.norm === words[k]) return true;
    const a = this.alts.get(i);
    return a !== null && words.includes(a);
  }

  /** `is` for a word set. */
  isIn(i: number, words: ReadonlySet<string>): boolean {
    const t = this.toks[i];
    if (words.has(t.lemma) || words.has(t.norm)) return true;
    const a = this.alts.get(i);
    return a !== null && words.has(a);
  }

  /**
   * A finite verb the tagger called a noun or adjective, right after its subject: "Security forces
   * in Myanmar shot dead 18 protesters" (shot/NOUN). Its second lemma is a verb's, it follows a
   * noun or an actor, and no determiner or adjective makes it a noun.
   */
  nounTaggedVerb(i: number): boolean {
    const t = this.toks[i];
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || i <= this.lo || i + 1 >= this.hi) return false;
    const alt = this.alts.get(i);
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    // "Turkey hosts four million refugees", "Hamas demands the release": a present tense only right after an actor,
    // before its object (a noun and a verb share the lemma of an -s form, so no second lemma is needed there)
    // (also before an adjective or an -en participle and a noun: "Putin demands written guarantees", "demands immediate
    // release"; not "U.S. demands raised tensions": a past form there is the verb)
    const present = t.norm.endsWith('s') && t.lemma !== t.norm && this.tokAm[i - 1] >= 0 && (next.pos === 'DET' || next.pos === 'NUM' || this.tokAm[i + 1] >= 0 || ((next.pos === 'ADJ' || (next.pos === 'VERB' && /en$/.test(next.norm))) && i + 2 < this.hi && this.toks[i + 2].pos === 'NOUN'));
    if ((alt === null && !present) || alt === t.norm || t.norm.endsWith('ing')) return false;
    if (t.norm.endsWith('s') && !present) return false;
    // "kidnapped a councillor and shot him dead": a past form after "and", before an object pronoun
    if (alt !== null && prev.norm === 'and' && /^(?:him|them|us|me)$/.test(next.norm)) return true;
    if (!(this.tokAm[i - 1] >= 0 || this.tokPlace[i - 1] >= 0 || prev.pos === 'NOUN' || prev.pos === 'PROPN')) return false;
    if (present) return true;
    return (
      // "unfroze $6 billion"
      (next.pos === 'SYM' && /^[$€£¥]$/.test(next.norm)) ||
      next.pos === 'DET' ||
      next.pos === 'NUM' ||
      next.pos === 'ADJ' ||
      next.pos === 'PROPN' ||
      next.pos === 'ADV' ||
      next.pos === 'PRON' ||
      this.tokAm[i + 1] >= 0 ||
      // "Turkey shot down a warplane"
      (next.pos === 'ADP' && PARTICLES.has(next.norm)) ||
      // "Police shot and killed two protesters": a past form coordinated with a verb right after its subject
      (next.norm === 'and' && !!this.toks[i + 2] && this.toks[i + 2].pos === 'VERB' && this.tokAm[i - 1] >= 0 && /(?:ed|t)$/.test(t.norm)) ||
      // "Russian troops tortured detainees": a past form between an actor and a plural noun
      (next.pos === 'NOUN' && this.tokAm[i - 1] >= 0 && /ed$/.test(t.norm) && next.norm !== next.lemma)
    );
  }

  /**
   * The first part of a hyphenated verb the tokenizer split ("baton - charged", "carpet - bombed",
   * "test - fired"): a word, a hyphen and a past form, written together, after the subject.
   */
  hyphenVerb(i: number): boolean {
    const t = this.toks[i];
    const h = this.toks[i + 1];
    const v = this.toks[i + 2];
    if (!h || !v || i + 2 >= this.hi || h.norm !== '-' || h.start !== t.end || v.start !== h.end) return false;
    if (!(v.pos === 'VERB' || /ed$/.test(v.norm))) return false;
    if (i <= this.lo) return false;
    const prev = this.toks[i - 1];
    return this.tokAm[i - 1] >= 0 || this.tokPlace[i - 1] >= 0 || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'AUX' || prev.pos === 'ADV';
  }

  /** Does the sentence contain one of these words (lemma or form)? */
  hasAny(words: ReadonlySet<string>): boolean {
    for (let i = this.lo; i < this.hi; i++) {
      const t = this.toks[i];
      if (words.has(t.lemma) || words.has(t.norm)) return true;
    }
    return false;
  }

  /** Can every word set in `needs` be found in the sentence? (A cheap filter before matching a pattern.) */
  /** The sentence's need words were marked by the caller, with this generation. */
  marked(gen: number): void {
    this.gen = gen;
  }

  /** Mark the need words the sentence has (its tokens' lemmas and forms). */
  private markWords(): number {
    if (this.gen) return this.gen;
    const view = this.view;
    const needOf = view.needOf!;
    const marks = view.marks!;
    const mark = marks.mark;
    if (marks.generation > 0x3fffffff) {
      marks.mark.fill(0);
      marks.generation = 0;
    }
    const gen = (this.gen = ++marks.generation);
    for (let i = this.lo; i < this.hi; i++) {
      const t = this.toks[i];
      let ids = needOf.get(t.lemma);
      if (ids) for (let k = 0; k < ids.length; k++) mark[ids[k]] = gen;
      if (t.norm !== t.lemma) {
        ids = needOf.get(t.norm);
        if (ids) for (let k = 0; k < ids.length; k++) mark[ids[k]] = gen;
      }
    }
    return gen;
  }

  /** Does the sentence have one of these words (ids of the pattern index's need words, else the words)? */
  hasAnyOf(ids: Int32Array, words: ReadonlySet<string>): boolean {
    if (!this.view.needOf) return this.hasAny(words);
    return this.mayHaveOne(ids);
  }

  /** Does the sentence have one of these need words (ids)? */
  mayHaveOne(gate: Int32Array): boolean {
    if (!this.view.needOf) return true;
    const gen = this.markWords();
    const mark = this.view.marks!.mark;
    for (let k = 0; k < gate.length; k++) if (mark[gate[k]] === gen) return true;
    return false;
  }

  /** Can every word set a pattern needs be found in the sentence? (A cheap filter before matching it.) */
  mayMatch(p: { needs: readonly (readonly string[])[]; needIds: Int32Array[] }): boolean {
    if (p.needs.length === 0) return true;
    if (!this.view.needOf || p.needIds.length !== p.needs.length) return this.mayHave(p.needs);
    const gen = this.markWords();
    const mark = this.view.marks!.mark;
    for (let n = 0; n < p.needIds.length; n++) {
      const ids = p.needIds[n];
      let found = false;
      for (let k = 0; k < ids.length; k++) {
        if (mark[ids[k]] === gen) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  /** Can every word set in `needs` be found in the sentence? (Without a pattern index: tests.) */
  mayHave(needs: readonly (readonly string[])[]): boolean {
    if (!this.words) {
      this.words = new Set();
      for (let i = this.lo; i < this.hi; i++) {
        const t = this.toks[i];
        this.words.add(t.lemma);
        this.words.add(t.norm);
        const a = this.alts.get(i);
        if (a) this.words.add(a);
      }
    }
    const w = this.words;
    return needs.every((set) => set.some((x) => w.has(x)));
  }

  /** Walk left from the verb at `v` over its chain: auxiliaries, negation, adverbs, "to" + control verbs. */
  chainLeft(v: number): Chain & { j: number; objectControl: number; purpose: boolean } {
    const { toks, lo } = this;
    const ch: Chain & { j: number; objectControl: number; purpose: boolean } = {
      begin: v,
      negated: false,
      future: false,
      modal: false,
      would: false,
      passive: false,
      control: null,
      controls: [],
      j: v - 1,
      objectControl: -1,
      purpose: false,
    };
    let j = v - 1;
    let adverbs = 0;
    // a control gerund the tagger read as a noun ("denies planning to invade"): "denies" governs it
    let gerundAt = -1;
    let beforeTo = true; // no "to"/control passed yet: a be-form here makes a passive
    const verbIsParticiple = toks[v].pos === 'VERB' && !isGerund(toks[v]);
    const setControl = (c: Control) => {
      if (c && (ch.control === null || c === 'negated' || c === 'denied' || c === 'content')) ch.control = c;
    };
    while (j >= lo) {
      const t = toks[j];
      const n = t.norm;
      if (NEGATION.has(n) || NEGATION.has(t.lemma)) {
        // ("has not only amassed 100,000 troops but deployed": "not only" adds, it does not negate)
        if (!(n === 'not' && toks[j + 1]?.norm === 'only')) ch.negated = true;
        j--;
        continue;
      }
      if (t.pos === 'AUX' || (AUX.has(n) && t.pos !== 'VERB' && t.pos !== 'NOUN')) {
        if (FUTURE_AUX.has(n) || t.lemma === 'will') ch.future = true;
        else if (n === 'would' || n === "'d") ch.would = true;
        else if (HYPO_AUX.has(n)) {
          ch.modal = true;
          if (n === 'must' || n === 'should') ch.obligation = true;
        }
        if (beforeTo && BE.has(n) && verbIsParticiple) ch.passive = true;
        j--;
        continue;
      }
      if (t.pos === 'ADV' && adverbs < 2 && n !== 'when' && n !== 'where' && n !== 'why' && n !== 'how') {
        adverbs++;
        j--;
        continue;
      }
      // "Poland, Lithuania and Latvia each expelled", "the two sides both accused": a floating quantifier after the subject
      if ((n === 'each' || n === 'both' || n === 'all') && j - 1 >= lo && this.tokAm[j - 1] >= 0) {
        j--;
        continue;
      }
      // "continually and indiscriminately bombarding": coordinated adverbs
      if ((n === 'and' || n === 'or') && adverbs > 0 && adverbs < 3 && j - 1 >= lo && toks[j - 1].pos === 'ADV' && toks[j + 1]?.pos === 'ADV') {
        j--;
        continue;
      }
      // ", however," style parentheticals inside the chain
      if (isPunct(t, ',') && j - 2 >= lo && toks[j - 1].pos === 'ADV' && isPunct(toks[j - 2], ',')) {
        j -= 3;
        continue;
      }
      // "agreed to ban X and to impose Y": the second infinitive shares the first one's chain
      if (n === 'to' && j - 1 >= lo && (toks[j - 1].norm === 'and' || toks[j - 1].norm === 'or')) {
        let k = j - 2;
        while (k >= lo && j - k < 16 && !(toks[k].norm === 'to' && toks[k + 1]?.pos === 'VERB')) k--;
        if (k >= lo && j - k < 16) {
          j = k;
          continue;
        }
      }
      // "planned to decapitate the leadership, occupy a swath of territory and install a government": a bare verb after a
      // comma or "and/or" shares the chain of an earlier "to"-infinitive (same control, same subject)
      if (j === v - 1 && (isPunct(t, ',') || n === 'and' || n === 'or') && toks[v].pos === 'VERB' && toks[v].norm === toks[v].lemma) {
        const k = this.coordinatedTo(v);
        if (k >= 0) {
          j = k;
          continue;
        }
      }
      // "helped detain", "let them go"
      if (t.pos === 'VERB' && (t.lemma === 'help' || t.lemma === 'let') && j === v - 1) {
        ch.controls.push(t.lemma);
        j--;
        continue;
      }
      // "agreed on Monday to ban": a time adverbial between the control verb and "to"
      if (
        n === 'to' &&
        j - 3 >= lo &&
        TIME_WORDS.has(toks[j - 1].lemma) &&
        ADVERBIAL_START.has(toks[j - 2].norm) &&
        (toks[j - 3].pos === 'VERB' || SUBJECT_CONTROL.has(toks[j - 3].lemma))
      ) {
        const v3 = toks[j - 3];
        if (SUBJECT_CONTROL.has(v3.lemma)) setControl(SUBJECT_CONTROL.get(v3.lemma) ?? null);
        else if (OBJECT_CONTROL.has(v3.lemma)) setControl('content');
        ch.controls.push(v3.lemma);
        beforeTo = false;
        j -= 4;
        adverbs = 0;
        continue;
      }
      // "agreed in principle to meet", "agreed within hours to send", "vowed at a rally on Sunday to fight": a short
      // adverbial phrase (no actor, no comma) between a subject-control verb and its "to"
      if (n === 'to' && j - 3 >= lo) {
        let k = -1;
        for (let b = j - 2; b >= lo && b >= j - 5; b--) {
          const w = toks[b];
          if (this.tokAm[b] >= 0 || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON') break;
          if (ADVERBIAL_PP.has(w.norm) && toks[b - 1]?.pos === 'VERB' && SUBJECT_CONTROL.has(toks[b - 1].lemma)) {
            k = b - 1;
            break;
          }
        }
        if (k >= lo) {
          const vk = toks[k];
          setControl(SUBJECT_CONTROL.get(vk.lemma) ?? null);
          ch.controls.push(vk.lemma);
          beforeTo = false;
          j = k - 1;
          adverbs = 0;
          continue;
        }
      }
      if (n === 'to' && j - 1 >= lo) {
        const p = toks[j - 1];
        // "in order to": purpose, the subject is the main verb's
        if (p.norm === 'order' && j - 2 >= lo && toks[j - 2].norm === 'in') {
          j -= 3;
          beforeTo = false;
          continue;
        }
        // "is likely to invade", "is obligated to arrest", "is about to sign", "would be tantamount to breaking"
        if (ADJ_CONTROL.has(p.norm) && (p.pos === 'ADJ' || p.pos === 'VERB' || p.pos === 'ADV' || p.pos === 'ADP') && this.copulaBefore(j - 1)) {
          setControl(ADJ_CONTROL.get(p.norm) ?? null);
          ch.controls.push(p.norm);
          beforeTo = false;
          j -= 2;
          adverbs = 0;
          continue;
        }
        // "denies planning to invade": a control gerund the tagger reads as a noun
        const stem = p.pos === 'NOUN' && p.norm.endsWith('ing') && !SUBJECT_CONTROL.has(p.lemma) ? controlStem(p.norm) : null;
        if (p.pos === 'VERB' || p.pos === 'AUX' || p.pos === 'ADJ' || SUBJECT_CONTROL.has(p.lemma) || stem !== null) {
          if (stem !== null) {
            setControl(SUBJECT_CONTROL.get(stem) ?? null);
            gerundAt = j - 1;
          } else if (OBJECT_CONTROL.has(p.lemma) && p.pos === 'VERB') {
            // "were asked to help": the embedded act is what was requested
            setControl('content');
          } else if (p.lemma === 'go') {
            if (p.norm === 'going') setControl('planned');
          } else if (SUBJECT_CONTROL.has(p.lemma)) {
            setControl(SUBJECT_CONTROL.get(p.lemma) ?? null);
          } else if (p.lemma === 'be' || p.lemma === 'have') {
            // "is to meet", "has to": planned / obligation ("Iran's main goal is to occupy Basra": what the noun says)
            const noun = p.lemma === 'be' && j - 2 >= lo && toks[j - 2].pos === 'NOUN' ? NOUN_CONTROL.get(toks[j - 2].lemma) : undefined;
            setControl(noun !== undefined ? noun : p.lemma === 'be' ? 'planned' : 'hypothetical');
            if (p.lemma === 'have') ch.obligation = true;
          }
          if (p.lemma === 'need' && p.pos === 'VERB') ch.obligation = true;
          ch.controls.push(stem ?? p.lemma);
          beforeTo = false;
          j -= 2;
          adverbs = 0;
          continue;
        }
        // "the right to veto", "the ability to strike": a capacity, not an event ("urged other leaders to endorse" is a request)
        if (
          p.pos === 'NOUN' &&
          !NOUN_CONTROL.has(p.lemma) &&
          this.tokAm[j - 1] < 0 &&
          j - 2 >= lo &&
          (toks[j - 2].pos === 'DET' ||
            toks[j - 2].pos === 'ADJ' ||
            POSSESSIVE.has(toks[j - 2].norm) ||
            // "Russia's ability to kill", "the capabilities to launch" (an infinitive: not "Putin's visit to occupied Crimea")
            ((toks[j - 2].norm === "'s" || toks[j - 2].norm === "'" || CAPACITY_NOUNS.has(p.norm)) && toks[v].norm === toks[v].lemma)) &&
          !this.objectControlBefore(j - 1)
        ) {
          setControl('hypothetical');
          ch.controls.push(p.lemma);
          beforeTo = false;
          j -= 2;
          while (j >= lo && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || POSSESSIVE.has(toks[j].norm))) j--;
          if (j >= lo && toks[j].pos === 'VERB') j--;
          continue;
        }
        if ((p.pos === 'NOUN' || p.pos === 'VERB') && NOUN_CONTROL.has(p.lemma)) {
          setControl(NOUN_CONTROL.get(p.lemma) ?? null);
          ch.controls.push(p.lemma);
          beforeTo = false;
          j -= 2;
          // "announced plans to": skip the noun's determiners, then the governing verb ("suspended preparations to sign": not done;
          // "welcomed the decision to impose": someone else's decision, not the subject's act)
          const own = j >= lo && POSSESSIVE.has(toks[j].norm);
          while (j >= lo && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || POSSESSIVE.has(toks[j].norm))) j--;
          if (j >= lo && toks[j].pos === 'VERB') {
            if (HALT_VERBS.has(toks[j].lemma)) setControl('negated');
            else if (!own && !OWN_PLAN_VERBS.has(toks[j].lemma)) setControl('content');
            ch.controls.push(toks[j].lemma);
            j--;
          }
          continue;
        }
        // "asked Y to help": object control, the subject is Y; otherwise "... on Friday to meet Y" is a purpose clause
        if (this.tokAm[j - 1] >= 0 || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON' || p.pos === 'NUM') {
          let s0 = j - 1;
          while (
            s0 - 1 >= lo &&
            (this.tokAm[s0 - 1] >= 0 || ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(toks[s0 - 1].pos) || toks[s0 - 1].norm === "'s")
          )
            s0--;
          let b = s0 - 1;
          while (b >= lo && toks[b].pos === 'ADV') b--;
          // "pleaded with Y to", "called on Y to", "appealed to Y to"
          if (b - 1 >= lo && OBJECT_PREP.has(toks[b].norm) && toks[b - 1].pos === 'VERB' && OBJECT_CONTROL.has(toks[b - 1].lemma)) b--;
          // "issued an ultimatum to Belarus to free", "a call on Israel to halt": the content of a demand is no event
          if (b - 1 >= lo && OBJECT_PREP.has(toks[b].norm) && toks[b - 1].pos === 'NOUN' && NOUN_CONTROL.get(toks[b - 1].lemma) === 'content') {
            setControl('content');
            ch.controls.push(toks[b - 1].lemma);
            break;
          }
          // "the decision by Poland to send tanks": the agent of a plan noun does what the plan says
          if (b - 1 >= lo && toks[b].norm === 'by' && toks[b - 1].pos === 'NOUN' && NOUN_CONTROL.has(toks[b - 1].lemma) && this.tokAm[j - 1] >= 0) {
            setControl(NOUN_CONTROL.get(toks[b - 1].lemma) ?? null);
            ch.controls.push(toks[b - 1].lemma);
            ch.objectControl = j - 1;
            j--;
            break;
          }
          if (b >= lo && toks[b].pos === 'VERB' && (OBJECT_CONTROL.has(toks[b].lemma) || PERMIT_CONTROL.has(toks[b].lemma))) {
            ch.objectControl = j - 1;
            j--;
            break;
          }
          ch.purpose = true;
          j--;
          break;
        }
        break;
      }
      // "nothing can stop Russia from attacking", "prevented them from leaving": a prevented act did not (yet) happen
      if (n === 'from' && isGerund(toks[v]) && j === ch.begin - 1 && this.preventerBefore(j - 1)) {
        setControl('hypothetical');
        ch.controls.push('prevent');
        break;
      }
      // "warned Russia against using chemical weapons": what one is warned against is not an event
      if (n === 'against' && isGerund(toks[v]) && j === ch.begin - 1) {
        setControl('content');
        break;
      }
      // "denied attacking", "continued shelling"
      // (over adverbs: "has begun secretly supplying")
      const adverbsTo = (k: number) => {
        for (let q = k + 1; q < ch.begin; q++) if (toks[q].pos !== 'ADV') return false;
        return true;
      };
      if (t.pos === 'VERB' && GERUND_CONTROL.has(t.lemma) && ((isGerund(toks[v]) && (j === ch.begin - 1 || adverbsTo(j))) || j === gerundAt - 1)) {
        const c = GERUND_CONTROL.get(t.lemma) ?? null;
        if (c) ch.control = c;
        ch.controls.push(t.lemma);
        beforeTo = false;
        j--;
        continue;
      }
      break;
    }
    ch.begin = j + 1;
    ch.j = j;
    return ch;
  }

  /**
   * The "to" of an earlier infinitive the bare verb at `v` is coordinated with ("to decapitate X, occupy Y and install Z"),
   * or -1: the first infinitive is a base-form verb right after "to", and nothing between it and `v` opens a clause of its own.
   */
  private coordinatedTo(v: number): number {
    const { toks, lo } = this;
    for (let k = v - 2; k >= lo && v - k < 24; k--) {
      const t = toks[k];
      if (t.norm === 'to' && toks[k + 1]?.pos === 'VERB' && toks[k + 1].norm === toks[k + 1].lemma && k + 1 < v - 1) return k;
      if (t.pos === 'SCONJ' || RELATIVE.has(t.norm) || t.pos === 'AUX' || isPunct(t, ';') || isPunct(t, ':') || t.norm === '"' || t.norm === '—') return -1;
      // a finite verb other than the infinitives' own ("..., occupy Y") ends the search
      if (t.pos === 'VERB' && t.norm !== t.lemma && !isGerund(t)) return -1;
      if (t.pos === 'PRON' && (t.norm === 'he' || t.norm === 'she' || t.norm === 'they' || t.norm === 'we' || t.norm === 'i' || t.norm === 'it')) return -1;
    }
    return -1;
  }

  /** Does a verb of preventing govern the noun phrase ending at `k` ("stop Russia", "prevented the rebels")? */
  private preventerBefore(k: number): boolean {
    const { toks, lo } = this;
    let s0 = k;
    while (s0 >= lo && k - s0 < 6 && (this.tokAm[s0] >= 0 || ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(toks[s0].pos) || toks[s0].norm === "'s")) s0--;
    return s0 < k && s0 >= lo && toks[s0].pos === 'VERB' && PREVENT_VERBS.has(toks[s0].lemma);
  }

  /** Is the adjective at `k` predicative: a copula (or "seem/remain/appear"), maybe with one or two adverbs ("less", "not"), before it? */
  private copulaBefore(k: number): boolean {
    const { toks, lo } = this;
    let b = k - 1;
    let n = 0;
    while (b >= lo && n < 2 && (toks[b].pos === 'ADV' || NEGATION.has(toks[b].norm))) {
      b--;
      n++;
    }
    if (b < lo) return false;
    const t = toks[b];
    return BE.has(t.norm) || t.lemma === 'be' || t.lemma === 'seem' || t.lemma === 'remain' || t.lemma === 'appear' || t.lemma === 'look' || t.lemma === 'feel' || t.lemma === 'stand';
  }

  /** Is the noun phrase ending at `k` the object of a request verb ("urged other leaders", "pleaded with European leaders")? */
  private objectControlBefore(k: number): boolean {
    const { toks, lo } = this;
    let s0 = k;
    while (s0 - 1 >= lo && (this.tokAm[s0 - 1] >= 0 || ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(toks[s0 - 1].pos) || toks[s0 - 1].norm === "'s")) s0--;
    let b = s0 - 1;
    while (b >= lo && toks[b].pos === 'ADV') b--;
    if (b - 1 >= lo && OBJECT_PREP.has(toks[b].norm) && OBJECT_CONTROL.has(toks[b - 1].lemma)) b--;
    return b >= lo && (OBJECT_CONTROL.has(toks[b].lemma) || PERMIT_CONTROL.has(toks[b].lemma)) && toks[b].pos !== 'NOUN';
  }

  /**
   * "Thousands of people marched", "Hundreds of young people rioted": a crowd the actors stage does
   * not name, as the subject of the verb at `v` (a virtual `~people` entry), or null.
   */
  crowdSubject(v: number): number | null {
    const { toks, lo } = this;
    const ch = this.chainLeft(v);
    let j = ch.j;
    if (j < lo || this.tokAm[j] >= 0) return null;
    const head = toks[j];
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && head.pos !== 'NUM') return null;
    if (!CROWD_HEADS.has(head.lemma) && !CROWD_HEADS.has(head.norm)) return null;
    let first = j;
    while (
      first - 1 >= lo &&
      j - first < 8 &&
      this.tokAm[first - 1] < 0 &&
      (['DET', 'ADJ', 'NUM', 'NOUN', 'ADV'].includes(toks[first - 1].pos) || toks[first - 1].norm === 'of' || QUANTIFIER.has(toks[first - 1].norm) || CROWD_HEADS.has(toks[first - 1].norm))
    )
      first--;
    // a sentence-initial subordinate clause is not the subject's start ("After the vote, thousands ...")
    if (first - 1 >= lo && ![',', '"'].includes(toks[first - 1].norm) && toks[first - 1].pos !== 'CCONJ' && toks[first - 1].pos !== 'SCONJ' && toks[first - 1].pos !== 'ADP' && first - 1 !== lo - 1) {
      if (toks[first - 1].pos === 'VERB' || toks[first - 1].pos === 'AUX') return null;
    }
    return this.view.virtual(first, j + 1, '~people');
  }

  /** The subject of the verb (or event noun governed by a verb) at `v`: the actors doing it. */
  subjectOf(v: number, depth = 0): Subject | null {
    if (depth > 3) return null;
    const { toks, lo } = this;
    const ch = this.chainLeft(v);
    let j = ch.j;
    const chain: Chain = {
      begin: ch.begin,
      negated: ch.negated,
      future: ch.future,
      modal: ch.modal,
      would: ch.would,
      passive: ch.passive,
      control: ch.control,
      controls: ch.controls,
      obligation: ch.obligation,
    };
    const inherit = (s: Subject | null, via: Subject['via']): Subject | null => {
      if (!s) return null;
      // modality of the outer verb carries over (a participle of a planned act is planned)
      return {
        ...s,
        via,
        chain: {
          ...chain,
          negated: chain.negated,
          future: chain.future || s.chain.future,
          modal: chain.modal || s.chain.modal,
          obligation: chain.obligation || (!chain.future && !chain.modal && !chain.would && s.chain.obligation),
          would: chain.would || s.chain.would,
          control: chain.control ?? s.chain.control,
          controls: [...chain.controls, ...s.chain.controls],
        },
      };
    };

    if (ch.objectControl >= 0) {
      // "X asked Y to help": Y is the subject; the requesting verb sits left of Y
      const g = this.npLeft(ch.objectControl);
      if (!g) return null;
      let k = this.am[g[0]].first - 1;
      while (k >= lo && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ')) k--;
      const requester = k >= lo && (toks[k].pos === 'VERB' || OBJECT_PREP.has(toks[k].norm)) ? k : -1;
      // "X asked Y to help": the help is what was asked for, not an event
      if (requester >= 0 && OBJECT_CONTROL.has(toks[requester].lemma)) chain.control = 'content';
      if (requester - 1 >= lo && OBJECT_PREP.has(toks[requester].norm) && OBJECT_CONTROL.has(toks[requester - 1].lemma)) chain.control = 'content';
      return { group: g, first: this.am[g[0]].first, chain, via: 'object-control', requester: requester >= 0 ? requester : undefined };
    }
    if (ch.purpose) {
      // "stepped across the line on Friday to meet Y": the subject of the main verb
      const pv = this.previousVerb(j, false);
      if (pv < 0) return null;
      // "asked Egypt for weapons to fight Y": the purpose of a request is not an event
      if (OBJECT_CONTROL.has(toks[pv].lemma) || REQUEST_VERBS.has(toks[pv].lemma)) chain.control = 'content';
      const s = inherit(this.subjectOf(pv, depth + 1), 'participle');
      return s && { ...s, chain: { ...s.chain, purposeOf: pv } };
    }
    if (j < lo) return null;
    const t = toks[j];

    // "X accused Y of shelling Z": Y did it, according to X
    if ((t.norm === 'of' || t.norm === 'for') && isGerund(toks[v]) && j - 1 >= lo) {
      // "the Haqqani network, which U.S. officials accuse of attacking": the relative's antecedent
      if (toks[j - 1].pos === 'VERB' && ACCUSE_EMBED.has(toks[j - 1].lemma)) {
        for (let r = j - 2; r >= lo && j - r < 10; r--) {
          if (toks[r].norm === 'which' || toks[r].norm === 'whom' || toks[r].norm === 'who') {
            let k = r - 1;
            if (k >= lo && isPunct(toks[k], ',')) k--;
            const g = k >= lo && this.tokAm[k] >= 0 ? this.npLeft(k) : null;
            if (g) return { group: g, first: this.am[g[0]].first, chain, via: 'accused', accuser: j - 1 };
            break;
          }
        }
      }
      const g = this.npLeft(j - 1);
      if (g) {
        let k = this.am[g[0]].first - 1;
        // "accused pro-Russian rebels of": modifiers before the accused
        while (k >= lo && this.am[g[0]].first - k < 6 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'PROPN' || toks[k].norm === '-')) k--;
        if (k >= lo && toks[k].pos === 'VERB' && ACCUSE_EMBED.has(toks[k].lemma)) {
          return { group: g, first: this.am[g[0]].first, chain, via: 'accused', accuser: k };
        }
      }
      return null;
    }
    // "U.N.-brokered", "Saudi-led", "Iranian-backed": the agent is fused to the participle
    if (t.norm === '-' && j - 1 >= lo && this.tokAm[j - 1] >= 0 && toks[j - 1].end === t.start && t.end === toks[v].start) {
      return { group: [this.tokAm[j - 1]], first: this.am[this.tokAm[j - 1]].first, chain, via: 'np' };
    }
    // a participle without a comma: "filed a lawsuit on Monday accusing Y" (not "people protesting")
    if (isGerund(toks[v]) && ch.begin === v && this.tokAm[j] < 0 && (TIME_WORDS.has(t.lemma) || t.pos === 'NUM' || GERUND_SUBORDINATORS.has(t.norm))) {
      const pv = this.previousVerb(j, false);
      if (pv >= 0) return inherit(this.subjectOf(pv, depth + 1), 'participle');
    }
    // coordinated verb phrase or participle: "X promised ... and urged", "X shelled Y, killing"
    if (t.norm === 'and' || t.norm === 'but' || t.norm === 'or' || (isPunct(t, ',') && isGerund(toks[v]) && !this.hasAux(ch.begin, v))) {
      // ", killing ...": a participle belongs to the main clause; "... and urged": to the verb it is coordinated with
      const bare = toks[v].norm === toks[v].lemma && !isGerund(toks[v]);
      let pv = isPunct(t, ',')
        ? this.participleHead(j - 1, toks[v].lemma)
        : (bare ? this.previousBareVerb(j - 1) : -1) >= 0
          ? this.previousBareVerb(j - 1)
          : this.previousVerb(j - 1, ch.begin < v && toks[ch.begin].pos === 'AUX');
      // "has been seeking to strengthen ties ... and offered to send grain": a finite past form is not coordinated with
      // an infinitive; it goes with the verb that governs the infinitive (whose control does not carry over)
      if (pv - 2 >= lo && !bare && !isGerund(toks[v]) && toks[v].norm !== toks[v].lemma && toks[pv].norm === toks[pv].lemma && toks[pv - 1].norm === 'to') {
        const gov = this.previousVerb(pv - 2, true);
        if (gov >= 0) pv = gov;
      }
      // ", and said": coordinated with the main clause, not with a verb in a subordinate clause before the comma
      // ("ruled out talks as long as Putin remained in power, and said")
      if (pv >= 0 && t.norm === 'and' && j - 1 >= lo && isPunct(toks[j - 1], ',')) {
        const sub = this.subordinatorOf(pv);
        if (sub >= 0) {
          const alt = this.previousVerb(sub - 1, ch.begin < v && toks[ch.begin].pos === 'AUX');
          if (alt >= 0) pv = alt;
        }
      }
      if (pv < 0) {
        // "Turkey and Russia, meeting in Sochi, agreed": a participle clause after the subject phrase is its own
        if (isPunct(t, ',') && j - 1 >= lo && this.tokAm[j - 1] >= 0) {
          const g = this.npLeft(j - 1);
          if (g) return { group: g, first: this.am[g[0]].first, chain, via: 'apposition' };
        }
        return null;
      }
      return inherit(this.subjectOf(pv, depth + 1), t.norm === ',' ? 'participle' : 'coordination');
    }
    // relative clause subject: "Hamas, which fired", "the group that attacked"
    if (RELATIVE.has(t.norm) && t.norm !== 'whose') {
      let k = j - 1;
      if (k >= lo && isPunct(toks[k], ',')) k--;
      // the antecedent is the noun phrase right before: an actor, perhaps with head nouns ("the
      // Houthi rebels, who"); "India for a bombing that killed" has no actor antecedent
      let h = k;
      while (h >= lo && this.tokAm[h] < 0 && k - h < 3 && (toks[h].pos === 'NOUN' || toks[h].pos === 'PROPN')) h--;
      const g = h >= lo && this.tokAm[h] >= 0 ? this.npLeft(k) : null;
      return g ? { group: g, first: this.am[g[0]].first, chain, via: 'relative' } : null;
    }
    let closing = false;
    /** the comma opening an apposition this verb's subject phrase ends with ("George Speight, a failed businessman,") */
    let opening = -1;
    // "Xi and Lukashenko - a close ally of Putin - vowed": an apposition between dashes; the subject is before it
    const dash = (k: number) => k > lo && (toks[k].norm === '—' || toks[k].norm === '–' || (toks[k].norm === '-' && toks[k].start > toks[k - 1].end));
    let dashed = false;
    if (dash(j)) {
      let d = j - 1;
      while (d > lo && j - d < 16 && !dash(d) && toks[d].norm !== ',' && toks[d].norm !== ';') d--;
      if (d > lo && dash(d) && this.tokAm[d - 1] >= 0) {
        j = d - 1;
        dashed = true;
      }
    }
    if (!dashed && (isPunct(t, ',') || t.norm === '—' || t.norm === ')')) {
      // A comma right before a finite verb closes an apposition or a relative clause.
      if (t.norm === ')') {
        // "(DPR) attacked": step into the parenthesis
        j = j - 1;
      } else {
        const c2 = this.previousComma(j - 1, 18);
        if (c2 >= 0 && RELATIVE.has(toks[c2 + 1]?.norm)) {
          j = c2 - 1;
        } else if (c2 - 1 >= lo && this.tokAm[c2 - 1] >= 0 && isGerund(toks[c2 + 1]) && (toks[c2 + 1].pos === 'VERB' || toks[c2 + 2]?.pos === 'ADP' || toks[c2 + 2]?.pos === 'DET') && this.npLeft(c2 - 1)) {
          // "Turkey and Russia, meeting in Sochi, agreed": skip a participle clause after the subject phrase
          j = c2 - 1;
        } else {
          closing = true;
          opening = c2;
          j = j - 1;
        }
      }
    }
    // "Putin signed a treaty annexing Crimea": what a signed document does, its signer does
    if (isGerund(toks[v]) && ch.begin === v && toks[j].pos === 'NOUN' && DOCUMENT_HEADS.has(toks[j].lemma) && this.tokAm[j] < 0) {
      let k = j - 1;
      while (k >= lo && j - k < 5 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'NUM')) k--;
      if (k >= lo && toks[k].pos === 'VERB' && ENACT.has(toks[k].lemma)) return inherit(this.subjectOf(k, depth + 1), 'participle');
      return null;
    }
    let g = this.npLeft(j, closing);
    // "Russian troops stationed in Belarus shelled Kyiv": a place ends the reduced relative before the verb
    if (!g && !closing && this.tokPlace[j] >= 0) {
      const f = this.am[this.tokPlace[j]].first;
      if (f - 3 >= lo && REDUCED_PREP.has(toks[f - 1].norm) && toks[f - 2].pos === 'VERB' && /(?:ed|en|wn)$/.test(toks[f - 2].norm) && this.tokAm[f - 3] >= 0) g = this.npLeft(f - 3);
    }
    // "X, a failed businessman, stormed": an apposition that names no actor; the phrase before it
    if (!g && closing && opening - 1 >= lo && this.tokAm[opening - 1] >= 0 && this.plainApposition(opening + 1, j + 1)) g = this.npLeft(opening - 1);
    // "Gunmen led by George Speight stormed": the led, not the leader
    if (g) {
      const f = this.am[g[0]].first;
      if (f - 3 >= lo && toks[f - 1].norm === 'by' && AGENT_PARTICIPLES.has(toks[f - 2].norm) && this.tokAm[f - 3] >= 0) {
        const g2 = this.npLeft(f - 3);
        if (g2) g = g2;
      } else {
        // a reduced relative between the subject and its verb: "Russian troops stationed in Belarus shelled", "miners
        // employed by the state corporation Comibol went on strike", "rebels loyal to Laurent Nkunda attacked"
        let b = f - 1;
        while (b >= lo && f - b <= 3 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || (toks[b].pos === 'NOUN' && this.tokAm[b] < 0))) b--;
        const part = b - 1 >= lo ? toks[b - 1] : null;
        if (
          part &&
          b - 2 >= lo &&
          REDUCED_PREP.has(toks[b].norm) &&
          this.tokAm[b - 1] < 0 &&
          ((part.pos === 'VERB' && /(?:ed|en|wn)$/.test(part.norm)) || REDUCED_ADJ.has(part.norm)) &&
          this.tokAm[b - 2] >= 0
        ) {
          const g2 = this.npLeft(b - 2);
          if (g2) g = g2;
        }
      }
    }
    if (!g && !closing) {
      // "fighters who had defended the steel works surrendered": skip a relative clause without commas
      for (let r = j; r >= lo && j - r < 14; r--) {
        const n = toks[r].norm;
        if (n === ',' || n === ';' || n === ':' || n === '"') break;
        if ((n === 'who' || n === 'which') && r - 1 >= lo) {
          let h = r - 1;
          while (h >= lo && this.tokAm[h] < 0 && r - h < 3 && (toks[h].pos === 'NOUN' || toks[h].pos === 'PROPN')) h--;
          if (h >= lo && this.tokAm[h] >= 0) g = this.npLeft(r - 1);
          break;
        }
      }
    }
    if (g && !closing) {
      // "farmers demanding a better deal from the European Community blocked roads": the actor found is the object
      // of a participle clause (no commas) that describes the subject phrase before it
      for (let r = this.am[g[0]].first - 1; r > lo && j - r < 14; r--) {
        const n = toks[r].norm;
        if (n === ',' || n === ';' || n === ':' || n === '"' || toks[r].pos === 'AUX' || (toks[r].pos === 'VERB' && !isGerund(toks[r])) || RELATIVE.has(n) || this.tokAm[r] >= 0) break;
        if (isGerund(toks[r]) && toks[r].pos === 'VERB' && this.tokAm[r - 1] >= 0) {
          const g2 = this.npLeft(r - 1);
          if (g2) g = g2;
          break;
        }
      }
    }
    if (!g && !closing) {
      // "NATO leaders meeting in Madrid agreed", "protesters chanting slogans blocked the road": a participle
      // clause without commas right after the subject phrase
      for (let r = j; r > lo && j - r < 12; r--) {
        const n = toks[r].norm;
        if (n === ',' || n === ';' || n === ':' || n === '"' || toks[r].pos === 'AUX' || (toks[r].pos === 'VERB' && !isGerund(toks[r]))) break;
        if (isGerund(toks[r]) && this.tokAm[r - 1] >= 0 && this.tokAm[r] < 0) {
          g = this.npLeft(r - 1);
          break;
        }
      }
    }
    if (!g) {
      // "Washington said it would restore relations": an unresolved pronoun in a reported clause is the speaker
      if (!closing && j >= lo && this.tokAm[j] < 0 && REPORTED_PRONOUN.has(toks[j].norm)) {
        // right after the reporting verb ("said (on Monday) (that) it"), or after a "that" of a later complement ("..., and that it")
        let k = j - 1;
        const complementizer = k >= lo && toks[k].norm === 'that';
        if (complementizer) k--;
        while (k >= lo && (toks[k].pos === 'ADV' || TIME_WORDS.has(toks[k].lemma) || toks[k].norm === 'on')) k--;
        const isCue = (x: number) => toks[x].pos === 'VERB' && (SPEECH.has(toks[x].lemma) || DENY.has(toks[x].lemma));
        if (complementizer && k >= lo && !isCue(k)) {
          while (k >= lo && !isCue(k) && toks[k].norm !== ';') k--;
        }
        if (k >= lo && isCue(k) && depth < 3) {
          const s = this.subjectOf(k, depth + 1);
          if (s) return { ...s, chain, via: 'np' };
        }
        // "beat students as they marched", "the schoolgirls it abducted": an unresolved pronoun subject
        // outside a reported clause is the nearest fitting actor before it
        if (!(k >= lo && isCue(k)) && toks[j].norm !== 'we') {
          const a = this.antecedent(j - 1, toks[j].norm);
          if (a >= 0) return { group: [a], first: j, chain, via: 'np' };
        }
      }
      // "its aircraft had bombed", "their negotiators signed": the pronoun's actor
      if (!closing && j >= lo && this.tokAm[j] < 0 && (toks[j].pos === 'NOUN' || toks[j].pos === 'PROPN')) {
        let h = j;
        while (h > lo && j - h < 3 && (toks[h - 1].pos === 'NOUN' || toks[h - 1].pos === 'ADJ') && this.tokAm[h - 1] < 0) h--;
        const pr = h - 1 >= lo ? toks[h - 1].norm : '';
        if (pr === 'its' || pr === 'their') {
          const a = this.antecedent(h - 2, pr === 'its' ? 'it' : 'they');
          if (a >= 0) return { group: [a], first: h - 1, chain, via: 'np' };
        }
      }
      return null;
    }
    // "the ELN guerrilla group, whose fighters carried out a car bombing": the antecedent's people act for it
    if (!closing) {
      const w = this.am[g[0]].first - 1;
      if (w - 1 >= lo && toks[w].norm === 'whose') {
        const ante = this.npLeft(isPunct(toks[w - 1], ',') ? w - 2 : w - 1);
        if (ante) return { group: ante, first: this.am[ante[0]].first, chain, via: 'relative' };
      }
    }
    return { group: g, first: this.am[g[0]].first, chain, via: closing ? 'apposition' : 'np' };
  }

  /**
   * Is [a, b) an apposition that describes the phrase before it ("a failed businessman", "the
   * committee's top Republican", "in power since 1986")? Not a clause ("so that ...", "and ...",
   * "as one of ..."), and no actor of its own ("Ukrinform, the United States and 30 countries,").
   */
  plainApposition(a: number, b: number): boolean {
    const { toks } = this;
    if (a >= b) return false;
    const f = toks[a];
    if (f.pos === 'CCONJ' || f.pos === 'SCONJ' || f.pos === 'PRON' || f.pos === 'VERB' || f.pos === 'AUX') return false;
    if (['so', 'namely', 'as', 'like', 'such', 'not', 'including', 'for', 'by', 'to'].includes(f.norm) || (f.norm === 'in' && toks[a + 1]?.norm === 'order')) return false;
    for (let k = a; k < b; k++) if (this.tokAm[k] >= 0) return false;
    return true;
  }

  /**
   * The verb a coordinated verb or participle attaches to: the nearest verb (not an auxiliary)
   * at or left of `k`, preferring one whose auxiliaries match (`withAux`): in "Assad rejected
   * accusations that his forces had used ... and warned", "warned" goes with "rejected".
   */
  previousVerb(k: number, withAux: boolean): number {
    let nearest = -1;
    let sameAux = -1;
    for (let i = k; i >= this.lo; i--) {
      const t = this.toks[i];
      if (t.norm === ';' || t.norm === ':') break;
      // (a past form the tagger read as a noun right after its subject is a verb too: "Police shot and killed")
      if ((t.pos !== 'VERB' && !(t.pos === 'NOUN' && this.nounTaggedVerb(i))) || this.tokAm[i] >= 0) continue;
      // an attributive participle inside a noun phrase is no clause's verb ("three exiled opposition groups")
      const before = i - 1 >= this.lo ? this.toks[i - 1] : null;
      const after = i + 1 < this.hi ? this.toks[i + 1] : null;
      if (before && after && (before.pos === 'DET' || before.pos === 'NUM' || POSSESSIVE.has(before.norm)) && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || this.tokAm[i + 1] >= 0)) continue;
      if (nearest < 0) nearest = i;
      const p = i - 1 >= this.lo ? this.toks[i - 1] : null;
      const p2 = i - 2 >= this.lo ? this.toks[i - 2] : null;
      const hasAux = !!p && (p.pos === 'AUX' || (p.pos === 'ADV' && !!p2 && p2.pos === 'AUX'));
      if (hasAux !== withAux || isGerund(t)) continue;
      // prefer a verb with its subject right before it ("Colombian police arrested a trafficker wanted in ... and handed")
      let b = i - 1;
      while (b >= this.lo && (this.toks[b].pos === 'ADV' || this.toks[b].pos === 'AUX')) b--;
      if (b >= this.lo && (this.tokAm[b] >= 0 || this.toks[b].pos === 'PRON')) return i;
      if (sameAux < 0) sameAux = i;
    }
    return sameAux >= 0 ? sameAux : nearest;
  }

  /** "would withdraw ... and reimpose": a bare verb after a modal or "to" that a bare verb is coordinated with, or -1. */
  previousBareVerb(k: number): number {
    const { toks, lo } = this;
    for (let i = k; i >= lo && k - i < 14; i--) {
      const t = toks[i];
      if (t.norm === ';' || t.norm === ',' ) return -1;
      if (t.pos !== 'VERB' || this.tokAm[i] >= 0 || t.norm !== t.lemma) continue;
      let b = i - 1;
      while (b >= lo && toks[b].pos === 'ADV') b--;
      if (b >= lo && (toks[b].pos === 'AUX' || toks[b].norm === 'to')) return i;
      return -1;
    }
    return -1;
  }

  /**
   * The verb a trailing participle (", killing ...") belongs to: the nearest finite verb that is
   * not a reporting verb nor a bare verb in a "that" clause ("demanded that the ambassador leave
   * the country, accusing Paris" goes with "demanded").
   */
  participleHead(k: number, participle?: string): number {
    const { toks, lo } = this;
    for (let i = k; i >= lo; i--) {
      const t = toks[i];
      if (t.norm === ';' || t.norm === ':') break;
      // "..., Amnesty International said on Wednesday, calling on Sisi to order an inquiry": after a trailing reporting
      // clause the participle is the speaker's
      // (only a speech act: "..., the governor said, killing five civilians" is the shelling's)
      if (participle && SPEECH_ACTS.has(participle) && t.pos === 'VERB' && SPEECH.has(t.lemma) && this.trailingReport(i)) return i;
      // "... said that the army would crush any attempt at independence, warning that ...": a speech act after a reported
      // "that"-clause is the speaker's
      if (participle && SPEECH_ACTS.has(participle) && t.pos === 'VERB' && SPEECH.has(t.lemma) && this.thatWithin(i + 1, Math.min(i + 5, k + 1))) return i;
      if (t.pos !== 'VERB' || this.tokAm[i] >= 0 || isGerund(t) || SPEECH.has(t.lemma)) continue;
      if (t.norm === t.lemma) {
        // a bare verb right after "that NP" or "to" is not the head
        let b = i - 1;
        while (b >= lo && (this.tokAm[b] >= 0 || ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[b].pos) || toks[b].norm === '-')) b--;
        if (b >= lo && (toks[b].norm === 'that' || toks[b].norm === 'to' || toks[b].pos === 'AUX')) continue;
      }
      // a verb in what is denied is not the head: "Moscow denied that its troops had killed ..., calling"
      if (this.deniedClause(i)) continue;
      // nor one in a time clause set off by a comma: "Mexico extradited Guzman, a day before Trump was sworn in, handing him over"
      const comma = this.setOffTimeClause(i);
      if (comma >= 0) {
        i = comma;
        continue;
      }
      return i;
    }
    return this.mainVerb(k);
  }

  /** Is there a "that" among the tokens [a, b)? */
  private thatWithin(a: number, b: number): boolean {
    for (let q = a; q < b; q++) if (this.toks[q].norm === 'that') return true;
    return false;
  }

  /** Is the reporting verb at `i` in a trailing ", X said" clause (its subject right before it, after a comma)? */
  private trailingReport(i: number): boolean {
    const { toks, lo } = this;
    let b = i - 1;
    while (b >= lo && (toks[b].pos === 'AUX' || toks[b].pos === 'ADV')) b--;
    if (b < lo || this.tokAm[b] < 0) return false;
    const f = this.am[this.tokAm[b]].first;
    return f - 1 >= lo && toks[f - 1].norm === ',';
  }

  /** The subordinator opening the clause of the verb at `i` ("as long as Putin remained", "because it feared"), else -1. */
  private subordinatorOf(i: number): number {
    const { toks, lo } = this;
    for (let b = i - 1; b >= lo && i - b < 10; b--) {
      const t = toks[b];
      if (SUBORDINATORS.has(t.norm)) return t.norm === 'as' && b - 2 >= lo && toks[b - 1].norm === 'long' && toks[b - 2].norm === 'as' ? b - 2 : b;
      if (t.norm === ',' || t.norm === ';' || t.pos === 'VERB' || t.norm === 'that') return -1;
    }
    return -1;
  }

  /** Is there an auxiliary among the tokens [a, b) ("is urgently evacuating", not "simultaneously receiving")? */
  private hasAux(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.toks[k].pos === 'AUX') return true;
    return false;
  }

  /** The comma before a time clause the verb at `i` is in (", a day before X was sworn in", ", hours after"), else -1. */
  private setOffTimeClause(i: number): number {
    const { toks, lo } = this;
    for (let b = i - 1; b >= lo && i - b < 12; b--) {
      const t = toks[b];
      if (t.norm === ',' || t.norm === ';') return -1;
      if (!TIME_SUBORDINATORS.has(t.norm)) continue;
      for (let c = b - 1; c >= lo && b - c <= 4; c--) {
        if (toks[c].norm === ',') return c;
        if (!['DET', 'NUM', 'NOUN', 'ADJ', 'ADV'].includes(toks[c].pos)) break;
      }
      return -1;
    }
    return -1;
  }

  /** Is the verb at `i` inside the "that" clause of a denial ("denied that its troops had killed")? */
  private deniedClause(i: number): boolean {
    const { toks, lo } = this;
    for (let b = i - 1; b >= lo && i - b < 12; b--) {
      const t = toks[b];
      if (t.norm === ',' || t.norm === ';') return false;
      // (also what is demanded: "demanded on Friday that the mission leave the country, accusing it of ...")
      if (t.norm === 'that') {
        let c = b - 1;
        while (c >= lo && b - c < 5 && (toks[c].pos === 'ADV' || TIME_WORDS.has(toks[c].lemma) || toks[c].norm === 'on' || toks[c].pos === 'PROPN' && this.tokAm[c] < 0)) c--;
        return c >= lo && toks[c].pos === 'VERB' && (DENY.has(toks[c].lemma) || DEMAND_VERBS.has(toks[c].lemma));
      }
      if (t.pos === 'VERB' && b !== i) return false;
    }
    return false;
  }

  /** The main clause's verb before `k`: the first verb of the sentence, after a fronted subordinate clause ("After X, Y shelled ..."). */
  mainVerb(k: number): number {
    const { toks, lo } = this;
    let start = lo;
    if (toks[lo].pos === 'SCONJ' || toks[lo].pos === 'ADP' || toks[lo].pos === 'ADV') {
      for (let i = lo; i < k; i++) {
        if (toks[i].norm === ',') {
          start = i + 1;
          break;
        }
      }
    }
    for (let i = start; i <= k; i++) {
      const t = toks[i];
      if (t.pos === 'VERB' && this.tokAm[i] < 0 && !isGerund(t) && !RELATIVE.has(toks[i - 1]?.norm ?? '')) return i;
    }
    return this.previousVerb(k, false);
  }

  previousComma(k: number, max: number): number {
    for (let i = k; i >= this.lo && k - i < max; i--) {
      const n = this.toks[i].norm;
      if (n === ',') return i;
      if (n === ';' || n === ':' || n === '"') return -1;
    }
    return -1;
  }

  /**
   * The actor group whose phrase ends at token `j` (going left): the nearest actor mention,
   * allowing head words after it ("NATO warplanes", "U.S. officials"), then coordination
   * ("X and Y", "X, Y and Z") and, when `closing`, the head of an apposition ("A, the B chief,").
   */
  npLeft(j: number, closing = false): number[] | null {
    const { toks, tokAm, lo } = this;
    let k = j;
    let steps = 0;
    while (k >= lo && tokAm[k] < 0) {
      const t = toks[k];
      // "a Security Council resolution threatening sanctions": a document does not act
      // (but "Israeli strikes killed ten": an attack whose doer is a country adjective before it acts through it)
      if (t.pos === 'NOUN' && DOCUMENT_HEADS.has(t.lemma) && !((t.lemma === 'strike' || t.lemma === 'attack') && k - 1 >= lo && tokAm[k - 1] >= 0 && this.am[tokAm[k - 1]].mention.rule === 'events/agent')) return null;
      // "a Turkish F-16 shot down": a country adjective heads the subject phrase (its country acts)
      const pe = this.tokPlace[k];
      if (pe >= 0 && this.am[pe].country && steps > 0 && steps < 5 && toks[this.am[pe].last]?.norm !== '-' && (k === lo || ['DET', 'PUNCT', 'CCONJ', 'SCONJ'].includes(toks[this.am[pe].first - 1]?.pos ?? 'PUNCT'))) return [pe];
      const ok =
        ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') && steps < 4) ||
        (t.norm === '-' && steps < 4 && k > lo && toks[k - 1].end === t.start) ||
        t.norm === "'s" ||
        t.norm === "'" ||
        t.norm === ')' ||
        t.norm === '(';
      if (!ok) {
        const pp = this.pastPrepositions(j);
        if (pp < 0) return null;
        k = pp;
        break;
      }
      k--;
      steps++;
    }
    if (k < lo) return null;
    // "Supporters of Donald Trump stormed": the subject is the supporters, not Trump
    let b = this.am[tokAm[k]].first - 1;
    while (b >= lo && toks[b].pos === 'DET') b--;
    if (b - 1 >= lo && toks[b].norm === 'of' && tokAm[b - 1] < 0) {
      const head = toks[b - 1];
      const h = head.norm.replace(/s$/, '');
      // "Supporters of Donald Trump stormed the Capitol": the supporters act, as a group of their own
      if (FOLLOWERS.has(head.lemma) || FOLLOWERS.has(h)) {
        let first = b - 1;
        while (first - 1 >= lo && (toks[first - 1].pos === 'DET' || toks[first - 1].pos === 'ADJ' || toks[first - 1].pos === 'NUM' || toks[first - 1].norm === 'of' || QUANTIFIER.has(toks[first - 1].norm) || toks[first - 1].pos === 'NOUN') && b - 1 - first < 5) first--;
        return [this.view.virtual(first, this.am[tokAm[k]].last, `~followers:${this.am[tokAm[k]].actors[0]}`)];
      }
      if (NOT_REPRESENTING.has(head.lemma) || NOT_REPRESENTING.has(h)) return null;
    }
    const group = [tokAm[k]];
    this.extendLeft(group, closing);
    return group;
  }

  /**
   * A subject followed by prepositional phrases: "The heads of those republics on behalf of
   * themselves and their peoples express". Walks left over noun-phrase and preposition words;
   * returns the token of the nearest mention that is not itself the object of a preposition
   * (or, failing that, the nearest mention), or -1.
   */
  private pastPrepositions(j: number): number {
    const { toks, tokAm, lo } = this;
    let fallback = -1;
    for (let k = j, steps = 0; k >= lo && steps < 14; k--, steps++) {
      const t = toks[k];
      if (tokAm[k] >= 0) {
        const m = this.am[tokAm[k]];
        let b = m.first - 1;
        while (b >= lo && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || toks[b].pos === 'NUM')) b--;
        if (b < lo || toks[b].pos !== 'ADP') return m.last - 1;
        // the object of a preposition is not the subject ("Supporters of Donald Trump stormed")
        if (fallback < 0 && toks[b].norm !== 'of') fallback = m.last - 1;
        k = m.first;
        continue;
      }
      const ok =
        t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADP' ||
        t.pos === 'CCONJ' || t.norm === "'s" || POSSESSIVE.has(t.norm) || t.norm === 'them' || t.norm === 'us';
      if (!ok) break;
    }
    return fallback;
  }

  /** Add coordinated (and apposition) mentions to the left of group[0]. */
  private extendLeft(group: number[], closing: boolean): void {
    const { toks, tokAm, lo, am } = this;
    let listing = false;
    for (let guard = 0; guard < 8; guard++) {
      let k = am[group[0]].first - 1;
      // determiners/adjectives before the mention belong to it
      while (k >= lo && k > am[group[0]].first - 3 && (toks[k].pos === 'DET' || (toks[k].pos === 'ADJ' && tokAm[k] < 0))) k--;
      if (k < lo) return;
      const n = toks[k].norm;
      let coord = false;
      if (n === 'and' || n === 'or' || n === '&') {
        coord = true;
        if (k - 1 >= lo && toks[k - 1].norm === ',') k--;
      } else if (n === 'well' && k - 2 >= lo && toks[k - 1].norm === 'as' && toks[k - 2].norm === 'as') {
        coord = true;
        k -= 2;
      } else if (n !== ',' && n !== '(') {
        return;
      }
      const before = k - 1;
      if (before < lo) return;
      // the previous item, allowing head words after its mention ("U.S. and British forces")
      let m = before;
      let steps = 0;
      let possessor = false;
      while (m >= lo && tokAm[m] < 0 && steps < 3 && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || toks[m].norm === "'s")) {
        if (toks[m].norm === "'s") possessor = true;
        m--;
        steps++;
      }
      // "their first contact since Russia's invasion, and Beijing said": a possessor is no conjunct
      if (possessor && coord) return;
      const prev = m >= lo ? tokAm[m] : -1;
      if (prev >= 0) {
        // a conjunct must be a subject too, not the object of a verb or preposition ("sent troops to Haiti, and the World Bank pledged")
        let b = am[prev].first - 1;
        while (b >= lo && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ' || toks[b].pos === 'NUM')) b--;
        // "Negotiators from Sudan's army and the RSF": the people of each party act for both
        const represented = b - 1 >= lo && (toks[b].norm === 'from' || toks[b].norm === 'of') && (REPRESENTATIVES.has(toks[b - 1].lemma) || REPRESENTATIVES.has(toks[b - 1].norm.replace(/s$/, '')));
        // ("as Russia and Belarus began drills": a subordinator the tagger calls a preposition opens a clause)
        if (!represented && b >= lo && ((toks[b].pos === 'ADP' && toks[b].norm !== 'of' && !TIME_SUBORDINATORS.has(toks[b].norm) && toks[b].norm !== 'because') || toks[b].pos === 'VERB')) return;
      }
      if (coord) {
        if (prev < 0) return;
        if (!group.includes(prev)) group.unshift(prev);
        listing = true;
        continue;
      }
      // a comma or "(": a list item ("A, B and C") or an apposition ("A, the B chief,"; "the Republic (DPR)")
      if (prev >= 0 && (listing || n === '(' || this.listEndsWithAnd(group))) {
        if (!group.includes(prev)) group.unshift(prev);
        continue;
      }
      if (closing || n === '(') {
        const heads = this.npMentionsLeft(before);
        if (heads.length === 0) return;
        for (const h of heads.reverse()) if (!group.includes(h)) group.unshift(h);
        closing = false;
        continue;
      }
      return;
    }
  }

  private listEndsWithAnd(group: number[]): boolean {
    // look right of the group's last mention for "and"/"or" followed by a mention
    const last = this.am[group[group.length - 1]].last;
    for (let k = last; k < this.hi && k < last + 4; k++) {
      const n = this.toks[k].norm;
      if (n === 'and' || n === 'or') return true;
      if (this.tokAm[k] >= 0) return false;
    }
    return false;
  }

  /** All actor mentions in the noun phrase that ends at `j` (walking left over NP words, "of", "and", parentheses). */
  npMentionsLeft(j: number): number[] {
    const { toks, tokAm, lo } = this;
    const out: number[] = [];
    for (let k = j, steps = 0; k >= lo && steps < 16; k--, steps++) {
      const t = toks[k];
      if (tokAm[k] >= 0) {
        if (!out.includes(tokAm[k])) out.unshift(tokAm[k]);
        continue;
      }
      const ok =
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NOUN' ||
        t.pos === 'PROPN' ||
        t.pos === 'NUM' ||
        t.norm === 'of' ||
        t.norm === 'and' ||
        t.norm === "'s" ||
        t.norm === "'" ||
        t.norm === '(' ||
        t.norm === ')' ||
        POSSESSIVE.has(t.norm);
      if (!ok) break;
    }
    return out;
  }

  /**
   * Actor groups starting at or after token `p` (skipping noun-phrase words before the first
   * mention: "shelled residential districts of Kharkiv"). Returns candidate groups, longest first.
   */
  groupsRight(p: number, maxSkip = 6, places = false): Array<{ group: number[]; end: number }> {
    const { toks, tokAm, tokPlace, hi, am } = this;
    // an actor mention at token k, or (for targets) a place with a country
    const at = (k: number) => (tokAm[k] >= 0 ? tokAm[k] : places ? tokPlace[k] : -1);
    let k = p;
    let steps = 0;
    let prep = false;
    while (k < hi && at(k) < 0) {
      const t = toks[k];
      // an unresolved object pronoun ("accusing it of", "urged them to"): the nearest actor before it
      if (steps === 0 && OBJECT_PRONOUN.has(t.norm) && t.pos === 'PRON') {
        const a = this.antecedent(p - 1, t.norm);
        return a >= 0 ? [{ group: [a], end: k + 1 }] : [];
      }
      // "a hospital in Gaza", "the liaison office in the border town of Kaesong": only a place or a country
      if (places && steps > 0 && !prep && PLACE_PREPS.has(t.norm)) {
        prep = true;
        k++;
        steps++;
        continue;
      }
      const quantity = QUANTIFIER.has(t.norm) && (toks[k + 1]?.pos === 'NUM' || toks[k + 2]?.pos === 'NUM');
      const ok =
        quantity ||
        t.norm === '"' ||
        (t.norm === '-' && k > p && toks[k - 1].end === t.start && toks[k + 1]?.start === t.end) ||
        (t.pos === 'DET' && t.norm !== 'that') ||
        t.pos === 'ADJ' ||
        t.pos === 'NOUN' ||
        t.pos === 'PROPN' ||
        t.pos === 'NUM' ||
        t.norm === 'of' ||
        t.norm === "'s" ||
        t.norm === '(' ||
        POSSESSIVE.has(t.norm) ||
        // "the detained students", "the jailed opposition leader": an attributive participle
        (t.pos === 'VERB' && k > p && toks[k - 1].pos === 'DET' && /ed$/.test(t.norm));
      if (!ok || steps >= (prep ? maxSkip + 4 : maxSkip)) return [];
      k++;
      steps++;
    }
    // "the U.N.-protected enclave of Srebrenica": a name fused to a participle modifies the noun
    while (k < hi && at(k) >= 0) {
      const e = am[at(k)];
      const dash = toks[e.last];
      const part = toks[e.last + 1];
      if (!dash || dash.norm !== '-' || !part || dash.start !== toks[e.last - 1].end || !/(?:ed|en)$/.test(part.norm)) break;
      k = e.last + 2;
      while (k < hi && at(k) < 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[k].pos) && k - p < maxSkip + 6) k++;
      if (k < hi && toks[k].norm === 'of') k++;
      while (k < hi && at(k) < 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ')) k++;
    }
    if (k >= hi || at(k) < 0) return [];
    if (prep) {
      const e = am[at(k)];
      if (!e.place && e.mention.kind !== 'country' && e.mention.kind !== 'place') return [];
    }
    const out: Array<{ group: number[]; end: number }> = [];
    const group = [at(k)];
    let end = am[at(k)].last;
    out.push({ group: [...group], end });
    for (let guard = 0; guard < 8; guard++) {
      // head words after the mention ("Bosnian Serb ammunition depots")
      let q = end;
      let steps2 = 0;
      while (q < hi && at(q) < 0 && steps2 < 3 && (toks[q].pos === 'NOUN' || toks[q].pos === 'PROPN')) {
        q++;
        steps2++;
      }
      if (q >= hi) break;
      let n = toks[q].norm;
      let commaAnd = false;
      if (n === ',' && q + 1 < hi && (toks[q + 1].norm === 'and' || toks[q + 1].norm === 'or')) {
        q++;
        n = toks[q].norm;
        commaAnd = true;
      }
      if (n === 'as' && toks[q + 1]?.norm === 'well' && toks[q + 2]?.norm === 'as') q += 2;
      else if (!(COORD.has(n) || n === ',' || n === '&')) break;
      // a comma continues the list only if the list ends with "and"/"or" ("X, Y and Z"), not ", government forces bombed"
      if (n === ',' && !this.listAhead(q + 1)) break;
      q++;
      while (q < hi && at(q) < 0 && (toks[q].pos === 'DET' || toks[q].pos === 'ADJ')) q++;
      if (q >= hi || at(q) < 0) break;
      // "expel U.S. troops, and Trump threatened": a conjunct followed by its own verb opens a new clause
      const after = this.skipHeadRight(am[at(q)].last);
      if (commaAnd && after < hi && (toks[after].pos === 'VERB' || toks[after].pos === 'AUX') && !isGerund(toks[after])) break;
      group.push(at(q));
      end = am[at(q)].last;
      out.unshift({ group: [...group], end });
    }
    return out;
  }

  /** Does the actor phrase end in a plural common noun ("Palestinian prisoners", "U.S. troops")? */
  private pluralMention(a: number): boolean {
    const t = this.toks[this.am[a].last - 1];
    return !!t && t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s');
  }

  /** The nearest actor mention before `k` a pronoun can refer to ("him"/"her": a person; "it": not a person). */
  antecedent(k: number, pronoun: string): number {
    // "lawyers staged a sit-in outside the Supreme Court, and police beat them": "them/they" prefers a plural group
    // over a nearer single body
    if (pronoun === 'them' || pronoun === 'they') {
      for (let b = k; b >= this.lo && k - b < 25; b--) {
        const a = this.tokAm[b];
        if (a < 0) continue;
        if (this.am[a].mention.kind !== 'person' && this.am[a].mention.kind !== 'pronoun' && this.pluralMention(a)) return a;
        b = this.am[a].first;
      }
    }
    let any = -1;
    for (let b = k; b >= this.lo; b--) {
      const a = this.tokAm[b];
      if (a < 0) continue;
      const person = this.am[a].mention.kind === 'person' || this.am[a].mention.kind === 'pronoun';
      if ((pronoun === 'him' || pronoun === 'her' || pronoun === 'he' || pronoun === 'she') && person) return a;
      // ("the prisoners that it had promised to free": "it" is no plural group)
      if (pronoun === 'it' && !person && !this.pluralMention(a)) return a;
      if (pronoun === 'them' || pronoun === 'they') {
        // "they" is rarely one named person
        if (!person || this.am[a].actors.length > 1) return a;
        continue;
      }
      if (any < 0) any = a;
      b = this.am[a].first;
    }
    return any;
  }

  /** Is there an "and"/"or" ahead, inside a run of noun-phrase words and commas? */
  private listAhead(q: number): boolean {
    for (let k = q; k < this.hi && k < q + 14; k++) {
      const t = this.toks[k];
      if (t.norm === 'and' || t.norm === 'or') return true;
      if (this.tokAm[k] >= 0 || t.norm === ',' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') continue;
      return false;
    }
    return false;
  }

  /** Head words right after token `e` (exclusive end of a group): "depots", "forces". */
  skipHeadRight(e: number): number {
    let q = e;
    let steps = 0;
    while (q < this.hi && this.tokAm[q] < 0 && steps < 3 && (this.toks[q].pos === 'NOUN' || this.toks[q].pos === 'PROPN')) {
      q++;
      steps++;
    }
    return q;
  }
}
