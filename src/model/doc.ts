/**
 * The data model: one `Doc` per article, made of layers of plain records that point at
 * character spans of `doc.text` (JavaScript string indices, end exclusive).
 * The whole Doc is plain JSON. See docs/model.md for the written specification.
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A note a stage makes about the document: what it fixed, doubted or could not do. */
export interface Message {
  ruleId: string;
  reason: string;
  severity: Severity;
  start?: number;
  end?: number;
}

/** Where a record came from: the file (or "-" for stdin) and the record inside it. */
export interface Origin {
  file: string;
  /** 1-based record number inside the file (CSV row, JSON line, feed item, WARC record); null for one-article files. */
  record: number | null;
  /** The reader that produced it: text, jsonl, json, csv, html, rss, atom, warc. */
  format: string;
}

/** What a reader yields: an article before cleaning. */
export interface RawArticle {
  /** The body as read (may contain HTML entities, duplicated lines, odd whitespace). */
  text: string;
  title: string | null;
  /** YYYY-MM-DD when known. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** An identifier the input gave (e.g. "reuters-1"); the article id itself is content-derived. */
  sourceId: string | null;
  origin: Origin;
}

export interface ArticleMeta {
  /** Stable id derived from the normalised content: the same article read twice gets the same id. */
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  sourceId: string | null;
  origin: Origin;
}

/**
 * Maps positions in the cleaned text back to the raw record text. `clean[i]`/`raw[i]` are
 * anchor pairs in increasing order; between anchors the mapping is the identity shift.
 * The raw record text is `title + "\n\n" + body` as read when the article has a title, else the body.
 */
export interface OffsetMap {
  clean: number[];
  raw: number[];
}

export interface Token extends Span {
  /** Lower-cased normal form. */
  norm: string;
  /** Coarse part of speech (UD tags from the tokenizer's model). */
  pos: string;
  /** Lemma (verbs and nouns lemmatised; others = norm). */
  lemma: string;
}

export interface Sentence extends Span {
  /** Index of its first token in `doc.tokens`, and one past its last. */
  firstToken: number;
  lastToken: number;
  /** 0-based paragraph number. */
  paragraph: number;
}

export type MentionKind =
  | 'person'
  | 'organization'
  | 'country'
  | 'place'
  | 'agent'
  | 'media'
  | 'pronoun'
  | 'document';

/** A stretch of text that names or refers to an actor or place. */
export interface Mention extends Span {
  id: string;
  kind: MentionKind;
  text: string;
  /** The actor this mention refers to (set by the actors stage), or null. */
  actor: string | null;
  /** The place this mention refers to (set by the places stage), or null. */
  place: string | null;
  /** Which rule or dictionary produced it, for tracing. */
  rule: string;
}

export interface Actor {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  code: string;
  /** person | organization | country | agent | media | document */
  type: string;
  /** Role or title when known, e.g. "President", "Kremlin spokesman". */
  role: string | null;
  mentions: Span[];
}

export interface Place {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** city | region | country | ... */
  featureType: string;
  /** 0..1, how sure the resolver is. */
  confidence: number;
  mentions: Span[];
}

export type LinkKind = 'outlet' | 'agency' | 'person' | 'organization' | 'document';

/** One step of an attribution chain, outermost first. */
export interface Link {
  name: string;
  actor: string | null;
  kind: LinkKind;
  cue: string | null;
}

export interface Quote extends Span {
  id: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  attribution: Link[];
}

export type Modality = 'asserted' | 'claimed' | 'denied' | 'planned' | 'hypothetical';

export interface EventRecord {
  id: string;
  cameo: string;
  plover: { type: string; mode: string | null; context: string[] };
  source: string[];
  target: string[];
  date: string | null;
  /** Where the date came from: "text" (the sentence says when) or "article" (the article's date). */
  dateSource: 'text' | 'article' | null;
  modality: Modality;
  negated: boolean;
  place: string | null;
  evidence: Span[];
  attribution: Link[];
  goldstein: number | null;
  quadClass: number | null;
  /** The pattern that matched, for tracing. */
  pattern: string;
}

/** The names of the layers a stage can require or provide. */
export type Layer =
  | 'text'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'actors'
  | 'places'
  | 'quotes'
  | 'events';

export interface Doc {
  article: ArticleMeta;
  /** The cleaned text: every span indexes into it. */
  text: string;
  offsets: OffsetMap;
  /** Layers that have been filled, in order. */
  layers: Layer[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  actors: Actor[];
  places: Place[];
  quotes: Quote[];
  events: EventRecord[];
  messages: Message[];
}

/** A Doc with nothing but its article: what the clean stage starts from. */
export function emptyDoc(article: ArticleMeta, text: string, offsets: OffsetMap): Doc {
  return {
    article,
    text,
    offsets,
    layers: ['text'],
    sentences: [],
    tokens: [],
    mentions: [],
    actors: [],
    places: [],
    quotes: [],
    events: [],
    messages: [],
  };
}

/** Map a position in the cleaned text back to the raw record text. */
export function toRawOffset(map: OffsetMap, pos: number): number {
  const { clean, raw } = map;
  if (clean.length === 0) return pos;
  let lo = 0;
  let hi = clean.length - 1;
  if (pos < clean[0]) return pos;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clean[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return raw[lo] + (pos - clean[lo]);
}
