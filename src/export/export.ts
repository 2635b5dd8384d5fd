import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Store } from '../store/store.js';
import type { EventFilter } from '../store/query.js';
import { CSV_COLUMNS, csvRow, eventRecordJson } from './records.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
import { SqliteStore } from '../store/sqlite.js';
import { CSV_EVENT, GDELT_EVENT, JSONL_EVENT } from './sql-format.js';

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
async function writeFromSql(store: SqliteStore, filter: EventFilter, format: 'csv' | 'jsonl' | 'gdelt', w: ChunkWriter, added: string): Promise<number> {
  const meta = store.articleMeta();
  const cache = new Map<string, string>();
  const articlePart = (id: string): string => {
    let part = cache.get(id);
    if (part === undefined) {
      if (cache.size > 50_000) cache.clear();
      const a = meta(id);
      if (format === 'jsonl') part = JSON.stringify({ id, date: a.date, title: a.title, source: a.source, url: a.url });
      else if (format === 'csv') part = stringify([[a.date, a.title, a.source, a.url]]).slice(0, -1);
      else part = (a.url ?? '').replace(/[\t\r\n]+/g, ' ');
      cache.set(id, part);
    }
    return part;
  };
  const expression = format === 'jsonl' ? JSONL_EVENT : format === 'csv' ? CSV_EVENT : GDELT_EVENT;
  let n = 0;
  for await (const batch of store.eventTextBatches(filter, expression)) {
    let chunk = '';
    for (const [articleId, text] of batch) {
      n++;
      if (format === 'jsonl') {
        const cut = text.indexOf(',"cameo":');
        chunk += text.slice(0, cut) + ',"article":' + articlePart(articleId) + text.slice(cut) + '\n';
      } else if (format === 'csv') chunk += text + ',' + articlePart(articleId) + '\n';
      else chunk += n + '\t' + text + '\t' + added + '\t' + articlePart(articleId) + '\n';
    }
    await w.push(chunk);
  }
  return n;
}

/** Write in chunks and wait for the stream to drain: a million events export in bounded memory. */
class ChunkWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private out: Writable) {}
  async push(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/** Export the events matching a filter; returns how many were written. */
export async function exportEvents(store: Store, o: ExportOptions): Promise<number> {
  if (o.format === 'parquet') {
    if (!o.file) throw new Error('parquet export needs an output file (--out FILE.parquet)');
    return exportParquet(store, o.filter, o.file);
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

/**
 * Parquet through DuckDB: events are streamed into a temporary CSV (bounded memory),
 * then DuckDB reads it with explicit column types and writes Parquet (zstd).
 */
async function exportParquet(store: Store, filter: EventFilter, file: string): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = mkdtempSync(join(tmpdir(), 'wirecoder-parquet-'));
  try {
    const csv = join(dir, 'events.csv');
    const n = await exportEvents(store, { format: 'csv', filter, file: csv });
    const types: Record<string, string> = {
      negated: 'INTEGER', lat: 'DOUBLE', lon: 'DOUBLE', goldstein: 'DOUBLE', quad_class: 'INTEGER',
    };
    const columns = CSV_COLUMNS.map((c) => `'${c}': '${types[c] ?? 'VARCHAR'}'`).join(', ');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const q = (s: string) => s.replace(/'/g, "''");
    await con.run(
      `COPY (SELECT * FROM read_csv('${q(csv)}', header = true, columns = {${columns}})) TO '${q(resolve(file))}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    con.closeSync?.();
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
