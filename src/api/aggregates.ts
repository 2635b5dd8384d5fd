import type { Store } from '../store/store.js';
import type { EventFilter } from '../store/query.js';
import { SqliteStore } from '../store/sqlite.js';
import { eventWhere } from '../store/sqlite-query.js';

/** One point of the map: the events of a filter that happened at one place. */
export interface MapPoint {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  cooperative: number;
  conflictual: number;
  goldstein: number;
}

/**
 * Events grouped by place (with coordinates), most events first. SQLite answers in one GROUP BY;
 * another store falls back to streaming its events.
 */
export async function mapPoints(store: Store, filter: EventFilter, limit: number): Promise<MapPoint[]> {
  if (store instanceof SqliteStore) {
    const { sql, params } = eventWhere(filter);
    const where = `${sql ? sql + ' AND' : 'WHERE'} e.lat IS NOT NULL AND e.lon IS NOT NULL`;
    return store.db
      .prepare(`SELECT min(e.place_name) AS name, e.place_country AS country, e.lat, e.lon, count(*) AS events,
        sum(e.quad_class IN (1, 2)) AS cooperative, sum(e.quad_class IN (3, 4)) AS conflictual,
        round(coalesce(sum(e.goldstein), 0), 2) AS goldstein
        FROM events e JOIN articles a ON a.id = e.article_id ${where}
        GROUP BY e.lat, e.lon, e.place_country ORDER BY events DESC LIMIT ?`)
      .all(...params, limit) as MapPoint[];
  }
  const byKey = new Map<string, MapPoint>();
  for await (const e of store.iterateEvents(filter)) {
    if (e.lat === null || e.lon === null) continue;
    const key = `${e.lat},${e.lon},${e.place_country ?? ''}`;
    let p = byKey.get(key);
    if (!p) {
      p = { name: e.place_name ?? '', country: e.place_country, lat: e.lat, lon: e.lon, events: 0, cooperative: 0, conflictual: 0, goldstein: 0 };
      byKey.set(key, p);
    }
    p.events++;
    if (e.quad_class === 1 || e.quad_class === 2) p.cooperative++;
    if (e.quad_class === 3 || e.quad_class === 4) p.conflictual++;
    p.goldstein = Math.round((p.goldstein + (e.goldstein ?? 0)) * 100) / 100;
  }
  return [...byKey.values()].sort((a, b) => b.events - a.events).slice(0, limit);
}

/** First and last event date in the store (null when there are no dated events). */
export async function dateSpan(store: Store): Promise<{ first: string; last: string } | null> {
  if (store instanceof SqliteStore) {
    // Two subqueries: SQLite answers a lone min() or max() of an indexed column from the index.
    const r = store.db
      .prepare('SELECT (SELECT min(date) FROM events WHERE date IS NOT NULL) AS first, (SELECT max(date) FROM events) AS last')
      .get() as { first: string | null; last: string | null };
    return r.first && r.last ? { first: r.first, last: r.last } : null;
  }
  const years = (await store.countByPeriod({ role: 'either' }, { by: 'none', interval: 'year' })).filter((r) => r.period);
  return years.length ? { first: `${years[0].period}-01-01`, last: `${years[years.length - 1].period}-12-31` } : null;
}

/** A period length that gives a readable number of bars: days up to ~200 days, then weeks, then months. */
export function autoInterval(span: { first: string; last: string } | null): 'day' | 'week' | 'month' {
  if (!span) return 'day';
  const days = (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000;
  if (days > 3 * 365) return 'month';
  if (days > 200) return 'week';
  return 'day';
}
