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

export type ExportFormat = 'csv' | 'jsonl' | 'gdelt' | 'parquet';

export interface ExportOptions {
  format: ExportFormat;
  filter: EventFilter;
  /** Output file; required for parquet. Without it, text formats go to `stream`. */
  file?: string;
  stream?: Writable;
  /** GDELT: write the header line (GDELT's own files have none). */
  header?: boolean;
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
  for await (const batch of store.eventBatches(o.filter)) {
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
