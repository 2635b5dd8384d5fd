/**
 * Step 1 of the actors stage: one pass over a sentence's tokens that finds the lexical items —
 * dictionary matches (longest match in the trie), capitalised name runs, pronouns, abbreviations
 * the article defined, and back-references to organisations named earlier ("the republics").
 */
import type { Token } from '../../model/doc.js';
import { CaseMode, makeEntry, singulars, type Entry, type EntryKind, type Lexicon, type Terminal, type TrieNode } from './lexicon.js';

export type ItemKind = EntryKind | 'name' | 'pronoun' | 'ref';

export interface Item {
  kind: ItemKind;
  /** Token range of the words, [t0, t1). */
  t0: number;
  t1: number;
  /** One past the last token including a possessive "'s"/"'" after it. */
  end: number;
  entry: Entry | null;
  possessive: boolean;
  plural: boolean;
  /** Entity keys a 'ref' item (abbreviation, back-reference, surname) stands for. */
  refs: string[] | null;
  /** Inside a direct quotation. */
  inQuote: boolean;
  /** Coordinated with the previous item by "and"/","/"or" ("Donetsk and Lugansk People's Republics"). */
  coord: boolean;
  /** A name run that ends in an organisation word ("Intergovernmental Commission"): never a title's person. */
  org: boolean;
  /** A possessive name that has a phrase of its own with its title ("President Vladimir Putin's spokesman"). */
  titled?: boolean;
}

/** What the scanner needs to know about the document so far. */
export interface ScanState {
  /** Abbreviations defined in the text ("DPR") -> entity keys. */
  abbrevs: Map<string, string[]>;
  /** Head nouns of organisations named so far ("republic") -> entity keys, in order of appearance. */
  heads: Map<string, string[]>;
  /** Surnames and full names of people named so far (lower case) -> entity key. */
  surnames: Map<string, string>;
  /** Inside a direct quotation at the current token (straight double quotes toggle it per paragraph). */
  inQuote: boolean;
  /** The article's date (YYYY-MM-DD) or null: picks among people who share a name ("Stoltenberg"). */
  date: string | null;
}

/** Kinds tried first when one alias names several entries. */
const PRIORITY: Record<EntryKind, number> = {
  person: 9,
  organization: 8,
  media: 8,
  country: 7,
  seat: 6,
  capital: 5,
  region: 4,
  demonym: 3,
  role: 2,
  agent: 2,
  honorific: 1,
  modifier: 0,
};

const NONE: string[] = [];
const DETS_AND_GLUE = new Set(['and', 'or', ',', '&']);

export class Scanner {
  constructor(
    private readonly lex: Lexicon,
    private readonly words: { speech: Set<string> },
  ) {}

  /** Is token i written with a capital first letter (and is a word)? */
  static capital(text: string, tok: Token): boolean {
    const c = text.charCodeAt(tok.start);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return /\p{Lu}/u.test(text[tok.start]);
  }

  /** All letters upper case (at least two letters). */
  static upper(text: string, tok: Token): boolean {
    let letters = 0;
    for (let p = tok.start; p < tok.end; p++) {
      const c = text.charCodeAt(p);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      else if (c > 127) {
        const ch = text[p];
        if (ch !== ch.toUpperCase()) return false;
        if (ch !== ch.toLowerCase()) letters++;
      }
    }
    return letters >= 1;
  }

  /**
   * The items of one sentence [first, last). `caps` says the sentence is written in capitals
   * (a wire headline): then names are not guessed and short upper-case aliases that are also
   * English words ("US", "IS", "WHO") do not match.
   */
  /** The document state while a sentence is scanned (read by `distance`). */
  private state: ScanState | null = null;

  scan(text: string, tokens: Token[], first: number, last: number, state: ScanState, caps: boolean, titleCase: boolean): Item[] {
    this.state = state;
    const items: Item[] = [];
    const root = this.lex.root.next!;
    const lex = this.lex;
    for (let i = first; i < last; i++) {
      const tok = tokens[i];
      const norm = tok.norm;
      if (norm === '"') {
        state.inQuote = !state.inQuote;
        continue;
      }
      const c0 = norm.charCodeAt(0);
      // Abbreviations the article defined win over the dictionary.
      if (state.abbrevs.size > 0 && c0 >= 97 && c0 <= 122) {
        const refs = state.abbrevs.get(text.slice(tok.start, tok.end).replace(/'s$/i, ''));
        if (refs && Scanner.upper(text, tok)) {
          items.push(this.refItem(tokens, i, i + 1, refs, state, norm.endsWith("'s")));
          i = items[items.length - 1].end - 1;
          continue;
        }
      }
      // "Nigerian Trade Minister", "Secretary of Trade and Industry": the field of a ministry is a modifier of the title.
      if (lex.portfolios.has(norm) && !caps && Scanner.capital(text, tok) && !(root.get(norm)?.next?.has(tokens[i + 1]?.norm ?? ''))) {
        const pf = this.portfolio(text, tokens, i, last, items);
        if (pf) {
          items.push(pf);
          i = pf.end - 1;
          continue;
        }
      }
      const m = root.has(norm) || norm.endsWith("'s") || norm.startsWith('pro-') ? this.match(text, tokens, i, last, caps) : null;
      if (m && !this.firstNameNotPlace(text, tokens, m, last)) {
        m.inQuote = state.inQuote;
        this.pairCompound(text, tokens, m, last, caps);
        // "the Pillsbury Company", "Lehman Brothers": a capitalised group word right after a name ends an organisation's name.
        const prev = items[items.length - 1];
        if (prev && prev.kind === 'name' && !prev.possessive && prev.end === m.t0 && (m.kind === 'agent' || m.kind === 'role') &&
            NAME_SUFFIX_SECTORS.has(m.entry?.sector ?? '') && Scanner.capital(text, tokens[m.t0]) && (m.kind === 'agent' || m.entry?.needsOwner)) {
          prev.t1 = m.t1;
          prev.end = m.end;
          prev.possessive = m.possessive;
          prev.org = true;
          prev.entry = m.entry?.sector === 'MED' ? m.entry : { ...m.entry!, sector: 'BUS' };
          if (!prev.possessive) corporateSuffix(text, tokens, prev, last);
          i = prev.end - 1;
          continue;
        }
        if (m.kind === 'organization' || m.kind === 'media') corporateSuffix(text, tokens, m, last);
        this.coordination(text, tokens, m, first, items, caps);
        items.push(m);
        i = m.end - 1;
        continue;
      }
      if (c0 >= 97 && c0 <= 122 || c0 > 127) {
        if (Scanner.capital(text, tok) && !caps) {
          const run = this.nameRun(text, tokens, i, last, state, titleCase);
          if (run) {
            run.inQuote = state.inQuote;
            // "Securities and Exchange Commission", "Savings and Loan Association": an organisation name with "and".
            const b = run.t0 - 2;
            if (run.kind === 'name' && b >= first && (tokens[b + 1].norm === 'and' || tokens[b + 1].norm === '&') && Scanner.capital(text, tokens[b]) &&
                this.lex.orgWords.has(tokens[run.t1 - 1].norm)) {
              const prev = items[items.length - 1];
              if (!prev || prev.end <= b || (prev.kind === 'name' && prev.t0 >= b - 3 && prev.t1 === b + 1)) {
                if (prev && prev.end > b) {
                  items.pop();
                  run.t0 = prev.t0;
                } else run.t0 = b;
              }
            }
            // "General Cinema Corp", "Citizens Fidelity Bank": capitalised title or group words right before an
            // organisation's name are part of it.
            if (run.kind === 'name' && run.org) {
              while (items.length) {
                const prev = items[items.length - 1];
                if (prev.end !== run.t0 || prev.possessive || !NAME_PREFIX.has(prev.kind) || !Scanner.capital(text, tokens[prev.t0])) break;
                // ... but an institution keeps its own name before a body of it ("the U.S. Senate Agriculture Committee").
                if (prev.kind === 'agent' && !PEOPLE_SECTORS.has(prev.entry?.sector ?? '')) break;
                items.pop();
                run.t0 = prev.t0;
              }
            }
            items.push(run);
            i = run.end - 1;
            continue;
          }
        }
        if ((norm === 'he' || norm === 'she') && !caps) {
          items.push(item('pronoun', i, i + 1, null, state.inQuote));
          continue;
        }
        if ((norm === 'his' || norm === 'her' || norm === 'its') && !caps) {
          const it = item('pronoun', i, i + 1, null, state.inQuote);
          it.possessive = true;
          items.push(it);
          continue;
        }
        if (state.heads.size > 0) {
          const r = this.backRef(tokens, i, first, state);
          if (r) {
            items.push(r);
            i = r.end - 1;
          }
        }
      }
    }
    return items;
  }

  /** Portfolio words at i ("Trade", "Oil and Energy") when a title follows them or "of" after a title precedes them. */
  private portfolio(text: string, tokens: Token[], i: number, last: number, items: Item[]): Item | null {
    const pf = this.lex.portfolios;
    let j = i + 1;
    while (j < last) {
      const n = tokens[j].norm;
      if (pf.has(n) && Scanner.capital(text, tokens[j])) j++;
      else if ((n === 'and' || n === '&' || n === ',') && j + 1 < last && pf.has(tokens[j + 1].norm) && Scanner.capital(text, tokens[j + 1])) j += 2;
      else break;
    }
    const prev = items[items.length - 1];
    const afterTitle = i >= 2 && (tokens[i - 1].norm === 'of' || tokens[i - 1].norm === 'for') && prev && prev.end === i - 1 && TITLE_KINDS.has(prev.kind);
    let beforeTitle = false;
    if (!afterTitle && j < last) {
      const m = this.match(text, tokens, j, last, false);
      beforeTitle = !!m && (m.kind === 'role' || (m.kind === 'agent' && (m.entry?.name === 'ministry' || m.entry?.name === 'department')));
    }
    if (!afterTitle && !beforeTitle) return null;
    return item('modifier', i, j, PORTFOLIO_ENTRY, this.state?.inQuote ?? false);
  }

  private refItem(tokens: Token[], t0: number, t1: number, refs: string[], state: ScanState, glued: boolean): Item {
    const it = item('ref', t0, t1, null, state.inQuote);
    it.refs = refs;
    if (glued) it.possessive = true;
    else possessive(tokens, it);
    return it;
  }

  /** Longest dictionary match starting at token i. */
  match(text: string, tokens: Token[], i: number, last: number, caps: boolean): Item | null {
    let node: TrieNode = this.lex.root;
    let best: Item | null = null;
    for (let j = i; j < last; j++) {
      const norm = tokens[j].norm;
      const child: TrieNode | undefined = node.next?.get(norm);
      if (!child) {
        // Variants of the last word: a glued possessive ("NATO's"), a plural ("republics"), "pro-Russian".
        if (!node.next) break;
        if (norm.endsWith("'s") && norm.length > 2) {
          const stem = node.next.get(norm.slice(0, -2));
          // "NATO's" (a possessive glued to a name), or "Poor's" inside a name ("Standard and Poor's").
          const inner = stem?.next?.get("'s");
          if (inner?.terms) {
            const t = this.accept(text, tokens, i, j + 1, inner.terms, caps);
            if (t) {
              best = item(t.entry.kind, i, j + 1, t.entry, false);
              break;
            }
          }
          const c = stem;
          const t = c && this.accept(text, tokens, i, j + 1, c.terms, caps);
          if (t) {
            best = item(t.entry.kind, i, j + 1, t.entry, false);
            best.possessive = true;
            best.plural = t.plural;
          }
        } else if (j === i && norm.startsWith('pro-')) {
          const c = node.next.get(norm.slice(4));
          const t = c && this.accept(text, tokens, i, j + 1, c.terms, true);
          if (t && (t.entry.kind === 'demonym' || t.entry.kind === 'country')) {
            // "pro-Russian separatists": the country is their patron, not theirs.
            best = item('modifier', i, j + 1, { ...t.entry, kind: 'modifier', role: 'pro' }, false);
          }
        } else {
          for (const s of j > i ? singulars(norm) : NONE) {
            const c = node.next.get(s);
            const t = c && this.accept(text, tokens, i, j + 1, c.terms, caps);
            if (t && (t.entry.kind === 'organization' || t.entry.kind === 'media')) {
              best = item(t.entry.kind, i, j + 1, t.entry, false);
              best.plural = true;
              break;
            }
          }
        }
        break;
      }
      node = child;
      if (node.terms) {
        const t = this.accept(text, tokens, i, j + 1, node.terms, caps);
        if (t) {
          best = item(t.entry.kind, i, j + 1, t.entry, false);
          best.plural = t.plural;
        }
      }
    }
    if (best && !best.possessive) possessive(tokens, best);
    // "the Saudi-led coalition", "Russian-led forces": the leader's country, read over "-led"; "Iranian-backed militias":
    // the country is their patron, as in "pro-Iranian"
    if (best && !best.possessive && (best.kind === 'demonym' || best.kind === 'country') && tokens[best.end]?.norm === '-' && tokens[best.end + 1] && tokens[best.end + 1].start === tokens[best.end].end) {
      const w = tokens[best.end + 1].norm;
      // (not before "coalition", nor after a country name: the events stage reads "the U.S.-led coalition", "a Saudi-led
      // coalition" as that state's military, events/agents.ts)
      if (w === 'led' && best.kind === 'demonym' && !LED_GROUPS.has(tokens[best.end + 2]?.norm ?? '')) best = { ...best, t1: best.end + 2, end: best.end + 2 };
      else if (PATRON_PARTICIPLES.has(w) && best.entry) best = item('modifier', best.t0, best.end + 2, { ...best.entry, kind: 'modifier', role: 'pro' }, best.inQuote);
    }
    return best;
  }

  /** The best entry among a node's terminals that the text's case allows, or null. */
  private accept(text: string, tokens: Token[], t0: number, t1: number, terms: Terminal[] | null, caps: boolean): Terminal | null {
    if (!terms) return null;
    let best: Terminal | null = null;
    let bestP = -1;
    let bestD = Infinity;
    for (const t of terms) {
      if (!this.caseOk(text, tokens, t0, t1, t.mode, caps)) continue;
      const e = t.entry.replacedBy ?? t.entry;
      const p = PRIORITY[e.kind] + (e.user ? 10 : 0);
      if (p < bestP) continue;
      // People who share an alias ("Stoltenberg"): the one named before in this article, else the nearest in time.
      const d = e.kind === 'person' && terms.length > 1 ? this.distance(e) : 0;
      if (p > bestP || d < bestD) {
        best = e === t.entry ? t : { entry: e, mode: t.mode, plural: t.plural };
        bestP = p;
        bestD = d;
      }
    }
    return best;
  }

  /** How far a person is from this article: 0 if named before in it, else days from the date to their terms. */
  private distance(e: Entry): number {
    const st = this.state;
    if (!st) return 1;
    if (st.surnames.get(e.name.toLowerCase()) === 'p:' + e.name.toLowerCase()) return -1;
    const date = st.date;
    if (!date) {
      // No date: the one in office most recently ("Mr Stoltenberg" in an undated article is NATO's).
      let latest = 0;
      for (const r of e.rows ?? [e]) latest = Math.max(latest, r.end ? +r.end.slice(0, 4) : 9999);
      return 1 + (10000 - latest) / 10000;
    }
    let best = Infinity;
    for (const r of e.rows ?? [e]) {
      if ((r.start === null || r.start <= date) && (r.end === null || date < r.end)) return 0;
      for (const x of [r.start, r.end]) if (x) best = Math.min(best, Math.abs(Date.parse(x) - Date.parse(date)) / 864e5);
    }
    return best;
  }

  private caseOk(text: string, tokens: Token[], t0: number, t1: number, mode: CaseMode, caps: boolean): boolean {
    if (mode === CaseMode.Any) return true;
    const tok = tokens[t0];
    if (mode === CaseMode.Cap) return Scanner.capital(text, tok);
    // Upper: every matched word upper case; in a capitals headline only when it is not also an English word.
    for (let k = t0; k < t1; k++) {
      const tk = tokens[k];
      if (tk.norm.length === 1 && !/[a-z]/.test(tk.norm)) continue;
      if (!Scanner.upper(text, tk)) return false;
    }
    if (caps && t1 - t0 === 1 && ENGLISH_SHORT.has(tokens[t0].norm)) return false;
    return true;
  }

  /**
   * "Russia-Turkey commission", "US-Russian talks", "Russia-Ukraine war": two states joined by a hyphen describe
   * what follows; neither acts. The pair becomes one modifier item.
   */
  private pairCompound(text: string, tokens: Token[], m: Item, last: number, caps: boolean): void {
    const k = m.entry?.kind;
    if ((k !== 'country' && k !== 'demonym') || m.possessive || m.t1 + 1 >= last) return;
    const dash = tokens[m.t1];
    if (dash.norm !== '-' || dash.start !== tokens[m.t1 - 1].end || tokens[m.t1 + 1].start !== dash.end) return;
    const m2 = this.match(text, tokens, m.t1 + 1, last, caps);
    const k2 = m2?.entry?.kind;
    // ("the Iran-contra scandal": a state and an organisation, too)
    if (!m2 || (k2 !== 'country' && k2 !== 'demonym' && k2 !== 'organization')) return;
    // "Belarus-Russian military exercises": both own the group noun after them (read as a coordination).
    const after = m2.end < last ? this.match(text, tokens, m2.end, last, caps) : null;
    if (after && (after.kind === 'agent' || after.kind === 'role')) return;
    m.kind = 'modifier';
    m.entry = { ...m.entry!, kind: 'modifier', role: 'skip' };
    m.t1 = m2.t1;
    m.end = m2.end;
    m.possessive = m2.possessive;
  }

  /** "Jordan Bardella", "Israel Katz": a one-word place that is also a first name, before a capitalised word. */
  private firstNameNotPlace(text: string, tokens: Token[], m: Item, last: number): boolean {
    if (m.t1 - m.t0 !== 1 || m.possessive) return false;
    const k = m.entry?.kind;
    if (k !== 'country' && k !== 'capital' && k !== 'demonym' && k !== 'region') return false;
    if (!this.lex.firstNames.has(tokens[m.t0].norm)) return false;
    const nx = m.t1;
    if (nx >= last) return false;
    const tok = tokens[nx];
    if (!Scanner.capital(text, tok) || tok.norm.length < 2 || this.lex.notNames.has(tok.norm)) return false;
    if (tokens[m.t0].end === tok.start) return false;
    return !this.lex.root.next!.has(tok.norm);
  }

  /**
   * "the Donetsk and Lugansk People's Republics": after matching "Donetsk People's Republics", try the
   * capitalised word before "and" in place of the first word ("Lugansk People's Republic").
   */
  private coordination(text: string, tokens: Token[], m: Item, first: number, items: Item[], caps: boolean): void {
    const k = m.entry?.kind;
    if (k !== 'organization' && k !== 'media' && k !== 'country') return;
    const span = m.t1 - m.t0;
    if (span < 2) return;
    const andAt = m.t0 - 1;
    const w = m.t0 - 2;
    if (w < first || !DETS_AND_GLUE.has(tokens[andAt].norm)) return;
    if (!Scanner.capital(text, tokens[w])) return;
    const words = [tokens[w].norm];
    for (let j = m.t0 + 1; j < m.t1; j++) words.push(tokens[j].norm);
    let terms = this.lex.walk(words)?.terms ?? null;
    if (!terms && m.plural) {
      for (const sg of singulars(words[words.length - 1])) {
        terms = this.lex.walk([...words.slice(0, -1), sg])?.terms ?? null;
        if (terms) break;
      }
    }
    const e = terms && this.accept(text, tokens, w, w + 1, terms, caps)?.entry;
    if (!e || e === m.entry) return;
    // Drop a name run the scanner made of that word.
    const prev = items[items.length - 1];
    if (prev && prev.t0 === w) items.pop();
    if (items.length && items[items.length - 1].end > w) return;
    items.push(item(e.kind, w, w + 1, e, m.inQuote));
    m.coord = true;
  }

  /**
   * A run of capitalised words: "Leonid Pasechnik", "Jean-Claude Juncker", "Mohammed bin Salman".
   * Returns a 'name' item, or a 'ref' item for a known surname, or null (single unknown words,
   * sentence-initial capitals, months and the like).
   */
  private nameRun(text: string, tokens: Token[], i: number, last: number, state: ScanState, titleCase: boolean): Item | null {
    const lex = this.lex;
    const tok = tokens[i];
    // "North" after "Oliver North": a surname named before wins over the word's class.
    if (lex.notNames.has(tok.norm) && COMPASS.has(tok.norm) && state.surnames.has(tok.norm) && !(i + 1 < last && Scanner.capital(text, tokens[i + 1]))) {
      const r = item('ref', i, i + 1, null, state.inQuote);
      r.refs = [state.surnames.get(tok.norm)!];
      possessive(tokens, r);
      return r;
    }
    if (lex.notNames.has(tok.norm) || tok.norm.length < 2) return null;
    // "The Times", "the Post": a capitalised head noun of a body named before, after a determiner.
    if (state.heads.size > 0 && state.heads.has(tok.norm) && !(i + 1 < last && Scanner.capital(text, tokens[i + 1]))) {
      const r = this.backRef(tokens, i, Math.max(0, i - 3), state);
      if (r) return r;
    }
    let j = i + 1;
    while (j < last) {
      const t = tokens[j];
      const n = t.norm;
      // "Oliver North", "Richard South": a compass word after a first name, with no place name after it, is a surname.
      const compass = COMPASS.has(n) && (j + 1 >= last || (!Scanner.capital(text, tokens[j + 1]) && !NOT_AFTER_SURNAME.has(tokens[j + 1].norm)));
      if (Scanner.capital(text, t) && (!lex.notNames.has(n) || compass) && /\p{L}/u.test(n)) {
        if (compass) {
          j++;
          continue;
        }
        if (lex.root.next!.has(n) && this.stopsName(text, tokens, j, last)) break;
        j++;
        continue;
      }
      // Inner particles and hyphens: "bin", "al-", "Jean-Claude", "Jong-un".
      if (lex.particles.has(n) && j + 1 < last && Scanner.capital(text, tokens[j + 1])) {
        j++;
        continue;
      }
      // Pieces of one word the segmenter split ("Erdo" "ğ" "an").
      if (t.start === tokens[j - 1].end && /^\p{L}/u.test(n) && n !== "'s") {
        j++;
        continue;
      }
      if (n === '-' && t.start === tokens[j - 1].end && j + 1 < last && tokens[j + 1].start === t.end && /^\p{L}/u.test(tokens[j + 1].norm)) {
        j += 2;
        continue;
      }
      break;
    }
    // "Presidential Commission on Good Government", "Council for Mutual Economic Assistance": an organisation's
    // name goes on over "on"/"for"/"of" and capitalised words.
    let extended = false;
    // (not over a date: "the Future Forward Party on Friday")
    if (j - i > 1 && lex.orgWords.has(tokens[j - 1].norm) && j + 1 < last && ORG_LINK.has(tokens[j].norm) && Scanner.capital(text, tokens[j + 1]) && !DATE_WORDS.has(tokens[j + 1].norm)) {
      let k = j + 1;
      while (k < last && (Scanner.capital(text, tokens[k]) || (tokens[k].norm === 'and' && k + 1 < last && Scanner.capital(text, tokens[k + 1])))) k++;
      const m = this.match(text, tokens, j + 1, last, false);
      const place = m && (m.kind === 'country' || m.kind === 'capital' || m.kind === 'region' || m.kind === 'demonym');
      if (!place) {
        j = k;
        extended = true;
      }
    }
    // Titles in headlines run on ("Kremlin Says Ukraine Rebels"): keep only a run that starts with a first name.
    const it = item('name', i, j, null, state.inQuote);
    it.org = extended || (j - i > 1 && lex.orgWords.has(tokens[j - 1].norm));
    possessive(tokens, it);
    const surname = state.surnames.get(nameKey(tokens, i, j));
    if (surname) {
      it.kind = 'ref';
      it.refs = [surname];
      return it;
    }
    if (j - i === 1) {
      // One unknown capitalised word is a name only with evidence the phrase rules see (a title before it).
      return it;
    }
    if (titleCase && !lex.firstNames.has(tok.norm)) return null;
    return it;
  }

  /** A dictionary word inside a capitalised run ends the name when it is a title, agent or organisation. */
  private stopsName(text: string, tokens: Token[], j: number, last: number): boolean {
    const m = this.match(text, tokens, j, last, false);
    if (!m || !m.entry) return false;
    const k = m.entry.kind;
    return k !== 'capital' && k !== 'region' && k !== 'modifier' && !m.entry.definite;
  }

  /** "the republics", "those republics'", "the two republics' heads": organisations named before. */
  private backRef(tokens: Token[], i: number, first: number, state: ScanState): Item | null {
    const norm = tokens[i].norm;
    let refs = state.heads.get(norm);
    let plural = false;
    if (!refs) {
      for (const s of singulars(norm)) {
        refs = state.heads.get(s);
        if (refs) {
          plural = true;
          break;
        }
      }
    }
    if (!refs) return null;
    let d = i - 1;
    let count = 0;
    if (d >= first && (tokens[d].norm === 'two' || tokens[d].norm === 'both' || tokens[d].norm === 'three')) {
      count = tokens[d].norm === 'three' ? 3 : 2;
      d--;
    }
    if (d < first || !REF_DETS.has(tokens[d].norm)) return null;
    const keys = plural ? refs.slice(count ? -count : 0) : refs.slice(-1);
    const it = item('ref', count ? i - 1 : i, i + 1, null, state.inQuote);
    it.refs = keys;
    it.plural = plural;
    possessive(tokens, it);
    return it;
  }

  isSpeech(norm: string): boolean {
    return this.words.speech.has(norm);
  }
}

/** Items whose capitalised words may begin an organisation's name ("General Cinema Corp", "Citizens Fidelity Bank"). */
const NAME_PREFIX = new Set(['role', 'honorific', 'agent', 'modifier']);
const PEOPLE_SECTORS = new Set(['CVL', 'BUS', 'LAB', 'AGR', 'REF', 'EDU', 'HLH']);
const NAME_SUFFIX_SECTORS = new Set(['BUS', 'CVL', 'MED']);

const REF_DETS = new Set(['the', 'those', 'these', 'this', 'that', 'both']);

/** Short English words that an upper-case headline writes like abbreviations. */
const ENGLISH_SHORT = new Set([
  'us', 'is', 'it', 'who', 'an', 'as', 'at', 'am', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'me', 'my', 'no', 'of',
  'on', 'or', 'so', 'to', 'up', 'we', 'all', 'are', 'can', 'may', 'one', 'not', 'now', 'new', 'out', 'aid', 'set',
]);

/** Groups after "X-led" that the events stage codes as X's military (events/agents.ts). */
const LED_GROUPS = new Set(['coalition']);
/** "Iranian-backed militias": participles after a country that make it the group's patron. */
const PATRON_PARTICIPLES = new Set(['backed', 'sponsored', 'supported', 'funded', 'armed', 'trained', 'allied', 'aligned']);

function item(kind: ItemKind, t0: number, t1: number, entry: Entry | null, inQuote: boolean): Item {
  return { kind, t0, t1, end: t1, entry, possessive: false, plural: false, refs: null, inQuote, coord: false, org: false };
}

const ORG_LINK = new Set(['on', 'for', 'of']);
/** Weekdays and months: a name does not run on over "on Friday", "in January". */
const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const NOT_AFTER_SURNAME = new Set(['of', '-', 'bank', 'coast', 'side', 'wing']);
const TITLE_KINDS = new Set(['role', 'agent']);
const PORTFOLIO_ENTRY: Entry = makeEntry({ kind: 'modifier', name: 'portfolio', role: 'skip', source: 'words.tsv' });

const CORP_SUFFIX = new Set(['co', 'co.', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'ag', 'sa', 'group', 'holdings', 'llc', 'nv', 'bv']);

/** "General Motors Corp", "Gazprom Group": a company suffix after an organisation is part of its name. */
function corporateSuffix(text: string, tokens: Token[], m: Item, last: number): void {
  if (m.possessive) return;
  let t = m.t1;
  // "Toyota Motor Corp", "Elders IXL Ltd": one or two capitalised words before a company suffix are part of the name.
  for (let k = 1; k <= 2 && t + k < last; k++) {
    if (!Scanner.capital(text, tokens[t + k - 1]) || CORP_SUFFIX.has(tokens[t + k - 1].norm)) break;
    if (CORP_SUFFIX.has(tokens[t + k].norm) && Scanner.capital(text, tokens[t + k])) {
      t += k;
      break;
    }
  }
  while (t < last && CORP_SUFFIX.has(tokens[t].norm) && Scanner.capital(text, tokens[t])) t++;
  if (t === m.t1) return;
  m.t1 = t;
  m.end = t;
  possessive(tokens, m);
}

/** Take a following "'s" or "'" into the item as a possessive marker. */
function possessive(tokens: Token[], it: Item): void {
  const nx = tokens[it.t1];
  if (nx && (nx.norm === "'s" || nx.norm === "'" || nx.norm === '’s') && nx.start === tokens[it.t1 - 1].end) {
    it.possessive = true;
    it.end = it.t1 + 1;
  }
}

/** The lower-cased words of a name, joined by spaces (hyphens kept): the key of a person in a document. */
export function nameKey(tokens: Token[], t0: number, t1: number): string {
  let s = '';
  for (let k = t0; k < t1; k++) {
    const n = tokens[k].norm;
    if (n === '-' || (k > t0 && tokens[k - 1].norm === '-')) s += n;
    else s += (s ? ' ' : '') + n;
  }
  return s;
}
