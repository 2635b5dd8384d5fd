import type Database from 'better-sqlite3';
import type {
  ActorListOptions, ActorSummary, CountRow, CountsOptions, DyadRow, EventFilter, EventRow, Page, PlaceListOptions,
  PlaceCount, PlaceSummary, QuoteFilter, QuoteRow,
} from './query.js';

const EVENT_COLUMNS = `e.rowid AS _rowid, e.article_id, e.event_id, e.date, e.date_source, e.cameo, e.cameo_root, e.plover_type,
  e.plover_mode, e.plover_context, e.source_code, e.source_name, e.target_code, e.target_name, e.modality, e.negated,
  e.place_id, e.place_name, e.place_country, e.place_geoname_id, e.lat, e.lon, e.goldstein, e.quad_class, e.according_to, e.evidence,
  e.attribution, e.pattern, e.source_actors, e.target_actors, e.source_country, e.source_sector, e.target_country, e.target_sector, a.date AS article_date, a.title AS article_title,
  a.source AS article_source, a.url AS article_url`;

/** The codes that start with `prefix`, as a range (the index on event_actors(code, ...) serves it; LIKE would not). */
function prefixRange(prefix: string, params: unknown[]): string {
  if (!prefix) return '1';
  params.push(prefix, prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1));
  return 'ea.code >= ? AND ea.code < ?';
}

/**
 * The event_actors condition of an actor filter: `RUS*` -> prefix of the code (codes are upper case; the
 * prefix is literal); otherwise the exact code or a substring of the name (case-insensitive).
 * `aggregate`: also narrow name matches to the codes that carry such a name (actor_names, a small table), so
 * that the index on code serves them.
 */
function actorCondition(value: string, params: unknown[], aggregate: boolean): string {
  if (value.endsWith('*')) return prefixRange(value.slice(0, -1).toUpperCase(), params);
  const code = value.toUpperCase();
  const name = `%${value}%`;
  if (!aggregate) {
    params.push(code, name);
    return '(ea.code = ? OR ea.name LIKE ?)';
  }
  params.push(code, name, code, name);
  return 'ea.code IN (SELECT n.code FROM actor_names n WHERE n.code = ? OR n.name LIKE ?) AND (ea.code = ? OR ea.name LIKE ?)';
}

/**
 * An event_actors condition as a WHERE term on `events e`. Pages (newest first, LIMIT n) use a correlated
 * EXISTS: the scan in date order stops after n hits. Aggregates, which read every match, use the list of
 * matching event rowids, read from an index on event_actors (schema migration 4): 97 -> 9 ms for a count by one
 * actor over 200k events.
 */
function eventActorsTerm(cond: string, role: string | undefined, aggregate: boolean): string {
  const roleSql = role && role !== 'either' ? ` AND ea.role = '${role === 'source' ? 'source' : 'target'}'` : '';
  return aggregate
    ? `e.rowid IN (SELECT ea.event_rowid FROM event_actors ea WHERE ${cond}${roleSql})`
    : `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = e.article_id AND ea.event_id = e.event_id${roleSql} AND ${cond})`;
}

/**
 * WHERE clause and parameters for an event filter, and whether it needs the articles table
 * (outlet and full-text filters); aggregates join articles only then. `mode` picks the form of the actor
 * terms that suits a page (stop early) or an aggregate (read all), and 'window' the form for a scan of the newest
 * events (queryEvents); all select the same events.
 */
export function eventWhere(f: EventFilter, mode: 'page' | 'window' | 'aggregate' = 'page'): { sql: string; params: unknown[]; needsArticles: boolean } {
  const w: string[] = [];
  const p: unknown[] = [];
  const agg = mode === 'aggregate';
  if (f.actor) w.push(eventActorsTerm(actorCondition(f.actor, p, agg), f.role ?? 'either', agg));
  if (f.source) w.push(eventActorsTerm(actorCondition(f.source, p, agg), 'source', agg));
  if (f.target) w.push(eventActorsTerm(actorCondition(f.target, p, agg), 'target', agg));
  if (f.country || f.sector) {
    const conds: string[] = [];
    if (f.country) {
      conds.push('ea.country = ?');
      p.push(f.country.toUpperCase());
    }
    if (f.sector) {
      conds.push('ea.sector = ?');
      p.push(f.sector.toUpperCase());
    }
    w.push(eventActorsTerm(conds.join(' AND '), f.role, agg));
  }
  if (f.type?.length) {
    w.push(`e.plover_type IN (${f.type.map(() => '?').join(',')})`);
    p.push(...f.type);
  }
  if (f.cameo) {
    w.push('e.cameo LIKE ?');
    p.push(f.cameo + '%');
  }
  if (f.quadClass) {
    w.push('e.quad_class = ?');
    p.push(f.quadClass);
  }
  if (f.from) {
    w.push('e.date >= ?');
    p.push(f.from);
  }
  if (f.to) {
    w.push('e.date <= ?');
    p.push(f.to);
  }
  if (f.place) {
    w.push('e.place_name = ? COLLATE NOCASE');
    p.push(f.place);
  }
  if (f.placeCountry) {
    w.push('e.place_country = ?');
    p.push(f.placeCountry.toUpperCase());
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    w.push('e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?');
    p.push(south, north, west, east);
  }
  const modality = f.modality ? [...f.modality] : [];
  if (f.claimedOnly) modality.push('claimed');
  if (f.assertedOnly) modality.push('asserted');
  if (modality.length) {
    w.push(`e.modality IN (${modality.map(() => '?').join(',')})`);
    p.push(...modality);
  }
  if (f.accordingTo) {
    w.push('e.according_to LIKE ?');
    p.push(`%${f.accordingTo}%`);
  }
  if (f.outlet) {
    w.push('a.source LIKE ?');
    p.push(`%${f.outlet}%`);
  }
  if (f.q) {
    // In a window scan, (+a.rowid) keeps SQLite from turning the IN into an index constraint that loops over
    // every full-text match for every event (13 s instead of 8 ms); the matches become one lookup table.
    w.push(`${mode === 'window' ? '(+a.rowid)' : 'a.rowid'} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`);
    p.push(f.q);
  }
  if (f.article) {
    w.push('e.article_id LIKE ?');
    p.push(f.article + '%');
  }
  return { sql: w.length ? 'WHERE ' + w.join(' AND ') : '', params: p, needsArticles: Boolean(f.outlet || f.q) };
}

/** FROM clause for aggregates: events alone unless the filter reads article columns. */
function fromEvents(needsArticles: boolean): string {
  return needsArticles ? 'events e JOIN articles a ON a.id = e.article_id' : 'events e';
}

function encodeCursor(row: { date: string | null; _rowid: number }): string {
  return Buffer.from(JSON.stringify([row.date ?? '', row._rowid])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && Number.isInteger(v[1])) return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw new RangeError('cursor is not one this server gave out');
}

/** How many of the newest events a page first looks through for a bounding box or a full-text filter. */
const PAGE_WINDOW = 4000;

/**
 * One page of events, newest first; keyset pagination on (date, rowid).
 * A bounding box or a full-text query lets SQLite start from the lat index or the FTS matches and sort every
 * match by date (58 and 93 ms over 200k events when most events match). So those first look at the newest
 * PAGE_WINDOW events only: if that gives a full page, it is the page (the next match further back is older
 * than all of them); otherwise the whole query runs, which is then a selective one.
 */
export function queryEvents(db: Database.Database, f: EventFilter, limit: number, cursor?: string | null, window = PAGE_WINDOW): Page<EventRow> {
  let after = '';
  const afterParams: unknown[] = [];
  if (cursor) {
    const [d, r] = decodeCursor(cursor);
    after = "(coalesce(e.date, ''), e.rowid) < (?, ?)";
    afterParams.push(d, r);
  }
  const order = "ORDER BY coalesce(e.date, '') DESC, e.rowid DESC";
  let rows: Array<EventRow & { _rowid: number }> | null = null;
  if (f.bbox || f.q) {
    const { sql, params } = eventWhere(f, 'window');
    const first = db
      .prepare(`WITH recent AS (SELECT e.rowid AS id FROM events e ${after ? 'WHERE ' + after : ''} ${order} LIMIT ${Math.max(1, Math.floor(window))})
        SELECT ${EVENT_COLUMNS} FROM recent CROSS JOIN events e ON e.rowid = recent.id JOIN articles a ON a.id = e.article_id ${sql}
        ${order} LIMIT ?`)
      .all(...afterParams, ...params, limit + 1) as Array<EventRow & { _rowid: number }>;
    if (first.length > limit) rows = first;
  }
  if (!rows) {
    const { sql, params } = eventWhere(f);
    const where = after ? (sql ? `${sql} AND ${after}` : `WHERE ${after}`) : sql;
    rows = db
      .prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ${where} ${order} LIMIT ?`)
      .all(...params, ...afterParams, limit + 1) as Array<EventRow & { _rowid: number }>;
  }
  const more = rows.length > limit;
  if (more) rows.pop();
  const next = more ? encodeCursor(rows[rows.length - 1]) : null;
  for (const r of rows) delete (r as Partial<typeof r>)._rowid;
  return { rows, next };
}

/** The events columns of an EventRow, in the order rowToEvent() reads them. */
const RAW_EVENT_COLUMNS = `e.article_id, e.event_id, e.date, e.date_source, e.cameo, e.cameo_root, e.plover_type, e.plover_mode,
  e.plover_context, e.source_code, e.source_name, e.target_code, e.target_name, e.modality, e.negated, e.place_id, e.place_name,
  e.place_country, e.place_geoname_id, e.lat, e.lon, e.goldstein, e.quad_class, e.according_to, e.evidence, e.attribution,
  e.pattern, e.source_actors, e.target_actors, e.source_country, e.source_sector, e.target_country, e.target_sector`;

type ArticleMeta = { date: string | null; title: string | null; source: string | null; url: string | null };

/* eslint-disable @typescript-eslint/no-explicit-any */
function rowToEvent(r: any[], a: ArticleMeta): EventRow {
  return {
    article_id: r[0], event_id: r[1], date: r[2], date_source: r[3], cameo: r[4], cameo_root: r[5], plover_type: r[6],
    plover_mode: r[7], plover_context: r[8], source_code: r[9], source_name: r[10], target_code: r[11], target_name: r[12],
    modality: r[13], negated: r[14], place_id: r[15], place_name: r[16], place_country: r[17], place_geoname_id: r[18],
    lat: r[19], lon: r[20], goldstein: r[21], quad_class: r[22], according_to: r[23], evidence: r[24], attribution: r[25],
    pattern: r[26], source_actors: r[27], target_actors: r[28], source_country: r[29], source_sector: r[30],
    target_country: r[31], target_sector: r[32],
    article_date: a.date, article_title: a.title, article_source: a.source, article_url: a.url,
  };
}

/**
 * Every matching event, oldest first, in batches, without holding them all in memory. Rows are read as arrays
 * and without the articles join (both halve SQLite's cost per row); an article's metadata is looked up once
 * for its run of events.
 */
export function* eventBatches(db: Database.Database, f: EventFilter, size: number): Generator<EventRow[]> {
  const { sql, params, needsArticles } = eventWhere(f);
  const stmt = db.prepare(`SELECT ${RAW_EVENT_COLUMNS} FROM ${fromEvents(needsArticles)} ${sql} ORDER BY e.rowid`).raw(true);
  const articleStmt = db.prepare('SELECT date, title, source, url FROM articles WHERE id = ?');
  const none: ArticleMeta = { date: null, title: null, source: null, url: null };
  const cache = new Map<string, ArticleMeta>();
  let batch: EventRow[] = [];
  for (const r of stmt.iterate(...params) as Iterable<any[]>) {
    let meta = cache.get(r[0]);
    if (!meta) {
      if (cache.size > 50_000) cache.clear();
      meta = (articleStmt.get(r[0]) as ArticleMeta | undefined) ?? none;
      cache.set(r[0], meta);
    }
    batch.push(rowToEvent(r, meta));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Every matching event as [article id, event date, one text column computed by a SQLite expression over
 * `events e`] (the export formats in src/export/sql-format.ts), in batches: the fast path of exports.
 */
export function* eventTextBatches(
  db: Database.Database, f: EventFilter, expression: string, size: number, o: AggregateOptions = {},
): Generator<Array<[string, string | null, string]>> {
  const { sql, params, needsArticles } = eventWhere(f, aggMode(o));
  const stmt = db.prepare(`SELECT e.article_id, e.date, ${expression} FROM ${fromEvents(needsArticles)} ${sql} ORDER BY e.rowid`).raw(true);
  let batch: Array<[string, string | null, string]> = [];
  for (const r of stmt.iterate(...params) as Iterable<[string, string | null, string]>) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export type ArticleMetaRow = [id: string, date: string | null, title: string | null, source: string | null, url: string | null];

/**
 * The metadata exports add to each event, for many article ids in one statement (one call per batch of events:
 * a call per article cost a fifth of an export).
 */
export function articleMetaBatch(db: Database.Database): (ids: string[]) => ArticleMetaRow[] {
  const stmt = db.prepare('SELECT id, date, title, source, url FROM articles WHERE id IN (SELECT value FROM json_each(?))').raw(true);
  return (ids) => (ids.length ? (stmt.all(JSON.stringify(ids)) as ArticleMetaRow[]) : []);
}

/** Events grouped by place with coordinates, most events first. */
export function countByPlace(db: Database.Database, f: EventFilter, limit: number, o: AggregateOptions = {}): PlaceCount[] {
  const { sql, params, needsArticles } = eventWhere(f, aggMode(o));
  const where = `${sql ? sql + ' AND' : 'WHERE'} e.lat IS NOT NULL AND e.lon IS NOT NULL`;
  return db
    .prepare(`SELECT min(e.place_name) AS name, e.place_country AS country, e.lat, e.lon, count(*) AS events,
      sum(e.quad_class IN (1, 2)) AS cooperative, sum(e.quad_class IN (3, 4)) AS conflictual,
      round(coalesce(sum(e.goldstein), 0), 2) AS goldstein
      FROM ${fromEvents(needsArticles)} ${where}
      GROUP BY e.lat, e.lon, e.place_country ORDER BY events DESC LIMIT ?`)
    .all(...params, limit) as PlaceCount[];
}

/** First and last event date (two subqueries: each is answered from the date index). */
export function dateSpan(db: Database.Database): { first: string; last: string } | null {
  const r = db
    .prepare('SELECT (SELECT min(date) FROM events WHERE date IS NOT NULL) AS first, (SELECT max(date) FROM events) AS last')
    .get() as { first: string | null; last: string | null };
  return r.first && r.last ? { first: r.first, last: r.last } : null;
}

/**
 * The part of a filter that the rollup (event_rollup, schema migration 4) can answer, as a WHERE clause over
 * `event_rollup r`, or null when the filter touches anything else (actors, places, text, CAMEO codes below the
 * root, ...): then the exact query over the events runs. An allow-list, so that a filter field added later is
 * never silently ignored by the rollup.
 */
export function rollupWhere(f: EventFilter): { sql: string; params: unknown[] } | null {
  const w: string[] = [];
  const p: unknown[] = [];
  for (const [key, value] of Object.entries(f)) {
    if (value === undefined || value === false || key === 'role') continue;
    switch (key) {
      case 'type':
      case 'quadClass':
      case 'from':
      case 'to':
      case 'modality':
      case 'claimedOnly':
      case 'assertedOnly':
        break;
      case 'cameo':
        if (String(value).length !== 2) return null;
        break;
      default:
        return null;
    }
  }
  if (f.type?.length) {
    w.push(`r.plover_type IN (${f.type.map(() => '?').join(',')})`);
    p.push(...f.type);
  }
  if (f.cameo) {
    // e.cameo LIKE '19%' for a two-digit root is e.cameo_root = '19' (cameo_root is the first two characters).
    w.push('r.cameo_root = ?');
    p.push(f.cameo);
  }
  if (f.quadClass) {
    w.push('r.quad_class = ?');
    p.push(f.quadClass);
  }
  if (f.from) {
    w.push('r.day >= ?');
    p.push(f.from);
  }
  if (f.to) {
    // day '' stands for "no date", which e.date <= ? never selects.
    w.push("r.day <= ? AND r.day <> ''");
    p.push(f.to);
  }
  const modality = f.modality ? [...f.modality] : [];
  if (f.claimedOnly) modality.push('claimed');
  if (f.assertedOnly) modality.push('asserted');
  if (modality.length) {
    w.push(`r.modality IN (${modality.map(() => '?').join(',')})`);
    p.push(...modality);
  }
  return { sql: w.length ? 'WHERE ' + w.join(' AND ') : '', params: p };
}

export interface AggregateOptions {
  /** Whether aggregates may read the rollup (tests turn it off to compare with the exact queries). */
  rollups?: boolean;
  /**
   * false for a database opened read-only before migration 4 ran on it (`wirecoder serve` never writes): no
   * rollup, no event_actors.event_rowid; every answer then comes from the queries over the events.
   */
  schema4?: boolean;
}
/** The eventWhere() mode for reading every match. */
const aggMode = (o: AggregateOptions) => (o.schema4 === false ? 'page' : 'aggregate');
const useRollup = (o: AggregateOptions) => o.rollups !== false && o.schema4 !== false;

export function countEvents(db: Database.Database, f: EventFilter, o: AggregateOptions = {}): number {
  const r = useRollup(o) ? rollupWhere(f) : null;
  if (r) return db.prepare(`SELECT coalesce(sum(r.events), 0) FROM event_rollup r ${r.sql}`).pluck().get(...r.params) as number;
  const { sql, params, needsArticles } = eventWhere(f, aggMode(o));
  return db.prepare(`SELECT count(*) FROM ${fromEvents(needsArticles)} ${sql}`).pluck().get(...params) as number;
}

/** The Monday on or before a date (a week is Monday to Sunday and named by its Monday). */
const week = (col: string) => `date(${col}, '-6 days', 'weekday 1')`;
const PERIOD: Record<CountsOptions['interval'], string> = {
  day: 'e.date', // bare, so the (date, type, ...) index gives the grouping order; NULL -> '' below
  week: `coalesce(${week('e.date')}, '')`,
  month: "coalesce(substr(e.date, 1, 7), '')",
  year: "coalesce(substr(e.date, 1, 4), '')",
};
const KEY: Record<CountsOptions['by'], string> = {
  type: 'e.plover_type',
  root: 'e.cameo_root',
  quadclass: "cast(e.quad_class AS TEXT)",
  source: "coalesce(e.source_code, '')",
  target: "coalesce(e.target_code, '')",
  dyad: "coalesce(e.source_code, '') || ' -> ' || coalesce(e.target_code, '')",
  none: "'all'",
};
/** The same periods and keys over the rollup (day is '' where e.date is NULL; quad_class 0 where it is NULL). */
const ROLLUP_PERIOD: Record<CountsOptions['interval'], string> = {
  day: 'r.day',
  week: `coalesce(${week('r.day')}, '')`,
  month: 'substr(r.day, 1, 7)',
  year: 'substr(r.day, 1, 4)',
};
const ROLLUP_KEY: Partial<Record<CountsOptions['by'], string>> = {
  type: 'r.plover_type',
  root: 'r.cameo_root',
  quadclass: 'CASE r.quad_class WHEN 0 THEN NULL ELSE cast(r.quad_class AS TEXT) END',
  none: "'all'",
};

/**
 * Counts (and Goldstein sums) per period by type, CAMEO root, QuadClass, actor or dyad. From the rollup when the
 * filter and the grouping allow it (the timeline's default: per week by type, 87 -> ~5 ms over 200k events), else
 * from the events. Both give the same rows (src/store/rollup.test.ts compares them on random filters).
 */
export function countByPeriod(db: Database.Database, f: EventFilter, o: CountsOptions, ao: AggregateOptions = {}): CountRow[] {
  const r = useRollup(ao) && ROLLUP_KEY[o.by] ? rollupWhere(f) : null;
  if (r) {
    return db
      .prepare(`SELECT ${ROLLUP_PERIOD[o.interval]} AS period, ${ROLLUP_KEY[o.by]} AS key, sum(r.events) AS events,
        round(sum(r.goldstein), 2) AS goldstein
        FROM event_rollup r ${r.sql} GROUP BY period, key ORDER BY period, key`)
      .all(...r.params) as CountRow[];
  }
  const { sql, params, needsArticles } = eventWhere(f, aggMode(ao));
  return db
    .prepare(`SELECT ${PERIOD[o.interval]} AS period, ${KEY[o.by]} AS key, count(*) AS events,
      round(coalesce(sum(e.goldstein), 0), 2) AS goldstein
      FROM ${fromEvents(needsArticles)} ${sql} GROUP BY period, key ORDER BY period, key`)
    .all(...params)
    .map((r) => ({ ...(r as CountRow), period: (r as CountRow).period ?? '' }));
}

/** The most frequent source -> target pairs, with cooperative (QuadClass 1-2) and conflictual (3-4) counts. */
export function topDyads(db: Database.Database, f: EventFilter, limit: number, o: AggregateOptions = {}): DyadRow[] {
  const { sql, params, needsArticles } = eventWhere(f, aggMode(o));
  const where = `${sql ? sql + ' AND' : 'WHERE'} e.source_code IS NOT NULL AND e.target_code IS NOT NULL`;
  return db
    .prepare(`SELECT e.source_code, min(e.source_name) AS source_name, e.target_code, min(e.target_name) AS target_name,
      count(*) AS events, round(coalesce(sum(e.goldstein), 0), 2) AS goldstein,
      sum(e.quad_class IN (1, 2)) AS cooperative, sum(e.quad_class IN (3, 4)) AS conflictual
      FROM ${fromEvents(needsArticles)} ${where}
      GROUP BY e.source_code, e.target_code ORDER BY events DESC LIMIT ?`)
    .all(...params, limit) as DyadRow[];
}

export function listActors(db: Database.Database, o: ActorListOptions): ActorSummary[] {
  const w: string[] = [];
  const p: unknown[] = [];
  if (o.q) {
    w.push('(name LIKE ? OR code = ?)');
    p.push(`%${o.q}%`, o.q.toUpperCase());
  }
  if (o.country) {
    w.push('country = ?');
    p.push(o.country.toUpperCase());
  }
  if (o.sector) {
    w.push('sector = ?');
    p.push(o.sector.toUpperCase());
  }
  if (o.type) {
    w.push('type = ?');
    p.push(o.type);
  }
  return db
    .prepare(`SELECT name, code, country, sector, type, count(*) AS articles, sum(mentions) AS mentions FROM actors
      ${w.length ? 'WHERE ' + w.join(' AND ') : ''} GROUP BY name, code ORDER BY articles DESC, mentions DESC LIMIT ?`)
    .all(...p, o.limit) as ActorSummary[];
}

export function listPlaces(db: Database.Database, o: PlaceListOptions): PlaceSummary[] {
  const w: string[] = [];
  const p: unknown[] = [];
  if (o.q) {
    w.push('pl.name LIKE ?');
    p.push(`%${o.q}%`);
  }
  if (o.country) {
    w.push('pl.country = ?');
    p.push(o.country.toUpperCase());
  }
  return db
    .prepare(`SELECT pl.name, pl.country, pl.lat, pl.lon, pl.geoname_id, pl.feature_type, count(*) AS articles,
      sum(pl.mentions) AS mentions,
      (SELECT count(*) FROM events e WHERE e.place_name = pl.name AND coalesce(e.place_country, '') = coalesce(pl.country, '')) AS events
      FROM places pl ${w.length ? 'WHERE ' + w.join(' AND ') : ''}
      GROUP BY pl.name, pl.country ORDER BY articles DESC, mentions DESC LIMIT ?`)
    .all(...p, o.limit) as PlaceSummary[];
}

export function queryQuotes(db: Database.Database, f: QuoteFilter, limit: number, offset: number): QuoteRow[] {
  const w: string[] = [];
  const p: unknown[] = [];
  if (f.speaker) {
    w.push('(q.speaker_name LIKE ? OR q.speaker_text LIKE ?)');
    p.push(`%${f.speaker}%`, `%${f.speaker}%`);
  }
  if (f.accordingTo) {
    w.push('q.according_to LIKE ?');
    p.push(`%${f.accordingTo}%`);
  }
  if (f.direct !== undefined) {
    w.push('q.direct = ?');
    p.push(f.direct ? 1 : 0);
  }
  if (f.q) {
    w.push('q.text LIKE ?');
    p.push(`%${f.q}%`);
  }
  if (f.article) {
    w.push('q.article_id LIKE ?');
    p.push(f.article + '%');
  }
  if (f.from) {
    w.push('a.date >= ?');
    p.push(f.from);
  }
  if (f.to) {
    w.push('a.date <= ?');
    p.push(f.to);
  }
  return db
    .prepare(`SELECT q.*, a.date AS article_date, a.title AS article_title FROM quotes q JOIN articles a ON a.id = q.article_id
      ${w.length ? 'WHERE ' + w.join(' AND ') : ''} ORDER BY a.date DESC, q.article_id, q.start LIMIT ? OFFSET ?`)
    .all(...p, limit, offset) as QuoteRow[];
}
