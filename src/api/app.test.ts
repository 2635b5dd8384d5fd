import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createApp, type App } from './app.js';
import { startServer } from './server.js';
import { buildFixtureDb, HOSTILE, type Fixture } from './test-fixture.js';
import { SqliteStore } from '../store/sqlite.js';
import { buildPipeline } from '../pipeline/run.js';
import { segment } from '../stages/segment/segment.js';
import { openApiDocument } from './openapi.js';
// Response bodies in tests are read loosely typed.
const jsonOf = async (r: Response): Promise<any> => r.json();


const dir = mkdtempSync(join(tmpdir(), 'wirecoder-api-'));
let fx: Fixture;
let app: App;

beforeAll(async () => {
  fx = await buildFixtureDb(join(dir, 'api.db'));
  app = createApp(fx.store, { webRoot: null });
});
afterAll(async () => {
  await fx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, a: App = app): Promise<{ status: number; body: any; res: Response }> {
  const res = await a.request(path);
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) body = JSON.parse(text);
  return { status: res.status, body, res };
}

/** A 400 whose message names the parameter. */
async function bad(path: string, mention: RegExp | string): Promise<void> {
  const r = await get(path);
  expect(r.status, path).toBe(400);
  expect(r.body.status).toBe(400);
  expect(r.body.message).toMatch(mention);
}

async function allEvents(query = ''): Promise<any[]> {
  const out: any[] = [];
  let cursor: string | null = null;
  do {
    const r = await get(`/api/events?limit=7${query ? '&' + query : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(r.status).toBe(200);
    out.push(...r.body.events);
    cursor = r.body.next;
  } while (cursor);
  return out;
}

const ids = async (query: string) => (await get(`/api/events?limit=1000&${query}`)).body.events.map((e: any) => e.id) as string[];

describe('GET /api/events', () => {
  it('pages through every event with cursors, newest first, matching the count', async () => {
    const events = await allEvents();
    const total = (await get('/api/events/count')).body.count;
    expect(total).toBe(fx.docs.reduce((n, d) => n + d.events.length, 0));
    expect(events).toHaveLength(total);
    expect(new Set(events.map((e) => e.id)).size).toBe(total);
    const dates = events.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('returns the export record: actors spelled out, evidence, attribution, article', async () => {
    const r = await get(`/api/events?article=${fx.exampleId}&type=REQUEST`);
    expect(r.body.events).toHaveLength(1);
    expect(r.body.events[0]).toMatchObject({
      id: `${fx.exampleId}/e1`, cameo: '0232', plover: { type: 'REQUEST', mode: 'assist' }, modality: 'claimed',
      source: [{ code: 'UKRREB' }, { code: 'UKRREB' }], target: [{ name: 'Vladimir Putin', code: 'RUSGOV' }],
      attribution: [{ name: 'TASS', kind: 'agency' }, { name: 'Dmitry Peskov', kind: 'person' }],
      article: { id: fx.exampleId, date: '2022-02-24' }, place: { name: 'Donbas' },
    });
    expect(r.body.events[0].evidence).toHaveLength(3);
  });

  it('filters by actor, side, country, sector, type, CAMEO, dates, place, bbox, modality, attribution, outlet, text', async () => {
    expect((await ids('actor=Putin')).sort()).toEqual([`${fx.exampleId}/e1`, `${fx.exampleId}/e2`]);
    expect(await ids('actor=Putin&role=source')).toEqual([]);
    expect((await ids('actor=RUS*&role=source')).length).toBeGreaterThan(0);
    expect(await ids('source=UKRREB&target=RUSGOV')).toHaveLength(2);
    expect((await ids('country=UKR&sector=REB'))).toHaveLength(3);
    const aid = await ids('type=AID');
    expect(aid.length).toBeGreaterThan(1);
    expect(await ids('type=AID&type=REQUEST')).toEqual(await ids('type=AID,REQUEST'));
    expect(await ids('cameo=0232')).toEqual([`${fx.exampleId}/e1`]);
    expect((await ids('cameo=02')).length).toBeGreaterThan(1);
    for (const e of (await get('/api/events?from=2022-03-01&to=2022-03-03&limit=1000')).body.events) expect(e.date >= '2022-03-01' && e.date <= '2022-03-03').toBe(true);
    expect((await ids('place=kyiv')).length).toBeGreaterThan(0);
    const kyivBox = (await get('/api/events?bbox=30,50,31,51&limit=1000')).body.events;
    expect(kyivBox.every((e: any) => e.place.name === 'Kyiv')).toBe(true);
    expect((await get('/api/events?modality=asserted&limit=1000')).body.events.every((e: any) => e.modality === 'asserted')).toBe(true);
    expect((await get('/api/events?claimedOnly=true&limit=1000')).body.events.every((e: any) => e.modality === 'claimed')).toBe(true);
    expect(await ids('claimedOnly=false')).toHaveLength((await get('/api/events/count')).body.count);
    expect((await ids('accordingTo=the letters')).sort()).toEqual([`${fx.exampleId}/e3`, `${fx.exampleId}/e4`, `${fx.exampleId}/e5`]);
    expect((await get('/api/events?outlet=Daily Fixture&limit=1000')).body.events.every((e: any) => e.article.source === 'Daily Fixture')).toBe(true);
    expect((await ids('q=gratitude')).every((id) => id.startsWith(fx.exampleId))).toBe(true);
    expect(await ids(`article=${fx.exampleId.slice(0, 8)}`)).toHaveLength(5);
  });

  it('rejects bad parameters with 400 and a message naming the parameter', async () => {
    await bad('/api/events?from=2022-13-01', /from/);
    await bad('/api/events?to=yesterday', /to: a date is YYYY-MM-DD/);
    await bad('/api/events?type=FIGHT', /type/);
    await bad('/api/events?limit=0', /limit/);
    await bad('/api/events?limit=abc', /limit/);
    await bad('/api/events?limit=100000', /limit/);
    await bad('/api/events?colour=red', /Unrecognized key: "colour"/);
    await bad('/api/events?cursor=garbage', /cursor/);
    await bad('/api/events?claimedOnly=maybe', /claimedOnly: expected true or false/);
    await bad('/api/events?bbox=1,2,3', /bbox/);
    await bad('/api/events?country=Russia', /country: a country is an ISO 3166-1 alpha-3 code/);
    await bad('/api/events?cameo=1', /CAMEO/);
    await bad('/api/events?role=sideways', /role/);
    await bad('/api/events?q=%22unbalanced', /q: not a valid full-text query/);
  });
});

describe('aggregations', () => {
  it('GET /api/events/count', async () => {
    expect((await get('/api/events/count?type=REQUEST')).body.count).toBe((await ids('type=REQUEST')).length);
    await bad('/api/events/count?limit=5', /Unrecognized key: "limit"/);
  });

  it('GET /api/counts per day/week/month by type, dyad, QuadClass', async () => {
    const byDay = (await get('/api/counts')).body.rows;
    const total = (await get('/api/events/count')).body.count;
    expect(byDay.reduce((n: number, r: any) => n + r.events, 0)).toBe(total);
    expect(byDay).toContainEqual({ period: '2022-02-24', key: 'REQUEST', events: expect.any(Number), goldstein: expect.any(Number) });
    const byMonth = (await get('/api/counts?interval=month&by=quadclass')).body.rows;
    expect(byMonth.map((r: any) => r.period)).toContain('2022-03');
    const byWeek = (await get('/api/counts?interval=week&by=dyad&actor=Putin')).body.rows;
    expect(byWeek).toEqual([{ period: '2022-02-21', key: 'UKRREB;UKRREB -> RUSGOV', events: 2, goldstein: 6.8 }]);
    await bad('/api/counts?by=colour', /by/);
    await bad('/api/counts?interval=fortnight', /interval/);
  });

  it('GET /api/dyads: top pairs with cooperative and conflictual counts', async () => {
    const rows = (await get('/api/dyads?limit=3')).body.rows;
    expect(rows).toHaveLength(3);
    expect(rows[0].events).toBeGreaterThanOrEqual(rows[1].events);
    expect(rows[0].cooperative + rows[0].conflictual).toBeLessThanOrEqual(rows[0].events);
    await bad('/api/dyads?limit=0', /limit/);
  });

  it('GET /api/map: events per place with coordinates', async () => {
    const rows = (await get('/api/map')).body.rows;
    const kyiv = rows.find((r: any) => r.name === 'Kyiv');
    expect(kyiv).toMatchObject({ country: 'UKR', lat: 50.45, lon: 30.52 });
    expect(kyiv.events).toBe((await ids('place=Kyiv')).length);
    expect((await get('/api/map?bbox=30,50,31,51')).body.rows.map((r: any) => r.name)).toEqual(['Kyiv']);
    await bad('/api/map?limit=-1', /limit/);
  });
});

describe('interval=auto and the answer cache', () => {
  it('GET /api/counts?interval=auto picks the period from the span of the events and says which', async () => {
    const r = (await get('/api/counts?interval=auto')).body;
    expect(r.interval).toBe('day');
    expect(r.rows).toEqual((await get('/api/counts?interval=day')).body.rows);
  });

  it('answers again from the cache until another connection writes to the database', async () => {
    const path = join(dir, 'cache.db');
    const writer = new SqliteStore(path);
    await writer.putBatch(fx.docs.slice(0, 3), []);
    const reader = new SqliteStore(path, { readonly: true });
    const a = createApp(reader, { webRoot: null });
    const first = await a.request('/api/events/count');
    expect(first.headers.get('x-cache')).toBeNull();
    const n = (await jsonOf(first)).count;
    const again = await a.request('/api/events/count');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect((await jsonOf(again)).count).toBe(n);
    // The same query with its parameters in another order is the same answer.
    await a.request('/api/counts?by=type&interval=week');
    expect((await a.request('/api/counts?interval=week&by=type')).headers.get('x-cache')).toBe('hit');
    await writer.putBatch(fx.docs.slice(3, 6), []);
    const after = await a.request('/api/events/count');
    expect(after.headers.get('x-cache')).toBeNull();
    expect((await jsonOf(after)).count).toBeGreaterThan(n);
    // Errors are never cached; without the cache every answer is fresh.
    await a.request('/api/events?limit=0');
    expect((await a.request('/api/events?limit=0')).status).toBe(400);
    const off = createApp(reader, { webRoot: null, cache: false });
    await off.request('/api/stats');
    expect((await off.request('/api/stats')).headers.get('x-cache')).toBeNull();
    await reader.close();
    await writer.close();
  });
});

describe('lists, search and articles', () => {
  it('GET /api/actors and /api/places', async () => {
    expect((await get('/api/actors?q=Putin')).body.rows[0]).toMatchObject({ name: 'Vladimir Putin', code: 'RUSGOV', articles: 1 });
    expect((await get('/api/actors?country=RUS&limit=100')).body.rows.every((r: any) => r.country === 'RUS')).toBe(true);
    await bad('/api/actors?country=RUSSIA', /country/);
    await bad('/api/actors?limit=5000', /limit/);
    expect((await get('/api/places?q=Kyiv')).body.rows[0]).toMatchObject({ name: 'Kyiv', country: 'UKR', geoname_id: 703448 });
    await bad('/api/places?near=Kyiv', /Unrecognized key/);
  });

  it('GET /api/quotes with speaker, attribution and directness', async () => {
    const r = (await get(`/api/quotes?speaker=Peskov&article=${fx.exampleId}`)).body.rows;
    expect(r.length).toBeGreaterThan(3);
    expect(r[0].attribution[0]).toHaveProperty('name');
    expect((await get('/api/quotes?accordingTo=the letters')).body.rows).toHaveLength(3);
    expect((await get('/api/quotes?direct=false')).body.rows.map((q: any) => q.quote_id)).toEqual(['q1']);
    await bad('/api/quotes?direct=perhaps', /direct/);
    await bad('/api/quotes?offset=-1', /offset/);
  });

  it('GET /api/search', async () => {
    const r = (await get('/api/search?q=gratitude')).body.rows;
    expect(r.map((h: any) => h.id)).toEqual([fx.exampleId]);
    await bad('/api/search', /q/);
  });

  it('GET /api/stats', async () => {
    const s = (await get('/api/stats')).body;
    expect(s.articles).toBe(fx.docs.length);
    expect(s.events).toBe((await get('/api/events/count')).body.count);
  });

  it('GET /api/articles and /api/articles/:id (full id or prefix)', async () => {
    const list = (await get('/api/articles?limit=5')).body.rows;
    expect(list).toHaveLength(5);
    await bad('/api/articles?offset=-1', /offset/);
    const full = await get(`/api/articles/${fx.exampleId}`);
    expect(full.status).toBe(200);
    expect(full.body.article.title).toBe("Kremlin says Ukraine rebels asked Russia's help against Kyiv");
    expect(full.body.events.map((e: any) => e.plover.type)).toEqual(['REQUEST', 'SUPPORT', 'ASSAULT', 'MOBILIZE', 'AID']);
    expect(full.body.quotes).toHaveLength(6);
    expect(full.body.mentions.length).toBeGreaterThan(10);
    const prefix = await get(`/api/articles/${fx.exampleId.slice(0, 6)}`);
    expect(prefix.body.article.id).toBe(fx.exampleId);
    const hostile = await get(`/api/articles/${fx.hostileId}`);
    expect(hostile.body.article.title).toBe(HOSTILE.title);
  });

  it('unknown ids are 404, malformed ids 400', async () => {
    const r = await get('/api/articles/ffffffffffffffff');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ status: 404, message: 'no article with id ffffffffffffffff' });
    await bad('/api/articles/%3Cscript%3E', /id:/);
    await bad('/api/articles/ab', /id:/);
    await bad(`/api/articles/${fx.exampleId}?full=1`, /no query parameters/);
  });

  it('unknown endpoints are JSON 404s', async () => {
    for (const [method, path] of [['GET', '/api/nothing'], ['POST', '/api/events'], ['DELETE', '/api/articles/abcd']] as const) {
      const res = await app.request(path, { method });
      expect(res.status).toBe(404);
      expect(await jsonOf(res)).toMatchObject({ status: 404, message: expect.stringContaining('no such endpoint') });
    }
  });
});

describe('OpenAPI', () => {
  it('serves a 3.1 description covering every endpoint, with the filter parameters', async () => {
    const r = await get('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const paths = Object.keys(r.body.paths);
    expect(paths.sort()).toEqual([
      '/api/actors', '/api/articles', '/api/articles/{id}', '/api/counts', '/api/dyads', '/api/events', '/api/events/count', '/api/export',
      '/api/map', '/api/places', '/api/quotes', '/api/search', '/api/stats',
    ]);
    const params = r.body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    for (const k of ['actor', 'role', 'type', 'cameo', 'from', 'to', 'place', 'bbox', 'modality', 'accordingTo', 'outlet', 'q', 'limit', 'cursor']) {
      expect(params).toContain(k);
    }
    expect(r.body.paths['/api/export'].get.parameters.find((p: any) => p.name === 'format').schema.enum).toEqual(['csv', 'jsonl', 'gdelt', 'parquet']);
    expect(openApiDocument({ allowIngest: true }).paths['/api/articles'].post.summary).toMatch(/Bearer/);
  });
});

describe('GET /api/export', () => {
  async function exported(query: string): Promise<{ res: Response; text: string }> {
    const res = await app.request(`/api/export?${query}`);
    return { res, text: await res.text() };
  }

  it('streams JSON Lines, CSV and GDELT with the right types', async () => {
    const total = (await get('/api/events/count')).body.count;
    const jl = await exported('format=jsonl');
    expect(jl.res.headers.get('content-type')).toMatch(/ndjson/);
    expect(jl.text.trim().split('\n')).toHaveLength(total);
    const csv = await exported('format=csv&type=ASSAULT');
    expect(csv.res.headers.get('content-disposition')).toMatch(/events\.csv/);
    expect(parse(csv.text, { columns: true })).toHaveLength((await ids('type=ASSAULT')).length);
    const gdelt = await exported('format=gdelt&header=true');
    const lines = gdelt.text.trim().split('\n');
    expect(lines[0].split('\t')[0]).toBe('GLOBALEVENTID');
    expect(lines).toHaveLength(total + 1);
    for (const l of lines) expect(l.split('\t')).toHaveLength(61);
  });

  it('round-trips: Parquet read by DuckDB and CSV read by csv-parse give the events and counts of the API', async () => {
    const query = 'country=UKR';
    const apiEvents = await allEvents(query);
    const apiIds = apiEvents.map((e) => e.id).sort();
    const apiCounts = (await get(`/api/counts?${query}&by=type&interval=day`)).body.rows as Array<{ period: string; key: string; events: number; goldstein: number }>;
    const apiTotal = (await get(`/api/events/count?${query}`)).body.count;
    expect(apiIds.length).toBe(apiTotal);

    const csvRows = parse((await exported(`format=csv&${query}`)).text, { columns: true, cast: false }) as Array<Record<string, string>>;
    expect(csvRows.map((r) => `${r.article_id}/${r.event_id}`).sort()).toEqual(apiIds);
    const csvCounts = new Map<string, number>();
    for (const r of csvRows) csvCounts.set(`${r.date}|${r.plover_type}`, (csvCounts.get(`${r.date}|${r.plover_type}`) ?? 0) + 1);
    expect(Object.fromEntries(csvCounts)).toEqual(Object.fromEntries(apiCounts.map((c) => [`${c.period}|${c.key}`, c.events])));
    const byId = new Map(apiEvents.map((e) => [e.id, e]));
    for (const r of csvRows) {
      const e = byId.get(`${r.article_id}/${r.event_id}`);
      expect(r.cameo).toBe(e.cameo);
      expect(Number(r.goldstein)).toBe(e.goldstein);
      expect(r.source_code).toBe(e.source.map((a: any) => a.code).join(';'));
    }

    const pq = await app.request(`/api/export?format=parquet&${query}`);
    expect(pq.status).toBe(200);
    expect(pq.headers.get('x-event-count')).toBe(String(apiTotal));
    const buf = Buffer.from(await pq.arrayBuffer());
    expect(buf.subarray(0, 4).toString()).toBe('PAR1');
    const file = join(dir, 'roundtrip.parquet');
    writeFileSync(file, buf);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const pqIds = (await con.runAndReadAll(`SELECT article_id || '/' || event_id AS id FROM read_parquet('${file}') ORDER BY id`)).getRowObjects().map((r) => r.id);
    expect(pqIds).toEqual(apiIds);
    const pqCounts = (await con.runAndReadAll(
      `SELECT date AS period, plover_type AS key, count(*)::INTEGER AS events, round(sum(goldstein), 2)::DOUBLE AS goldstein
       FROM read_parquet('${file}') GROUP BY ALL ORDER BY period, key`,
    )).getRowObjects();
    expect(pqCounts).toEqual(apiCounts);
    con.closeSync?.();
  });

  it('rejects bad export parameters', async () => {
    await bad('/api/export?format=xml', /format/);
    await bad('/api/export?format=csv&from=2022-02-30', /from/);
    await bad('/api/export?format=gdelt&header=sometimes', /header/);
  });
});

describe('POST /api/articles', () => {
  const body = (x: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' }, body: JSON.stringify(x) });

  it('is refused (403) by a read-only server', async () => {
    const res = await app.request('/api/articles', body({ text: 'Anything.' }));
    expect(res.status).toBe(403);
    expect((await jsonOf(res)).message).toMatch(/read-only.*--allow-ingest/);
  });

  it('checks the token, the content type, the JSON and the fields; codes and stores the articles', async () => {
    const store = new SqliteStore(join(dir, 'ingest.db'));
    const seg = buildPipeline([segment()]);
    const a = createApp(store, { webRoot: null, allowIngest: true, token: 's3cret', pipeline: () => seg, maxBodyBytes: 10_000 });
    const post = (init: RequestInit) => a.request('/api/articles', init);
    const noAuth = await post({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noAuth.status).toBe(401);
    expect(noAuth.headers.get('www-authenticate')).toBe('Bearer');
    expect((await post({ ...body({ text: 'x' }), headers: { 'content-type': 'application/json', authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await post({ ...body({ text: 'x' }), headers: { 'content-type': 'text/plain', authorization: 'Bearer s3cret' } })).status).toBe(415);
    const notJson = await post({ ...body(null), body: '{"text": ' });
    expect(notJson.status).toBe(400);
    expect((await jsonOf(notJson)).message).toMatch(/not JSON/);
    const noText = await post(body({ title: 'No text' }));
    expect(noText.status).toBe(400);
    expect((await jsonOf(noText)).message).toMatch(/text/);
    const badDate = await post(body({ text: 'Some text.', date: '24/02/2022' }));
    expect((await jsonOf(badDate)).message).toMatch(/date/);
    expect((await post(body([]))).status).toBe(400);
    expect((await post(body({ text: 'x'.repeat(20_000) }))).status).toBe(413);

    const two = [
      { title: 'First posted', date: '2022-03-10', text: 'Officials met in Vienna to discuss the talks.', source: 'Posted Wire', url: 'https://example.org/p1' },
      { text: 'A second article without a title, about grain exports.' },
    ];
    expect((await jsonOf(await a.request('/api/stats'))).articles).toBe(0);
    const ok = await post(body(two));
    expect(ok.status).toBe(201);
    const r = await jsonOf(ok);
    expect(r).toMatchObject({ inserted: 2, duplicates: 0 });
    expect(r.articles[0]).toMatchObject({ title: 'First posted', events: 0 });
    expect((await jsonOf(await post(body(two[0]))))).toMatchObject({ inserted: 0, duplicates: 1 });
    const back = await jsonOf(await a.request(`/api/articles/${r.articles[0].id}`));
    expect(back.article).toMatchObject({ title: 'First posted', source: 'Posted Wire', date: '2022-03-10' });
    expect((await jsonOf(await a.request('/api/search?q=grain'))).rows).toHaveLength(1);
    expect((await jsonOf(await a.request('/api/stats'))).articles).toBe(2);
    await store.close();
  });

  it('runs the default pipeline when none is given', async () => {
    const store = new SqliteStore(join(dir, 'ingest-default.db'));
    const a = createApp(store, { webRoot: null, allowIngest: true, token: 's3cret' });
    const res = await a.request('/api/articles', body({ title: 'Talks', date: '2022-03-01', text: 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Tuesday.' }));
    expect(res.status).toBe(201);
    const r = await jsonOf(res);
    const doc = await jsonOf(await a.request(`/api/articles/${r.articles[0].id}`));
    expect(doc.sentences.length).toBeGreaterThan(0);
    await store.close();
  });

  it('cannot be switched on without a token', () => {
    expect(() => createApp(fx.store, { allowIngest: true })).toThrow(/token/);
  });
});

describe('the web UI files', () => {
  it('serves the built UI with a Content-Security-Policy, never files outside it', async () => {
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(web, 'assets', 'main-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    const a = createApp(fx.store, { webRoot: web });
    const index = await a.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const js = await a.request('/assets/main-abc.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/nothing.js']) {
      const r = await a.request(p);
      expect(r.status, p).toBe(404);
    }
    const unbuilt = createApp(fx.store, { webRoot: join(dir, 'no-such-dir') });
    const r = await unbuilt.request('/');
    expect(r.status).toBe(503);
    expect(await r.text()).toMatch(/npm run build/);
  });
});

describe('over HTTP', () => {
  it('listens, answers and streams an export, then closes', async () => {
    const server = await startServer(fx.store, { port: 0, webRoot: null });
    try {
      const r = await fetch(`${server.url}/api/events?limit=2`);
      expect(r.status).toBe(200);
      expect((await jsonOf(r)).events).toHaveLength(2);
      const exp = await fetch(`${server.url}/api/export?format=jsonl`);
      expect((await exp.text()).trim().split('\n')).toHaveLength((await get('/api/events/count')).body.count);
      // A client that stops reading early must not break the server.
      const partial = await fetch(`${server.url}/api/export?format=csv`);
      await partial.body!.getReader().cancel();
      expect((await fetch(`${server.url}/api/stats`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
