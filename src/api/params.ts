import { z } from 'zod';
import {
  actorListSchema, countsSchema, describeZodError, eventFilterSchema, placeListSchema, quoteFilterSchema, type EventFilter,
} from '../store/query.js';

/** An error the API answers with `{status, message}` and that HTTP status. */
export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500 | 503, message: string) {
    super(message);
  }
}

const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);

/** GET /api/events: the shared event filter plus a page size and the cursor of the previous page. */
export const eventsQuerySchema = eventFilterSchema.extend({
  limit: limit(1000, 50),
  cursor: z.string().min(1).max(200).optional(),
});
export const countQuerySchema = eventFilterSchema;
export const countsQuerySchema = eventFilterSchema.extend({
  by: countsSchema.shape.by,
  /** `auto`: day, week or month, whichever suits the span of the stored events (the answer says which). */
  interval: z.enum(['day', 'week', 'month', 'year', 'auto']).default('day'),
});
export const dyadsQuerySchema = eventFilterSchema.extend({ limit: limit(500, 20) });
export const mapQuerySchema = eventFilterSchema.extend({ limit: limit(5000, 1000) });
export const exportQuerySchema = eventFilterSchema.extend({
  format: z.enum(['csv', 'jsonl', 'gdelt', 'parquet']).default('jsonl'),
  /** GDELT: write a header line. */
  header: z.coerce.boolean().optional(),
});
export const actorsQuerySchema = actorListSchema;
export const placesQuerySchema = placeListSchema;
export const quotesQuerySchema = quoteFilterSchema.extend({ limit: limit(1000, 50), offset });
export const articlesQuerySchema = z.object({ limit: limit(1000, 50), offset }).strict();
export const searchQuerySchema = z.object({ q: z.string().min(1, 'q: give something to search for'), limit: limit(200, 20) }).strict();
export const articleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{4,128}$/, 'an article id is 4 to 128 letters, digits, "-" or "_"');

/** Keys that hold booleans in any of the schemas above: "true"/"1"/"" and "false"/"0", nothing else. */
const BOOLEAN_KEYS = new Set(['claimedOnly', 'assertedOnly', 'direct', 'header']);

/**
 * Turn URL query parameters into the object a schema parses: a repeated key is joined with commas
 * (so `type=AID&type=ASSAULT` is `type=AID,ASSAULT`), booleans are read strictly.
 */
export function queryObject(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const value = values.length > 1 ? values.join(',') : values[0];
    if (BOOLEAN_KEYS.has(key)) {
      const v = value.trim().toLowerCase();
      if (v === '' || v === 'true' || v === '1' || v === 'yes') out[key] = true;
      else if (v === 'false' || v === '0' || v === 'no') out[key] = false;
      else throw new ApiError(400, `${key}: expected true or false, got ${JSON.stringify(value)}`);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Parse query parameters with a schema or throw a 400 that says what is wrong. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, params: URLSearchParams): z.infer<T> {
  const r = schema.safeParse(queryObject(params));
  if (!r.success) throw new ApiError(400, describeZodError(r.error));
  return r.data;
}

const FILTER_KEYS = Object.keys(eventFilterSchema.shape) as Array<keyof EventFilter>;

/** The event-filter part of a parsed query (drops paging and format keys). */
export function pickFilter(parsed: Record<string, unknown>): EventFilter {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (parsed[k] !== undefined) f[k] = parsed[k];
  return f as EventFilter;
}

/** Body of POST /api/articles: one article or an array of them. */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a calendar date');
export const articleInputSchema = z
  .object({
    title: z.string().max(2000).nullable().optional(),
    date: date.nullable().optional(),
    text: z.string().min(1, 'text: an article needs some text').max(5_000_000),
    url: z.string().max(4000).nullable().optional(),
    source: z.string().max(500).nullable().optional(),
    id: z.string().max(500).nullable().optional(),
  })
  .strict();
export const ingestBodySchema = z.union([articleInputSchema, z.array(articleInputSchema).min(1).max(1000)]);
export type ArticleInput = z.infer<typeof articleInputSchema>;
