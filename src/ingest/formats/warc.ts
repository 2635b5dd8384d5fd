/**
 * WARC files (plain, gzipped whole, or one gzip member per record as in Common Crawl): a small
 * streaming parser. `response` records holding an HTTP response with an HTML page go through
 * the HTML reader (url = WARC-Target-URI, date from WARC-Date when the page has none);
 * `conversion` records with plain text (WET files) are read as text. Request, metadata,
 * warcinfo and non-HTML records are skipped. Record = 1-based WARC record number.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { ByteReader, type ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { decodeBuffer } from '../decode.js';
import { normalizeDate } from '../date.js';
import { decodeHtml, htmlToArticle } from './html.js';
import type { ReadEvent } from '../types.js';

type Headers = Map<string, string>;

function parseHeaderLines(lines: string[]): Headers {
  const h: Headers = new Map();
  let last: string | null = null;
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      h.set(last, `${h.get(last)} ${line.trim()}`);
      continue;
    }
    const c = line.indexOf(':');
    if (c <= 0) continue;
    last = line.slice(0, c).trim().toLowerCase();
    const v = line.slice(c + 1).trim();
    h.set(last, h.has(last) ? `${h.get(last)}, ${v}` : v);
  }
  return h;
}

interface HttpResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

function indexOfBlankLine(b: Buffer): { at: number; len: number } | null {
  const crlf = b.indexOf('\r\n\r\n');
  const lf = b.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, len: 4 };
  if (lf !== -1) return { at: lf, len: 2 };
  return null;
}

function parseHttp(payload: Buffer): HttpResponse | null {
  const sep = indexOfBlankLine(payload.subarray(0, 65536));
  const headText = payload.toString('latin1', 0, sep ? sep.at : Math.min(payload.length, 65536));
  const lines = headText.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  return { status: +m[1], headers: parseHeaderLines(lines.slice(1)), body: sep ? payload.subarray(sep.at + sep.len) : Buffer.alloc(0) };
}

/** Undo chunked transfer encoding; null when the body is not validly chunked. */
function dechunk(b: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const nl = b.indexOf('\r\n', pos);
    if (nl === -1) return null;
    const size = parseInt(b.toString('latin1', pos, nl).split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) break;
    parts.push(b.subarray(nl + 2, nl + 2 + size));
    pos = nl + 2 + size + 2;
    if (pos > b.length) break;
  }
  return Buffer.concat(parts);
}

function decompress(body: Buffer, encoding: string | undefined): Buffer {
  const e = (encoding ?? '').toLowerCase().trim();
  try {
    if (e === 'gzip' || e === 'x-gzip') return gunzipSync(body);
    if (e === 'deflate') return inflateSync(body);
    if (e === 'br') return brotliDecompressSync(body);
  } catch {
    /* stored already decoded (as Common Crawl does) */
  }
  return body;
}

function charsetOf(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  const r = new ByteReader(src.chunks());
  const maxPayload = Math.max(ctx.maxArticleChars * 4, 1 << 20);
  let record = 0;
  for (;;) {
    // Records are separated by blank lines.
    let line = await r.readLine();
    while (line !== null && line.trim() === '') line = await r.readLine();
    if (line === null) break;
    record++;
    if (!line.startsWith('WARC/')) {
      yield failure(ctx.file, record, `not a WARC record (expected "WARC/1.x", found "${line.slice(0, 40)}") at byte ${r.offset - line.length - 1}; skipping to the next record`);
      // Resynchronise on the next version line.
      do line = await r.readLine();
      while (line !== null && !line.startsWith('WARC/'));
      if (line === null) break;
    }
    const headerLines: string[] = [];
    for (;;) {
      const h = await r.readLine();
      if (h === null || h === '') break;
      headerLines.push(h);
    }
    const h = parseHeaderLines(headerLines);
    const length = Number(h.get('content-length'));
    if (!Number.isFinite(length) || length < 0) {
      yield failure(ctx.file, record, 'WARC record without a valid Content-Length; cannot read on');
      return;
    }
    const type = (h.get('warc-type') ?? '').toLowerCase();
    const contentType = h.get('content-type') ?? '';
    const url = (h.get('warc-target-uri') ?? '').replace(/^<|>$/g, '') || null;
    const warcDate = normalizeDate(h.get('warc-date') ?? null);
    const wanted =
      (type === 'response' && /application\/http/i.test(contentType)) || (type === 'conversion' && /^text\/plain/i.test(contentType)) || (type === 'resource' && HTML_TYPE.test(contentType));
    if (!wanted || length > maxPayload) {
      const got = await r.skip(length);
      if (got < length) {
        yield failure(ctx.file, record, `WARC record cut short (${got} of ${length} bytes)`);
        return;
      }
      if (wanted) yield failure(ctx.file, record, `${url ?? 'record'}: page too large (${length} bytes)`);
      continue;
    }
    const payload = await r.read(length);
    if (payload.length < length) {
      yield failure(ctx.file, record, `WARC record cut short (${payload.length} of ${length} bytes)`);
      return;
    }
    const where = url ?? `record ${record}`;
    if (type === 'conversion') {
      const text = decodeBuffer(payload, ctx.decodeState(record)).trim();
      if (!text) continue;
      yield article({ text, title: null, date: warcDate, source: null, url, sourceId: null, origin: { file: ctx.file, record, format: 'warc' } });
      continue;
    }
    let body: Buffer;
    let httpCharset: string | null;
    if (type === 'resource') {
      body = payload;
      httpCharset = charsetOf(contentType);
    } else {
      const http = parseHttp(payload);
      if (!http) {
        yield failure(ctx.file, record, `${where}: cannot read the HTTP response`);
        continue;
      }
      if (http.status < 200 || http.status >= 300) continue; // redirects, errors: no page
      const ct = http.headers.get('content-type');
      if (ct ? !HTML_TYPE.test(ct) : !/^\s*(<!doctype html|<html)/i.test(http.body.toString('latin1', 0, 512))) continue;
      body = http.body;
      if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
      body = decompress(body, http.headers.get('content-encoding'));
      httpCharset = charsetOf(ct);
    }
    if (body.length === 0) {
      yield failure(ctx.file, record, `${where}: empty page`);
      continue;
    }
    const html = decodeHtml(body, ctx.decodeState(record), httpCharset);
    const res = htmlToArticle(html, { file: ctx.file, record, format: 'warc', url, preferUrl: true, date: warcDate }, ctx.maxArticleChars);
    if (res.ok) {
      yield article(res.article);
    } else yield failure(ctx.file, record, `${where}: ${res.reason}`);
  }
  if (record === 0) yield failure(ctx.file, null, 'empty file');
}
