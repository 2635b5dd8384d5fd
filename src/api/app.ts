import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';
import { describeZodError } from '../store/query.js';
import type { RawArticle } from '../model/doc.js';
import { toOutputRecord } from '../model/output.js';
import type { Pipeline } from '../pipeline/run.js';
import { exportEvents, type ExportFormat } from '../export/export.js';
import { eventRecord } from '../export/records.js';
import {
  ApiError, actorsQuerySchema, articleIdSchema, articleInputSchema, articlesQuerySchema, countQuerySchema, countsQuerySchema,
  dyadsQuerySchema, eventsQuerySchema, exportQuerySchema, mapQuerySchema, parseQuery, pickFilter, placesQuerySchema,
  quotesQuerySchema, searchQuerySchema, type ArticleInput,
} from './params.js';
import { autoInterval, dateSpan, mapPoints } from './aggregates.js';
import { ResponseCache, cacheKey } from './cache.js';
import { openApiDocument } from './openapi.js';
import { defaultWebRoot, staticFile, webBuilt } from './static.js';

export interface AppOptions {
  /** Accept POST /api/articles (needs `token`). Off by default: the server is read-only. */
  allowIngest?: boolean;
  /** The bearer token POST /api/articles must present. */
  token?: string;
  /** Folder of the built web UI (default dist/web); null serves the API only. */
  webRoot?: string | null;
  /** The pipeline that codes ingested articles (default: the default pipeline, built on first use). */
  pipeline?: () => Pipeline | Promise<Pipeline>;
  /**
   * A connection of its own for each export stream, so that a slow download never holds the
   * connection the other requests use. Default for SQLite: a new read-only connection; otherwise the store itself.
   */
  openExportStore?: () => Store;
  /** Largest accepted request body (POST /api/articles), bytes. */
  maxBodyBytes?: number;
  /** Keep GET answers until the database changes (default true; SQLite only). */
  cache?: boolean;
}

const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  parquet: { type: 'application/vnd.apache.parquet', ext: 'parquet' },
};

function errorBody(status: number, message: string): Response {
  return new Response(JSON.stringify({ status, message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A Node stream as a web ReadableStream, with back-pressure and with cancellation passed on as an error. */
function webStream(node: Readable): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        node.on('data', (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 1) <= 0) node.pause();
        });
        node.once('end', () => controller.close());
        node.once('error', (err) => controller.error(err));
      },
      pull() {
        node.resume();
      },
      cancel() {
        node.destroy(new Error('export cancelled: the client went away'));
      },
    },
    { highWaterMark: 8 },
  );
}

function rawArticle(a: ArticleInput, record: number): RawArticle {
  return {
    text: a.text,
    title: a.title ?? null,
    date: a.date ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    sourceId: a.id ?? null,
    origin: { file: 'http', record, format: 'json' },
  };
}

/**
 * The HTTP API (and the web UI's files) over a store. Listening is someone else's job
 * (src/api/server.ts); tests call `app.request()`.
 */
export function createApp(store: Store, options: AppOptions = {}) {
  if (options.allowIngest && !options.token) throw new Error('ingest over HTTP needs a token');
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const openExportStore =
    options.openExportStore ??
    (() => (store instanceof SqliteStore ? new SqliteStore(store.path, { readonly: true }) : store));
  let pipeline: Promise<Pipeline> | null = null;
  const getPipeline = (): Promise<Pipeline> => {
    pipeline ??= Promise.resolve(
      options.pipeline ? options.pipeline() : import('../pipeline/registry.js').then((m) => m.defaultPipeline()),
    );
    return pipeline;
  };
  const openapi = JSON.stringify(openApiDocument({ allowIngest: Boolean(options.allowIngest) }));

  const app = new Hono();
  const query = (c: Context) => new URL(c.req.url).searchParams;
  const cache = options.cache === false ? null : new ResponseCache(store);

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorBody(err.status, err.message);
    if (err instanceof z.ZodError) return errorBody(400, describeZodError(err));
    if (err instanceof RangeError && /cursor/.test(err.message)) return errorBody(400, `cursor: ${err.message}`);
    const name = (err as { name?: string }).name;
    if (name === 'SqliteError' && query(c).has('q')) {
      return errorBody(400, `q: not a valid full-text query (${err.message}); put the words in double quotes to search for a phrase`);
    }
    process.stderr.write(`wirecoder serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? String(err)}\n`);
    return errorBody(500, `internal error: ${err.message}`);
  });

  app.notFound((c) => errorBody(404, `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname} (see /openapi.json)`));

  app.use('/api/*', async (c, next) => {
    const url = new URL(c.req.url);
    if (!cache?.enabled || c.req.method !== 'GET' || url.pathname === '/api/export') return next();
    const key = cacheKey(url);
    const hit = cache.get(key);
    if (hit !== undefined) {
      return new Response(hit, { headers: { 'content-type': 'application/json; charset=utf-8', 'x-cache': 'hit' } });
    }
    await next();
    if (c.res.status === 200 && (c.res.headers.get('content-type') ?? '').startsWith('application/json')) {
      cache.set(key, await c.res.clone().text());
    }
  });

  const serveOpenApi = () => new Response(openapi, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  app.get('/openapi.json', serveOpenApi);
  app.get('/api/openapi.json', serveOpenApi);

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/events', async (c) => {
    const p = parseQuery(eventsQuerySchema, query(c));
    const page = await store.queryEvents(pickFilter(p), p.limit, p.cursor ?? null);
    return c.json({ events: page.rows.map(eventRecord), next: page.next });
  });

  app.get('/api/events/count', async (c) => {
    const p = parseQuery(countQuerySchema, query(c));
    return c.json({ count: await store.countEvents(pickFilter(p)) });
  });

  app.get('/api/counts', async (c) => {
    const p = parseQuery(countsQuerySchema, query(c));
    const interval = p.interval === 'auto' ? autoInterval(await dateSpan(store)) : p.interval;
    return c.json({ interval, rows: await store.countByPeriod(pickFilter(p), { by: p.by, interval }) });
  });

  app.get('/api/dyads', async (c) => {
    const p = parseQuery(dyadsQuerySchema, query(c));
    return c.json({ rows: await store.topDyads(pickFilter(p), p.limit) });
  });

  app.get('/api/map', async (c) => {
    const p = parseQuery(mapQuerySchema, query(c));
    return c.json({ rows: await mapPoints(store, pickFilter(p), p.limit) });
  });

  app.get('/api/actors', async (c) => c.json({ rows: await store.listActors(parseQuery(actorsQuerySchema, query(c))) }));
  app.get('/api/places', async (c) => c.json({ rows: await store.listPlaces(parseQuery(placesQuerySchema, query(c))) }));

  app.get('/api/quotes', async (c) => {
    const { limit, offset, ...filter } = parseQuery(quotesQuerySchema, query(c));
    const rows = await store.queryQuotes(filter, limit, offset);
    return c.json({ rows: rows.map((r) => ({ ...r, attribution: JSON.parse(r.attribution) })) });
  });

  app.get('/api/search', async (c) => {
    const p = parseQuery(searchQuerySchema, query(c));
    return c.json({ rows: await store.search(p.q, p.limit) });
  });

  app.get('/api/articles', async (c) => {
    const p = parseQuery(articlesQuerySchema, query(c));
    return c.json({ rows: await store.listArticles(p.limit, p.offset) });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const check = articleIdSchema.safeParse(id);
    if (!check.success) throw new ApiError(400, `id: ${check.error.issues[0].message}`);
    if (new URL(c.req.url).search) throw new ApiError(400, 'this endpoint takes no query parameters');
    const doc = await store.getDoc(id);
    if (!doc) {
      const matches = await store.resolveId(id, 5);
      if (matches.length > 1) throw new ApiError(400, `id prefix ${id} matches several articles: ${matches.join(', ')}`);
      throw new ApiError(404, `no article with id ${id}`);
    }
    return c.json(toOutputRecord(doc));
  });

  app.post(
    '/api/articles',
    async (c, next) => {
      if (!options.allowIngest) {
        throw new ApiError(403, 'this server is read-only: start it with --allow-ingest --token <token> to accept articles');
      }
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
      if (!m || !sameToken(m[1], options.token!)) {
        const res = errorBody(401, m ? 'wrong token' : 'send the token as "Authorization: Bearer <token>"');
        res.headers.set('www-authenticate', 'Bearer');
        return res;
      }
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        throw new ApiError(415, 'send the article(s) as JSON (Content-Type: application/json)');
      }
      await next();
    },
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 20 * 1024 * 1024,
      onError: () => {
        throw new ApiError(413, `the body is larger than ${options.maxBodyBytes ?? 20 * 1024 * 1024} bytes: send fewer articles at a time`);
      },
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (err) {
        throw new ApiError(400, `the body is not JSON: ${(err as Error).message}`);
      }
      const schema = Array.isArray(body) ? z.array(articleInputSchema).min(1).max(1000) : articleInputSchema;
      const r = schema.safeParse(body);
      if (!r.success) throw new ApiError(400, describeZodError(r.error));
      const inputs: ArticleInput[] = Array.isArray(r.data) ? r.data : [r.data as ArticleInput];
      const p = await getPipeline();
      const docs = inputs.map((a, i) => {
        const doc = p.run(rawArticle(a, i + 1));
        doc.tokens = [];
        return doc;
      });
      const put = await store.putBatch(docs, []);
      cache?.clear();
      return c.json(
        {
          inserted: put.inserted,
          duplicates: put.duplicates,
          articles: docs.map((d) => ({ id: d.article.id, title: d.article.title, events: d.events.length })),
        },
        201,
      );
    },
  );

  app.get('/api/export', async (c) => {
    const p = parseQuery(exportQuerySchema, query(c));
    const filter = pickFilter(p);
    const { type, ext } = EXPORT_TYPES[p.format];
    const headers: Record<string, string> = {
      'content-type': type,
      'content-disposition': `attachment; filename="events.${ext}"`,
      'x-content-type-options': 'nosniff',
    };
    const exportStore = openExportStore();
    const done = () => (exportStore !== store ? exportStore.close() : Promise.resolve());
    if (p.format === 'parquet') {
      const dir = mkdtempSync(join(tmpdir(), 'wirecoder-api-parquet-'));
      const file = join(dir, 'events.parquet');
      let n: number;
      try {
        n = await exportEvents(exportStore, { format: 'parquet', filter, file });
      } catch (err) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      } finally {
        await done();
      }
      const rs = createReadStream(file);
      rs.once('close', () => rmSync(dir, { recursive: true, force: true }));
      return new Response(webStream(rs), { headers: { ...headers, 'x-event-count': String(n) } });
    }
    const pass = new PassThrough({ highWaterMark: 1 << 16 });
    exportEvents(exportStore, { format: p.format, filter, stream: pass, header: p.header })
      .then(() => pass.end())
      .catch((err: Error) => pass.destroy(err))
      .finally(() => void done().catch(() => undefined));
    return new Response(webStream(pass), { headers });
  });

  app.all('/api/*', (c) => errorBody(404, `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname} (see /openapi.json)`));

  app.get('*', async (c) => {
    if (!webRoot) return errorBody(404, 'this server has no web UI');
    const res = await staticFile(webRoot, new URL(c.req.url).pathname);
    if (res) return res;
    if (!webBuilt(webRoot)) {
      return new Response(`The web UI is not built (no ${join(webRoot, 'index.html')}): run \`npm run build\`. The API is at /api/ (see /openapi.json).\n`, {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return errorBody(404, `no such file: ${new URL(c.req.url).pathname}`);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
