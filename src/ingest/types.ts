import type { RawArticle } from '../model/doc.js';

/** A record that could not be read: names the file and the record, says why. */
export interface ReadFailure {
  file: string;
  record: number | null;
  reason: string;
}

export type ReadItem = { kind: 'article'; article: RawArticle } | { kind: 'failure'; failure: ReadFailure };

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'json' | 'csv' | 'html' | 'rss' | 'atom' | 'feed' | 'warc';

export interface ReadOptions {
  /** Force a format instead of detecting it from the name and content. */
  format?: InputFormat;
  /** Column/field mapping, e.g. { text: 'Text', title: 'Heading', date: 'Date', url: 'Article Url' }. */
  map?: Record<string, string>;
  /** Stdin stream (for "-"); defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Articles whose text is larger than this many characters are refused with a failure. Default 5 MB. */
  maxArticleChars?: number;
}
