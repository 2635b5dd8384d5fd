import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { dataFile } from '../../pipeline/data-path.js';
import type { Modality } from '../../model/doc.js';
import type { CodeInfo } from './codes.js';
import { inflections } from './inflect.js';
import { createRequire } from 'node:module';

const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as { noun(w: string): string };

/**
 * Verb-pattern dictionaries: one pattern per line (see README.md for the language).
 *
 *   id <TAB> cameo <TAB> pattern [<TAB> options]
 *   ask.help  023  X ask Y to (help|assist|aid)
 *
 * A pattern is compiled once into a list of elements; the first required literal is the
 * anchor (trigger) and the stage indexes patterns by the anchor's words.
 */

export type Role = 'X' | 'Y' | 'Z';

export type Element =
  /** One token whose lemma or lower-cased form is one of `words`. `context` words are required but not claimed. */
  | { k: 'lit'; words: string[]; opt: boolean; context: boolean; pos?: 'N' | 'V'; set?: ReadonlySet<string> }
  /** A choice between sequences of elements. */
  | { k: 'group'; alts: Element[][]; opt: boolean }
  /**
   * An actor slot: X source, Y target, Z any other actor (matched, not coded). `heads` (from
   * `Y:soldier|hostage`) requires one of these words in the actor phrase or its head nouns.
   */
  | { k: 'slot'; role: Role; opt: boolean; heads?: string[] }
  /** Skip up to `max` tokens inside the sentence. */
  | { k: 'gap'; max: number };

export interface Pattern {
  id: string;
  cameo: string;
  plover: string;
  mode: string | null;
  context: string[];
  /** Where it was written, for messages: file:line. */
  where: string;
  source: string;
  /** The slot the subject of the anchor fills (a leading X or Y), or null for nominal patterns. */
  subject: Role | null;
  /** Head words the subject phrase must contain (`X:protesters|crowd`), or null. */
  subjectHeads: string[] | null;
  anchor: Element;
  rest: Element[];
  /** A compound subject with no object is split into source (first) and target (the others): "X and Y held talks". */
  mutual: boolean;
  /** Every party is source and target ("talks between X and Y"): option reciprocal. */
  reciprocal: boolean;
  /** A compound subject with no target is reciprocal; a single subject stays the source (option pair): "X and Y declared a truce", "X declared a truce". */
  pair: boolean;
  /** Words that, inside the match, mean it is not this event ("meeting the protesters' demands"): option not=a|b. */
  not: string[];
  /** Words one of which the sentence must contain ("resigned ... after protests"): option if=a|b. */
  ifWords: string[];
  /** Words none of which the sentence may contain: option unless=a|b. */
  unless: ReadonlySet<string>;
  /** The same words as ids of PatternIndex.needId (filled by buildIndex). */
  unlessIds: Int32Array;
  /** In a passive with no agent, the subject is the source ("police were deployed"): option selfpassive. */
  selfPassive: boolean;
  /** A modality the pattern itself imposes (e.g. a conditional threat), else null. */
  modality: Modality | null;
  /** Specificity: literals and slots, used to rank competing matches. */
  weight: number;
  /** The pattern requires a target (a leading Y or a required Y slot). */
  needsTarget: boolean;
  /** Word sets of the required literals after the anchor: a sentence without one of each cannot match (a cheap filter). */
  needs: readonly (readonly string[])[];
  /** The same word sets as Sets. */
  needSets: readonly ReadonlySet<string>[];
  /** The same word sets as ids of PatternIndex.needId (filled by buildIndex). */
  needIds: Int32Array[];
  /** `not` as a set, with each word's base form ("prices" also blocks "price": a token is compared by form and lemma). */
  notSet: ReadonlySet<string>;
  /** Words that, in the three words before the trigger, mean it is not this event ("car makers will curb exports"): option notbefore=a|b. */
  notBefore: ReadonlySet<string>;
}

export interface PatternIndex {
  /** Anchor word -> patterns anchored on it, most specific first. */
  byWord: Map<string, Pattern[]>;
  /**
   * Anchor word -> the words one of which a sentence must have for any pattern anchored on it to
   * match (the union of the patterns' first required words), or null when some pattern needs none.
   */
  gateOf: Map<string, Int32Array | null>;
  /** Every word of every pattern's `needs`, numbered. */
  needId: Map<string, number>;
  /**
   * A word as it appears in text (a lemma, a form) -> the trigger words it is or inflects, with
   * their patterns: one lookup per token finds "shelled", "struck" or "talks" as triggers.
   */
  trigOf: Map<string, Trigger[]>;
  /** A word as it appears in text -> the ids of the need words it is or inflects. */
  needOf: Map<string, Int32Array>;
  /** trigOf and needOf in one map: one lookup per token form. */
  lexOf: Map<string, LexEntry>;
  /** A cheap filter before lexOf: lexFilter[lexKey(w)] is 0 for most words not in lexOf (see lexKey). */
  lexFilter: Uint8Array;
  /** The same filter for the forms of the words that trigger PROTEST patterns (sentences with a place and no actor). */
  protestFilter: Uint8Array;
  /** Every word of every pattern's `needs`. */
  needWords: Set<string>;
  all: Pattern[];
}

export class PatternError extends Error {}

/**
 * A word's cell in PatternIndex.lexFilter, from its first two and last two characters and its
 * length. Most words of a text are not pattern words, and this rules out nearly all of them
 * without hashing the whole string for a map lookup.
 */
export function lexKey(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = (w.charCodeAt(0) * 31 + (n > 1 ? w.charCodeAt(1) : 0)) | 0;
  h = (h * 31 + w.charCodeAt(n - 1)) | 0;
  h = (h * 31 + (n > 2 ? w.charCodeAt(n - 2) : 0)) | 0;
  h = (h * 31 + n) | 0;
  return (h ^ (h >>> 15)) & LEX_MASK;
}

/** The size of the lexicon filter (a power of two). */
const LEX_MASK = (1 << 20) - 1;

/** What a word form is for the patterns: the triggers it is or inflects, the need words it is or inflects. */
export interface LexEntry {
  trig: Trigger[] | null;
  need: Int32Array | null;
}

/** A trigger word and the patterns anchored on it; `inflected` when found through a form of it. */
export interface Trigger {
  word: string;
  patterns: Pattern[];
  inflected: boolean;
  /** The word's gate (see PatternIndex.gateOf). */
  gate: Int32Array | null;
}

/** Words most sentences have: a poor filter. */
const COMMON_WORDS = new Set("to with of on for in the a an and from by at against that up out down over into as its their his her it be is was were have has had not no more than - 's will would could".split(' '));

/** Tokenise a pattern string: words, "(", ")", "|", "?", "...". */
function lex(src: string): string[] {
  const out: string[] = [];
  const re = /\.\.\.(\d+)?|[()|?]|[^\s()|?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) out.push(m[0]);
  return out;
}

/** Parse a pattern string into elements. */
export function parsePattern(src: string, where = 'pattern'): Element[] {
  const toks = lex(src);
  let i = 0;
  const fail = (why: string): never => {
    throw new PatternError(`${where}: ${why} in "${src}"`);
  };

  function parseSeq(stop: Set<string>): Element[] {
    const seq: Element[] = [];
    while (i < toks.length && !stop.has(toks[i])) {
      const t = toks[i];
      let el: Element;
      if (t === '(') {
        i++;
        const alts: Element[][] = [parseSeq(new Set(['|', ')']))];
        while (toks[i] === '|') {
          i++;
          alts.push(parseSeq(new Set(['|', ')'])));
        }
        if (toks[i] !== ')') fail('unclosed "("');
        i++;
        if (alts.some((a) => a.length === 0)) fail('empty alternative');
        // "(a|b)/V": a part-of-speech constraint on a group of single words
        let gpos: 'N' | 'V' | undefined;
        if (/^\/[NV]$/.test(toks[i] ?? '')) {
          gpos = toks[i][1] as 'N' | 'V';
          i++;
        }
        // A group of single words is a plain literal with alternatives.
        if (alts.every((a) => a.length === 1 && a[0].k === 'lit' && !a[0].opt && !a[0].context && !a[0].pos)) {
          const words = alts.flatMap((a) => (a[0] as { words: string[] }).words);
          el = gpos ? { k: 'lit', words, opt: false, context: false, pos: gpos } : { k: 'lit', words, opt: false, context: false };
        } else {
          if (gpos) fail('a part-of-speech suffix applies only to a group of single words');
          el = { k: 'group', alts, opt: false };
        }
      } else if (t.startsWith('...')) {
        i++;
        seq.push({ k: 'gap', max: t.length > 3 ? Number(t.slice(3)) : 6 });
        continue;
      } else if (t === ')' || t === '|' || t === '?') {
        fail(`unexpected "${t}"`);
        throw new Error('unreachable');
      } else {
        i++;
        const sm = /^([XYZ])(?::(.+))?$/.exec(t);
        if (sm) {
          el = { k: 'slot', role: sm[1] as Role, opt: false };
          if (sm[2]) {
            const heads = [sm[2].toLowerCase()];
            while (toks[i] === '|' && i + 1 < toks.length && !/^[()|?]$/.test(toks[i + 1])) {
              heads.push(toks[i + 1].toLowerCase());
              i += 2;
            }
            el.heads = heads;
          }
        } else {
          const context = t.startsWith('&');
          let body = context ? t.slice(1) : t;
          let pos: 'N' | 'V' | undefined;
          const pm = /^(.+)\/([NV])$/.exec(body);
          if (pm) {
            body = pm[1];
            pos = pm[2] as 'N' | 'V';
          }
          if (!body) fail('"&" must be followed by a word (write &a|b for context alternatives)');
          // `a|b` without parentheses is lexed as a, |, b: handled below by joining.
          const words = [body.toLowerCase()];
          while (toks[i] === '|' && i + 1 < toks.length && !/^[()|?]$/.test(toks[i + 1]) && !stop.has('|')) {
            const w = /^(.+)\/([NV])$/.exec(toks[i + 1]);
            words.push((w ? w[1] : toks[i + 1]).replace(/^&/, '').toLowerCase());
            if (w) pos = w[2] as 'N' | 'V';
            i += 2;
          }
          el = pos ? { k: 'lit', words: expandWords(words), opt: false, context, pos } : { k: 'lit', words: expandWords(words), opt: false, context };
        }
      }
      if (toks[i] === '?') {
        i++;
        (el as { opt: boolean }).opt = true;
      }
      seq.push(el);
    }
    return seq;
  }

  const seq = parseSeq(new Set());
  if (i < toks.length) fail(`unexpected "${toks[i]}"`);
  return withHyphens(seq);
}

/** Hyphenated literals become alternatives of their one-token and split forms (see hyphenGroup); every literal gets a word set. */
function withHyphens(els: Element[]): Element[] {
  return els.map((el) => {
    if (el.k === 'lit' && !el.context && !el.set && el.words.some((w) => w.length > 1 && w.includes('-'))) return withSets(hyphenGroup(el));
    if (el.k === 'lit') return { ...el, set: new Set(el.words) };
    if (el.k === 'group') return { ...el, alts: el.alts.map(withHyphens) };
    return el;
  });
}

/**
 * The words of a literal, with the singular of each plural ("elections" also matches "election",
 * whose lemma the tagger gives): a list of nouns then works for both numbers.
 */
function expandWords(words: string[]): string[] {
  const out = [...words];
  for (const w of words) {
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && /^[a-z]+$/.test(w)) {
      const sg = lemmatizer.noun(w);
      if (sg && sg !== w && !out.includes(sg)) out.push(sg);
    }
  }
  return out;
}

/**
 * A literal with hyphenated words ("sit-in", "cease-fire", "build-up"): the tokenizer splits some of
 * them ("sit", "-", "in") and keeps others whole ("de-escalate"), so both forms are alternatives.
 */
function hyphenGroup(el: Extract<Element, { k: 'lit' }>): Element {
  const alts: Element[][] = [];
  const one = { ...el, opt: false };
  const plain = el.words.filter((w) => !(w.length > 1 && w.includes('-')));
  if (plain.length) alts.push([{ ...one, words: plain }]);
  for (const w of el.words) {
    if (!(w.length > 1 && w.includes('-'))) continue;
    alts.push([{ ...one, words: [w] }]);
    const parts = w.split('-').filter(Boolean);
    const seq: Element[] = [];
    parts.forEach((part, n) => {
      if (n > 0) seq.push({ k: 'lit', words: ['-'], opt: false, context: false });
      seq.push({ k: 'lit', words: [part], opt: false, context: false });
    });
    alts.push(seq);
  }
  return { k: 'group', alts, opt: el.opt };
}

/** Word sets for every literal of an element (used for hyphen groups, whose parts must stay as they are). */
function withSets(el: Element): Element {
  if (el.k === 'lit') return { ...el, set: new Set(el.words) };
  if (el.k === 'group') return { ...el, alts: el.alts.map((a) => a.map(withSets)) };
  return el;
}

function isRequiredLiteral(el: Element): boolean {
  if (el.k === 'lit') return !el.opt && !el.context;
  if (el.k === 'group') return !el.opt && el.alts.every((a) => a.length > 0 && isRequiredLiteral(a[0]));
  return false;
}

/** The words an anchor element can start with. */
export function anchorWords(el: Element): string[] {
  if (el.k === 'lit') return el.words;
  if (el.k === 'group') return el.alts.flatMap((a) => anchorWords(a[0]));
  return [];
}

function weightOf(els: Element[]): number {
  let w = 0;
  for (const el of els) {
    if (el.k === 'lit') w += el.opt ? 1 : 3;
    else if (el.k === 'slot') w += (el.opt ? 1 : 2) + (el.heads ? 2 : 0);
    else if (el.k === 'group') w += Math.min(...el.alts.map(weightOf)) * (el.opt ? 0.3 : 1);
  }
  return w;
}

function hasRole(els: Element[], role: Role): boolean {
  return els.some((el) => (el.k === 'slot' && el.role === role) || (el.k === 'group' && el.alts.some((a) => hasRole(a, role))));
}

export interface PatternLine {
  id: string;
  cameo: string;
  pattern: string;
  options?: Record<string, string>;
  where: string;
}

const MODALITIES = new Set(['asserted', 'claimed', 'denied', 'planned', 'hypothetical']);

/** Compile one pattern line against the code table. Throws PatternError with file:line on mistakes. */
export function compilePattern(line: PatternLine, codes: Map<string, CodeInfo>): Pattern {
  const { id, cameo, pattern, where } = line;
  const opts = line.options ?? {};
  const code = codes.get(cameo);
  if (!code) throw new PatternError(`${where}: unknown CAMEO code "${cameo}" (pattern ${id})`);
  const plover = opts.plover ?? code.plover;
  if (!plover) throw new PatternError(`${where}: CAMEO ${cameo} has no PLOVER type; give one with plover=TYPE (pattern ${id})`);
  const els = parsePattern(pattern, where);
  let subject: Role | null = null;
  let subjectHeads: string[] | null = null;
  let k = 0;
  if (els[0]?.k === 'slot' && !els[0].opt) {
    subject = els[0].role;
    subjectHeads = els[0].heads ?? null;
    k = 1;
  }
  const anchor = els[k];
  if (!anchor || !isRequiredLiteral(anchor)) {
    throw new PatternError(`${where}: pattern ${id} must start with a word (or X/Y then a word): "${pattern}"`);
  }
  const rest = els.slice(k + 1);
  if (!hasRole(els, 'X')) throw new PatternError(`${where}: pattern ${id} has no source slot X: "${pattern}"`);
  const modality = opts.modality ?? null;
  if (modality && !MODALITIES.has(modality)) throw new PatternError(`${where}: unknown modality "${modality}"`);
  return {
    id,
    cameo,
    plover,
    mode: opts.mode !== undefined ? opts.mode || null : plover === code.plover ? code.mode : null,
    context: opts.context !== undefined ? opts.context.split(';').filter(Boolean) : plover === code.plover ? code.context : [],
    where,
    source: pattern,
    subject,
    subjectHeads,
    anchor,
    rest,
    mutual: opts.mutual === 'true' || opts.mutual === '',
    selfPassive: opts.selfpassive === 'true' || opts.selfpassive === '',
    reciprocal: opts.reciprocal === 'true' || opts.reciprocal === '',
    pair: opts.pair === 'true' || opts.pair === '',
    not: opts.not ? opts.not.toLowerCase().split('|') : [],
    ifWords: opts.if ? opts.if.toLowerCase().split('|') : [],
    unless: new Set(opts.unless ? opts.unless.toLowerCase().split('|') : []),
    unlessIds: new Int32Array(0),
    modality: modality as Modality | null,
    weight: weightOf(els),
    needsTarget: subject === 'Y' || rest.some((el) => el.k === 'slot' && el.role === 'Y' && !el.opt),
    needs: needsOf(rest, opts.if),
    needSets: needsOf(rest, opts.if).map((w) => new Set(w)),
    needIds: [],
    notSet: withBaseForms(opts.not),
    notBefore: withBaseForms(opts.notbefore),
  };
}

/**
 * An option's words with their base forms: a token matches a word by its form or its lemma, so "not=prices" should
 * also block "price" (lemma "price") and "not=negotiated" "negotiates" (lemma "negotiate").
 */
function withBaseForms(option: string | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of option ? option.toLowerCase().split('|') : []) {
    if (!w) continue;
    out.add(w);
    // (bases of four letters or more only: "news" is not "new")
    const add = (b: string) => b.length >= 4 && out.add(b);
    if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
    else if (/(ses|xes|ches|shes)$/.test(w)) add(w.slice(0, -2));
    else if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
    if (w.endsWith('ed')) add(w.slice(0, -2)), add(w.slice(0, -1));
    if (w.endsWith('ing')) add(w.slice(0, -3)), add(w.slice(0, -3) + 'e');
  }
  return out;
}

/**
 * The word sets a sentence must have for a pattern to match: each required literal after the
 * anchor, each required group's first words (a group whose alternatives all start with a word),
 * and the `if=` words.
 */
function needsOf(rest: Element[], ifWords: string | undefined): string[][] {
  const out: string[][] = [];
  for (const el of rest) {
    if (el.k === 'lit' && !el.opt && !el.context) out.push(el.words);
    else if (el.k === 'lit' && !el.opt && el.context) out.push(el.words);
    else if (el.k === 'group' && isRequiredLiteral(el)) out.push([...new Set(anchorWords(el))]);
  }
  if (ifWords) out.push(ifWords.toLowerCase().split('|'));
  // a set with a word most sentences have ("to", "with") filters nothing: not worth a lookup per token
  return out.filter((set) => !set.some((w) => COMMON_WORDS.has(w)));
}

/** Parse the options column: `mode=military context=a;b mutual`. */
function parseOptions(s: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  for (const part of s.trim().split(/\s+/)) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) out[part] = '';
    else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** Read a .patterns.tsv file: `id TAB cameo TAB pattern [TAB options]`; `#` starts a comment line. */
export function readTsvPatterns(text: string, file: string): PatternLine[] {
  const out: PatternLine[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, '');
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const cols = raw.split('\t').filter((c, i) => i < 3 || c.trim() !== '');
    const where = `${basename(file)}:${n + 1}`;
    if (cols.length < 3) throw new PatternError(`${where}: expected "id<TAB>cameo<TAB>pattern[<TAB>options]"`);
    out.push({ id: cols[0].trim(), cameo: cols[1].trim(), pattern: cols[2].trim(), options: parseOptions(cols[3]), where });
  }
  return out;
}

/** Read a .patterns.yaml file: a list of {id, cameo, pattern, plover?, mode?, context?, mutual?, modality?}. */
export function readYamlPatterns(text: string, file: string): PatternLine[] {
  const data = YAML.parse(text) as unknown;
  const list = Array.isArray(data) ? data : (data as { patterns?: unknown[] } | null)?.patterns;
  if (!Array.isArray(list)) throw new PatternError(`${basename(file)}: expected a list of patterns`);
  return list.map((item, n) => {
    const o = item as Record<string, unknown>;
    const where = `${basename(file)}#${n + 1}`;
    if (!o || typeof o.pattern !== 'string' || o.cameo === undefined) throw new PatternError(`${where}: each item needs cameo and pattern`);
    const options: Record<string, string> = {};
    for (const key of ['plover', 'mode', 'context', 'modality']) {
      const v = o[key];
      if (v !== undefined && v !== null) options[key] = Array.isArray(v) ? v.join(';') : String(v);
    }
    if (o.mutual) options.mutual = 'true';
    return { id: String(o.id ?? `${basename(file)}#${n + 1}`), cameo: String(o.cameo).padStart(2, '0'), pattern: o.pattern, options, where };
  });
}

export function isPatternFile(path: string): boolean {
  return /\.patterns\.(tsv|ya?ml)$/i.test(path);
}

export function readPatternFile(path: string): PatternLine[] {
  const text = readFileSync(path, 'utf8');
  return /\.ya?ml$/i.test(path) ? readYamlPatterns(text, path) : readTsvPatterns(text, path);
}

/** The pattern files shipped with wirecoder (src/stages/events/data/*.patterns.tsv). */
export function builtinPatternFiles(): string[] {
  const dir = dataFile('events', '');
  return readdirSync(dir)
    .filter(isPatternFile)
    .sort()
    .map((f) => join(dir, f));
}

/** Every literal word of the patterns. */
export function patternWords(patterns: Pattern[]): Set<string> {
  const out = new Set<string>();
  const walk = (els: Element[]) => {
    for (const el of els) {
      if (el.k === 'lit') for (const w of el.words) out.add(w);
      else if (el.k === 'group') for (const a of el.alts) walk(a);
    }
  };
  for (const p of patterns) walk([p.anchor, ...p.rest]);
  return out;
}

/** Compile pattern lines into the anchor index. Later ids replace earlier ones (a user file can override). */
export function buildIndex(lines: PatternLine[], codes: Map<string, CodeInfo>): PatternIndex {
  const byId = new Map<string, Pattern>();
  for (const line of lines) byId.set(line.id, compilePattern(line, codes));
  const all = [...byId.values()];
  const byWord = new Map<string, Pattern[]>();
  for (const p of all) {
    for (const w of new Set(anchorWords(p.anchor))) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(p);
    }
  }
  for (const list of byWord.values()) list.sort((a, b) => b.weight - a.weight);
  const needWords = new Set<string>();
  for (const p of all) for (const set of p.needs) for (const w of set) needWords.add(w);
  for (const p of all) for (const w of p.unless) needWords.add(w);
  const needId = new Map<string, number>();
  for (const w of needWords) needId.set(w, needId.size);
  const ids = (words: Iterable<string>) => Int32Array.from(new Set([...words].map((w) => needId.get(w)!)));
  for (const p of all) {
    p.needIds = p.needs.map(ids);
    p.unlessIds = ids(p.unless);
  }
  // each pattern's gate is its most selective required word set (one without "to", "with", ...)
  const common = (set: readonly string[]) => set.reduce((n, x) => n + (COMMON_WORDS.has(x) ? 1 : 0), 0);
  const gateOf = new Map<string, Int32Array | null>();
  for (const [w, list] of byWord) {
    let gate: Set<string> | null = new Set();
    for (const p of list) {
      if (p.needs.length === 0) {
        gate = null;
        break;
      }
      let best = p.needs[0];
      for (const set of p.needs) if (common(set) < common(best) || (common(set) === common(best) && set.length < best.length)) best = set;
      for (const x of best) gate.add(x);
    }
    gateOf.set(w, gate ? ids(gate) : null);
  }
  const trigOf = new Map<string, Trigger[]>();
  const addTrig = (form: string, t: Trigger) => {
    let list = trigOf.get(form);
    if (!list) trigOf.set(form, (list = []));
    if (!list.some((x) => x.word === t.word)) list.push(t);
  };
  for (const [w, patterns] of byWord) {
    const gate = gateOf.get(w) ?? null;
    addTrig(w, { word: w, patterns, inflected: false, gate });
    for (const f of inflections(w)) addTrig(f, { word: w, patterns, inflected: true, gate });
  }
  const needSets = new Map<string, Set<number>>();
  const addNeed = (form: string, id: number) => {
    let set = needSets.get(form);
    if (!set) needSets.set(form, (set = new Set()));
    set.add(id);
  };
  for (const [w, id] of needId) {
    addNeed(w, id);
    for (const f of inflections(w)) addNeed(f, id);
  }
  const needOf = new Map<string, Int32Array>();
  for (const [form, set] of needSets) needOf.set(form, Int32Array.from(set));
  const lexOf = new Map<string, LexEntry>();
  for (const [w, trig] of trigOf) lexOf.set(w, { trig, need: null });
  for (const [w, need] of needOf) {
    const e = lexOf.get(w);
    if (e) e.need = need;
    else lexOf.set(w, { trig: null, need });
  }
  const lexFilter = new Uint8Array(LEX_MASK + 1);
  for (const w of lexOf.keys()) lexFilter[lexKey(w)] = 1;
  const protestFilter = new Uint8Array(LEX_MASK + 1);
  for (const [form, trigs] of trigOf) if (trigs.some((t) => t.patterns.some((p) => p.plover === 'PROTEST'))) protestFilter[lexKey(form)] = 1;
  return { byWord, all, needWords, gateOf, needId, trigOf, needOf, lexOf, lexFilter, protestFilter };
}
