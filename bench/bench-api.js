#!/usr/bin/env node
// `npm run bench:api`: a database of many synthetic events (default 200,000; `node bench/bench-api.js 50000` for fewer),
// then: p95 latency per API endpoint (fetch against the server, in-process), export rate per format, and the web UI's
// first load in Chromium. Needs `npm run build` (dist/ and dist/web; the UI is built into a temp dir if dist/web is missing).
// Targets: p95 <= 50 ms for the main query endpoints, export >= 200,000 events/s, UI first load <= 1 s.
// `node bench/bench-api.js --db PATH` measures an existing database instead (e.g. one built with
// `wirecoder ingest --db /tmp/allcorpora.db ../shared/corpus/...`, the real-corpus figure the targets are stated for);
// it is opened read-write once so that pending schema migrations run, then served read-only, and never deleted.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
if (!existsSync(join(root, 'dist', 'api', 'server.js'))) {
  console.error('bench-api: dist/api is missing; run `npm run build` first.');
  process.exit(1);
}
const { SqliteStore } = await import(dist('store/sqlite.js'));
const { startServer } = await import(dist('api/server.js'));

const args = process.argv.slice(2);
const dbFlag = args.indexOf('--db');
const EXISTING_DB = dbFlag >= 0 ? args.splice(dbFlag, 2)[1] : null;
if (dbFlag >= 0 && !EXISTING_DB) {
  console.error('bench-api: --db needs a path');
  process.exit(1);
}
const TARGET_EVENTS = Number(args[0] ?? 200_000);
const EVENTS_PER_DOC = 4;
const dir = mkdtempSync(join(tmpdir(), 'wirecoder-bench-api-'));

// ---- synthetic data: deterministic, words made up for the benchmark ----
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const COUNTRIES = ['RUS', 'UKR', 'USA', 'DEU', 'FRA', 'GBR', 'TUR', 'CHN', 'POL', 'BLR', 'IRN', 'ISR'];
const SECTORS = ['GOV', 'MIL', 'REB', 'MED', 'BUS', null];
const ACTORS = COUNTRIES.flatMap((c) => SECTORS.map((s) => ({ name: `${c} ${s ?? 'state'} actor`, code: c + (s ?? ''), country: c, sector: s })));
const EVENT_TYPES = [
  ['0232', 'REQUEST', 3.4, 1], ['036', 'AGREE', 4, 1], ['040', 'CONSULT', 1, 1], ['051', 'SUPPORT', 3.4, 1], ['072', 'AID', 8.3, 2],
  ['061', 'COOPERATE', 6.4, 2], ['112', 'ACCUSE', -2, 3], ['138', 'THREATEN', -7, 3], ['141', 'PROTEST', -6.5, 3],
  ['163', 'SANCTION', -8, 4], ['154', 'MOBILIZE', -7.2, 4], ['173', 'COERCE', -5, 4], ['190', 'ASSAULT', -10, 4], ['195', 'ASSAULT', -10, 4],
];
const PLACES = Array.from({ length: 40 }, (_, i) => ({ name: `Place ${i}`, country: COUNTRIES[i % COUNTRIES.length], lat: 30 + (i * 7) % 30, lon: -10 + (i * 13) % 60 }));
const OUTLETS = ['Wire A', 'Wire B', 'Daily C', 'Times D', 'Post E'];
const AGENCIES = ['TASS', 'Interfax', 'AFP', 'Reuters', 'AP', 'Ukrinform'];
const WORDS = 'talks forces border ministry statement aid troops ceasefire sanctions envoy meeting missile grain port capital protest'.split(' ');
const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);

function makeDoc(i) {
  const date = new Date(START + Math.floor(rand() * 730) * DAY).toISOString().slice(0, 10);
  const sentences = Array.from({ length: 6 }, () => Array.from({ length: 12 }, () => pick(WORDS)).join(' ') + '.');
  const title = `Synthetic report ${i}`;
  const text = `${title}\n\n${sentences.join(' ')}`;
  const actors = [];
  const events = [];
  const places = [];
  for (let k = 0; k < EVENTS_PER_DOC; k++) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b.code === a.code) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length];
    const ids = [a, b].map((x) => {
      let found = actors.find((y) => y.code === x.code);
      if (!found) {
        found = { id: `a${actors.length + 1}`, ...x, type: 'organization', role: null, mentions: [{ start: 0, end: 5 }] };
        actors.push(found);
      }
      return found.id;
    });
    const place = rand() < 0.7 ? pick(PLACES) : null;
    let pid = null;
    if (place) {
      const p = places.find((x) => x.name === place.name);
      pid = p ? p.id : `p${places.length + 1}`;
      if (!p) places.push({ id: pid, ...place, geonameId: null, featureType: 'city', confidence: 0.9, mentions: [{ start: 0, end: 5 }] });
    }
    const [cameo, type, g, q] = pick(EVENT_TYPES);
    const claimed = rand() < 0.4;
    const start = title.length + 2 + k * 20;
    events.push({
      id: `e${k + 1}`, cameo, plover: { type, mode: null, context: [] }, source: [ids[0]], target: [ids[1]], date, dateSource: 'article',
      modality: claimed ? 'claimed' : 'asserted', negated: false, place: pid, evidence: [{ start, end: start + 15 }],
      attribution: claimed ? [{ name: pick(AGENCIES), actor: null, kind: 'agency', cue: 'reported' }] : [], goldstein: g, quadClass: q,
      pattern: 'bench',
    });
  }
  const origin = { file: 'bench', record: i + 1, format: 'jsonl' };
  return {
    article: { id: `b${i.toString(16).padStart(15, '0')}`, date, title, source: pick(OUTLETS), url: `https://example.org/${i}`, sourceId: null, origin },
    text, offsets: { clean: [], raw: [] }, layers: ['text', 'sentences', 'tokens', 'mentions', 'actors', 'places', 'quotes', 'events'],
    sentences: [], tokens: [], mentions: [], actors, places, quotes: [], events, messages: [],
  };
}

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

let server;
let store;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${new Date().toISOString()}  ${cpus().length} x ${cpus()[0]?.model ?? '?'}  node ${process.version}  load average ${load()}`);
try {
  // ---- build the database ----
  // BENCH_DB=/path/file.db keeps the database (and reuses it on the next run).
  const dbPath = EXISTING_DB ?? process.env.BENCH_DB ?? join(dir, 'bench.db');
  const docs = Math.ceil(TARGET_EVENTS / EVENTS_PER_DOC);
  let events = docs * EVENTS_PER_DOC;
  if (EXISTING_DB && !existsSync(dbPath)) throw new Error(`bench-api: no database at ${dbPath}`);
  if (EXISTING_DB || (process.env.BENCH_DB && existsSync(dbPath))) {
    const t = performance.now();
    const w = new SqliteStore(dbPath); // runs pending migrations (rollup backfill etc.)
    const s = await w.stats();
    await w.close();
    events = s.events;
    console.log(`database: ${dbPath}: ${s.articles.toLocaleString('en-US')} articles, ${s.events.toLocaleString('en-US')} events, ${(statSync(dbPath).size / 1e6).toFixed(0)} MB (opened and migrated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  } else {
    const writer = new SqliteStore(dbPath);
    const t = performance.now();
    for (let i = 0; i < docs; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(docs, i + 1000); j++) batch.push(makeDoc(j));
      await writer.putBatch(batch, []);
    }
    await writer.close();
    console.log(`database: ${docs.toLocaleString('en-US')} articles, ${events.toLocaleString('en-US')} events, built in ${((performance.now() - t) / 1000).toFixed(1)} s (${(statSync(dbPath).size / 1e6).toFixed(0)} MB)`);
  }

  // BENCH_PROPOSED_INDEXES=1: add the indexes proposed to the store (not in the schema yet) to see what they change.
  if (process.env.BENCH_PROPOSED_INDEXES === '1') {
    const w = new SqliteStore(dbPath);
    const t = performance.now();
    w.db.exec(`CREATE INDEX IF NOT EXISTS events_sort ON events(coalesce(date, ''));
      CREATE INDEX IF NOT EXISTS event_actors_code_event ON event_actors(code, article_id, event_id);
      CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code, target_code);
      CREATE INDEX IF NOT EXISTS events_place ON events(place_name, place_country);
      ANALYZE;`);
    await w.close();
    console.log(`proposed indexes added in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  // ---- the server, read-only as `wirecoder serve` runs it ----
  let webRoot = join(root, 'dist', 'web');
  if (!existsSync(join(webRoot, 'index.html'))) {
    const { build } = await import('vite');
    webRoot = join(dir, 'web');
    await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'src', 'web'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  }
  store = new SqliteStore(dbPath, { readonly: true });
  server = await startServer(store, { port: 0, webRoot, cache: false });
  const base = server.url;
  const someId = (await (await fetch(`${base}/api/articles?limit=1&offset=777`)).json()).rows[0].id;
  const page2 = (await (await fetch(`${base}/api/events?limit=50`)).json()).next;

  // ---- latency per endpoint ----
  const endpoints = [
    ['events (newest page)', '/api/events?limit=50', true],
    ['events: next page (cursor)', `/api/events?limit=50&cursor=${page2}`, true],
    ['events: actor code', '/api/events?actor=RUSMIL&limit=50', true],
    ['events: actor name, as target', '/api/events?actor=UKR%20GOV&role=target&limit=50', true],
    ['events: type + date range', '/api/events?type=ASSAULT&from=2022-03-01&to=2022-03-31&limit=50', true],
    ['events: country + sector', '/api/events?country=USA&sector=GOV&limit=50', true],
    ['events: claimed, according to', '/api/events?claimedOnly=true&accordingTo=TASS&limit=50', true],
    ['events: bbox', '/api/events?bbox=20,40,40,60&limit=50', true],
    ['events: full text', '/api/events?q=ceasefire%20AND%20grain&limit=50', true],
    ['events/count', '/api/events/count', true],
    ['events/count: actor', '/api/events/count?actor=RUSMIL', true],
    ['events/count: actor name', '/api/events/count?actor=Putin', true],
    ['events/count: country, as source', '/api/events/count?country=USA&role=source', true],
    ['events/count: bbox', '/api/events/count?bbox=20,40,40,60', true],
    ['events/count: full text', '/api/events/count?q=ceasefire', true],
    ['counts per day by type', '/api/counts?interval=day&by=type', true],
    ['counts per week by type (timeline)', '/api/counts?interval=week&by=type', true],
    ['counts per week by type, date range', '/api/counts?interval=week&by=type&from=2021-06-01&to=2022-05-31', true],
    ['counts per month by root, claimed', '/api/counts?interval=month&by=root&claimedOnly=true', true],
    ['counts (auto interval) by type, actor', '/api/counts?interval=auto&by=type&actor=UKR*', true],
    ['counts per week by type, country', '/api/counts?interval=week&by=type&country=USA', true],
    ['counts per month by dyad, actor', '/api/counts?interval=month&by=dyad&actor=RUS*', true],
    ['dyads (network)', '/api/dyads?limit=80', true],
    ['dyads: type', '/api/dyads?limit=80&type=ASSAULT', true],
    ['map points', '/api/map?limit=2000', true],
    ['map points: date range', '/api/map?limit=2000&from=2022-01-01&to=2022-06-30', true],
    ['actors', '/api/actors?q=RUS', false],
    ['places', '/api/places?q=Place', false],
    ['article by id', `/api/articles/${someId}`, true],
    ['search', '/api/search?q=ceasefire', false],
    ['stats', '/api/stats', false],
  ];
  const N = Number(process.env.BENCH_REQUESTS ?? 60);
  // The same queries twice: against a server without the answer cache (every request runs its SQL) and with it
  // (what `wirecoder serve` does: answers kept until the database changes).
  const cached = await startServer(store, { port: 0, webRoot });
  const measure = async (url) => {
    for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
    const times = [];
    const cpuTimes = [];
    const budget = performance.now() + 5000; // at most ~5 s per endpoint (at least 20 requests)
    for (let i = 0; i < N && (i < 20 || performance.now() < budget); i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await fetch(url);
      await r.arrayBuffer();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
    }
    times.cpu = cpuTimes;
    return times;
  };
  console.log(`\nlatency (fetch over HTTP to the in-process server; up to ${N} requests per endpoint after 3 warm-ups):`);
  // CPU: this process's CPU time per request (server and fetch client), median: the latency on an idle core,
  // which the other load on a shared machine changes much less than the wall times.
  console.log(`${'endpoint'.padEnd(38)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'CPU p50'.padStart(9)} ${'p95 cached'.padStart(11)}  target p95 <= 50 ms`);
  const results = [];
  for (const [name, path, main] of endpoints) {
    const cold = await measure(base + path);
    const warm = await measure(cached.url + path);
    const q = p95(cold);
    results.push({ name, p95: q, cached: p95(warm), main });
    console.log(`${name.padEnd(38)} ${ms(median(cold)).padStart(9)} ${ms(q).padStart(9)} ${ms(median(cold.cpu)).padStart(9)} ${ms(p95(warm)).padStart(11)}  ${main ? (q <= 50 ? 'ok' : 'SLOW uncached') : '(not a main query)'}`);
  }
  await cached.close();

  // ---- export rate ----
  // In process (what `wirecoder export --out` does), to a stream that drops the bytes; CPU is this process's
  // (DuckDB's threads included), a measure that the other load on a shared machine changes less than wall time.
  const { exportEvents } = await import(dist('export/export.js'));
  const { eventFilterSchema } = await import(dist('store/query.js'));
  const { Writable } = await import('node:stream');
  // BENCH_EXPORT_RUNS=3: each format that many times in a row (best and median printed after the runs).
  const RUNS = Math.max(1, Number(process.env.BENCH_EXPORT_RUNS ?? 1));
  console.log(`\nexport in process (all events; wall time, and CPU time of this process${RUNS > 1 ? `; ${RUNS} runs per format` : ''}):`);
  const exportStore = new SqliteStore(dbPath, { readonly: true });
  for (const format of ['jsonl', 'csv', 'gdelt', 'parquet']) {
    const rates = [];
    for (let run = 0; run < RUNS; run++) {
      const stream = new Writable({ write(_c, _e, cb) { cb(); } });
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const n = await exportEvents(exportStore, { format, filter: eventFilterSchema.parse({}), stream, file: format === 'parquet' ? join(dir, 'bench.parquet') : undefined });
      const secs = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1e6;
      const rate = n / secs;
      rates.push(rate);
      console.log(`${format.padEnd(8)} ${secs.toFixed(2)} s  ${Math.round(rate).toLocaleString('en-US').padStart(9)} events/s  (CPU ${cpu.toFixed(2)} s: ${Math.round(n / cpu).toLocaleString('en-US')} events per CPU-second)  ${rate >= 200_000 ? 'ok (>= 200,000/s)' : 'SLOW (< 200,000/s)'}`);
    }
    if (RUNS > 1) console.log(`${format.padEnd(8)} best ${Math.round(Math.max(...rates)).toLocaleString('en-US')}/s  median ${Math.round(median(rates)).toLocaleString('en-US')}/s  (load average ${load()})`);
  }
  await exportStore.close();
  console.log('\nexport (all events, streamed over HTTP and read to the end by fetch in this same process):');
  for (const format of ['jsonl', 'csv', 'gdelt', 'parquet']) {
    const t0 = performance.now();
    const r = await fetch(`${base}/api/export?format=${format}`);
    const reader = r.body.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    const secs = (performance.now() - t0) / 1000;
    const rate = events / secs;
    console.log(`${format.padEnd(8)} ${secs.toFixed(2)} s  ${Math.round(rate).toLocaleString('en-US').padStart(9)} events/s  ${(bytes / 1e6).toFixed(1)} MB  ${rate >= 200_000 ? 'ok (>= 200,000/s)' : 'SLOW (< 200,000/s)'}`);
  }

  // ---- UI first load ----
  if (existsSync('/usr/bin/chromium')) {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'wirecoder-bench-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
    console.log('\nUI first load (navigation until the view is drawn with its data; new page, browser cache bypassed, no answer cache on the server):');
    for (const view of ['timeline', 'map', 'network', 'table']) {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const page = await ctx.newPage();
        await page.route('**/*', (route) => route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }));
        const t0 = performance.now();
        await page.goto(`${base}/?view=${view}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
        times.push(performance.now() - t0);
        await page.close();
      }
      const m = median(times);
      console.log(`${view.padEnd(10)} median ${ms(m).padStart(9)}  max ${ms(Math.max(...times)).padStart(9)}  ${m <= 1000 ? 'ok (<= 1 s)' : 'SLOW (> 1 s)'}`);
    }
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  } else {
    console.log('\nUI first load: skipped (/usr/bin/chromium is missing)');
  }
  const slow = results.filter((r) => r.main && r.p95 > 50);
  console.log(`\nload average at the end: ${load()}`);
  console.log(`main query endpoints over 50 ms at p95 without the answer cache: ${slow.length ? slow.map((r) => r.name).join(', ') : 'none'}`);
} finally {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
}
