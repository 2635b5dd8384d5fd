/**
 * The actor lexicon: dictionary entries compiled into one token trie (longest match over
 * lower-cased token norms), plus the side tables the rules need (first names, office holders by role).
 * Built once by the stage factory; never changed while documents run.
 */

/** What a dictionary entry is, which decides how the rules use it. */
export type EntryKind =
  | 'country' // a state: "Russia", "the United States"
  | 'demonym' // an adjective or people name of a state: "Russian", "Russians"
  | 'capital' // a capital city, used as a metonym for the government: "Kyiv", "Washington"
  | 'seat' // a seat of power: "the Kremlin", "the Pentagon", "Downing Street"
  | 'region' // a group of states: "the West", "Western", "Europe"
  | 'organization' // a named organisation: IGOs, NGOs, parties, rebel groups, national bodies, companies
  | 'media' // a news agency or outlet
  | 'person' // a named person (people.tsv, user dictionaries)
  | 'agent' // a generic agent noun: "police", "rebels", "the military", "officials"
  | 'role' // a title or role of one person: "president", "spokesman", "foreign minister"
  | 'honorific' // Mr, Mrs, Dr, Gen., Col.
  | 'modifier'; // senior, top, former, deputy, self-proclaimed

export interface Entry {
  id: number;
  kind: EntryKind;
  /** Display name (canonical). */
  name: string;
  country: string | null;
  sector: string | null;
  /** CAMEO-style code; '' when the entry alone does not make an actor (roles, modifiers). */
  code: string;
  /** people.tsv role key (head_of_state, foreign_minister, ...) for roles and people; modifier effect for modifiers. */
  role: string | null;
  /** Title as written ("President"), for people. */
  title: string | null;
  /** Validity dates YYYY-MM-DD (people and dated user entries); null = open. */
  start: string | null;
  end: string | null;
  /** Agents and roles: true when a stronger modifier or the organisation may set the sector ("officials", "spokesman"). */
  weak: boolean;
  /** Roles: true when a personal name may follow ("President Vladimir Putin"). */
  nameTitle: boolean;
  /** Agents: only an actor with a country/organisation before it ("Western states", not "states"). */
  needsOwner: boolean;
  /** Agents: names the other side ("the enemy"): never given the article's context country. */
  foe: boolean;
  /** Agents: an actor only as the head of a definite phrase ("the state", "our state"; not "state media"). */
  definite: boolean;
  /** Agents: no actor before "of" with no actor after it ("the publication of documents"). */
  notOf: boolean;
  /** Agents and roles: at home abroad ("diplomats", "foreign nationals"): never the article's context country. */
  abroad: boolean;
  /** For organisation entries: the generic head noun by which the text may refer back ("republic", "party"). */
  head: string | null;
  /** Other dated rows of the same person/actor (people.tsv has one row per office and term). */
  rows: Entry[] | null;
  /** Where it came from (file name), for tracing. */
  source: string;
  /** From a user dictionary (wins over built-in entries). */
  user: boolean;
  /** A later user entry of the same name that replaces this one. */
  replacedBy: Entry | null;
}

/** How the text must be written for an alias to match. */
export const enum CaseMode {
  /** Any case ("police", "President"). */
  Any = 0,
  /** First letter capitalised ("Turkey", not "turkey"). */
  Cap = 1,
  /** All letters upper case ("US", "AP", "DPR"). */
  Upper = 2,
}

export interface Terminal {
  entry: Entry;
  mode: CaseMode;
  /** The alias is the plural form (generated for agents, roles and demonyms). */
  plural: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  terms: Terminal[] | null;
}

export function newNode(): TrieNode {
  return { next: null, terms: null };
}

/**
 * Split an alias the way the segmenter (wink-nlp) splits text: on spaces, "'s" and a trailing "'" as their own
 * tokens, hyphens as "-" tokens, brackets and commas apart; words with inner dots ("U.S.", "St.") stay whole.
 * Tested against wink on every shipped alias (lexicon.test.ts).
 */
export function tokenizeAlias(alias: string): string[] {
  const out: string[] = [];
  for (const raw of alias.trim().split(/\s+/)) {
    if (!raw) continue;
    let w = raw;
    const tail: string[] = [];
    while (w.length > 1 && /[),;:!?"+]$/.test(w)) {
      tail.unshift(w[w.length - 1]);
      w = w.slice(0, -1);
    }
    while (w.length > 1 && /^[("]/.test(w)) {
      out.push(w[0]);
      w = w.slice(1);
    }
    if (/'s$/i.test(w) && w.length > 2) {
      pushHyphenated(out, w.slice(0, -2));
      out.push("'s");
    } else if (/s'$/i.test(w) && w.length > 2) {
      pushHyphenated(out, w.slice(0, -1));
      out.push("'");
    } else pushHyphenated(out, w);
    out.push(...tail);
  }
  return out.map((t) => t.toLowerCase());
}

function pushHyphenated(out: string[], w: string): void {
  if (w.includes('/') && w.length > 1) {
    w.split('/').forEach((p, i) => {
      if (i > 0) out.push('/');
      if (p) pushHyphenated(out, p);
    });
    return;
  }
  if (w.length > 1 && w.endsWith("'")) {
    pushHyphenated(out, w.slice(0, -1));
    out.push("'");
    return;
  }
  // The segmenter makes each run of letters beyond Latin-1 a token of its own ("Erdoğan" -> "Erdo" "ğ" "an").
  let run = '';
  let wide = false;
  for (const ch of w) {
    const isWide = ch.charCodeAt(0) > 0xff && /\p{L}/u.test(ch);
    if (run && isWide !== wide) {
      if (wide) out.push(run);
      else pushLatin(out, run);
      run = '';
    }
    run += ch;
    wide = isWide;
  }
  if (run) {
    if (wide) out.push(run);
    else pushLatin(out, run);
  }
}

/** Hyphens split words, except prefixes and codes the segmenter keeps whole ("pro-Russian", "non-aligned", "G-7"). */
function pushLatin(out: string[], w: string): void {
  if (!w.includes('-') || /^(pro|anti|non|ex|co|re|semi|multi|vice|mid|e)-\p{L}/iu.test(w) || /^\p{L}+-\d+$/u.test(w)) {
    out.push(w);
    return;
  }
  w.split('-').forEach((p, i) => {
    if (i > 0) out.push('-');
    if (p) out.push(p);
  });
}

/** The case mode an alias asks for, from how it is written in the dictionary. */
export function caseModeOf(alias: string, kind: EntryKind): CaseMode {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return CaseMode.Upper;
  }
  if (kind === 'agent' || kind === 'role' || kind === 'modifier' || kind === 'honorific') {
    return /^\p{Lu}/u.test(alias) ? CaseMode.Cap : CaseMode.Any;
  }
  // Long proper names are often written in lower case ("the international criminal court") and are
  // specific enough to match in any case.
  const words = alias.split(/\s+/);
  if (words.length >= 3 && !ANY_CASE_UNSAFE.has(words[0].toLowerCase())) return CaseMode.Any;
  return /^\p{Lu}/u.test(alias) || /^\p{Lu}/u.test(alias.replace(/^[^\p{L}]+/u, '')) ? CaseMode.Cap : CaseMode.Any;
}

/** First words that make a long name an ordinary phrase in lower case ("save the children"). */
const ANY_CASE_UNSAFE = new Set(['save', 'servant', 'people', 'house', 'order', 'group', 'bank', 'united', 'republic', 'democratic', 'state', 'national']);

export function makeEntry(partial: Partial<Entry> & { kind: EntryKind; name: string }): Entry {
  return {
    id: 0,
    country: null,
    sector: null,
    code: '',
    role: null,
    title: null,
    start: null,
    end: null,
    weak: false,
    nameTitle: false,
    needsOwner: false,
    foe: false,
    definite: false,
    notOf: false,
    abroad: false,
    head: null,
    rows: null,
    source: '',
    user: false,
    replacedBy: null,
    ...partial,
  };
}

/** CAMEO-style code from a country (or region/IGO base) and a sector. */
export function codeOf(country: string | null, sector: string | null): string {
  return (country ?? '') + (sector ?? '');
}

const PLURAL_KINDS = new Set<EntryKind>(['agent', 'role', 'demonym']);

/** English plural of the last word of an alias ("foreign minister" -> "foreign ministers"); null when it has none. */
export function pluralOf(alias: string): string | null {
  const m = alias.match(/^(.*?)(\p{L}+)$/u);
  if (!m) return null;
  const [, before, w] = m;
  const lw = w.toLowerCase();
  if (/(s|ese|ish|ch|police|people|personnel|staff|military|media|press|intelligence|leadership|government|opposition|clergy|youth|public|navy|army|command|security|defence|defense|ministry|office|council|parliament|congress|court|cabinet|administration|regime|judiciary|kremlin|treasury)$/.test(lw)) {
    // Collective nouns and demonyms in -ese/-ish/-ch ("Chinese", "British", "French") have no plural of their own;
    // plural forms that are needed ("armies", "ministries") are written in the data.
    return null;
  }
  let p: string;
  if (/[^aeiou]y$/.test(w)) p = w.slice(0, -1) + 'ies';
  else if (/(x|sh)$/.test(w)) p = w + 'es';
  else if (/man$/.test(w)) p = w.slice(0, -3) + 'men';
  else p = w + 's';
  return before + p;
}

/** English plural to singular, good enough for dictionary nouns ("republics", "ministries", "heads"). */
export function singulars(norm: string): string[] {
  const out: string[] = [];
  if (norm.length < 4 || !norm.endsWith('s') || norm.endsWith('ss')) return out;
  if (norm.endsWith('ies')) out.push(norm.slice(0, -3) + 'y');
  out.push(norm.slice(0, -1));
  if (norm.endsWith('es')) out.push(norm.slice(0, -2));
  if (norm.endsWith('men')) out.push(norm.slice(0, -3) + 'man');
  return out;
}

export class Lexicon {
  readonly root: TrieNode = newNode();
  readonly entries: Entry[] = [];
  /** ISO3 codes of the countries in countries.tsv (and the historical codes people.tsv uses). */
  readonly countries = new Set<string>(['SUN', 'DDR', 'YUG', 'CSK']);
  /** ISO3 -> the country's display name, and its entry. */
  readonly countryNames = new Map<string, string>();
  readonly countryEntries = new Map<string, Entry>();
  /** Lower-cased first names -> 'm' | 'f' | 'u'. */
  readonly firstNames = new Map<string, string>();
  /** Office holders by "COUNTRY|role" (role key of people.tsv), each row with its dates. */
  readonly holders = new Map<string, Entry[]>();
  /** Entries by lower-cased canonical name (for overrides and rows of one person). */
  readonly byName = new Map<string, Entry>();
  /** Words that never start or make a name (months, weekdays, "The", ...). */
  readonly notNames = new Set<string>();
  /** Words between two capitalised name parts (bin, al, de, van, ...). */
  readonly particles = new Set<string>();
  /** Words that mark an unknown capitalised sequence as an organisation (Party, Bank, Corp, ...), by sector. */
  readonly orgWords = new Map<string, string>();
  /** Capitalised fields of a ministry before or after a title ("Trade Minister", "Secretary of Trade and Industry"). */
  readonly portfolios = new Set<string>();
  /** Lower-cased head nouns by which a text refers back to a named organisation ("the republics"). */
  readonly headNouns = new Set<string>();
  /** ISO3 -> the states it is at war or in armed conflict with, with dates (rivals.tsv): who "the enemy" is. */
  readonly rivals = new Map<string, Array<{ rival: string; start: string | null; end: string | null }>>();
  /** "north"/"south" -> the half of a divided state that "the North" names when the article is about it (halves.tsv). */
  readonly halves = new Map<string, Array<{ country: string; context: string[]; start: string | null; end: string | null }>>();

  /** When set before loading, every alias as written and its file (for the tokenizer test). */
  surfaces: Array<[string, string]> | null = null;

  add(entry: Entry, aliases: Iterable<string>): void {
    entry.id = this.entries.length + 1;
    this.entries.push(entry);
    const seen = new Set<string>();
    for (const alias of aliases) {
      // Determiners are read by rule, never part of an alias ("the Kremlin" -> "Kremlin").
      const a = alias.trim().replace(/^the\s+/i, '');
      if (!a || seen.has(a)) continue;
      seen.add(a);
      this.surfaces?.push([a, entry.source]);
      const mode = caseModeOf(a, entry.kind);
      this.insert(a, entry, mode, false);
      if (PLURAL_KINDS.has(entry.kind) && mode !== CaseMode.Upper) {
        const p = pluralOf(a);
        if (p && !seen.has(p)) this.insert(p, entry, mode, true);
      }
    }
  }

  insert(alias: string, entry: Entry, mode: CaseMode, plural: boolean): void {
    const toks = tokenizeAlias(alias);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(t);
      if (!child) {
        child = newNode();
        node.next.set(t, child);
      }
      node = child;
    }
    if (!node.terms) node.terms = [];
    if (entry.user) {
      // A user entry takes the alias over from built-in entries of the same kind family.
      node.terms = node.terms.filter((t) => t.entry.user || !sameFamily(t.entry.kind, entry.kind));
    } else if (node.terms.some((t) => t.entry === entry && t.mode === mode)) return;
    node.terms.push({ entry, mode, plural });
  }

  /** The node reached by a sequence of token norms, or null. */
  walk(tokens: string[]): TrieNode | null {
    let node: TrieNode | null = this.root;
    for (const t of tokens) {
      node = node?.next?.get(t) ?? null;
      if (!node) return null;
    }
    return node;
  }

  /** The office holder of a role in a country on a date (YYYY-MM-DD; null = the latest). */
  holder(country: string, role: string, date: string | null): Entry | null {
    const rows = this.holders.get(country + '|' + role);
    if (!rows) return null;
    let best: Entry | null = null;
    for (const r of rows) {
      if (date) {
        if ((r.start === null || r.start <= date) && (r.end === null || date < r.end)) {
          // A user's row wins; else the latest start when terms overlap at a handover.
          if (!best || (r.user && !best.user) || (r.user === best.user && (r.start ?? '') > (best.start ?? ''))) best = r;
        }
      } else if (r.end === null && (!best || (r.user && !best.user) || (r.user === best.user && (r.start ?? '') > (best.start ?? '')))) best = r;
    }
    return best;
  }
}

/** Entries that compete for the same alias (a user person replaces a built-in person, not a country). */
function sameFamily(a: EntryKind, b: EntryKind): boolean {
  const fam = (k: EntryKind) =>
    k === 'agent' || k === 'role' || k === 'honorific' || k === 'modifier' ? 'word' : 'name';
  return fam(a) === fam(b);
}
