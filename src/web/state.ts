/// <reference lib="dom" />
/**
 * All state lives in the URL (shareable links): `?view=table&actor=Putin&from=2022-02-24`.
 * `view`, `id` and `event` pick what is shown; every other key is an event filter passed to the API as is.
 */

export const VIEWS = ['timeline', 'map', 'network', 'table', 'article'] as const;
export type View = (typeof VIEWS)[number];

/** The filter keys the UI knows (the API's event filter). */
export const FILTER_KEYS = [
  'actor', 'role', 'source', 'target', 'country', 'sector', 'type', 'cameo', 'quadClass', 'from', 'to', 'place', 'placeCountry',
  'bbox', 'modality', 'claimedOnly', 'assertedOnly', 'accordingTo', 'outlet', 'q', 'article',
] as const;
const UI_KEYS = new Set(['view', 'id', 'event']);

export function current(): URLSearchParams {
  return new URLSearchParams(location.search);
}

export function view(): View {
  const v = current().get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as View) : 'timeline';
}

/** The event filter of the URL, as API query parameters. */
export function filters(params = current()): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!UI_KEYS.has(k) && v !== '') out.append(k, v);
  return out;
}

/** The filter without some keys (the timeline ignores from/to so that its brush keeps the context). */
export function filtersWithout(...keys: string[]): URLSearchParams {
  const f = filters();
  for (const k of keys) f.delete(k);
  return f;
}

type Listener = () => void;
const listeners: Listener[] = [];
export function onChange(fn: Listener): void {
  listeners.push(fn);
}
function notify(): void {
  for (const fn of listeners) fn();
}
window.addEventListener('popstate', notify);

/** Change the URL (new history entry) and re-render. `null` removes a key. */
export function update(changes: Record<string, string | null | undefined>, options: { replace?: boolean } = {}): void {
  const p = current();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  const url = `${location.pathname}${[...p.keys()].length ? `?${p}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  notify();
}

/** A link that keeps the current filters and changes some keys. */
export function href(changes: Record<string, string | null | undefined>): string {
  const p = current();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  return `?${p}`;
}

export function clearFilters(): void {
  const changes: Record<string, null> = {};
  for (const k of filters().keys()) changes[k] = null;
  update(changes);
}
