import type { Doc } from '../model/doc.js';
import type { ReadFailure } from '../ingest/types.js';
import type {
  ActorListOptions, ActorSummary, CountRow, CountsOptions, DyadRow, EventFilter, EventRow, Page, PlaceListOptions,
  PlaceCount, PlaceSummary, QuoteFilter, QuoteRow,
} from './query.js';

export interface PutResult {
  /** Articles new to the store. */
  inserted: number;
  /** Articles already stored (same content id): nothing was added for them. */
  duplicates: number;
  failures: number;
}

export interface SearchHit {
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  snippet: string;
}

export interface Stats {
  articles: number;
  words: number;
  actors: number;
  places: number;
  events: number;
  quotes: number;
  failures: number;
  firstDate: string | null;
  lastDate: string | null;
  byFormat: Array<{ format: string; articles: number }>;
  recentFailures: Array<ReadFailure & { at: string }>;
  eventsByType: Array<{ type: string; events: number }>;
}

export interface ArticleRow {
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
}

/**
 * Where coded documents live. SQLite is the default; a PostgreSQL implementation is to pass the
 * same contract test (src/store/store.contract.test.ts). Every method is async so that a
 * networked store fits the same interface.
 */
export interface Store {
  readonly kind: string;
  /** Store a batch in one transaction: either all of it lands or none of it. */
  putBatch(docs: Doc[], failures: ReadFailure[]): Promise<PutResult>;
  /** Record read failures on their own (e.g. a file that could not be opened). */
  putFailures(failures: ReadFailure[]): Promise<void>;
  has(id: string): Promise<boolean>;
  /** The stored Doc (without tokens), or null. Accepts a unique id prefix. */
  getDoc(id: string): Promise<Doc | null>;
  /** Resolve an id prefix to full ids (at most `limit`). */
  resolveId(prefix: string, limit?: number): Promise<string[]>;
  listArticles(limit: number, offset?: number): Promise<ArticleRow[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  stats(): Promise<Stats>;
  /** A page of events matching the filter, newest first. */
  queryEvents(filter: EventFilter, limit: number, cursor?: string | null): Promise<Page<EventRow>>;
  /** Every matching event, in storage order, streamed in batches (for exports and aggregates). */
  eventBatches(filter: EventFilter, size?: number): AsyncIterable<EventRow[]>;
  /** Events grouped by place (with coordinates), most first: the map. */
  countByPlace(filter: EventFilter, limit: number): Promise<PlaceCount[]>;
  /** First and last event date, or null. */
  dateSpan(): Promise<{ first: string; last: string } | null>;
  countEvents(filter: EventFilter): Promise<number>;
  countByPeriod(filter: EventFilter, options: CountsOptions): Promise<CountRow[]>;
  topDyads(filter: EventFilter, limit: number): Promise<DyadRow[]>;
  listActors(options: ActorListOptions): Promise<ActorSummary[]>;
  listPlaces(options: PlaceListOptions): Promise<PlaceSummary[]>;
  queryQuotes(filter: QuoteFilter, limit: number, offset: number): Promise<QuoteRow[]>;
  close(): Promise<void>;
}
