import { z } from 'zod';

/**
 * Filters shared by the CLI (`wirecoder events`, `export`), the HTTP API and the web UI.
 * Validated with zod at those edges; plain types inside.
 */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const MODALITIES = ['asserted', 'claimed', 'denied', 'planned', 'hypothetical'] as const;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a calendar date');
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(item));

export const eventFilterSchema = z
  .object({
    /** Actor by name (substring, case-insensitive), code (exact, e.g. RUSGOV) or code prefix ("RUS*"). */
    actor: z.string().min(1).optional(),
    /** Which side the actor must be on. */
    role: z.enum(['source', 'target', 'either']).default('either'),
    /** Source / target actor code (exact or prefix with *), country and sector. */
    source: z.string().min(1).optional(),
    target: z.string().min(1).optional(),
    country: z.string().regex(/^[A-Za-z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code').optional(),
    sector: z.string().regex(/^[A-Za-z]{3}$/, 'a sector is a 3-letter code like GOV').optional(),
    type: list(z.enum(PLOVER_TYPES)).optional(),
    /** CAMEO code or prefix: "19" (root), "190", "0232". */
    cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits').optional(),
    quadClass: z.coerce.number().int().min(1).max(4).optional(),
    from: date.optional(),
    to: date.optional(),
    /** Place name (exact, case-insensitive) or country of the place. */
    place: z.string().min(1).optional(),
    placeCountry: z.string().regex(/^[A-Za-z]{3}$/).optional(),
    /** west,south,east,north */
    bbox: z
      .preprocess((v) => (typeof v === 'string' ? v.split(',').map(Number) : v), z.array(z.number().finite()).length(4))
      .optional(),
    modality: list(z.enum(MODALITIES)).optional(),
    claimedOnly: z.coerce.boolean().optional(),
    assertedOnly: z.coerce.boolean().optional(),
    /** A name anywhere in the attribution chain ("TASS", "Peskov"). */
    accordingTo: z.string().min(1).optional(),
    /** The outlet (article source), substring. */
    outlet: z.string().min(1).optional(),
    /** Full-text query over the articles (FTS5 syntax). */
    q: z.string().min(1).optional(),
    article: z.string().min(4).optional(),
  })
  .strict();

export type EventFilter = z.infer<typeof eventFilterSchema>;

export interface Page<T> {
  rows: T[];
  /** Pass back as `cursor` for the next page; null at the end. */
  next: string | null;
}

/** An event as the query endpoints and exports return it (flat, with its article's metadata). */
export interface EventRow {
  article_id: string;
  event_id: string;
  date: string | null;
  date_source: string | null;
  cameo: string;
  cameo_root: string;
  plover_type: string;
  plover_mode: string | null;
  plover_context: string | null;
  source_code: string | null;
  source_name: string | null;
  target_code: string | null;
  target_name: string | null;
  modality: string;
  negated: number;
  place_id: string | null;
  place_name: string | null;
  place_country: string | null;
  place_geoname_id: number | null;
  lat: number | null;
  lon: number | null;
  goldstein: number | null;
  quad_class: number | null;
  according_to: string | null;
  evidence: string;
  attribution: string;
  pattern: string;
  source_actors: string;
  target_actors: string;
  /** ';'-joined per actor, '' where unknown; null when there is no such actor. */
  source_country: string | null;
  source_sector: string | null;
  target_country: string | null;
  target_sector: string | null;
  article_date: string | null;
  article_title: string | null;
  article_source: string | null;
  article_url: string | null;
}

export const countsSchema = z
  .object({
    by: z.enum(['type', 'root', 'quadclass', 'source', 'target', 'dyad', 'none']).default('type'),
    interval: z.enum(['day', 'week', 'month', 'year']).default('day'),
  })
  .strict();
export type CountsOptions = z.infer<typeof countsSchema>;

export interface CountRow {
  period: string;
  key: string;
  events: number;
  goldstein: number;
}

export interface DyadRow {
  source_code: string;
  source_name: string;
  target_code: string;
  target_name: string;
  events: number;
  goldstein: number;
  cooperative: number;
  conflictual: number;
}

/** One point of the map: the events of a filter that happened at one place. */
export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  cooperative: number;
  conflictual: number;
  goldstein: number;
}

export const actorListSchema = z
  .object({
    q: z.string().optional(),
    country: z.string().regex(/^[A-Za-z]{3}$/).optional(),
    sector: z.string().regex(/^[A-Za-z]{3}$/).optional(),
    type: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
  })
  .strict();
export type ActorListOptions = z.infer<typeof actorListSchema>;

export interface ActorSummary {
  name: string;
  code: string;
  country: string | null;
  sector: string | null;
  type: string;
  articles: number;
  mentions: number;
}

export const placeListSchema = z
  .object({
    q: z.string().optional(),
    country: z.string().regex(/^[A-Za-z]{3}$/).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
  })
  .strict();
export type PlaceListOptions = z.infer<typeof placeListSchema>;

export interface PlaceSummary {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geoname_id: number | null;
  feature_type: string;
  articles: number;
  mentions: number;
  events: number;
}

export const quoteFilterSchema = z
  .object({
    speaker: z.string().min(1).optional(),
    accordingTo: z.string().min(1).optional(),
    direct: z.coerce.boolean().optional(),
    q: z.string().min(1).optional(),
    article: z.string().min(4).optional(),
    from: date.optional(),
    to: date.optional(),
  })
  .strict();
export type QuoteFilter = z.infer<typeof quoteFilterSchema>;

export interface QuoteRow {
  article_id: string;
  quote_id: string;
  start: number;
  end: number;
  direct: number;
  speaker_id: string | null;
  speaker_name: string | null;
  speaker_text: string | null;
  cue: string | null;
  according_to: string | null;
  attribution: string;
  text: string;
  article_date: string | null;
  article_title: string | null;
}

/** Turn a zod error into one readable sentence for a 400 or a CLI message. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}
