/**
 * Step 2: items -> phrases. Adjacent items form a chain ("Kremlin" "Spokesman" "Dmitry Peskov");
 * a chain is read as [determiner] [owners and modifiers] CORE [of COMPLEMENT] [NAME], where CORE is
 * a title, agent noun or honorific. Chains without a core give one phrase per item.
 * Then appositions link people to role phrases ("Leonid Pasechnik, the head of the Lugansk People's Republic").
 */
import type { Token } from '../../model/doc.js';
import type { Entry } from './lexicon.js';
import type { Item } from './scan.js';

export type PhraseKind =
  | 'person' // a title and a name: "Russian President Vladimir Putin"
  | 'role' // a title without a name: "the Russian president", "the head of the LPR"
  | 'agent' // an agent noun: "Ukrainian forces", "police", "a senior US official"
  | 'single'; // one item on its own: a country, capital, organisation, name, pronoun, reference

export interface Owner {
  item: Item;
}

export interface Phrase {
  kind: PhraseKind;
  /** Token range including a determiner before it, [t0, t1). */
  t0: number;
  t1: number;
  /** For 'single': the item. For the others: the head of the core. */
  head: Item;
  /** Title/agent/honorific items, in order. */
  core: Item[];
  /** The name after a title (a name, person, organisation or reference item). */
  name: Item | null;
  /** Countries, capitals, seats, organisations, regions, references or people the core belongs to. */
  owners: Item[];
  /** Owners that came from an "of" complement (they are mentions of their own). */
  complement: Item[];
  /** Modifier effects: former, deputy, acting, pro, self, skip. */
  mods: Set<string>;
  /** The determiner or quantifier before it ("the", "a", "two"), lower case, or ''. */
  det: string;
  plural: boolean;
  inQuote: boolean;
  /** Apposition: people this role phrase names, or the role phrase that describes this person. */
  persons: Phrase[] | null;
  roleOf: Phrase | null;
  /** Index into roleOf's owners for this person ("X and Y, heads of A and B"). */
  ownerIndex: number;
  /** Inside a short parenthesis ("(DPR and LPR)", "(L)"). */
  inParen: boolean;
  /** Resolved entity keys (set by the resolver). */
  targets: string[];
  /** Unknown organisation names in the "of" complement ("chairman of the Presidential Commission on X"). */
  complementNames?: Item[];
}

const CORE = new Set(['role', 'agent', 'honorific']);
const OWNER = new Set(['country', 'demonym', 'capital', 'seat', 'region', 'organization', 'media', 'person', 'ref', 'name', 'pronoun']);
const NAMEISH = new Set(['name', 'person', 'ref']);
const DETS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'both', 'some', 'several', 'many', 'other', 'all', 'any']);
const COORD = new Set(['and', 'or', ',']);

/** Group one sentence's items into phrases. */
export function buildPhrases(items: Item[], tokens: Token[], first: number): Phrase[] {
  const out: Phrase[] = [];
  const n = items.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i + 1 < n) {
      const a = items[i];
      const b = items[i + 1];
      if (b.kind === 'pronoun') break;
      if (a.kind === 'pronoun' && !(a.possessive && b.t0 === a.end && (CORE.has(b.kind) || b.kind === 'modifier'))) break;
      if (b.t0 === a.end && joinable(a, b)) {
        i++;
        continue;
      }
      // ... also after a modifier that follows an owner ("his national security officials").
      const gapFrom = GAP_OWNER.has(a.kind) || (a.kind === 'modifier' && i > start && (GAP_OWNER.has(items[i - 1].kind) || POSS_GAP_OWNER.has(items[i - 1].kind)) && items[i - 1].end === a.t0);
      if (b.t0 > a.end && b.t0 <= a.end + 2 && CORE.has(b.kind) && gapFrom && plainWords(tokens, a.end, b.t0) && !verbInGap(a, tokens, b.t0)) {
        // "the Russian gas corporation", "Ukrainian radical nationalists": common words between owner and noun.
        i++;
        continue;
      }
      if (a.possessive && b.t0 > a.end && b.t0 <= a.end + 2 && (CORE.has(b.kind) || b.kind === 'modifier') && POSS_GAP_OWNER.has(a.kind) && plainWords(tokens, a.end, b.t0, true)) {
        // "Joe Biden's most senior military officer", "Putin's closest aide", "his longtime adviser".
        i++;
        continue;
      }
      if (b.t0 === a.end + 1 && (COORD.has(tokens[a.end].norm) || glued(tokens, a.end)) && coordinable(items, i, tokens)) {
        b.coord = true;
        i++;
        continue;
      }
      break;
    }
    let chain = items.slice(start, i + 1);
    i++;
    // Split the chain at its core: owners/modifiers, then title/agent words, then a name.
    let c1 = -1; // index of the last core item
    for (let k = chain.length - 1; k >= 0; k--) {
      if (CORE.has(chain[k].kind)) {
        c1 = k;
        break;
      }
    }
    if (c1 < 0) {
      for (const it of chain) out.push(single(it, tokens, first));
      continue;
    }
    let c0 = c1;
    while (c0 > 0 && (CORE.has(chain[c0 - 1].kind) || chain[c0 - 1].kind === 'modifier')) c0--;
    // Items after the core: a name ("President Vladimir Putin", "news agency TASS"); anything else stands alone.
    let name: Item | null = null;
    const after = chain.slice(c1 + 1);
    if (after.length && (isName(after[0]) || (after[0].org && chain[c1].kind === 'agent') || ((after[0].kind === 'organization' || after[0].kind === 'media') && !chain[c1].possessive && fitsOrg(chain[c1], after[0])))) {
      name = after.shift()!;
    }
    const rest = after;
    chain = chain.slice(0, c1 + 1);
    // Owners and modifiers before the core. A possessive core ("the president's") stops here.
    let pre = chain.slice(0, c0);
    // "US President Joe Biden's most senior military officer": the titled person who owns the title is a phrase of
    // its own ("US President Joe Biden"), and only the name owns the title.
    let ni = -1;
    for (let k = pre.length - 1; k > 0; k--) {
      if (isName(pre[k]) && pre[k].possessive) {
        ni = k;
        break;
      }
    }
    if (ni > 0 && CORE.has(pre[ni - 1].kind)) {
      out.push(titledOwner(pre.slice(0, ni + 1), tokens, first));
      pre = pre.slice(ni);
    }
    // "state media": a noun that is an actor only as the head ("the state") modifies the ones after it.
    const core = chain.slice(c0, c1 + 1).filter((it, k, all) => CORE.has(it.kind) && !(it.entry?.definite && k < all.length - 1));
    const mods = new Set<string>();
    for (const it of chain.slice(c0, c1 + 1)) if (it.kind === 'modifier') mods.add(it.entry?.role ?? 'skip');
    const owners: Item[] = [];
    for (const it of pre) {
      if (it.kind === 'modifier') mods.add(it.entry?.role ?? 'skip');
      else if (OWNER.has(it.kind)) owners.push(it);
    }
    const head = core[core.length - 1];
    const p: Phrase = {
      kind: 'agent',
      t0: chain[0].t0,
      t1: head.end,
      head,
      core,
      name: null,
      owners,
      complement: [],
      mods,
      det: '',
      plural: head.plural,
      inQuote: head.inQuote,
      persons: null,
      roleOf: null,
      ownerIndex: 0,
      inParen: false,
      targets: [],
    };
    // "of" complement: "the head of the Lugansk People's Republic", "forces of the Kyiv regime".
    if (!name && !head.possessive && i < n) {
      let pos = head.end;
      while (pos < tokens.length && tokens[pos].norm === 'of' && i < n) {
        let q = pos + 1;
        if (q < tokens.length && DETS.has(tokens[q].norm)) q++;
        if (items[i].t0 !== q) break;
        // "his regime of Russia's war": a possessive belongs to the noun after it, not to the title.
        if (items[i].possessive) break;
        let last = items[i];
        const group = [last];
        i++;
        // (", the Philippines, Singapore and Thailand": a determiner may follow the comma)
        while (i < n && (items[i].t0 === last.end || (items[i].t0 === last.end + 1 && COORD.has(tokens[last.end].norm) && items[i].kind === last.kind) ||
            (items[i].t0 === last.end + 2 && COORD.has(tokens[last.end].norm) && tokens[last.end + 1].norm === 'the' && items[i].kind === last.kind && items[i].kind === 'country'))) {
          if (items[i].kind === 'pronoun') break;
          // "Head of the DPR Denis Pushilin": the name after the complement is the title's.
          if (isName(items[i]) && items[i].t0 === last.end && headTakesName(head) && !NAMEISH.has(last.kind)) break;
          if (items[i].t0 !== last.end) items[i].coord = true;
          last = items[i];
          group.push(last);
          i++;
        }
        for (const it of group) {
          if (OWNER.has(it.kind) && it.kind !== 'name') p.complement.push(it);
          else if (it.kind === 'name' && it.org) (p.complementNames ??= []).push(it);
          if (it.kind === 'modifier') mods.add(it.entry?.role ?? 'skip');
        }
        p.t1 = last.end;
        // A name right after the complement: "Head of the DPR Denis Pushilin".
        const lastIt = group[group.length - 1];
        if (isName(lastIt) && group.length > 1 && CORE.has(group[group.length - 2].kind)) {
          name = lastIt;
          p.complement = p.complement.filter((x) => x !== lastIt);
          break;
        }
        pos = last.end;
        if (i < n && items[i].t0 === pos && isName(items[i]) && headTakesName(head)) {
          name = items[i];
          i++;
          break;
        }
        // "the Ambassador of Ukraine to Italy Yaroslav Melnyk": the host country, then the name.
        if (i + 1 < n && pos < tokens.length && tokens[pos].norm === 'to' && items[i].t0 === pos + 1 && items[i].kind === 'country' && !items[i].possessive &&
            items[i + 1].t0 === items[i].end && isName(items[i + 1]) && headTakesName(head)) {
          p.t1 = items[i].end;
          name = items[i + 1];
          i += 2;
          break;
        }
      }
    }
    if (name) {
      p.name = name;
      p.t1 = Math.max(p.t1, name.end);
      if (name.kind === 'organization' || name.kind === 'media' || !headTakesName(head)) p.kind = 'agent';
      else p.kind = 'person';
    } else if (head.kind === 'role') p.kind = 'role';
    else if (head.kind === 'honorific') p.kind = 'role';
    p.det = determiner(tokens, p, first);
    out.push(p);
    for (const it of rest) out.push(single(it, tokens, first));
  }
  return out;
}

/** The person phrase of a title and a possessive name that owns another title ("President Vladimir Putin's"). */
function titledOwner(items: Item[], tokens: Token[], first: number): Phrase {
  const name = items[items.length - 1];
  name.titled = true;
  let c0 = 0;
  while (c0 < items.length - 1 && !CORE.has(items[c0].kind)) c0++;
  const core = items.slice(c0, -1).filter((it) => CORE.has(it.kind));
  const mods = new Set<string>();
  for (const it of items.slice(0, -1)) if (it.kind === 'modifier') mods.add(it.entry?.role ?? 'skip');
  const p: Phrase = {
    kind: 'person',
    t0: items[0].t0,
    t1: name.t1,
    head: core[core.length - 1],
    core,
    name,
    owners: items.slice(0, c0).filter((it) => OWNER.has(it.kind)),
    complement: [],
    mods,
    det: '',
    plural: false,
    inQuote: name.inQuote,
    persons: null,
    roleOf: null,
    ownerIndex: 0,
    inParen: false,
    targets: [],
  };
  p.det = determiner(tokens, p, first);
  return p;
}

/** A personal name a title may take (not an organisation's name: "Intergovernmental Commission"). */
function isName(it: Item): boolean {
  return NAMEISH.has(it.kind) && !it.org;
}

const GAP_OWNER = new Set(['country', 'demonym', 'capital', 'seat', 'region', 'organization']);
const PERSON_AGENTS = new Set(['member', 'members', 'official']);
const LED_BODIES = new Set(['administration', 'government', 'regime', 'cabinet', 'leadership', 'presidency']);

const POSS_GAP_OWNER = new Set(['person', 'name', 'ref', 'organization', 'media', 'pronoun']);

/** Lower-case nouns or adjectives (and adverbs when allowed: "most") only, no verbs, names or punctuation, in [a, b). */
function plainWords(tokens: Token[], a: number, b: number, adverbs = false): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !(adverbs && t.pos === 'ADV')) return false;
    const c = t.norm.charCodeAt(0);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/**
 * The tagger sometimes reads a verb as a noun in a short sentence ("Israeli troops shot/NOUN dead a teenager",
 * "Afghan forces retook/NOUN Kunduz"). A lower-case NOUN/ADJ at t that is a past-tense form (or an -s form) and is
 * followed by what starts an object ("dead", a determiner, number, pronoun, proper noun or particle) is such a verb:
 * it ends the phrase before it, so it neither heads nor is modified by it. Compounds ("border shots", "peace talks",
 * "armed forces") are followed by a noun and stay nouns.
 */
export function mistaggedVerb(tokens: Token[], t: number, last: number): boolean {
  if (t + 1 >= last) return false;
  const tok = tokens[t];
  if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ') return false;
  const nx = tokens[t + 1];
  if (!verbForm(tok.norm)) {
    // an -s form ("the army shells the town", "police arrests two men")
    const w = tok.norm;
    if (tok.pos !== 'NOUN' || w.length < 4 || w.charCodeAt(w.length - 1) !== 115 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return false;
    // (only before an article, a number or an object pronoun: "military burials every day", "Red Army tanks West" are nouns)
    return nx.pos === 'NUM' || S_OBJECT.has(nx.norm);
  }
  if (nx.norm === 'dead' || PARTICLES.has(nx.norm)) return true;
  if (nx.pos === 'DET' || nx.pos === 'NUM' || nx.pos === 'PRON') return nx.norm !== 'that';
  return nx.pos === 'PROPN';
}

/** "Israel shot dead two militants", "Iran armed militias": a verb after an owner is no modifier of the noun after it. */
function verbInGap(a: Item, tokens: Token[], b0: number): boolean {
  if (mistaggedVerb(tokens, a.end, b0 + 1)) return true;
  // after a state's name (not a demonym: "Ukrainian armed forces"), a past form is the state acting
  return (a.kind === 'country' || a.kind === 'capital' || a.kind === 'seat') && !a.possessive && verbForm(tokens[a.end].norm);
}

const S_OBJECT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'us', 'me']);
const PARTICLES = new Set(['down', 'up', 'off', 'out', 'back', 'away']);
// Irregular past forms (and -s forms of verbs whose past is irregular) the tagger may call nouns.
const IRREGULAR_PAST = new Set(('shot took retook overtook fought hit struck beat caught led held upheld withheld met sent left kept won lost ' +
  'cut shut spent bought brought built drove broke threw overthrew shook stole ran overran slew hung sank blew tore bit drew withdrew ' +
  'fled flew froze gave got hid hurt laid lent made paid rode rose sought sold stood swept swore taught began became came went ' +
  'fell found felt struck stabbed beheaded seized ousted').split(' '));
// Nouns and adjectives ending in -ed.
const ED_NOUNS = new Set(('hundred kindred hatred sacred naked wicked rugged ragged shred sled speed breed greed creed steed reed bed shed red ' +
  'seabed hotbed flatbed deathbed roadbed watershed bloodshed homestead').split(' '));

export function verbForm(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  const n = w.length;
  if (n >= 5 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101) {
    // -ed, but not -eed nouns ("speed", "greed") nor the listed nouns
    return !ED_NOUNS.has(w) && !(w.charCodeAt(n - 3) === 101 && n < 7);
  }
  return false;
}

/** A hyphen with no space on either side ("Belarus-Russian"). */
function glued(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.norm === '-' && k > 0 && tokens[k - 1].end === t.start && k + 1 < tokens.length && tokens[k + 1].start === t.end;
}

/** Can b continue the chain that ends with a? */
function joinable(a: Item, b: Item): boolean {
  if (a.kind === 'name' && b.kind === 'name') return false;
  // "Russia Ukraine" / "Putin Zelensky" glued without a comma are separate.
  if ((a.kind === 'country' || a.kind === 'person') && (b.kind === 'country' || b.kind === 'person') && !a.possessive) return false;
  // "the Reagan administration", "the Putin regime": a known leader's name before the body he leads.
  if ((a.kind === 'person' || (a.kind === 'ref' && a.refs?.[0]?.startsWith('p:'))) && b.kind === 'agent' && LED_BODIES.has(b.entry?.name ?? '')) return true;
  // After a name, only a possessive name owns what follows ("Putin's spokesman").
  if ((a.kind === 'name' || a.kind === 'person' || (a.kind === 'ref' && a.refs?.[0]?.startsWith('p:'))) && !a.possessive) return false;
  return true;
}

/** "Russian and Ukrainian forces", "the Donetsk and Lugansk People's Republics": coordinated owners before a core. */
function coordinable(items: Item[], i: number, tokens: Token[]): boolean {
  const a = items[i];
  const b = items[i + 1];
  if (b.coord && (b.kind === 'organization' || b.kind === 'media')) return true;
  const ak = a.kind === 'demonym' || a.kind === 'country';
  const bk = b.kind === 'demonym' || b.kind === 'country';
  if (!ak || !bk || a.possessive) return false;
  const c = items[i + 2];
  if (!c || (c.kind !== 'agent' && c.kind !== 'role')) return false;
  if (c.t0 === b.end) return true;
  // "Chinese and Pakistani naval units": one or two common words before the shared noun, as after a single owner.
  // (not "The United States, Taiwan's main trading partner": an apposition)
  const cj = tokens[a.end].norm;
  return (cj === 'and' || cj === 'or') && !b.possessive && c.t0 > b.end && c.t0 <= b.end + 2 && GAP_OWNER.has(b.kind) && plainWords(tokens, b.end, c.t0) && !verbInGap(b, tokens, c.t0);
}

/** "news agency TASS", "the militant group Hamas", but not "his official Twitter". */
function fitsOrg(core: Item, org: Item): boolean {
  const c = core.entry;
  const o = org.entry;
  if (!c || !o) return false;
  if (core.kind === 'role') return true;
  return c.sector === o.sector || (c.sector === 'REB' && o.sector === 'MIL') || (c.weak && (c.sector === 'MED' || c.sector === 'BUS'));
}

function headTakesName(head: Item): boolean {
  // ("politburo member Pham Hung", "Kremlin official Ivan Petrov": a singular person noun before a name)
  return head.kind === 'honorific' || (head.kind === 'role' && (head.entry?.nameTitle ?? false)) || (head.kind === 'agent' && !head.plural && PERSON_AGENTS.has(head.entry?.name ?? ''));
}

function single(it: Item, tokens: Token[], first: number): Phrase {
  const p: Phrase = {
    kind: 'single',
    t0: it.t0,
    t1: it.t1,
    head: it,
    core: [],
    name: null,
    owners: [],
    complement: [],
    mods: new Set(),
    det: '',
    plural: it.plural,
    inQuote: it.inQuote,
    persons: null,
    roleOf: null,
    ownerIndex: 0,
    inParen: false,
    targets: [],
  };
  p.det = determiner(tokens, p, first);
  return p;
}

/** Take a determiner or quantifier right before the phrase into it. */
function determiner(tokens: Token[], p: Phrase, first: number): string {
  const d = p.t0 - 1;
  if (d < first) return '';
  const n = tokens[d].norm;
  // "their own people"
  if (n === 'own' && d - 1 >= first && (tokens[d - 1].norm === 'their' || tokens[d - 1].norm === 'our')) {
    p.t0 = d;
    return determiner(tokens, p, first);
  }
  // "stressed that militants must stop": "that"/"this" before a plural is a conjunction, not a determiner.
  if ((n === 'that' || n === 'this') && p.plural) return '';
  if (n === 'the' || n === 'a' || n === 'an' || DETS.has(n)) {
    p.t0 = d;
    // "the two republics' heads": keep "the" too
    if ((n === 'two' || n === 'both' || n === 'three') && d - 1 >= first && tokens[d - 1].norm === 'the') p.t0 = d - 1;
    return n;
  }
  return '';
}

/**
 * Coordinated group nouns share what only one of them says: "students and professors of Israeli universities"
 * (the "of" complement of the second), "Ukrainian soldiers and civilians" (the owner of the first).
 */
export function shareCoordination(phrases: Phrase[], tokens: Token[]): void {
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k];
    const b = phrases[k + 1];
    if (!isGroup(a) || !isGroup(b) || a.name || b.name) continue;
    let x = a.t1;
    if (x < b.t0 && tokens[x].norm === ',') x++;
    if (x >= b.t0 || (tokens[x].norm !== 'and' && tokens[x].norm !== 'or') || x + 1 !== b.t0) continue;
    if (a.owners.length === 0 && a.complement.length === 0 && b.complement.length && !a.head.possessive) {
      a.complement = b.complement.slice();
    } else if (b.owners.length === 0 && b.complement.length === 0 && a.owners.length && b.det === '' && !a.head.possessive && a.owners.every((o) => !o.possessive)) {
      b.owners = a.owners.slice();
    }
  }
}

function isGroup(p: Phrase): boolean {
  return p.kind === 'agent' || (p.kind === 'role' && p.plural);
}

/**
 * Appositions in one sentence: a list of people next to a role phrase, either way round,
 * separated by a comma (a short parenthesis like "(L)" or "(DPR and LPR)" may come between).
 */
export function linkAppositions(phrases: Phrase[], tokens: Token[]): void {
  markParens(phrases, tokens);
  for (let k = 0; k < phrases.length; k++) {
    const r = phrases[k];
    if (r.name || r.inParen) continue;
    // A title ("the head of the LPR"), or one of a kind ("an opposition member").
    if (r.kind !== 'role' && !(r.kind === 'agent' && !r.plural && (r.det === 'a' || r.det === 'an'))) continue;
    // people before: "Leonid Pasechnik (L) and Denis Pushilin, Heads of ..."
    let kb = k - 1;
    while (kb >= 0 && phrases[kb].inParen) kb--;
    const before = personList(phrases, kb, -1, tokens);
    if (before.length && commaBetween(tokens, before[0].t1, r.t0)) {
      link(r, before.reverse());
      continue;
    }
    // people after: "The heads of ... (DPR and LPR), Denis Pushilin and Leonid Pasechnik"
    let ka = k + 1;
    while (ka < phrases.length && phrases[ka].inParen) ka++;
    const after = personList(phrases, ka, 1, tokens);
    if (after.length && commaBetween(tokens, r.t1, after[0].t0)) link(r, after);
  }
}

/** Flag phrases inside a short parenthesis (at most 8 tokens). */
function markParens(phrases: Phrase[], tokens: Token[]): void {
  for (const p of phrases) {
    const o = p.t0 - 1;
    if (o < 0) continue;
    for (let k = o; k >= 0 && k >= p.t0 - 8; k--) {
      const n = tokens[k].norm;
      if (n === ')') break;
      if (n === '(') {
        for (let e = p.t1; e < tokens.length && e <= k + 9; e++) {
          if (tokens[e].norm === ')') {
            p.inParen = true;
            break;
          }
          if (tokens[e].norm === '(') break;
        }
        break;
      }
    }
  }
}

function link(r: Phrase, persons: Phrase[]): void {
  r.persons = persons;
  persons.forEach((p, idx) => {
    p.roleOf = r;
    p.ownerIndex = idx;
  });
}

function isPersonLike(p: Phrase): boolean {
  if (p.kind === 'person') return true;
  if (p.kind !== 'single') return false;
  const k = p.head.kind;
  return k === 'person' || (k === 'name' && p.head.t1 - p.head.t0 >= 2) || (k === 'ref' && p.head.refs?.[0]?.startsWith('p:') === true);
}

/** People in a row from phrase k going in direction dir, joined by "and", "," or a short parenthesis. */
function personList(phrases: Phrase[], k: number, dir: 1 | -1, tokens: Token[]): Phrase[] {
  const out: Phrase[] = [];
  while (k >= 0 && k < phrases.length && (isPersonLike(phrases[k]) || phrases[k].inParen)) {
    const p = phrases[k];
    if (p.inParen) {
      k += dir;
      continue;
    }
    if (out.length) {
      const prev = out[out.length - 1];
      const [a, b] = dir === 1 ? [prev.t1, p.t0] : [p.t1, prev.t0];
      if (!listGlue(tokens, a, b)) break;
    }
    out.push(p);
    k += dir;
  }
  return out;
}

/** Tokens between two list members: "and", ",", ", and", possibly after a short parenthesis. */
function listGlue(tokens: Token[], a: number, b: number): boolean {
  let x = skipParen(tokens, a, b);
  if (x < b && tokens[x].norm === ',') x++;
  if (x < b && (tokens[x].norm === 'and' || tokens[x].norm === 'or')) x++;
  return x === b && b > a;
}

/** Only a comma, or a dash with spaces around it (after an optional short parenthesis), between a and b. */
function commaBetween(tokens: Token[], a: number, b: number): boolean {
  const x = skipParen(tokens, a, b);
  if (b !== x + 1) return false;
  const t = tokens[x];
  if (t.norm === ',') return true;
  return (t.norm === '-' || t.norm === '—' || t.norm === '–') && x > 0 && tokens[x - 1].end < t.start && t.end < tokens[b].start;
}

function skipParen(tokens: Token[], a: number, b: number): number {
  if (a < b && tokens[a].norm === '(') {
    for (let k = a + 1; k < b && k <= a + 6; k++) if (tokens[k].norm === ')') return k + 1;
  }
  return a;
}

export function entryOf(it: Item): Entry | null {
  return it.entry;
}
