import type { RawArticle } from '../model/doc.js';

/** A record that could not be read: names the file and the record, says why. */
export interface ReadFailure {
  file: string;
  /** 1-based record number (JSON line, CSV data row, feed item, WARC record); null for the whole file. */
  record: number | null;
  reason: string;
}

export type ReadItem = { kind: 'article'; article: RawArticle } | { kind: 'failure'; failure: ReadFailure };

/**
 * Something worth telling the user that did not stop an article from being read, e.g.
 * "not valid UTF-8; read as Windows-1252". `readInputs` hands these to `options.onWarning`
 * (default: one line on stderr); `readInputEvents` yields them in order among the items.
 */
export type ReadWarningItem = { kind: 'warning'; warning: ReadFailure };

/** Everything a reader produces: articles, failures and warnings. */
export type ReadEvent = ReadItem | ReadWarningItem;

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'json' | 'csv' | 'html' | 'rss' | 'atom' | 'feed' | 'warc';

export interface ReadOptions {
  /** Force a format instead of detecting it from the name and content. */
  format?: InputFormat;
  /**
   * Column/field mapping, e.g. { text: 'Text', title: 'Heading', date: 'Date', url: 'Article Url' }.
   * Keys: text, title, date, url, source, id, and summary (the text used when the text field is empty).
   * For JSON, a value may be a dotted path ("source.name").
   */
  map?: Record<string, string>;
  /** Stdin stream (for "-"); defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Articles whose text is larger than this many characters are refused with a failure. Default 5,000,000. */
  maxArticleChars?: number;
  /**
   * Formats read whole (feeds, a JSON object, a single-article JSON file) are refused above this
   * many bytes (after decompression). Default 50 MB. Streamed formats (JSON Lines, JSON arrays,
   * CSV, WARC) have no file size limit.
   */
  maxWholeFileBytes?: number;
  /**
   * Receives warnings (`readInputs` only; `readInputEvents` yields them instead).
   * Default: print `wirecoder: warning: FILE[:RECORD]: REASON` on stderr.
   */
  onWarning?: (warning: ReadFailure) => void;
}
