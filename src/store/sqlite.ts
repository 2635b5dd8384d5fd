import Database from 'better-sqlite3';
import type { Doc } from '../model/doc.js';
import type { ReadFailure } from '../ingest/types.js';
import type { ArticleRow, PutResult, SearchHit, Stats, Store } from './store.js';
import { MIGRATIONS } from './schema.js';
import type {
  ActorListOptions, ActorSummary, CountRow, CountsOptions, DyadRow, EventFilter, EventRow, Page, PlaceListOptions,
  PlaceCount, PlaceSummary, QuoteFilter, QuoteRow,
} from './query.js';
import * as q from './sqlite-query.js';

export interface SqliteStoreOptions {
  /** Open read-only (the HTTP server does). */
  readonly?: boolean;
  /** Answer counts from the rollup where the filter allows (default true; tests compare with false). */
  rollups?: boolean;
}

type Row = Record<string, unknown>;

/** The default store: one SQLite file (WAL mode), schema versioned by PRAGMA user_version. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  private stmts: ReturnType<SqliteStore['prepare']>;
  private aggregate: q.AggregateOptions;

  constructor(readonly path: string, options: SqliteStoreOptions = {}) {
    this.aggregate = { rollups: options.rollups ?? true };
    this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    } else {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > MIGRATIONS.length) throw new Error(`${path}: schema version ${version} is newer than this wirecoder knows (${MIGRATIONS.length})`);
      // Read-only never migrates: a database written by an older wirecoder is answered without the rollup.
      if (version < 4) this.aggregate.schema4 = false;
    }
    this.db.pragma('busy_timeout = 5000');
    // Reads through a memory map instead of read() calls into SQLite's page cache: an aggregate that looks up
    // 30k events by rowid takes half the time (address space only; the OS pages the file in as usual).
    // Read connections only: on an ingest the mapped pages of the growing file count as the process's resident
    // memory (Reuters: peak 432 MB with the map, ~320 MB without), and writes gain nothing from it.
    if (options.readonly) this.db.pragma('mmap_size = 1073741824');
    // Statement journals and sorters in memory, not in temporary files: with the rollup triggers of migration 4
    // every event insert needs a statement journal, and as a file that doubled the store's CPU time per event.
    // Write connections only: read connections keep SQLite's default, so a big GROUP BY can still spill to disk.
    if (!options.readonly) this.db.pragma('temp_store = MEMORY');
    this.stmts = this.prepare();
  }

  /** Bring the schema up to date, one migration per transaction. */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(`${this.path}: schema version ${version} is newer than this wirecoder knows (${MIGRATIONS.length})`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private prepare() {
    const db = this.db;
    return {
      has: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
      insertArticle: db.prepare(`INSERT INTO articles
        (id, date, title, source, url, source_id, origin_file, origin_record, format, text, words, doc, ingested_at)
        VALUES (@id, @date, @title, @source, @url, @source_id, @origin_file, @origin_record, @format, @text, @words, @doc, @ingested_at)`),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertSighting: db.prepare(`INSERT OR IGNORE INTO sightings (article_id, origin_file, origin_record, source, url, seen_at)
        VALUES (?, ?, ?, ?, ?, ?)`),
      insertActor: db.prepare(`INSERT INTO actors (article_id, actor_id, name, country, sector, code, type, role, mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertPlace: db.prepare(`INSERT INTO places (article_id, place_id, name, country, lat, lon, geoname_id, feature_type, confidence, mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertEvent: db.prepare(`INSERT INTO events (article_id, event_id, date, date_source, cameo, cameo_root, plover_type, plover_mode,
        plover_context, source_code, source_name, target_code, target_name, modality, negated, place_id, place_name, place_country, place_geoname_id,
        lat, lon, goldstein, quad_class, according_to, evidence, attribution, pattern, source_actors, target_actors, source_country, source_sector, target_country, target_sector)
        VALUES (@article_id, @event_id, @date, @date_source, @cameo, @cameo_root, @plover_type, @plover_mode, @plover_context,
        @source_code, @source_name, @target_code, @target_name, @modality, @negated, @place_id, @place_name, @place_country, @place_geoname_id,
        @lat, @lon, @goldstein, @quad_class, @according_to, @evidence, @attribution, @pattern, @source_actors, @target_actors, @source_country, @source_sector, @target_country, @target_sector)`),
      // (A read-only connection to a database before migration 4 has no event_rowid, and never inserts.)
      insertEventActor: db.prepare(this.aggregate.schema4 === false ? 'SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?' : `INSERT INTO event_actors
        (article_id, event_id, role, actor_id, name, country, sector, code, event_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: db.prepare(`INSERT INTO quotes (article_id, quote_id, start, "end", direct, speaker_id, speaker_name, speaker_text, cue, according_to, attribution, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertMessage: db.prepare(`INSERT INTO messages (article_id, rule_id, reason, severity, start, "end") VALUES (?, ?, ?, ?, ?, ?)`),
      insertFailure: db.prepare('INSERT INTO failures (file, record, reason, at) VALUES (?, ?, ?, ?)'),
      getArticle: db.prepare('SELECT * FROM articles WHERE id = ?'),
      resolve: db.prepare("SELECT id FROM articles WHERE id >= ? AND id < ? || '~' ORDER BY id LIMIT ?").pluck(),
      list: db.prepare('SELECT id, date, title, source, url FROM articles ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?'),
      search: db.prepare(`SELECT a.id, a.date, a.title, a.source, snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`),
    };
  }

  async putBatch(docs: Doc[], failures: ReadFailure[]): Promise<PutResult> {
    const s = this.stmts;
    const now = new Date().toISOString();
    let inserted = 0;
    let duplicates = 0;
    this.db.transaction(() => {
      const seenInBatch = new Set<string>();
      for (const doc of docs) {
        const a = doc.article;
        s.insertSighting.run(a.id, a.origin.file, a.origin.record ?? 0, a.source, a.url, now);
        if (seenInBatch.has(a.id) || s.has.get(a.id)) {
          duplicates++;
          continue;
        }
        seenInBatch.add(a.id);
        inserted++;
        this.insertDoc(doc, now);
      }
      for (const f of failures) s.insertFailure.run(f.file, f.record, f.reason, now);
    })();
    return { inserted, duplicates, failures: failures.length };
  }

  private insertDoc(doc: Doc, now: string): void {
    const s = this.stmts;
    const a = doc.article;
    const { tokens: _tokens, text, ...rest } = doc;
    const info = s.insertArticle.run({
      id: a.id,
      date: a.date,
      title: a.title,
      source: a.source,
      url: a.url,
      source_id: a.sourceId,
      origin_file: a.origin.file,
      origin_record: a.origin.record,
      format: a.origin.format,
      text,
      words: countWords(text),
      doc: JSON.stringify(rest),
      ingested_at: now,
    });
    s.insertFts.run(info.lastInsertRowid, a.title ?? '', text);
    const actorById = new Map(doc.actors.map((x) => [x.id, x]));
    const placeById = new Map(doc.places.map((x) => [x.id, x]));
    for (const x of doc.actors) {
      s.insertActor.run(a.id, x.id, x.name, x.country, x.sector, x.code, x.type, x.role, x.mentions.length);
    }
    for (const p of doc.places) {
      s.insertPlace.run(a.id, p.id, p.name, p.country, p.lat, p.lon, p.geonameId, p.featureType, p.confidence, p.mentions.length);
    }
    for (const e of doc.events) {
      const src = e.source.map((id) => actorById.get(id)).filter((x) => x !== undefined);
      const tgt = e.target.map((id) => actorById.get(id)).filter((x) => x !== undefined);
      const place = e.place ? placeById.get(e.place) : undefined;
      const eventRow = s.insertEvent.run({
        article_id: a.id,
        event_id: e.id,
        date: e.date,
        date_source: e.dateSource,
        cameo: e.cameo,
        cameo_root: e.cameo.slice(0, 2),
        plover_type: e.plover.type,
        plover_mode: e.plover.mode,
        plover_context: e.plover.context.join(','),
        source_code: src.map((x) => x.code).join(';') || null,
        source_name: src.map((x) => x.name).join('; ') || null,
        target_code: tgt.map((x) => x.code).join(';') || null,
        target_name: tgt.map((x) => x.name).join('; ') || null,
        modality: e.modality,
        negated: e.negated ? 1 : 0,
        place_id: e.place,
        place_name: place?.name ?? null,
        place_country: place?.country ?? null,
        place_geoname_id: place?.geonameId ?? null,
        lat: place?.lat ?? null,
        lon: place?.lon ?? null,
        goldstein: e.goldstein,
        quad_class: e.quadClass,
        according_to: e.attribution.map((l) => l.name).join(' > ') || null,
        evidence: JSON.stringify(e.evidence),
        attribution: JSON.stringify(e.attribution),
        pattern: e.pattern,
        source_actors: JSON.stringify(src.map((x) => ({ id: x.id, name: x.name, code: x.code, country: x.country, sector: x.sector }))),
        target_actors: JSON.stringify(tgt.map((x) => ({ id: x.id, name: x.name, code: x.code, country: x.country, sector: x.sector }))),
        source_country: src.length ? src.map((x) => x.country ?? '').join(';') : null,
        source_sector: src.length ? src.map((x) => x.sector ?? '').join(';') : null,
        target_country: tgt.length ? tgt.map((x) => x.country ?? '').join(';') : null,
        target_sector: tgt.length ? tgt.map((x) => x.sector ?? '').join(';') : null,
      });
      for (const [role, list] of [['source', src], ['target', tgt]] as const) {
        for (const x of list) s.insertEventActor.run(a.id, e.id, role, x.id, x.name, x.country, x.sector, x.code, eventRow.lastInsertRowid);
      }
    }
    for (const q of doc.quotes) {
      const spk = q.speaker ? actorById.get(q.speaker) : undefined;
      s.insertQuote.run(a.id, q.id, q.start, q.end, q.direct ? 1 : 0, q.speaker, spk?.name ?? null, q.speakerText, q.cue,
        q.attribution.map((l) => l.name).join(' > ') || null, JSON.stringify(q.attribution), text.slice(q.start, q.end));
    }
    for (const m of doc.messages) s.insertMessage.run(a.id, m.ruleId, m.reason, m.severity, m.start ?? null, m.end ?? null);
  }

  async putFailures(failures: ReadFailure[]): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const f of failures) this.stmts.insertFailure.run(f.file, f.record, f.reason, now);
    })();
  }

  async has(id: string): Promise<boolean> {
    return Boolean(this.stmts.has.get(id));
  }

  async resolveId(prefix: string, limit = 2): Promise<string[]> {
    return this.stmts.resolve.all(prefix, prefix, limit) as string[];
  }

  async getDoc(idOrPrefix: string): Promise<Doc | null> {
    let row = this.stmts.getArticle.get(idOrPrefix) as Row | undefined;
    if (!row) {
      const ids = await this.resolveId(idOrPrefix, 2);
      if (ids.length !== 1) return null;
      row = this.stmts.getArticle.get(ids[0]) as Row | undefined;
    }
    if (!row) return null;
    const rest = JSON.parse(row.doc as string) as Omit<Doc, 'tokens' | 'text'>;
    return { ...rest, text: row.text as string, tokens: [] };
  }

  async listArticles(limit: number, offset = 0): Promise<ArticleRow[]> {
    return this.stmts.list.all(limit, offset) as ArticleRow[];
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    try {
      return this.stmts.search.all(query, limit) as SearchHit[];
    } catch {
      // Not valid FTS5 syntax: search for the words as a phrase instead.
      return this.stmts.search.all(`"${query.replace(/"/g, '""')}"`, limit) as SearchHit[];
    }
  }

  async stats(): Promise<Stats> {
    const db = this.db;
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    const dates = db.prepare('SELECT min(date) AS first, max(date) AS last FROM articles').get() as Row;
    return {
      articles: one('SELECT count(*) FROM articles'),
      words: one('SELECT coalesce(sum(words), 0) FROM articles'),
      actors: one('SELECT count(*) FROM actors'),
      places: one('SELECT count(*) FROM places'),
      events: one('SELECT count(*) FROM events'),
      quotes: one('SELECT count(*) FROM quotes'),
      failures: one('SELECT count(*) FROM failures'),
      firstDate: (dates.first as string) ?? null,
      lastDate: (dates.last as string) ?? null,
      byFormat: db.prepare('SELECT format, count(*) AS articles FROM articles GROUP BY format ORDER BY articles DESC').all() as Stats['byFormat'],
      recentFailures: db.prepare('SELECT file, record, reason, at FROM failures ORDER BY id DESC LIMIT 20').all() as Stats['recentFailures'],
      // From the rollup: ~20k rows instead of every event.
      eventsByType: db
        .prepare(this.aggregate.schema4 === false
          ? 'SELECT plover_type AS type, count(*) AS events FROM events GROUP BY plover_type ORDER BY events DESC, type'
          : 'SELECT plover_type AS type, sum(events) AS events FROM event_rollup GROUP BY plover_type ORDER BY events DESC, type')
        .all() as Stats['eventsByType'],
    };
  }

  async queryEvents(filter: EventFilter, limit: number, cursor?: string | null): Promise<Page<EventRow>> {
    return q.queryEvents(this.db, filter, limit, cursor);
  }

  async *eventBatches(filter: EventFilter, size = 2000): AsyncIterable<EventRow[]> {
    yield* q.eventBatches(this.db, filter, size);
  }

  /** SQLite fast path for exports: each event's text built by a SQL expression (src/export/sql-format.ts). */
  async *eventTextBatches(filter: EventFilter, expression: string, size = 5000): AsyncIterable<Array<[string, string | null, string]>> {
    yield* q.eventTextBatches(this.db, filter, expression, size, this.aggregate);
  }

  /** Article metadata for many ids at once: [id, date, title, source, url] rows (exports' fast path). */
  articleMetaBatch(): (ids: string[]) => q.ArticleMetaRow[] {
    return q.articleMetaBatch(this.db);
  }

  async countByPlace(filter: EventFilter, limit: number): Promise<PlaceCount[]> {
    return q.countByPlace(this.db, filter, limit, this.aggregate);
  }

  async dateSpan(): Promise<{ first: string; last: string } | null> {
    return q.dateSpan(this.db);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    return q.countEvents(this.db, filter, this.aggregate);
  }

  async countByPeriod(filter: EventFilter, options: CountsOptions): Promise<CountRow[]> {
    return q.countByPeriod(this.db, filter, options, this.aggregate);
  }

  async topDyads(filter: EventFilter, limit: number): Promise<DyadRow[]> {
    return q.topDyads(this.db, filter, limit, this.aggregate);
  }

  async listActors(options: ActorListOptions): Promise<ActorSummary[]> {
    return q.listActors(this.db, options);
  }

  async listPlaces(options: PlaceListOptions): Promise<PlaceSummary[]> {
    return q.listPlaces(this.db, options);
  }

  async queryQuotes(filter: QuoteFilter, limit: number, offset: number): Promise<QuoteRow[]> {
    return q.queryQuotes(this.db, filter, limit, offset);
  }

  async close(): Promise<void> {
    if (this.db.open) {
      if (!this.db.readonly) this.db.pragma('optimize');
      this.db.close();
    }
  }
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
