import type { RawArticle } from '../model/doc.js';
import type { ByteSource } from './bytes.js';
import type { DecodeState } from './decode.js';
import type { ReadEvent } from './types.js';

/** What every format reader gets: the input, the options with defaults, and a way to warn. */
export interface ReaderContext {
  file: string;
  map: Record<string, string> | undefined;
  maxArticleChars: number;
  maxWholeFileBytes: number;
  /** Warnings waiting to be yielded (read.ts yields them before the reader's next item). */
  pending: ReadEvent[];
  warn(record: number | null, reason: string): void;
  /** A decode state that warns once per input (or per record when given one). */
  decodeState(record?: number | null): DecodeState;
}

export type Reader = (src: ByteSource, ctx: ReaderContext) => AsyncGenerator<ReadEvent>;

export function makeContext(
  file: string,
  options: { map?: Record<string, string>; maxArticleChars?: number; maxWholeFileBytes?: number },
): ReaderContext {
  const pending: ReadEvent[] = [];
  const warned = new Set<string>();
  const ctx: ReaderContext = {
    file,
    map: options.map && Object.keys(options.map).length ? options.map : undefined,
    maxArticleChars: options.maxArticleChars ?? 5_000_000,
    maxWholeFileBytes: options.maxWholeFileBytes ?? 50 * 1024 * 1024,
    pending,
    warn(record, reason) {
      pending.push({ kind: 'warning', warning: { file, record, reason } });
    },
    decodeState(record = null) {
      return {
        onFallback(message) {
          const key = `${record}\u0000${message}`;
          if (warned.has(key)) return;
          warned.add(key);
          ctx.warn(record, message);
        },
      };
    },
  };
  return ctx;
}

export function article(a: RawArticle): ReadEvent {
  return { kind: 'article', article: a };
}

export function failure(file: string, record: number | null, reason: string): ReadEvent {
  return { kind: 'failure', failure: { file, record, reason } };
}
