import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';

/**
 * Answers of GET endpoints, kept while the database does not change. The UI asks the same
 * aggregates again and again (the timeline strip sits above three views), and a served database
 * is mostly read-only. For SQLite, `PRAGMA data_version` tells when another connection (another
 * `wirecoder ingest`) committed; writes through this server call `clear()`. Other stores: no cache.
 */
export class ResponseCache {
  private entries = new Map<string, string>();
  private size = 0;
  private version: number | null = null;
  readonly enabled: boolean;

  constructor(private store: Store, private maxEntries = 300, private maxBytes = 64 * 1024 * 1024) {
    this.enabled = store instanceof SqliteStore;
  }

  private dataVersion(): number | null {
    return this.store instanceof SqliteStore ? (this.store.db.pragma('data_version', { simple: true }) as number) : null;
  }

  /** Drop everything if the database changed since the last look. */
  private check(): void {
    const v = this.dataVersion();
    if (v !== this.version) {
      this.clear();
      this.version = v;
    }
  }

  get(key: string): string | undefined {
    if (!this.enabled) return undefined;
    this.check();
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Most recently used goes last.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string): void {
    if (!this.enabled || body.length > this.maxBytes / 8) return;
    this.entries.set(key, body);
    this.size += body.length;
    while (this.entries.size > this.maxEntries || this.size > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value as [string, string];
      this.entries.delete(oldest);
      this.size -= value.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}

/** A cache key that does not depend on the order of the query parameters. */
export function cacheKey(url: URL): string {
  const params = [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${url.pathname}?${new URLSearchParams(params)}`;
}
