import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Store } from '../store/store.js';
import type { EventFilter } from '../store/query.js';
import { CSV_COLUMNS, csvRow, eventRecordJson } from './records.js';
import { GDELT_COLUMNS, gdeltDateColumns, gdeltRow } from './gdelt.js';
import { SqliteStore } from '../store/sqlite.js';
import { CSV_EVENT, GDELT_EVENT, JSONL_EVENT, PIPE_EVENT, PIPE_SELECT, pipeField } from './sql-format.js';

export type ExportFormat = 'csv' | 'jsonl' | 'gdelt' | 'parquet';

export interface ExportOptions {
  format: ExportFormat;
  filter: EventFilter;
  /** Output file; required for parquet. Without it, text formats go to `stream`. */
  file?: string;
  stream?: Writable;
  /** GDELT: write the header line (GDELT's own files have none). */
  header?: boolean;
  /** Format in JavaScript even where the store can format in SQL (tests compare the two). */
  slow?: boolean;
}

/**
 * The SQLite fast path: SQLite formats each event (sql-format.ts); the article's fields come from a cache,
 * one lookup per article. Gives exactly the text of the JavaScript formatters.
 */
async function writeFromSql(store: SqliteStore, filter: EventFilter, format: 'csv' | 'jsonl' | 'gdelt' | 'pipe', w: ChunkWriter, added: string): Promise<number> {
  const metas = store.articleMetaBatch();
  const cache = new Map<string, { part: string; date: string | null }>();
  const none = { part: '', date: null };
  /** Fill the cache for the articles of a batch of events, one statement for all of them. */
  const load = (batch: Array<[string, string | null, string]>) => {
    if (cache.size > 50_000) cache.clear();
    const missing = new Set<string>();
    // An article's events come one after the other: compare with the previous id before hashing it.
    let last = '';
    for (const [id] of batch) {
      if (id === last) continue;
      last = id;
      if (!cache.has(id)) missing.add(id);
    }
    for (const [id, date, title, source, url] of metas([...missing])) {
      let part: string;
      if (format === 'jsonl') part = JSON.stringify({ id, date, title, source, url });
      else if (format === 'csv') part = stringify([[date, title, source, url]]).slice(0, -1);
      else if (format === 'pipe') part = pipeField(date) + ',' + pipeField(title) + ',' + pipeField(source) + ',' + pipeField(url);
      else part = (url ?? '').replace(/[\t\r\n]+/g, ' ');
      cache.set(id, { part, date });
    }
    for (const id of missing) {
      if (cache.has(id)) continue;
      // An event whose article is gone: the article's fields as the JavaScript formatters write them then.
      const part = format === 'jsonl' ? JSON.stringify({ id, date: null, title: null, source: null, url: null }) : format === 'csv' || format === 'pipe' ? ',,,' : '';
      cache.set(id, { ...none, part });
    }
  };
  let lastId = '';
  let lastArticle: { part: string; date: string | null } = none;
  const article = (id: string) => {
    if (id !== lastId) {
      lastId = id;
      lastArticle = cache.get(id) ?? none;
    }
    return lastArticle;
  };
  // GDELT's four date columns, once per date (an event without a date of its own takes its article's).
  const dates = new Map<string | null, string>();
  const dateColumns = (date: string | null) => {
    let cols = dates.get(date);
    if (cols === undefined) {
      cols = gdeltDateColumns(date);
      if (dates.size < 100_000) dates.set(date, cols);
    }
    return cols;
  };
  const expression = format === 'jsonl' ? JSONL_EVENT : format === 'csv' ? CSV_EVENT : format === 'pipe' ? PIPE_EVENT : GDELT_EVENT;
  let n = 0;
  for await (const batch of store.eventTextBatches(filter, expression)) {
    load(batch);
    lastId = ''; // the cache may have been cleared
    let chunk = '';
    if (format === 'jsonl') {
      for (const [articleId, , text] of batch) {
        const cut = text.indexOf(',"cameo":');
        chunk += text.slice(0, cut) + ',"article":' + article(articleId).part + text.slice(cut) + '\n';
      }
    } else if (format === 'csv' || format === 'pipe') {
      for (const [articleId, , text] of batch) chunk += text + ',' + article(articleId).part + '\n';
    } else {
      for (const [articleId, date, text] of batch) {
        const a = article(articleId);
        chunk += ++n + '\t' + dateColumns(date ?? a.date) + '\t' + text + '\t' + added + '\t' + a.part + '\n';
      }
      n -= batch.length;
    }
    n += batch.length;
    await w.push(chunk);
  }
  return n;
}

/** Write in chunks and wait for the stream to drain: a million events export in bounded memory. */
class ChunkWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private out: Writable, private chunk = 1 << 16) {}
  async push(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > this.chunk) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    const out = this.out;
    if (out.destroyed) throw out.errored ?? new Error('export: the output was closed');
    if (out.write(chunk)) return;
    // Wait for 'drain', but also stop on 'error' or 'close': a stream that failed before this wait began
    // (a client that went away, a reader that died) would otherwise keep the export waiting for ever.
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error | null) => {
        out.off('drain', onDrain);
        out.off('error', onError);
        out.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (err: Error) => done(err);
      const onClose = () => done(out.errored ?? new Error('export: the output was closed'));
      out.on('drain', onDrain);
      out.on('error', onError);
      out.on('close', onClose);
      if (out.destroyed) onClose();
    });
  }
}

/** Export the events matching a filter; returns how many were written. */
export async function exportEvents(store: Store, o: ExportOptions): Promise<number> {
  if (o.format === 'parquet') {
    if (!o.file) throw new Error('parquet export needs an output file (--out FILE.parquet)');
    return exportParquet(store, o.filter, o.file, !o.slow);
  }
  const fileStream = o.file ? createWriteStream(o.file) : null;
  const out = fileStream ?? o.stream ?? process.stdout;
  const w = new ChunkWriter(out);
  let n = 0;
  const added = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  if (o.format === 'csv') await w.push(stringify([CSV_COLUMNS as unknown as string[]]));
  if (o.format === 'gdelt' && o.header) await w.push(GDELT_COLUMNS.join('\t') + '\n');
  if (store instanceof SqliteStore && !o.slow) {
    n = await writeFromSql(store, o.filter, o.format, w, added);
  } else for await (const batch of store.eventBatches(o.filter)) {
    if (o.format === 'csv') {
      await w.push(stringify(batch.map(csvRow)));
      n += batch.length;
      continue;
    }
    let chunk = '';
    for (const row of batch) {
      n++;
      chunk += (o.format === 'jsonl' ? eventRecordJson(row) : gdeltRow(row, n, added)) + '\n';
    }
    await w.push(chunk);
  }
  await w.flush();
  if (fileStream) {
    fileStream.end();
    await once(fileStream, 'finish');
  }
  return n;
}

/** A named pipe at `path` (not on Windows, or when mkfifo is missing: then false). */
function makeFifo(path: string): boolean {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('mkfifo', ['-m', '600', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Parquet through DuckDB: the events are written as CSV into a named pipe that DuckDB reads while they are
 * written, with explicit column types, and writes Parquet (snappy: the common default of pandas and Arrow, cheaper to write than zstd).
 * DuckDB runs in a worker thread (PARQUET_WORKER) that also writes the pipe: this thread only formats the
 * events and hands the chunks over, so it never waits on a full 64 kB pipe while DuckDB parses a block, and
 * DuckDB's start (loading the library, ~150 ms) overlaps with the first events. From SQLite, the events come in
 * the pipe's own CSV (PIPE_EVENT), cheaper to write than the CSV export's. Memory stays bounded (at most
 * PARQUET_QUEUE bytes are handed over and not yet written), nothing is written to disk but the Parquet file.
 * Without named pipes the CSV goes through a temporary file first, as before.
 */
async function exportParquet(store: Store, filter: EventFilter, file: string, fast: boolean): Promise<number> {
  // The worker first: its start and DuckDB's overlap with making the pipe (a child process) and the first events.
  const worker = process.platform === 'win32' ? null : takeWorker();
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'wirecoder-parquet-'));
  } catch (err) {
    if (worker) keepWorker(worker); // unref'd: it must not keep the process alive
    throw err;
  }
  const out = resolve(file);
  // SQLite writes the pipe's own CSV (sql-format.ts: PIPE_EVENT); other stores write the CSV export.
  const pipeFormat = fast && store instanceof SqliteStore;
  /** The events as CSV into `stream` or `file`. */
  const write = async (o: { stream?: Writable; file?: string }) => {
    if (!pipeFormat) return exportEvents(store, { format: 'csv', filter, ...o });
    const fileStream = o.file ? createWriteStream(o.file) : null;
    const w = new ChunkWriter(fileStream ?? o.stream!, fileStream ? 1 << 16 : 1 << 20);
    // 1 MB chunks to the worker: a sixteenth of the messages of 64 kB ones.
    const n = await writeFromSql(store, filter, 'pipe', w, '');
    await w.flush();
    if (fileStream) {
      fileStream.end();
      await once(fileStream, 'finish');
    }
    return n;
  };
  // Only a file DuckDB may have started to write is removed on failure (never a user's file we did not touch).
  let touched = false;
  try {
    const csv = join(dir, 'events.csv');
    const copySql = parquetCopySql(csv, out, pipeFormat);
    if (!worker || !makeFifo(csv)) {
      if (worker) keepWorker(worker);
      const n = await write({ file: csv });
      touched = true;
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const db = await DuckDBInstance.create(':memory:', { threads: '1' });
      try {
        const con = await db.connect();
        try {
          await con.run(copySql);
        } finally {
          con.closeSync();
        }
      } finally {
        db.closeSync();
      }
      return n;
    }
    touched = true;
    const sink = new ParquetSink(worker, csv, copySql);
    try {
      const n = await write({ stream: sink });
      await sink.finish();
      return n;
    } catch (err) {
      throw await sink.abort(err);
    }
  } catch (err) {
    if (touched) {
      try {
        rmSync(out, { force: true }); // a file only: never recursive
      } catch {
        // e.g. `out` is a folder: the export's own error is the one to report
      }
    }
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The COPY statement: CSV with explicit column types in, Parquet out. `pipe`: the pipe's own CSV (no header,
 * char(30) quotes, DuckDB finishes three columns: PIPE_SELECT), else the CSV export's.
 */
function parquetCopySql(csv: string, out: string, pipe: boolean): string {
  const types: Record<string, string> = {
    negated: 'INTEGER', lat: 'DOUBLE', lon: 'DOUBLE', goldstein: 'DOUBLE', quad_class: 'INTEGER',
  };
  const columns = CSV_COLUMNS.map((c) => `'${c}': '${types[c] ?? 'VARCHAR'}'`).join(', ');
  const q = (s: string) => s.replace(/'/g, "''");
  // An 8 MB read buffer (DuckDB's default is larger) lets DuckDB start parsing while the pipe is still being written:
  // 168-171k -> 185-198k events/s on 200k events (2026-11-24, load 1.6).
  const options = pipe ? `header = false, quote = '\x1e', escape = '\x1e'` : 'header = true';
  return `COPY (SELECT ${pipe ? PIPE_SELECT : '*'} FROM read_csv('${q(csv)}', ${options}, auto_detect = false, buffer_size = 8388608, columns = {${columns}}))
    TO '${q(out)}' (FORMAT parquet, COMPRESSION snappy)`;
}

const encoder = new TextEncoder();

/** Bytes handed to the Parquet worker and not yet written into the pipe, at most. */
const PARQUET_QUEUE = 16 << 20;

/** How long an idle Parquet worker (and its DuckDB) is kept for the next export of the process. */
const PARQUET_IDLE_MS = 30_000;
/** The idle worker, if any: a second export skips the worker's start and DuckDB's (~0.1 CPU-s). */
let spareWorker: { worker: Worker; timer: NodeJS.Timeout } | null = null;
/** Each worker's end, one listener per worker however many exports it serves. */
const workerExit = new WeakMap<Worker, Promise<void>>();

function takeWorker(): Worker {
  if (spareWorker) {
    const { worker, timer } = spareWorker;
    spareWorker = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  // The bindings under @duckdb/node-api, not the API itself: a fifth of the time to load (~20 vs ~70 ms CPU).
  const duckdb = createRequire(createRequire(import.meta.url).resolve('@duckdb/node-api')).resolve('@duckdb/node-bindings');
  const worker = new Worker(PARQUET_WORKER, { eval: true, workerData: { duckdb } });
  workerExit.set(worker, new Promise((resolve) => worker.once('exit', () => resolve())));
  return worker;
}

/** Keep a worker whose export went well for the next one; it does not keep the process alive. */
function keepWorker(worker: Worker): void {
  if (spareWorker) {
    worker.postMessage({ close: true });
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (spareWorker?.worker === worker) spareWorker = null;
    worker.postMessage({ close: true });
  }, PARQUET_IDLE_MS);
  timer.unref();
  spareWorker = { worker, timer };
}

/**
 * A Writable whose chunks go to the Parquet worker (DuckDB + the pipe's writer). write() completes at once
 * while fewer than PARQUET_QUEUE bytes wait in the worker, so this thread keeps formatting.
 */
class ParquetSink extends Writable {
  private worker: Worker;
  private queued = 0;
  private waiting: (() => void) | null = null;
  /** The worker's last word on this export: null when the Parquet file is written, else the error. */
  private result: Promise<Error | null>;
  private failed: Error | null = null;
  private detach: () => void = () => undefined;
  constructor(worker: Worker, fifo: string, sql: string) {
    super({ decodeStrings: false, highWaterMark: PARQUET_QUEUE });
    // A failure is reported by finish() or abort(); a write after it must not also throw as an unhandled 'error'.
    this.on('error', () => undefined);
    this.worker = worker;
    this.result = new Promise<Error | null>((resolve) => {
      const end = (err: Error | null) => {
        if (err) this.failed ??= err;
        this.release();
        this.detach();
        resolve(err);
      };
      const onMessage = (m: { ack?: number; done?: boolean; error?: string }) => {
        if (m.ack !== undefined) {
          this.queued -= m.ack;
          if (this.queued < PARQUET_QUEUE) this.release();
        } else if (m.done) end(null);
        else if (m.error !== undefined) end(new Error(m.error));
      };
      const onExit = (code: number) => end(new Error(`parquet export: the DuckDB worker stopped (exit code ${code})`));
      worker.on('message', onMessage);
      worker.on('error', end);
      worker.on('exit', onExit);
      this.detach = () => {
        worker.off('message', onMessage);
        worker.off('error', end);
        worker.off('exit', onExit);
      };
    });
    worker.postMessage({ job: { fifo, sql } });
  }
  private release(): void {
    const cb = this.waiting;
    this.waiting = null;
    cb?.();
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (this.failed) return cb(this.failed);
    // Encoded here and moved, not copied: the worker writes the bytes as they are (~15 % less CPU in all).
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk);
    this.worker.postMessage(bytes, [bytes.buffer]);
    this.queued += bytes.length;
    if (this.queued < PARQUET_QUEUE) cb();
    else this.waiting = () => cb(this.failed);
  }
  override _final(cb: (err?: Error | null) => void): void {
    this.worker.postMessage(null);
    cb();
  }
  /** After a failure the worker closes DuckDB and ends; it is only stopped if it does not (never while DuckDB runs). */
  private async stopped(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 60_000)));
    const exited = workerExit.get(this.worker) ?? Promise.resolve();
    if (await Promise.race([exited.then(() => false), late])) await this.worker.terminate();
    clearTimeout(timer);
  }
  /** All chunks handed over: end the pipe and wait until DuckDB has written the Parquet file. */
  async finish(): Promise<void> {
    if (this.failed) throw this.failed;
    this.end();
    const err = await this.result;
    if (err) {
      await this.stopped();
      throw err;
    }
    keepWorker(this.worker);
  }
  /** The export failed on this side: stop DuckDB and return the error to report (DuckDB's, if it failed first). */
  async abort(err: unknown): Promise<unknown> {
    const first = this.failed ?? err;
    this.worker.postMessage({ abort: true });
    await this.result;
    await this.stopped();
    return first;
  }
}

/**
 * The worker (CommonJS, run with eval so that it works from src/ under vitest and from dist/). For each export
 * ({job}), DuckDB runs the COPY, reading the named pipe, and the worker writes the chunks into the pipe with
 * blocking writes on libuv's thread pool: the pipe is refilled as soon as DuckDB reads. (Not a net.Socket on the
 * pipe's fd: a worker's Socket registers the fd, and when the worker ends Node closes that fd number again,
 * by then perhaps a file of the main thread.) After a good export it waits for the next job with DuckDB open; after a failure, or on {close},
 * it closes DuckDB and ends.
 */
const PARQUET_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { promisify } = require('node:util');
const bindings = require(workerData.duckdb);
const openAsync = promisify(fs.open);
const writeAsync = promisify(fs.write);
const closeAsync = promisify(fs.close);
const { O_WRONLY, O_RDONLY, O_NONBLOCK } = fs.constants;
let duck = null;
let job = null;
const onMessage = (m) => {
  if (m instanceof Uint8Array) {
    job.queue.push(m);
    job.wake();
  } else if (m === null) {
    job.ended = true;
    job.wake();
  } else if (m.abort) {
    if (!job) return;
    job.aborted = true;
    job.wake();
  } else if (m.job) {
    job = { fifo: m.job.fifo, sql: m.job.sql, queue: [], ended: false, aborted: false, wake: () => undefined };
    run(job);
  } else if (m.close) shutdown();
};
parentPort.on('message', onMessage);
// DuckDB opens as the worker starts, while the main thread makes the pipe and formats the first events.
duck = open();
duck.catch(() => undefined);
function shutdown() {
  parentPort.off('message', onMessage);
  const d = duck;
  duck = null;
  if (d) d.then((x) => { bindings.disconnect_sync(x.con); bindings.close_sync(x.db); }, () => undefined);
}
async function open() {
  // One DuckDB thread: the CSV of a pipe is parsed by one thread anyway, and a second cost more CPU than it saved.
  const config = bindings.create_config();
  bindings.set_config(config, 'threads', '1');
  const db = await bindings.open(':memory:', config);
  const con = await bindings.connect(db);
  return { db, con };
}
/** Give a writer blocked on the pipe (no reader any more) a reader for a moment, so that it returns. */
function unblock(fifo) {
  try { fs.closeSync(fs.openSync(fifo, O_RDONLY | O_NONBLOCK)); } catch {}
}
async function run(j) {
  let copy = null;
  let copyDone = false;
  let copyError = null;
  let error = null;
  let fd = null;
  try {
    if (!duck) duck = open();
    const { con } = await duck;
    copy = bindings.query(con, j.sql).then(
      () => { copyDone = true; },
      (err) => { copyDone = true; copyError = err; },
    );
    // Wait for DuckDB to open its end (ENXIO until then) without blocking; then open the end written to, in
    // blocking mode, while the probe still holds the pipe (a pipe without a writer reads as its end).
    let probe = null;
    const deadline = Date.now() + 60000;
    while (probe === null) {
      if (j.aborted) throw new Error('parquet export: stopped');
      try {
        probe = fs.openSync(j.fifo, O_WRONLY | O_NONBLOCK);
      } catch (err) {
        if (err.code !== 'ENXIO') throw err;
        if (copyDone) throw copyError || new Error('parquet export: DuckDB did not read the events');
        if (Date.now() > deadline) throw new Error('parquet export: DuckDB did not open its input');
        await new Promise((r) => setTimeout(r, 2));
      }
    }
    try {
      const opening = openAsync(j.fifo, O_WRONLY);
      // If DuckDB closed its end just now, the open waits for a reader: end that wait when its query ends.
      copy.then(() => { if (fd === null) unblock(j.fifo); });
      fd = await opening;
    } finally {
      fs.closeSync(probe);
    }
    if (copyDone) throw copyError || new Error('parquet export: DuckDB stopped reading');
    // Blocking writes run on libuv's thread pool: each returns once DuckDB has read its bytes; if DuckDB's end
    // closes (its query failed), a write fails with EPIPE instead of waiting.
    for (;;) {
      if (j.aborted) throw new Error('parquet export: stopped');
      const m = j.queue.shift();
      if (m) {
        let off = 0;
        while (off < m.length) off += await writeAsync(fd, m, off, m.length - off);
        parentPort.postMessage({ ack: m.length });
        continue;
      }
      if (j.ended) break;
      await new Promise((r) => (j.wake = r));
      j.wake = () => undefined;
    }
    const last = fd;
    fd = null;
    await closeAsync(last);
    await copy;
    if (copyError) throw copyError;
  } catch (err) {
    error = copyError || err;
    if (fd !== null) {
      const last = fd;
      fd = null;
      try { await closeAsync(last); } catch {}
    }
    if (copy) await copy;
  }
  if (job === j) job = null;
  if (error) {
    // Not kept after a failure: DuckDB is closed and the worker ends.
    shutdown();
    parentPort.postMessage({ error: String((error && error.message) || error) });
  } else parentPort.postMessage({ done: true });
}
`;
