import type { Store } from '../store/store.js';
import type { EventFilter, PlaceCount } from '../store/query.js';

export type MapPoint = PlaceCount;

/** Events grouped by place (with coordinates), most events first. */
export function mapPoints(store: Store, filter: EventFilter, limit: number): Promise<MapPoint[]> {
  return store.countByPlace(filter, limit);
}

/** First and last event date in the store (null when there are no dated events). */
export function dateSpan(store: Store): Promise<{ first: string; last: string } | null> {
  return store.dateSpan();
}

/** A period length that gives a readable number of bars: days up to ~200 days, then weeks, then months. */
export function autoInterval(span: { first: string; last: string } | null): 'day' | 'week' | 'month' {
  if (!span) return 'day';
  const days = (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000;
  if (days > 3 * 365) return 'month';
  if (days > 200) return 'week';
  return 'day';
}
