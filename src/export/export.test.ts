import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { SqliteStore } from '../store/sqlite.js';
import { eventFilterSchema } from '../store/query.js';
import { exportEvents, type ExportFormat } from './export.js';
import { GDELT_COLUMNS } from './gdelt.js';
import { makeDoc } from '../testing/make-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'wirecoder-export-'));
const store = new SqliteStore(join(dir, 'e.db'));
const all = eventFilterSchema.parse({});

beforeAll(async () => {
  const docs = [0, 1, 2].map((i) => {
    const d = makeDoc(`Article number ${i}, with "quotes", commas\tand tabs.`, [], {
      date: `2022-03-0${i + 1}`, source: i === 2 ? 'Wire, "quoted"' : 'Wire', url: `https://example.org/${i}`, title: i === 1 ? 'A "title", with\ttabs' : null,
    });
    d.actors.push(
      { id: 'a1', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', code: 'RUSGOV', type: 'person', role: null, mentions: [] },
      { id: 'a2', name: 'Ukraine', country: 'UKR', sector: null, code: 'UKR', type: 'country', role: null, mentions: [] },
      { id: 'a3', name: 'Belarus', country: 'BLR', sector: null, code: 'BLR', type: 'country', role: null, mentions: [] },
    );
    d.places.push({ id: 'p1', name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, geonameId: 703448, featureType: 'city', confidence: 0.9, mentions: [] });
    d.events.push({
      id: 'e1', cameo: '1951', plover: { type: 'ASSAULT', mode: 'aerial', context: i === 2 ? ['military', 'naval'] : ['military'] }, source: ['a1', 'a3'], target: ['a2'],
      // The third event has no date of its own (GDELT takes the article's) and an attribution that CSV must quote.
      date: i === 2 ? null : `2022-03-0${i + 1}`, dateSource: 'text', modality: 'claimed', negated: i === 1, place: i === 2 ? null : 'p1',
      evidence: [{ start: 0, end: 7 }, { start: 8, end: 14 }],
      attribution: [{ name: i === 2 ? 'Smith, "Bob"\tJr' : 'TASS', actor: null, kind: 'agency', cue: 'reported' }],
      goldstein: -10, quadClass: 4, pattern: 'assault/air-strike',
    });
    return d;
  });
  await store.putBatch(docs, []);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function toText(format: ExportFormat, header = false, slow = false): Promise<string> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c) => chunks.push(c));
  await exportEvents(store, { format, filter: all, stream, header, slow });
  return Buffer.concat(chunks).toString('utf8');
}

describe('exports', () => {
  it('jsonl: the event fields of the output contract plus the article', async () => {
    const lines = (await toText('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      cameo: '1951', plover: { type: 'ASSAULT', mode: 'aerial', context: ['military'] }, modality: 'claimed',
      source: [{ code: 'RUSGOV', country: 'RUS' }, { code: 'BLR' }], target: [{ code: 'UKR' }],
      place: { name: 'Kyiv', lat: 50.45 }, attribution: [{ name: 'TASS' }], article: { date: '2022-03-01', url: 'https://example.org/0' },
    });
  });

  it('csv: reads back with a CSV parser, compound actors joined', async () => {
    const rows = parse(await toText('csv'), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ source_code: 'RUSGOV;BLR', target_code: 'UKR', plover_type: 'ASSAULT', evidence: '0-7;8-14', according_to: 'TASS' });
  });

  it('gdelt: 61 tab-separated columns in GDELT order', async () => {
    const lines = (await toText('gdelt', true)).trim().split('\n');
    expect(lines[0].split('\t')).toEqual([...GDELT_COLUMNS]);
    const row = Object.fromEntries(lines[1].split('\t').map((v, i) => [GDELT_COLUMNS[i], v]));
    expect(lines[1].split('\t')).toHaveLength(61);
    expect(row).toMatchObject({
      SQLDATE: '20220301', MonthYear: '202203', Year: '2022', Actor1Code: 'RUSGOV', Actor1Name: 'VLADIMIR PUTIN', Actor1CountryCode: 'RUS',
      Actor1Type1Code: 'GOV', Actor2Code: 'UKR', EventCode: '1951', EventBaseCode: '195', EventRootCode: '19', QuadClass: '4',
      GoldsteinScale: '-10', NumMentions: '2', ActionGeo_FullName: 'Kyiv', ActionGeo_Lat: '50.45', ActionGeo_FeatureID: '703448',
      SOURCEURL: 'https://example.org/0',
    });
  });

  it('the SQLite fast path writes exactly what the JavaScript formatters write', async () => {
    for (const format of ['jsonl', 'csv', 'gdelt'] as const) {
      const fast = await toText(format, true);
      const slow = await toText(format, true, true);
      // DATEADDED is the export's own clock: compare without it.
      const strip = (t: string) => (format === 'gdelt' ? t.replace(/\t\d{14}\t/g, '\t-\t') : t);
      expect(strip(fast)).toBe(strip(slow));
    }
  });

  it('parquet: written by DuckDB, read back with the same events', async () => {
    const file = join(dir, 'events.parquet');
    const n = await exportEvents(store, { format: 'parquet', filter: all, file });
    expect(n).toBe(3);
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('PAR1');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(goldstein) AS g, min(source_code) AS s FROM read_parquet('${file}')`);
    expect(r.getRowObjects()).toEqual([{ n: 3, g: -30, s: 'RUSGOV;BLR' }]);
    const back = await con.runAndReadAll(`SELECT according_to, plover_context, date, article_source FROM read_parquet('${file}') ORDER BY article_date`);
    expect(back.getRowObjects()[2]).toEqual({ according_to: 'Smith, "Bob"\tJr', plover_context: 'military,naval', date: null, article_source: 'Wire, "quoted"' });
  });
  it('parquet: exports in a row reuse the worker (DuckDB kept open between them), each file complete', async () => {
    const files = [0, 1, 2, 3].map((i) => join(dir, `row-${i}.parquet`));
    for (const file of files) expect(await exportEvents(store, { format: 'parquet', filter: all, file })).toBe(3);
    // Two at the same time: the second gets a worker of its own.
    const both = await Promise.all(files.slice(0, 2).map((file) => exportEvents(store, { format: 'parquet', filter: all, file })));
    expect(both).toEqual([3, 3]);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    for (const file of files) {
      const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(goldstein) AS g FROM read_parquet('${file}')`);
      expect(r.getRowObjects()).toEqual([{ n: 3, g: -30 }]);
    }
  });
  it('parquet: fails (and does not hang) when DuckDB cannot write the file', async () => {
    await expect(exportEvents(store, { format: 'parquet', filter: all, file: join(dir, 'no-such-dir', 'x.parquet') })).rejects.toThrow();
    await expect(exportEvents(store, { format: 'parquet', filter: all, file: dir })).rejects.toThrow();
  });
  it('parquet: an export that fails half-way reports the error and leaves no partial file', async () => {
    const rows: Awaited<ReturnType<typeof store.eventBatches>> extends AsyncIterable<infer B> ? B : never = [];
    for await (const batch of store.eventBatches(all)) rows.push(...batch);
    // A store that fails after many events (enough to fill the pipe and DuckDB's first read buffer).
    const failing = {
      async *eventBatches() {
        for (let i = 0; i < 12; i++) yield Array.from({ length: 5000 }, (_, k) => ({ ...rows[k % rows.length], event_id: `e${i}-${k}` }));
        throw new Error('the store went away');
      },
    } as unknown as Parameters<typeof exportEvents>[0];
    const file = join(dir, 'partial.parquet');
    await expect(exportEvents(failing, { format: 'parquet', filter: all, file })).rejects.toThrow('the store went away');
    expect(existsSync(file)).toBe(false);
    // And a good export still works afterwards.
    expect(await exportEvents(store, { format: 'parquet', filter: all, file })).toBe(3);
  });
  it('parquet: DuckDB failing half-way (a value it cannot read) ends the export with its error, no partial file', async () => {
    const rows: Awaited<ReturnType<typeof store.eventBatches>> extends AsyncIterable<infer B> ? B : never = [];
    for await (const batch of store.eventBatches(all)) rows.push(...batch);
    const bad = {
      async *eventBatches() {
        // Bad values early and more events than the worker's queue holds: the failure comes while events are still written.
        for (let i = 0; i < 40; i++) yield Array.from({ length: 5000 }, (_, k) => ({ ...rows[k % rows.length], lat: i >= 2 ? 'north' : 1.5 }));
      },
    } as unknown as Parameters<typeof exportEvents>[0];
    const file = join(dir, 'bad.parquet');
    await expect(exportEvents(bad, { format: 'parquet', filter: all, file })).rejects.toThrow(/north|convert|CSV/i);
    expect(existsSync(file)).toBe(false);
  });
  it('parquet: the pipe SQLite writes for DuckDB gives the same table as the CSV export', async () => {
    const db = join(dir, 'odd.db');
    const odd = new SqliteStore(db);
    try {
      const weird = ['a\x1eb', 'line\nbreak', 'cr\r\nlf', 'comma, "quote"', '', '\x1e', '"', 'tab\tx'];
      const docs = weird.map((w, i) => {
        const d = makeDoc(`Odd article ${i}.`, [], { date: '2022-05-01', source: w || null, url: `https://example.org/odd/${i}`, title: w || null });
        d.actors.push(
          { id: 'a1', name: w || 'X', country: 'RUS', sector: w || null, code: `RUS${i}`, type: 'person', role: null, mentions: [] },
          { id: 'a2', name: 'Ukraine; Kyiv', country: 'UKR', sector: null, code: 'UKR', type: 'country', role: null, mentions: [] },
        );
        d.places.push({ id: 'p1', name: w, country: 'UKR', lat: i === 0 ? null : 50.5 + i, lon: 30, geonameId: null, featureType: 'city', confidence: 0.9, mentions: [] });
        d.events.push({
          id: 'e1', cameo: '0231', plover: { type: 'REQUEST', mode: w || null, context: i % 2 ? [] : ['economic', 'military'] }, source: ['a1'], target: ['a2', 'a1'],
          date: i === 3 ? null : '2022-05-01', dateSource: 'text', modality: 'asserted', negated: i === 4, place: i === 5 ? null : 'p1',
          evidence: i === 6 ? [{ start: 0, end: 3 }] : [{ start: 0, end: 3 }, { start: 4, end: 11 }, { start: 12, end: 13 }],
          attribution: [{ name: w, actor: null, kind: 'agency', cue: 'said' }], goldstein: i === 7 ? null : -2.5 * i, quadClass: 1, pattern: 'odd',
        });
        return d;
      });
      await odd.putBatch(docs, []);
      const fast = join(dir, 'odd-fast.parquet');
      const slow = join(dir, 'odd-slow.parquet');
      expect(await exportEvents(odd, { format: 'parquet', filter: all, file: fast })).toBe(weird.length);
      expect(await exportEvents(odd, { format: 'parquet', filter: all, file: slow, slow: true })).toBe(weird.length);
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const con = await (await DuckDBInstance.create(':memory:')).connect();
      const read = async (f: string) => (await con.runAndReadAll(`SELECT * FROM read_parquet('${f}')`)).getRowObjects();
      const [a, b] = [await read(fast), await read(slow)];
      expect(a).toHaveLength(weird.length);
      expect(a).toEqual(b);
      expect(a[0]).toMatchObject({ source_name: 'a\x1eb', target_name: 'Ukraine;Kyiv;a\x1eb', evidence: '0-3;4-11;12-13', lat: null });
      expect(a[1]).toMatchObject({ place_name: 'line\nbreak', goldstein: -2.5, plover_context: null });
      expect(a[4]).toMatchObject({ plover_mode: null, article_source: null, negated: 1 });
      const cols = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${fast}')`)).getRowObjects().map((r) => `${r.column_name} ${r.column_type}`);
      const colsSlow = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${slow}')`)).getRowObjects().map((r) => `${r.column_name} ${r.column_type}`);
      expect(cols).toEqual(colsSlow);
    } finally {
      await odd.close();
    }
  });
});
