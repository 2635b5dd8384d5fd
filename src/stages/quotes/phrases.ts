/**
 * Token-level helpers of the quotes stage: noun phrases to the left and right of a cue, cue
 * lookup, adjuncts after a cue ("in a statement", "on Monday"), clause starts and sentence
 * subjects. Everything works on `doc.tokens` index ranges [a, b) and never allocates per token.
 */
import type { Doc, Token } from '../../model/doc.js';
import type { Cue, Lexicon, MediaEntry } from './lexicon.js';

export type Range = [number, number];

export interface CueHit {
  cue: Cue;
  first: number;
  /** One past the cue's last token. */
  last: number;
}

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CONNECTORS = new Set(['of', 'for', 'to']);
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'via', 'through', 'following', 'with', 'over', 'late', 'early', 'by']);
const SKIP_ADV = new Set(['also', 'later', 'previously', 'earlier', 'repeatedly', 'again', 'then', 'further', 'reportedly', 'once', 'recently', 'separately', 'already', 'publicly', 'privately', 'bluntly', 'flatly', 'firmly', 'today', 'just', 'now', 'still', 'even', 'explicitly', 'openly', 'directly', 'quickly', 'immediately', 'last', 'this', 'next']);
const AUX_WORDS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', "'s", "'ve", "'d", 'should', 'can']);
const CLAUSE_WORDS = new Set(['if', 'when', 'there', 'while', 'since', 'because', 'unless', 'as', 'although', 'whether', 'once']);

const LETTER = /\p{L}/u;
export const isComma = (t: Token) => t.norm === ',';
export const isDash = (t: Token) => t.norm === '-' || t.norm === '—' || t.norm === '--' || t.norm === '–';
export const isQuoteTok = (t: Token) => t.norm === '"' || t.norm === "'";

/** Words and tools shared by the phrase functions over one document. */
export class Phrases {
  readonly doc: Doc;
  readonly toks: Token[];
  readonly text: string;
  readonly lex: Lexicon;
  /** Innermost direct quote (index into the marks) whose content holds the token, or -1. */
  readonly qOf: Int32Array;
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;

  constructor(doc: Doc, lex: Lexicon, qOf: Int32Array, sentOf: Int32Array) {
    this.doc = doc;
    this.toks = doc.tokens;
    this.text = doc.text;
    this.lex = lex;
    this.qOf = qOf;
    this.sentOf = sentOf;
  }

  str(a: number, b: number): string {
    return this.text.slice(this.toks[a].start, this.toks[b - 1].end);
  }

  /** The first token starting at or after `pos`. */
  tokAt(pos: number): number {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isTime(t: Token): boolean {
    return this.lex.times.has(t.norm) || this.lex.times.has(t.lemma);
  }

  npTok(t: Token, i = -1): boolean {
    const p = t.pos;
    if (i >= 0 && p === 'VERB' && i + 1 < this.toks.length && this.toks[i + 1].pos === 'PROPN') {
      // "Downing Street", "the Associated Press": a capitalised word inside a name, mid-sentence.
      const c = this.text.charCodeAt(t.start);
      if (c >= 65 && c <= 90 && this.doc.sentences[this.sentOf[i]].firstToken !== i) return true;
    }
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM') return true;
    if (p === 'ADJ') return true;
    if (t.norm === "'s" || t.norm === "'") return p === 'PART' || t.norm === "'s";
    return false;
  }

  /** A speech cue starting at token i (loose: accept a mis-tagged "reports"/"notes"). */
  cueAt(i: number, loose = false): CueHit | null {
    const toks = this.toks;
    const t = toks[i];
    if (!t) return null;
    let list = this.lex.cues.get(t.lemma) ?? this.lex.cues.get(t.norm);
    // ", warning that ...": a participle after a comma that the tagger read as a noun.
    let participle = false;
    if (!list && t.norm.endsWith('ing') && t.norm.length > 5 && i > 0 && toks[i - 1].norm === ',') {
      const stem = t.norm.slice(0, -3);
      list = this.lex.cues.get(stem) ?? this.lex.cues.get(`${stem}e`) ?? (stem.at(-1) === stem.at(-2) ? this.lex.cues.get(stem.slice(0, -1)) : undefined);
      participle = !!list;
    }
    if (!list) return null;
    for (const cue of list) {
      let ok = true;
      for (let k = 0; k < cue.rest.length; k++) {
        const u = toks[i + 1 + k];
        if (!u || (u.lemma !== cue.rest[k] && u.norm !== cue.rest[k])) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // "self-proclaimed", "long-announced": a word inside a compound is no cue.
      const before = toks[i - 1];
      if (before && (before.norm === '-' || before.norm === '–') && before.end === t.start) continue;
      if (cue.cls !== 'source' && !participle) {
        const verb = t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'say');
        if (!verb) {
          // A mis-tagged "claims"/"reports" still counts where only a verb fits: `X claims that`.
          const inflected = /(s|ed|ing)$/.test(t.norm) && t.norm !== t.lemma;
          const thatNext = toks[i + 1]?.norm === 'that' && i > 0 && this.npTok(toks[i - 1]);
          if (!inflected || !(loose || thatNext)) continue;
          // "the reports", "his claims": a noun after all.
          const prev = toks[i - 1];
          if (prev && (prev.pos === 'DET' || POSSESSIVE.has(prev.norm))) continue;
        }
        if (t.norm === t.lemma && t.pos !== 'VERB') continue;
        const next = toks[i + 1 + cue.rest.length];
        // "states were", "reports are": a plural noun before its verb.
        if (next && t.norm.endsWith('s') && t.norm !== t.lemma && (next.pos === 'AUX' || (next.pos === 'VERB' && t.pos !== 'VERB'))) continue;
        // "added to the tension", "charged with", "noted for": not speech.
        if (next && (t.lemma === 'add' || t.lemma === 'note') && (next.norm === 'to' || next.norm === 'for')) continue;
        if (next && t.lemma === 'charge' && next.norm === 'with') continue;
      }
      return { cue, first: i, last: i + 1 + cue.rest.length };
    }
    return null;
  }

  /** The noun phrase ending just before token `end`, not reaching before `lo`. Null when none. */
  npLeft(end: number, lo: number): Range | null {
    const toks = this.toks;
    let i = end - 1;
    if (i < lo) return null;
    const t0 = toks[i];
    if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.norm)) return [i, end];
    let start = end;
    let hasHead = false;
    while (i >= lo) {
      const t = toks[i];
      if (this.qOf[i] !== this.qOf[end - 1] || isQuoteTok(t)) break;
      // Pieces of one word the tokenizer split ("B", "ł", "aszczak").
      if (start < end && t.end === toks[start].start && LETTER.test(t.norm)) {
        start = i;
        i--;
        continue;
      }
      if (this.npTok(t, i)) {
        if (start < end && this.isTime(t)) break;
        if (t.norm !== "'s" && t.norm !== "'") hasHead = true;
        start = i;
        i--;
        continue;
      }
      if (start < end && i > lo && CONNECTORS.has(t.norm) && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN')) {
        start = i;
        i--;
        continue;
      }
      if (start < end && i > lo && t.norm === 'and' && toks[start].pos === 'PROPN' && toks[i - 1].pos === 'PROPN') {
        start = i;
        i--;
        continue;
      }
      if (start < end && i > lo && t.norm === '-' && t.end === toks[i + 1].start && toks[i - 1].end === t.start) {
        start = i;
        i--;
        continue;
      }
      if (start < end && (t.pos === 'DET' || POSSESSIVE.has(t.norm))) {
        if (t.norm === 'that') break;
        start = i;
        // "the authors of the letter": go on over "of" to the noun it hangs on.
        if (i - 2 >= lo && CONNECTORS.has(toks[i - 1].norm) && toks[i - 1].norm !== 'to' && (toks[i - 2].pos === 'NOUN' || toks[i - 2].pos === 'PROPN')) {
          i -= 2;
          start = i + 1;
          continue;
        }
        break;
      }
      break;
    }
    if (start >= end || !hasHead) return null;
    // A noun phrase cannot start with a connector.
    while (start < end && (CONNECTORS.has(toks[start].norm) || toks[start].norm === 'and' || toks[start].norm === "'s")) start++;
    return start < end ? [start, end] : null;
  }

  /** The noun phrase starting at token `start`, not reaching `hi`. */
  npRight(start: number, hi: number, stopAtAudience = true): Range | null {
    const toks = this.toks;
    let i = start;
    if (i >= hi) return null;
    const t0 = toks[i];
    if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.norm)) return [i, i + 1];
    if (t0.pos === 'DET' || POSSESSIVE.has(t0.norm)) {
      if (t0.norm === 'that' || t0.norm === 'this' || t0.norm === 'these' || t0.norm === 'those') {
        if (!toks[i + 1] || !this.npTok(toks[i + 1])) return null;
      }
      i++;
    }
    let end = i;
    while (i < hi) {
      const t = toks[i];
      if (isQuoteTok(t)) break;
      if (this.lex.media.has(t.norm)) {
        const m = this.mediaAt(i, hi);
        if (m && m[1] > i + 1) {
          end = i = m[1];
          continue;
        }
      }
      if (end > start && t.start === toks[end - 1].end && LETTER.test(t.norm) && end === i) {
        end = ++i;
        continue;
      }
      if (this.npTok(t, i)) {
        if (end > start && this.isTime(t) && t.pos !== 'PROPN' && toks[i + 1]?.pos !== 'NOUN' && toks[i - 1].norm !== '-' && toks[i + 1]?.norm !== '-') break;
        if (end > start && this.isTime(t) && /^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(t.norm)) break;
        end = ++i;
        if (stopAtAudience && t.pos === 'NOUN' && this.lex.audiences.has(t.lemma)) break;
        continue;
      }
      if (end > start && t.norm === 'to' && i + 1 < hi && toks[end - 1].pos === 'NOUN' && !this.lex.audiences.has(toks[end - 1].lemma) && toks[i + 1].pos === 'PROPN') {
        i++;
        continue;
      }
      if (end > start && i + 1 < hi && CONNECTORS.has(t.norm) && t.norm !== 'to') {
        const u = toks[i + 1];
        if (this.npTok(u) || u.pos === 'DET' || POSSESSIVE.has(u.norm)) {
          if (this.isTime(u)) break;
          i += u.pos === 'DET' || POSSESSIVE.has(u.norm) ? 2 : 1;
          continue;
        }
      }
      if (end > start && t.norm === 'and' && toks[end - 1].pos === 'PROPN' && toks[i + 1]?.pos === 'PROPN') {
        i++;
        continue;
      }
      if (end > start && t.norm === '-' && t.start === toks[i - 1].end && toks[i + 1] && toks[i + 1].start === t.end) {
        i++;
        continue;
      }
      break;
    }
    return end > start && end > (t0.pos === 'DET' || POSSESSIVE.has(t0.norm) ? start + 1 : start) ? [start, end] : null;
  }

  /** The head word (lemma) of a noun phrase: the last noun before the first "of"/"for"/"to". */
  head(r: Range): Token {
    return this.toks[this.headIdx(r)];
  }

  headIdx(r: Range): number {
    const toks = this.toks;
    let last = r[1];
    for (let i = r[0]; i < r[1]; i++) {
      if (CONNECTORS.has(toks[i].norm) && i > r[0]) {
        last = i;
        break;
      }
    }
    for (let i = last - 1; i >= r[0]; i--) {
      const t = toks[i];
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'ADJ' || t.pos === 'NUM') return i;
    }
    return r[1] - 1;
  }

  /**
   * The subject of a verb at token `verb`: the noun phrase before it, after skipping adverbs and
   * auxiliaries ("has also said"), an appositive or a relative clause between commas or dashes
   * ("Wang Wenbin, a spokesman for ..., said"; "a senior official, who spoke on condition of
   * anonymity, said"). `aside` receives the token range of the skipped appositive.
   */
  subjectLeft(verb: number, lo: number, aside?: { range: Range | null }): Range | null {
    const toks = this.toks;
    let j = verb;
    while (j - 1 >= lo && (SKIP_ADV.has(toks[j - 1].norm) || (AUX_WORDS.has(toks[j - 1].norm) && toks[j - 1].pos === 'AUX') || (toks[j - 1].pos === 'ADV' && toks[j - 1].norm.endsWith('ly')))) j--;
    // "US intelligence findings in December estimated": not "December".
    if (j - 1 >= lo && this.isTime(toks[j - 1])) {
      let k = j - 1;
      while (k - 1 >= lo && (this.isTime(toks[k - 1]) || toks[k - 1].pos === 'DET' || toks[k - 1].pos === 'NUM' || toks[k - 1].norm === 'last')) k--;
      if (k - 1 >= lo && toks[k - 1].pos === 'ADP') j = k - 1;
    }
    if (j - 1 < lo) return null;
    const before = toks[j - 1];
    if (isComma(before) || isDash(before)) {
      const dash = isDash(before);
      for (let k = j - 2, n = 0; k > lo && n < 30; k--, n++) {
        const t = toks[k];
        if (this.qOf[k] !== this.qOf[verb] && !isQuoteTok(t) && this.qOf[k] >= 0 && this.qOf[verb] < 0) continue;
        if (t.norm === '.' || t.norm === ';' || t.norm === ':') break;
        if (dash ? isDash(t) : isComma(t)) {
          const np = this.npLeft(k, lo);
          if (np) {
            if (aside) aside.range = [k + 1, j - 1];
            // "the Deputy Minister of Defense, Hanna Maliar, described": the name, not the role.
            const appo = this.npRight(k + 1, j - 1, false);
            if (appo && appo[1] === j - 1 && !this.hasPropnName(np) && this.hasPropnName(appo)) return appo;
            return np;
          }
          break;
        }
      }
      return null;
    }
    return this.npLeft(j, lo);
  }

  /** The first token of the sentence's subject phrase, or null: "But later, Mr X said" -> "Mr X". */
  sentenceSubject(s: number): Range | null {
    const r = this.sentenceSubjectFrom(s, this.doc.sentences[s].firstToken);
    if (r) return r;
    // "In his speech to the summit in Madrid, which took place on Monday, Zelensky asked ...":
    // an opening phrase with a relative clause in it; try after the next commas.
    const toks = this.toks;
    const sent = this.doc.sentences[s];
    const t0 = toks[sent.firstToken];
    if (!t0 || !(t0.pos === 'ADP' || t0.pos === 'SCONJ')) return null;
    let commas = 0;
    for (let k = sent.firstToken; k < sent.lastToken && k < sent.firstToken + 40; k++) {
      if (!isComma(toks[k])) continue;
      if (++commas === 1) continue;
      if (commas > 3) break;
      const r2 = this.sentenceSubjectFrom(s, k + 1, true);
      if (r2) return r2;
    }
    return null;
  }

  private sentenceSubjectFrom(s: number, from: number, inner = false): Range | null {
    const toks = this.toks;
    const sent = this.doc.sentences[s];
    let i = from;
    const hi = sent.lastToken;
    if (i >= hi || isQuoteTok(toks[i]) || this.qOf[i] >= 0) return null;
    while (i < hi && (toks[i].pos === 'CCONJ' || toks[i].pos === 'ADV' || toks[i].pos === 'INTJ' || isComma(toks[i]))) i++;
    if (inner && i < hi && (toks[i].pos === 'ADP' || toks[i].pos === 'SCONJ' || toks[i].pos === 'VERB' || toks[i].pos === 'AUX')) return null;
    if (i < hi && (toks[i].pos === 'ADP' || toks[i].pos === 'SCONJ' || (toks[i].pos === 'VERB' && toks[i].norm.endsWith('ing')))) {
      // An opening phrase: "On Thursday", "In an interview with X,", "Speaking on Thursday evening,".
      let k = i;
      let comma = -1;
      for (let n = 0; k < hi && n < 20; k++, n++) {
        if (isComma(toks[k])) {
          comma = k;
          break;
        }
        if (toks[k].norm === '"' || toks[k].pos === 'AUX') break;
      }
      if (comma >= 0) i = comma + 1;
      else if (toks[i].pos === 'ADP' && i + 1 < hi && this.isTime(toks[i + 1])) {
        i += 2;
        while (i < hi && this.isTime(toks[i])) i++;
      } else return null;
    }
    const np = this.npRight(i, hi, false);
    if (!np) return null;
    let k = np[1];
    let result: Range = np;
    if (k < hi && (isComma(toks[k]) || isDash(toks[k]))) {
      const dash = isDash(toks[k]);
      let m = k + 1;
      for (let n = 0; m < hi && n < 30; m++, n++) if (dash ? isDash(toks[m]) : isComma(toks[m])) break;
      if (m >= hi) return null;
      const appo = this.npRight(k + 1, m, false);
      if (appo && appo[1] === m && !this.hasPropn(np) && this.hasPropn(appo)) result = appo;
      k = m + 1;
    }
    while (k < hi && (SKIP_ADV.has(toks[k].norm) || toks[k].pos === 'AUX' || toks[k].pos === 'ADV')) k++;
    if (k < hi && (toks[k].pos === 'VERB' || (k > np[1] && toks[k - 1].pos === 'AUX'))) return result;
    // "Energoatom reports a cyberattack": a cue verb tagged as a noun ended the phrase.
    const last = np[1] - 1;
    if (result === np && last > np[0] && toks[last].pos === 'NOUN' && /s$/.test(toks[last].norm) && toks[last].norm !== toks[last].lemma && this.lex.cues.has(toks[last].lemma)) {
      const nx = toks[np[1]];
      if (nx && (nx.pos === 'DET' || nx.pos === 'PRON' || nx.norm === 'that')) return [np[0], last];
    }
    return null;
  }

  /** Has a proper noun other than a demonym or an institution word ("Ukrainian", "Defense"). */
  hasPropnName(r: Range): boolean {
    const h = this.headIdx(r);
    return this.toks[h].pos === 'PROPN' && !this.lex.demonyms.has(this.toks[h].norm) && !this.lex.roles.has(this.toks[h].lemma) && !this.lex.orgs.has(this.toks[h].lemma);
  }

  hasPropn(r: Range): boolean {
    for (let i = r[0]; i < r[1]; i++) if (this.toks[i].pos === 'PROPN') return true;
    return false;
  }

  /** A media outlet or agency whose name starts at token i: [entry, one past its last token]. */
  mediaAt(i: number, hi: number): [MediaEntry, number] | null {
    const toks = this.toks;
    const t = toks[i];
    const list = this.lex.media.get(t.norm);
    if (!list) return null;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'X' && !/^[A-Z]/.test(this.text[t.start])) return null;
    const rest = this.text.slice(t.start, Math.min(this.text.length, t.start + 40)).toLowerCase();
    for (const m of list) {
      for (const v of m.variants) {
        if (!rest.startsWith(v)) continue;
        const after = rest[v.length] ?? ' ';
        if (/[a-z0-9]/.test(after)) continue;
        let j = i;
        while (j < hi && toks[j].end <= t.start + v.length) j++;
        return [m, Math.max(j, i + 1)];
      }
    }
    return null;
  }

  /** The media entry named inside a noun phrase, if any. */
  mediaIn(r: Range): MediaEntry | null {
    for (let i = r[0]; i < r[1]; i++) {
      const m = this.mediaAt(i, r[1]);
      if (m) return m[0];
    }
    return null;
  }

  /**
   * Does a clause start at token k ("conflict could still be avoided", "it should play")?
   * A subject-like phrase followed, within a few tokens, by an auxiliary or a finite verb.
   */
  clauseStart(k: number, hi: number): boolean {
    const toks = this.toks;
    const t = toks[k];
    if (!t || k >= hi) return false;
    if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.norm)) return false;
    if (t.norm === '"') return k + 1 < hi && this.clauseStart(k + 1, hi);
    // "increased LNG availability will ...": a participle used as an adjective.
    if (t.pos === 'VERB' && /ed$/.test(t.norm) && (toks[k + 1]?.pos === 'NOUN' || toks[k + 1]?.pos === 'PROPN')) return this.clauseStart(k + 1, hi);
    if (!(t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || CLAUSE_WORDS.has(t.norm))) return false;
    // "would respond if ...": a clause led by "if"/"when" is not reported content without "that".
    if (CLAUSE_WORDS.has(t.norm) && t.norm !== 'there') return false;
    if (t.pos === 'AUX' || t.pos === 'VERB') return false;
    // "power lines, a power plant and residential buildings also suffered": a list subject.
    let listOpen = false;
    for (let m = k + 1, n = 0; m < hi && n < 16; m++, n++) {
      if (toks[m].norm === 'to' && toks[m].pos === 'PART' && toks[m + 1]?.pos === 'VERB' && m > k + 1) continue;
      const u = toks[m];
      if (u.norm === ',' && !listOpen) {
        const nx = toks[m + 1];
        if (nx && (nx.pos === 'DET' || nx.pos === 'NOUN' || nx.pos === 'ADJ')) {
          listOpen = true;
          continue;
        }
      }
      if (listOpen && u.norm === ',') continue;
      if (listOpen && (u.norm === 'and' || u.norm === 'or')) listOpen = false;
      if (listOpen && (u.pos === 'AUX' || u.pos === 'VERB')) return false;
      if (u.pos === 'AUX') return true;
      if (u.pos === 'VERB') {
        const prev = toks[m - 1];
        // "the moves to isolate Russia ... proved": an infinitive inside the subject phrase.
        if (prev.norm === 'to') {
          if (m - 1 === k + 0 || n > 12) return false;
          continue;
        }
        if (u.norm.endsWith('ing') && prev.pos !== 'AUX') return false;
        return true;
      }
      if (this.npTok(u) || u.pos === 'DET' || u.pos === 'ADP' || u.pos === 'CCONJ' || u.pos === 'ADV' || POSSESSIVE.has(u.norm)) continue;
      // "China's rise — now the second largest economy — could be": a parenthesis between dashes.
      if (u.norm === '—' || u.norm === '–' || (u.norm === '-' && toks[m - 1].end < u.start && u.end < (toks[m + 1]?.start ?? 0))) {
        let e = m + 1;
        while (e < hi && e < m + 14 && toks[e].norm !== u.norm) e++;
        if (e < hi && toks[e].norm === u.norm) {
          m = e;
          continue;
        }
      }
      if (u.norm === "'s" || u.norm === '"' || u.norm === '-' || u.norm === '(' || u.norm === ')') continue;
      if (u.pos === 'PRON' && (u.norm === 'who' || u.norm === 'which')) continue;
      return false;
    }
    return false;
  }
}

export { SKIP_ADV, AUX_WORDS, ADJUNCT_PREPS, OBJECT_PRONOUNS, POSSESSIVE };
