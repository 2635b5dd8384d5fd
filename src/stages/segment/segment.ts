import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export interface SegmentOptions {
  /** Tag parts of speech and lemmas (needed by the events stage). Default true. */
  pos?: boolean;
  /** Learned wink-nlp words kept (summed over documents) before the instance is rebuilt; for tests. */
  maxLearned?: number;
}

/**
 * Sentences and tokens from wink-nlp (exact sentence splits on news, ~1M tokens/s with POS).
 * Token spans are recovered by scanning the text, so they index `doc.text` exactly.
 * Sentences never cross a paragraph break ("\n\n").
 */
export function segment(options: SegmentOptions = {}): Stage {
  const withPos = options.pos !== false;
  const wink = forgetfulWink(withPos ? ['sbd', 'pos'] : ['sbd'], options.maxLearned ?? MAX_LEARNED);
  return {
    name: 'segment',
    requires: ['text'],
    provides: ['sentences', 'tokens'],
    run(doc: Doc) {
      try {
        segmentText(doc, wink, withPos);
      } finally {
        wink.forget();
      }
    },
  };
}

/** Words wink-nlp may learn (summed over documents) before the instance is replaced by a fresh one (~40 ms). */
const MAX_LEARNED = 200_000;

/** The parts of wink-nlp's core model used here. `lexeme` is the table its cache extends with every new word. */
interface CoreModel {
  tcat?: { hash?: Record<string, number> };
  features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
}
type FeatureFn = (word: string, category: number, cache: unknown) => unknown;
type WinkModel = Record<string, unknown> & {
  core(): CoreModel;
  metaCER(): unknown;
  featureFn(config: unknown): Record<string, FeatureFn>;
};
const baseModel = model as unknown as WinkModel;

let metaCER: unknown;
/**
 * wink-eng-lite-web-model's metaCER() re-stringifies its own (module-level) result on every call, so the string
 * doubles its escapes with each new wink instance and the 20th or so throws "Invalid string length". Load it once.
 */
const metaCEROnce = () => (metaCER ??= baseModel.metaCER());

let garbled: Set<string> | undefined;
/**
 * Contractions in wink's own lexicon ("Cannot", "CAN'T", ...; 864) whose `lemma` field points into the contraction
 * table, not to a word. When the tokenizer keeps one as a single token ("Cannot," before a comma) its.lemma reads
 * that pointer as a word index: past the lexicon (undefined) in a fresh instance, but some learned word ("vs",
 * "615.2") once the instance has learned ~43,000 words. Their lemma is taken as unknown, as in a fresh instance.
 */
function garbledLemmas(core: CoreModel): Set<string> {
  if (garbled) return garbled;
  const { lexicon, packing } = core;
  const { list, intrinsicSize } = core.features.lexeme;
  const field = (k: number, name: string) => {
    const [word, mask, shift] = packing.layout[name];
    return (lexicon[word + k * packing.size] & mask) >>> shift;
  };
  garbled = new Set();
  for (let k = 1; k < intrinsicSize; k++) {
    if (field(k, 'isSLemma') === 1 && field(k, 'lemma') >= intrinsicSize) garbled.add(list[k]);
  }
  return garbled;
}

interface Wink {
  readonly nlp: ReturnType<typeof winkNLP>;
  /** Words whose wink lemma is garbage when they come out as one token. */
  readonly garbled: Set<string>;
  /** Call after each document, once its output has been read. */
  forget(): void;
}

/**
 * A wink-nlp instance that forgets, after each document, the words it learned from it.
 *
 * Why: wink-nlp (2.4) keeps one lexicon per instance and adds every out-of-vocabulary token it meets to it
 * ("week's", "Hyponex", ...). Its tokenizer first asks that lexicon whether a whole chunk is a known word: once
 * "week's," has been read (kept whole before a comma), a later "Last week's deal" in another article is no longer
 * split into "week" + "'s", and the unsplit word gets the default tag of unknown words (PROPN). So tokens and POS
 * tags depended on the articles coded before in the same process (51 of the first 3,000 Reuters articles differed
 * between forward and reverse order), and hence on the order of input files and on --jobs.
 *
 * Fix: after each document, delete the lexeme-hash entries it added (indices >= the mark taken before it). A word
 * seen again is then looked up as unknown and added afresh, with its features computed from this article, exactly as
 * in a fresh instance. Exception, for speed (re-learning every unknown name in every article cost ~25% of this
 * stage): plain ASCII words (/^[A-Za-z]+$/) learned as category "word" are kept. That is exact: every tokenizer path
 * that looks such a string up (a whole chunk, a chunk minus leading/trailing punctuation, a piece of the recursive
 * tokenizer, pushWordToken) would, on a miss, add exactly that string as one token of category "word" (wink's word
 * patterns come first and none of its other patterns matches pure letters, except the currencies USD/AUD/INR/GBP,
 * which are never kept), and a lexeme's features depend only on its text, its category and the model's own lexicon.
 * (Numbers cannot be kept: "155" is a "number" alone but a "word" piece of "mortars.155", with another POS.)
 * The deleted entries' slots stay in wink's private arrays (its per-word feature array cannot be truncated from
 * outside), so after `maxLearned` learned slots the instance is rebuilt from the model (~40 ms).
 * The model is wrapped to get hold of the tables that `core()` builds for the new instance, and of the category
 * each new word is learned with (every new lexeme's features are computed once, in index order).
 */
function forgetfulWink(pipe: string[], maxLearned: number): Wink {
  let nlp!: ReturnType<typeof winkNLP>;
  let lexeme!: CoreModel['features']['lexeme'];
  let mark = 0;
  let bad!: Set<string>;
  let wordCategory = -1;
  // Category of each lexeme learned since `mark`, in index order.
  let learnedCats: number[] = [];
  const fresh = () => {
    let core: CoreModel | undefined;
    const cats: number[] = [];
    const featureFn = (config: unknown) => {
      const features = baseModel.featureFn(config);
      const prefix = features.prefix;
      features.prefix = (word: string, category: number, cache: unknown) => {
        cats.push(category);
        return prefix(word, category, cache);
      };
      return features;
    };
    const wrapped = { ...baseModel, core: () => (core = baseModel.core()), metaCER: metaCEROnce, featureFn };
    nlp = winkNLP(wrapped as unknown as typeof model, pipe);
    if (!core?.features?.lexeme?.hash || !Array.isArray(core.features.lexeme.list) || !core.packing?.layout?.lemma) {
      throw new Error('segment: unexpected wink-nlp model layout (features.lexeme, packing.layout)');
    }
    lexeme = core.features.lexeme;
    mark = lexeme.list.length;
    cats.length = 0;
    learnedCats = cats;
    wordCategory = core.tcat?.hash?.word ?? -1;
    bad = garbledLemmas(core);
  };
  fresh();
  return {
    get nlp() {
      return nlp;
    },
    get garbled() {
      return bad;
    },
    forget() {
      const { hash, list } = lexeme;
      // If the categories did not line up with the new lexemes (another wink version?), keep nothing.
      const aligned = learnedCats.length === list.length - mark;
      for (let k = mark; k < list.length; k++) {
        const word = list[k];
        if (aligned && learnedCats[k - mark] === wordCategory && PLAIN_WORD.test(word) && !CURRENCY_WORDS.has(word)) continue;
        if (hash[word] === k) delete hash[word];
      }
      learnedCats.length = 0;
      mark = list.length;
      if (mark - lexeme.intrinsicSize > maxLearned) fresh();
    },
  };
}

/** Words kept in wink's lexicon across documents (see forgetfulWink). */
const PLAIN_WORD = /^[A-Za-z]+$/;
/** Letters-only strings that wink's recursive tokenizer tags as currency, not word (its pattern has no i flag). */
const CURRENCY_WORDS = new Set(['USD', 'AUD', 'INR', 'GBP']);

function segmentText(doc: Doc, wink: Wink, withPos: boolean): void {
  const nlp = wink.nlp;
  const its = nlp.its;
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // One wink document for the whole text (fewer calls, less garbage); paragraphs come from "\n\n".
  const wd = nlp.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const tags = withPos ? (wd.tokens().out(its.pos) as string[]) : [];
  const lemmas = withPos ? (wd.tokens().out(its.lemma as unknown as typeof its.value) as string[]) : [];
  const local = new Int32Array(values.length); // wink token index -> our (first) token index (-1: whitespace)
  const lastOf = new Int32Array(values.length); // wink token index -> our last token index (a split possessive has two)
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = v.charCodeAt(0) <= 32 ? -1 : text.indexOf(v, cursor);
    if (at < 0) {
      local[i] = -1;
      continue;
    }
    const norm = v.toLowerCase();
    local[i] = tokens.length;
    const lemma = wink.garbled.has(v) ? undefined : lemmas[i];
    const pos = tags[i] ?? 'X';
    if (v.length > 2 && norm.endsWith("'s") && (pos === 'PROPN' || pos === 'NOUN') && v[v.length - 3] !== "'") {
      // wink-nlp splits "Corp's" into "Corp" + "'s" only while "corp's" is not in its lexicon; it learns the whole
      // word when it meets it before punctuation ("Corp's>", "week's,"), so within one article the same word could
      // tokenize two ways (and across articles too, before forgetfulWink). Split the possessive here, always.
      const base = norm.slice(0, -2);
      tokens.push({ start: at, end: at + v.length - 2, norm: base, pos, lemma: base });
      tokens.push({ start: at + v.length - 2, end: at + v.length, norm: "'s", pos: 'PART', lemma: "'s" });
    } else {
      tokens.push({ start: at, end: at + v.length, norm, pos, lemma: lemma === undefined || lemma === v ? norm : lemma.toLowerCase() });
    }
    lastOf[i] = tokens.length - 1;
    cursor = at + v.length;
  }
  const breaks = paragraphBreaks(text);
  let paragraph = 0;
  const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    let f = first;
    let l = last;
    while (f <= l && local[f] < 0) f++;
    while (l >= f && local[l] < 0) l--;
    if (f > l) continue;
    // Split a wink sentence that runs across a paragraph break (titles, captions without a full stop).
    let a = local[f];
    const b = lastOf[l];
    for (let k = a; k <= b; k++) {
      const next = k < b ? tokens[k + 1].start : -1;
      while (paragraph < breaks.length && breaks[paragraph] <= tokens[a].start) paragraph++;
      if (k === b || (paragraph < breaks.length && next >= breaks[paragraph])) {
        sentences.push({ start: tokens[a].start, end: tokens[k].end, firstToken: a, lastToken: k + 1, paragraph });
        a = k + 1;
      }
    }
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/** Offsets where a new paragraph starts (after each "\n\n"). */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  let at = text.indexOf('\n\n');
  while (at !== -1) {
    out.push(at + 2);
    at = text.indexOf('\n\n', at + 2);
  }
  return out;
}

/** Paragraphs are separated by blank lines in the cleaned text. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const brk = text.indexOf('\n\n', start);
    const end = brk === -1 ? text.length : brk;
    if (end > start) out.push({ start, end });
    if (brk === -1) break;
    start = brk + 2;
  }
  return out;
}
