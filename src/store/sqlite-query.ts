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

/**
 * `RUS*` -> prefix match on code; otherwise exact code or name substring. A correlated EXISTS: pages (newest
 * first, LIMIT n) stop after n hits in date order; measured faster than a row-value IN for pages, about even for counts.
 */
function actorClause(value: string, role: 'source' | 'target' | 'either', params: unknown[]): string {
  const roleSql = role === 'either' ? '' : ` AND ea.role = '${role}'`;
  let cond: string;
  if (value.endsWith('*')) {
    params.push(value.slice(0, -1).toUpperCase() + '%');
    cond = 'ea.code LIKE ?';
  } else {
    params.push(value.toUpperCase(), `%${value}%`);
    cond = '(ea.code = ? OR ea.name LIKE ?)';
  }
  return `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = e.article_id AND ea.event_id = e.event_id${roleSql} AND ${cond})`;
}

/**
 * WHERE clause and parameters for an event filter, and whether it needs the articles table
 * (outlet and full-text filters); aggregates join articles only then.
 */
export function eventWhere(f: EventFilter): { sql: string; params: unknown[]; needsArticles: boolean } {
  const w: string[] = [];
  const p: unknown[] = [];
  if (f.actor) w.push(actorClause(f.actor, f.role ?? 'either', p));
  if (f.source) w.push(actorClause(f.source, 'source', p));
  if (f.target) w.push(actorClause(f.target, 'target', p));
  if (f.country || f.sector) {
    const roleSql = f.role && f.role !== 'either' ? ` AND ea.role = '${f.role}'` : '';
    const conds: string[] = [];
    if (f.country) {
      conds.push('ea.country = ?');
      p.push(f.country.toUpperCase());
    }
    if (f.sector) {
      conds.push('ea.sector = ?');
      p.push(f.sector.toUpperCase());
    }
    w.push(`EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = e.article_id AND ea.event_id = e.event_id${roleSql} AND ${conds.join(' AND ')})`);
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
    w.push('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
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

/** One page of events, newest first; keyset pagination on (date, rowid). */
export function queryEvents(db: Database.Database, f: EventFilter, limit: number, cursor?: string | null): Page<EventRow> {
  const { sql, params } = eventWhere(f);
  let where = sql;
  if (cursor) {
    const [d, r] = decodeCursor(cursor);
    where += `${where ? ' AND' : 'WHERE'} (coalesce(e.date, ''), e.rowid) < (?, ?)`;
    params.push(d, r);
  }
  const rows = db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ${where}
      ORDER BY coalesce(e.date, '') DESC, e.rowid DESC LIMIT ?`)
    .all(...params, limit + 1) as Array<EventRow & { _rowid: number }>;
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
 * Every matching event as one text column computed by a SQLite expression over `events e` (the export formats
 * in src/export/sql-format.ts), with its article id, in batches: the fast path of exports.
 */
export function* eventTextBatches(db: Database.Database, f: EventFilter, expression: string, size: number): Generator<Array<[string, string]>> {
  const { sql, params, needsArticles } = eventWhere(f);
  const stmt = db.prepare(`SELECT e.article_id, ${expression} FROM ${fromEvents(needsArticles)} ${sql} ORDER BY e.rowid`).raw(true);
  let batch: Array<[string, string]> = [];
  for (const r of stmt.iterate(...params) as Iterable<[string, string]>) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The metadata exports add to each event, by article id. */
export function articleMetaLookup(db: Database.Database): (id: string) => { date: string | null; title: string | null; source: string | null; url: string | null } {
  const stmt = db.prepare('SELECT date, title, source, url FROM articles WHERE id = ?');
  const none = { date: null, title: null, source: null, url: null };
  return (id) => (stmt.get(id) as ReturnType<ReturnType<typeof articleMetaLookup>> | undefined) ?? none;
}

/** Events grouped by place with coordinates, most events first. */
export function countByPlace(db: Database.Database, f: EventFilter, limit: number): PlaceCount[] {
  const { sql, params, needsArticles } = eventWhere(f);
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

export function countEvents(db: Database.Database, f: EventFilter): number {
  const { sql, params, needsArticles } = eventWhere(f);
  return db.prepare(`SELECT count(*) FROM ${fromEvents(needsArticles)} ${sql}`).pluck().get(...params) as number;
}

const PERIOD: Record<CountsOptions['interval'], string> = {
  day: 'e.date', // bare, so the (date, type, ...) index gives the grouping order; NULL -> '' below
  week: "coalesce(strftime('%Y-%m-%d', e.date, 'weekday 1', '-7 days'), '')",
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

/** Counts (and Goldstein sums) per period by type, CAMEO root, QuadClass, actor or dyad. */
export function countByPeriod(db: Database.Database, f: EventFilter, o: CountsOptions): CountRow[] {
  const { sql, params, needsArticles } = eventWhere(f);
  return db
    .prepare(`SELECT ${PERIOD[o.interval]} AS period, ${KEY[o.by]} AS key, count(*) AS events,
      round(coalesce(sum(e.goldstein), 0), 2) AS goldstein
      FROM ${fromEvents(needsArticles)} ${sql} GROUP BY period, key ORDER BY period, key`)
    .all(...params)
    .map((r) => ({ ...(r as CountRow), period: (r as CountRow).period ?? '' }));
}

/** The most frequent source -> target pairs, with cooperative (QuadClass 1-2) and conflictual (3-4) counts. */
export function topDyads(db: Database.Database, f: EventFilter, limit: number): DyadRow[] {
  const { sql, params, needsArticles } = eventWhere(f);
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
