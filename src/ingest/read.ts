/**
 * Read every input (files, folders, globs, "-" for stdin) into raw articles, streaming.
 * Formats: text, JSON Lines, JSON, CSV/TSV, HTML, RSS/Atom, WARC — each also gzipped.
 * Detection: the file name's extension and the first bytes (see detect.ts); `options.format`
 * overrides it. Bad input never throws: each problem is a failure item naming the file and
 * the record, and reading goes on with the next record or file.
 */
import { openSource, type ByteSource } from './bytes.js';
import { failure, makeContext, type Reader, type ReaderContext } from './context.js';
import { hasUtf16Bom, looksBinary } from './decode.js';
import { detectFormat, sniff, type Concrete } from './detect.js';
import { readCsv } from './formats/csv.js';
import { readFeed } from './formats/feed.js';
import { readHtml } from './formats/html.js';
import { readJson, readJsonLines } from './formats/json.js';
import { readText } from './formats/text.js';
import { readWarc } from './formats/warc.js';
import { expandInputs } from './paths.js';
import type { InputFormat, ReadEvent, ReadFailure, ReadItem, ReadOptions } from './types.js';

const READERS: Record<Concrete, Reader> = {
  text: readText,
  jsonl: (s, c) => readJsonLines(s, c),
  json: readJson,
  csv: (s, c) => readCsv(s, c, false),
  tsv: (s, c) => readCsv(s, c, true),
  html: readHtml,
  feed: readFeed,
  warc: readWarc,
};

function forced(format: InputFormat | undefined): Concrete | null {
  switch (format) {
    case undefined:
    case 'auto':
      return null;
    case 'rss':
    case 'atom':
    case 'feed':
      return 'feed';
    default:
      return format;
  }
}

/** Head bytes as text for sniffing (UTF-16 with a BOM decoded properly). */
function headText(head: Buffer): string {
  if (hasUtf16Bom(head)) return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head);
  return head.toString('utf8');
}

/** Read one opened input with the right reader; warnings come out just before the item they were noted for. */
async function* readSource(src: ByteSource, options: ReadOptions, isStdin: boolean): AsyncGenerator<ReadEvent> {
  const ctx: ReaderContext = makeContext(src.file, options);
  const head = src.head;
  if (head.length === 0) {
    src.close();
    yield failure(src.file, null, src.gzipped ? 'empty file (after decompression)' : 'empty file');
    return;
  }
  const text = headText(head);
  let format = forced(options.format);
  if (!format) {
    if (isStdin) format = sniff(text) ?? 'text';
    else format = detectFormat(src.file, text);
  }
  // Binary data is refused unless it is WARC (whose payloads may be binary) — also when forced.
  if (format !== 'warc' && looksBinary(head)) {
    src.close();
    yield failure(src.file, null, 'binary file, not text (NUL bytes or many control characters in the first 4 KB)');
    return;
  }
  let count = 0;
  try {
    for await (const ev of READERS[format](src, ctx)) {
      if (ctx.pending.length) yield* ctx.pending.splice(0);
      count++;
      yield ev;
    }
    if (ctx.pending.length) yield* ctx.pending.splice(0);
  } catch (err) {
    if (ctx.pending.length) yield* ctx.pending.splice(0);
    const msg = (err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || /unexpected end of file/i.test((err as Error).message)
      ? `gzip data cut short (truncated file)${count ? ` after ${count} records` : ''}`
      : /incorrect header check|invalid (block type|distance|code)|invalid stored block/i.test((err as Error).message)
        ? `corrupt gzip data${count ? ` after ${count} records` : ''}: ${(err as Error).message}`
        : `read error${count ? ` after ${count} records` : ''}: ${(err as Error).message}`;
    yield failure(src.file, null, msg);
  } finally {
    src.close();
  }
}

/**
 * Everything the readers produce, warnings included, in input order.
 * Never throws for bad input: problems are failure items.
 */
export async function* readInputEvents(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  for await (const input of expandInputs(paths)) {
    if (input.kind === 'failure') {
      yield { kind: 'failure', failure: input.failure };
      continue;
    }
    const isStdin = input.kind === 'stdin';
    const file = isStdin ? '-' : input.path;
    let src: ByteSource;
    try {
      src = await openSource(file, isStdin ? (options.stdin ?? process.stdin) : undefined);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const reason =
        e.code === 'EISDIR'
          ? 'is a folder'
          : e.code === 'EACCES'
            ? 'permission denied'
            : /unexpected end of file|incorrect header check/i.test(e.message)
              ? `gzip data cut short or corrupt: ${e.message}`
              : `cannot open: ${e.message}`;
      yield { kind: 'failure', failure: { file, record: null, reason } };
      continue;
    }
    yield* readSource(src, options, isStdin);
  }
}

function printWarning(w: ReadFailure): void {
  process.stderr.write(`wirecoder: warning: ${w.file}${w.record != null ? `:${w.record}` : ''}: ${w.reason}\n`);
}

/**
 * Read every input path (files, directories recursively, globs, "-" for stdin) into raw articles.
 * Failures are yielded as items, never thrown, so one bad record never stops a batch.
 * Warnings go to `options.onWarning` (default: stderr).
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const warn = options.onWarning ?? printWarning;
  for await (const ev of readInputEvents(paths, options)) {
    if (ev.kind === 'warning') warn(ev.warning);
    else yield ev;
  }
}
