import { z } from 'zod';
import {
  actorsQuerySchema, articlesQuerySchema, countQuerySchema, countsQuerySchema, dyadsQuerySchema, eventsQuerySchema,
  exportQuerySchema, mapQuerySchema, placesQuerySchema, quotesQuerySchema, searchQuerySchema, articleInputSchema,
} from './params.js';

const DESCRIPTIONS: Record<string, string> = {
  actor: 'An actor by name (substring, case-insensitive), code (RUSGOV) or code prefix (RUS*).',
  role: 'Which side `actor`, `country` and `sector` must be on.',
  source: 'Source actor: code, code prefix (RUS*) or name.',
  target: 'Target actor: code, code prefix (UKR*) or name.',
  country: 'An actor of this country (ISO 3166-1 alpha-3).',
  sector: 'An actor of this sector (GOV, MIL, REB, ...).',
  type: 'PLOVER event types, comma-separated or repeated.',
  cameo: 'CAMEO code or prefix: 19 (root), 190, 0232.',
  quadClass: 'QuadClass 1-4 (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).',
  from: 'Events on or after this day (YYYY-MM-DD).',
  to: 'Events on or before this day (YYYY-MM-DD).',
  place: 'Place name (exact, case-insensitive).',
  placeCountry: 'Country of the place (ISO3).',
  bbox: 'Bounding box of the place: west,south,east,north.',
  modality: 'asserted, claimed, denied, planned, hypothetical (comma-separated).',
  claimedOnly: 'Only events attributed to someone other than the outlet.',
  assertedOnly: "Only events in the outlet's own voice.",
  accordingTo: 'A name anywhere in the attribution chain (TASS, Peskov).',
  outlet: 'The publishing outlet (substring).',
  q: 'Full-text query over the articles (SQLite FTS5 syntax).',
  article: 'One article: its id or a prefix of it.',
  limit: 'Most rows to return.',
  offset: 'Rows to skip.',
  cursor: 'The `next` value of the previous page.',
  by: 'What to count by.',
  interval: 'Length of a period; `auto` picks day, week or month from the span of the stored events.',
  format: 'Export format.',
  header: 'GDELT: write a header line.',
  speaker: 'Speaker name (substring).',
  direct: 'Only direct (true) or indirect (false) quotes.',
};

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

function parameters(schema: z.ZodTypeAny) {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    description: DESCRIPTIONS[name],
    schema: s,
    ...(s.type === 'array' ? { style: 'form', explode: false } : {}),
  }));
}

const error = {
  description: 'An error: the status and a message that says what is wrong.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});
const rows = (item: Record<string, unknown> = { type: 'object' }) => ({
  type: 'object',
  properties: { rows: { type: 'array', items: item } },
});

/** The OpenAPI 3.1 description of the HTTP API (served at /openapi.json). */
export function openApiDocument(options: { allowIngest: boolean }) {
  const get = (summary: string, schema: z.ZodTypeAny | null, ok: ReturnType<typeof json>, extra: Record<string, unknown> = {}) => ({
    get: {
      summary,
      parameters: schema ? parameters(schema) : [],
      responses: { 200: ok, 400: error, ...extra },
    },
  });
  const articleInput = z.toJSONSchema(articleInputSchema, { io: 'input', unrepresentable: 'any' });
  delete (articleInput as Record<string, unknown>).$schema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'wirecoder',
      version: '0.1.0',
      description:
        'Political event data coded from news articles: events (CAMEO/PLOVER), actors, places, quotes and attribution chains. ' +
        'Read-only unless the server was started with --allow-ingest. Errors are JSON: {"status": 400, "message": "..."}.',
    },
    paths: {
      '/api/events': get('Events matching a filter, newest first, one page at a time.', eventsQuerySchema, json('A page of events.', {
        type: 'object',
        properties: {
          events: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
          next: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
        },
      })),
      '/api/events/count': get('How many events match a filter.', countQuerySchema, json('The count.', {
        type: 'object', properties: { count: { type: 'integer' } },
      })),
      '/api/counts': get('Event counts and Goldstein sums per day/week/month/year, by type, CAMEO root, QuadClass, actor or dyad.',
        countsQuerySchema, json('{interval, rows: [{period, key, events, goldstein}]}.', { type: 'object', properties: { interval: { type: 'string' }, rows: { type: 'array', items: { type: 'object' } } } })),
      '/api/dyads': get('The most frequent source -> target pairs, with cooperative (QuadClass 1-2) and conflictual (3-4) counts.',
        dyadsQuerySchema, json('Rows {source_code, source_name, target_code, target_name, events, goldstein, cooperative, conflictual}.', rows())),
      '/api/map': get('Events grouped by place (places with coordinates only), most events first.', mapQuerySchema,
        json('Rows {name, country, lat, lon, events, cooperative, conflictual, goldstein}.', rows())),
      '/api/actors': get('Actors by number of articles.', actorsQuerySchema, json('Rows {name, code, country, sector, type, articles, mentions}.', rows())),
      '/api/places': get('Places by number of articles.', placesQuerySchema, json('Rows {name, country, lat, lon, geoname_id, feature_type, articles, mentions, events}.', rows())),
      '/api/quotes': get('Quotes with their speakers and attribution.', quotesQuerySchema, json('Rows of quotes.', rows())),
      '/api/articles': {
        ...get('Stored articles, newest first.', articlesQuerySchema, json('Rows {id, date, title, source, url}.', rows())),
        post: {
          summary: options.allowIngest
            ? 'Code and store one article or an array of articles (needs Authorization: Bearer <token>).'
            : 'Disabled: the server was started read-only (start it with --allow-ingest and a token).',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: [articleInput, { type: 'array', items: articleInput, minItems: 1, maxItems: 1000 }] } } },
          },
          responses: {
            201: json('What was stored: {inserted, duplicates, articles: [{id, title, events}]}.'),
            400: error, 401: error, 403: error, 413: error, 415: error,
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with all its annotations (the `wirecoder code` record): text, actors, places, quotes, events, mentions.',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'Article id or a unique prefix of it.', schema: { type: 'string' } }],
          responses: { 200: json('The article record.'), 400: error, 404: error },
        },
      },
      '/api/search': get('Full-text search over the articles (FTS5).', searchQuerySchema, json('Rows {id, date, title, source, snippet}.', rows())),
      '/api/stats': get('What the database holds.', null, json('Counts of articles, words, actors, places, events, quotes, failures.')),
      '/api/export': {
        get: {
          summary: 'Every event matching a filter, streamed as CSV, JSON Lines, GDELT 2.0 TSV or Parquet.',
          parameters: parameters(exportQuerySchema),
          responses: {
            200: {
              description: 'The export file.',
              content: {
                'text/csv': {}, 'application/x-ndjson': {}, 'text/tab-separated-values': {}, 'application/vnd.apache.parquet': {},
              },
            },
            400: error,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['status', 'message'],
          properties: { status: { type: 'integer' }, message: { type: 'string' } },
        },
        Event: {
          type: 'object',
          description: 'The JSON Lines export record: the event fields of the output contract, actors spelled out, and the article.',
          properties: {
            id: { type: 'string', description: 'article id / event id' },
            article: { type: 'object' },
            cameo: { type: 'string' },
            plover: { type: 'object', properties: { type: { type: 'string' }, mode: { type: ['string', 'null'] }, context: { type: 'array', items: { type: 'string' } } } },
            source: { type: 'array', items: { type: 'object' } },
            target: { type: 'array', items: { type: 'object' } },
            date: { type: ['string', 'null'] },
            modality: { type: 'string' },
            negated: { type: 'boolean' },
            place: { type: ['object', 'null'] },
            evidence: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } },
            attribution: { type: 'array', items: { type: 'object' } },
            goldstein: { type: ['number', 'null'] },
            quadClass: { type: ['integer', 'null'] },
          },
        },
      },
    },
  };
}
