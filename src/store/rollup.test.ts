import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';
import { MIGRATIONS } from './schema.js';
import { eventFilterSchema, MODALITIES, PLOVER_TYPES, type CountsOptions, type EventFilter } from './query.js';
import { queryEvents, rollupWhere } from './sqlite-query.js';
import type { Doc } from '../model/doc.js';

/**
 * The rollup (schema migration 4) must give exactly what the queries over the events give: the same store
 * opened with `rollups: false` is the reference. Random data and random filters, with a fixed seed.
 */
let seed = 7;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const ACTORS = [
  { name: 'Vladimir Putin', code: 'RUSGOV', country: 'RUS', sector: 'GOV' },
  { name: 'Russian army', code: 'RUSMIL', country: 'RUS', sector: 'MIL' },
  { name: 'Russia', code: 'RUS', country: 'RUS', sector: null },
  { name: 'Volodymyr Zelensky', code: 'UKRGOV', country: 'UKR', sector: 'GOV' },
  { name: 'Ukrainian forces', code: 'UKRMIL', country: 'UKR', sector: 'MIL' },
  { name: 'NATO', code: 'IGONAT', country: null, sector: null },
  { name: 'Joe Biden', code: 'USAGOV', country: 'USA', sector: 'GOV' },
  { name: 'protesters', code: 'BLROPP', country: 'BLR', sector: 'OPP' },
];
const CAMEOS = ['0232', '036', '040', '051', '061', '072', '112', '138', '141', '163', '173', '190', '195', '1951'];
const PLACES = [
  { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52 },
  { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 },
  { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.57 },
  { name: 'Brussels', country: 'BEL', lat: 50.85, lon: 4.35 },
];
const DATES = ['2021-12-27', '2022-01-02', '2022-01-03', '2022-01-09', '2022-02-24', '2022-02-28', '2022-03-01', '2022-12-31', '2023-01-01'];

function randomDoc(i: number): Doc {
  const date = rand() < 0.1 ? null : pick(DATES);
  const actors = ACTORS.map((a, k) => ({ id: `a${k}`, ...a, type: 'person', role: null, mentions: [] }));
  const places = PLACES.map((p, k) => ({ id: `p${k}`, ...p, geonameId: null, featureType: 'city', confidence: 1, mentions: [] }));
  const events = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, k) => {
    const cameo = pick(CAMEOS);
    const source = rand() < 0.1 ? [] : rand() < 0.2 ? [pick(actors).id, pick(actors).id] : [pick(actors).id];
    const target = rand() < 0.2 ? [] : [pick(actors).id];
    return {
      id: `e${k}`, cameo, plover: { type: pick(PLOVER_TYPES), mode: null, context: [] }, source, target,
      date: rand() < 0.2 ? null : rand() < 0.7 ? date : pick(DATES), dateSource: 'text' as const, modality: pick(MODALITIES),
      negated: rand() < 0.1, place: rand() < 0.5 ? pick(places).id : null, evidence: [{ start: 0, end: 1 }],
      attribution: rand() < 0.3 ? [{ name: pick(['TASS', 'Reuters']), actor: null, kind: 'agency' as const, cue: 'said' }] : [],
      goldstein: rand() < 0.1 ? null : pick([-10, -7.2, -5, -2, 0, 1, 3.4, 6.4, 8.3]), quadClass: rand() < 0.1 ? null : (1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4,
      pattern: 'test',
    };
  });
  const origin = { file: 'rollup', record: i, format: 'jsonl' as const };
  return {
    article: { id: `r${i.toString(16).padStart(15, '0')}`, date, title: `Report ${i}`, source: pick(['Wire A', 'Daily B']), url: null, sourceId: null, origin },
    text: `Report ${i}\n\nSomething happened ${i % 3 ? 'near the border' : 'in the capital'}.`,
    offsets: { clean: [], raw: [] }, layers: [], sentences: [], tokens: [], mentions: [], actors, places, quotes: [], events, messages: [],
  } as unknown as Doc;
}

function randomFilter(): EventFilter {
  const f: Record<string, unknown> = {};
  const maybe = (p: number, fn: () => void) => rand() < p && fn();
  // Often only rollup columns, so that both paths of the store are exercised.
  const rollupOnly = rand() < 0.5;
  maybe(0.4, () => (f.type = [pick(PLOVER_TYPES), pick(PLOVER_TYPES)].join(',')));
  maybe(0.3, () => (f.cameo = pick(['19', '1', '05', '19', '195', '0232', '14'].filter((c) => c.length >= 2))));
  maybe(0.3, () => (f.quadClass = 1 + Math.floor(rand() * 4)));
  maybe(0.4, () => (f.from = pick(DATES)));
  maybe(0.4, () => (f.to = pick(DATES)));
  maybe(0.3, () => (f.modality = [pick(MODALITIES), pick(MODALITIES)].join(',')));
  maybe(0.15, () => (f.claimedOnly = true));
  maybe(0.1, () => (f.assertedOnly = true));
  if (!rollupOnly) {
    maybe(0.3, () => (f.actor = pick(['RUS*', 'RUSGOV', 'putin', 'UKR', 'forces', 'IGO*', '*', 'nobody'])));
    maybe(0.3, () => (f.role = pick(['source', 'target', 'either'])));
    maybe(0.15, () => (f.source = pick(['RUS*', 'UKRGOV', 'Biden'])));
    maybe(0.15, () => (f.target = pick(['UKR*', 'RUS', 'NATO'])));
    maybe(0.2, () => (f.country = pick(['RUS', 'UKR', 'USA', 'BLR'])));
    maybe(0.15, () => (f.sector = pick(['GOV', 'MIL', 'OPP'])));
    maybe(0.15, () => (f.bbox = pick(['20,45,40,60', '0,40,10,55', '-10,0,0,10'])));
    maybe(0.1, () => (f.placeCountry = pick(['UKR', 'RUS'])));
    maybe(0.1, () => (f.accordingTo = 'TASS'));
    maybe(0.1, () => (f.outlet = 'Wire'));
  }
  return eventFilterSchema.parse(f);
}

const BY: CountsOptions['by'][] = ['type', 'root', 'quadclass', 'none', 'source', 'target', 'dyad'];
const INTERVALS: CountsOptions['interval'][] = ['day', 'week', 'month', 'year'];

const dir = mkdtempSync(join(tmpdir(), 'wirecoder-rollup-'));
const path = join(dir, 'r.db');
let store: SqliteStore;
let exact: SqliteStore;

beforeAll(async () => {
  store = new SqliteStore(path);
  const docs = Array.from({ length: 300 }, (_, i) => randomDoc(i));
  await store.putBatch(docs.slice(0, 150), []);
  await store.putBatch(docs.slice(150), []);
  exact = new SqliteStore(path, { rollups: false });
});
afterAll(async () => {
  await store.close();
  await exact.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Rollup answers vs exact answers for many random filters; returns how many filters the rollup could answer. */
async function compareAll(n: number): Promise<number> {
  let viaRollup = 0;
  for (let i = 0; i < n; i++) {
    const f = randomFilter();
    if (rollupWhere(f)) viaRollup++;
    const count = await store.countEvents(f);
    expect(count, JSON.stringify(f)).toBe(await exact.countEvents(f));
    // The aggregate form of the filter selects the same events as the page form (eventBatches).
    let listed = 0;
    for await (const batch of store.eventBatches(f)) listed += batch.length;
    expect(count, JSON.stringify(f)).toBe(listed);
    const o = { by: pick(BY), interval: pick(INTERVALS) };
    const rows = await store.countByPeriod(f, o);
    expect(rows, JSON.stringify({ f, o })).toEqual(await exact.countByPeriod(f, o));
    expect(rows.reduce((s, r) => s + r.events, 0)).toBe(count);
  }
  return viaRollup;
}

/** The rollup table equals a GROUP BY over the events (what migration 4 backfills). */
function rollupMatchesEvents(s: SqliteStore): void {
  const kept = s.db.prepare('SELECT day, plover_type, cameo_root, quad_class, modality, events, round(goldstein, 6) AS g FROM event_rollup ORDER BY 1, 2, 3, 4, 5').all();
  const fresh = s.db
    .prepare(`SELECT coalesce(date, '') AS day, plover_type, cameo_root, coalesce(quad_class, 0) AS quad_class, modality, count(*) AS events,
      round(total(goldstein), 6) AS g FROM events GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`)
    .all();
  expect(kept).toEqual(fresh);
}

describe('event rollup', () => {
  it('answers counts exactly as the queries over the events do, on random filters', async () => {
    rollupMatchesEvents(store);
    const viaRollup = await compareAll(300);
    expect(viaRollup).toBeGreaterThan(60);
  });

  it('pages with a bounding box or full text (newest events first, then the whole query) list every match once, in order', async () => {
    for (let i = 0; i < 60; i++) {
      const f = eventFilterSchema.parse({
        ...(rand() < 0.7 ? { bbox: pick(['20,45,40,60', '0,40,10,55', '-10,0,0,10', '-180,-90,180,90']) } : {}),
        ...(rand() < 0.5 ? { q: pick(['border', 'capital', 'happened', 'border OR capital']) } : {}),
        ...(rand() < 0.3 ? { type: pick(PLOVER_TYPES) } : {}),
      });
      const all: string[] = [];
      for await (const batch of store.eventBatches(f)) for (const r of batch) all.push(`${r.date ?? ''}|${r.article_id}/${r.event_id}`);
      const limit = 1 + Math.floor(rand() * 20);
      const window = pick([1, 5, 30, 4000]);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = queryEvents(store.db, f, limit, cursor, window);
        paged.push(...page.rows.map((r) => `${r.date ?? ''}|${r.article_id}/${r.event_id}`));
        cursor = page.next;
      } while (cursor);
      expect(new Set(paged).size).toBe(paged.length);
      expect([...paged].sort()).toEqual([...all].sort());
      // newest first
      const dates = paged.map((k) => k.split('|')[0]);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('stays exact when articles are deleted (cascade) and events re-coded', async () => {
    store.db.prepare('DELETE FROM articles WHERE rowid % 5 = 0').run();
    store.db.prepare("UPDATE events SET plover_type = 'PROTEST', cameo_root = '14', cameo = '141', goldstein = -6.5 WHERE rowid % 7 = 0").run();
    store.db.prepare("UPDATE events SET date = '2022-06-01', quad_class = NULL, modality = 'denied' WHERE rowid % 11 = 0").run();
    rollupMatchesEvents(store);
    await compareAll(150);
  });

  it('is filled for a database written before migration 4', async () => {
    const old = join(dir, 'old.db');
    const s = new SqliteStore(old);
    await s.putBatch(Array.from({ length: 60 }, (_, i) => randomDoc(1000 + i)), []);
    // Undo migration 4: the database as wirecoder wrote it before.
    s.db.exec(`DROP TRIGGER events_rollup_insert; DROP TRIGGER events_rollup_delete; DROP TRIGGER events_rollup_update;
      DROP TRIGGER event_actors_names; DROP TABLE event_rollup; DROP TABLE actor_names;
      DROP INDEX event_actors_events; DROP INDEX event_actors_by_country; ALTER TABLE event_actors DROP COLUMN event_rowid;
      CREATE INDEX event_actors_code ON event_actors(code, role); CREATE INDEX event_actors_country ON event_actors(country, sector);
      PRAGMA user_version = 3;`);
    await s.close();
    // Read-only (wirecoder serve) does not migrate: it answers from the events alone.
    const ro = new SqliteStore(old, { readonly: true });
    const readOnlyAnswers = [];
    for (const f of [{}, { actor: 'RUS*' }, { type: 'ASSAULT,PROTEST', from: '2022-01-01' }, { country: 'UKR' }]) {
      const filter = eventFilterSchema.parse(f);
      readOnlyAnswers.push([await ro.countEvents(filter), await ro.countByPeriod(filter, { by: 'type', interval: 'week' }), await ro.topDyads(filter, 5)]);
    }
    expect((await ro.stats()).eventsByType.length).toBeGreaterThan(0);
    await ro.close();
    const again = new SqliteStore(old);
    let k = 0;
    for (const f of [{}, { actor: 'RUS*' }, { type: 'ASSAULT,PROTEST', from: '2022-01-01' }, { country: 'UKR' }]) {
      const filter = eventFilterSchema.parse(f);
      expect([await again.countEvents(filter), await again.countByPeriod(filter, { by: 'type', interval: 'week' }), await again.topDyads(filter, 5)]).toEqual(readOnlyAnswers[k++]);
    }
    expect(again.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    rollupMatchesEvents(again);
    expect(again.db.prepare('SELECT count(*) FROM event_actors WHERE event_rowid IS NULL').pluck().get()).toBe(0);
    const ref = new SqliteStore(old, { rollups: false });
    for (const f of [{}, { actor: 'RUS*' }, { type: 'ASSAULT,PROTEST', from: '2022-01-01' }, { actor: 'putin', role: 'source' }, { country: 'UKR' }]) {
      const filter = eventFilterSchema.parse(f);
      expect(await again.countEvents(filter)).toBe(await ref.countEvents(filter));
      expect(await again.countByPeriod(filter, { by: 'type', interval: 'week' })).toEqual(await ref.countByPeriod(filter, { by: 'type', interval: 'week' }));
    }
    await ref.close();
    await again.close();
  });
});
