/**
 * JSON Lines (one object a line, streamed) and JSON (an array of objects, streamed element by
 * element; one object; or an object holding an array of objects such as {"articles": [...]}).
 */
import type { ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { decodeChunks } from '../decode.js';
import { buildArticle, getPath, JsonPlanner } from '../fields.js';
import type { ReadEvent } from '../types.js';

function shortError(err: unknown): string {
  return ((err as Error).message ?? String(err)).replace(/\s+/g, ' ').slice(0, 160);
}

/** One parsed JSON value -> an article or a failure. */
export function recordToEvent(value: unknown, planner: JsonPlanner, ctx: ReaderContext, record: number, format: string): ReadEvent {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(ctx.file, record, `expected a JSON object, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const obj = value as Record<string, unknown>;
  const plan = planner.plan(obj);
  const built = buildArticle(
    (k) => getPath(obj, k),
    plan,
    { file: ctx.file, record, format },
    ctx.maxArticleChars,
    () => Object.keys(obj),
  );
  return built.ok ? article(built.article) : failure(ctx.file, record, built.reason);
}

/** Split decoded text into lines (record = 1-based line number); overlong lines are reported and skipped. */
async function* lines(chunks: AsyncIterable<string>, maxLine: number): AsyncGenerator<{ line: string; no: number } | { tooLong: number }> {
  let rest = '';
  let no = 0;
  let skipping = false;
  for await (const chunk of chunks) {
    let start = 0;
    let buf = rest ? rest + chunk : chunk;
    rest = '';
    for (;;) {
      const nl = buf.indexOf('\n', start);
      if (nl === -1) break;
      no++;
      if (skipping) skipping = false;
      else yield { line: buf.slice(start, nl), no };
      start = nl + 1;
    }
    if (skipping) continue;
    rest = buf.slice(start);
    buf = '';
    if (rest.length > maxLine) {
      skipping = true;
      rest = '';
      yield { tooLong: no + 1 };
    }
  }
  if (rest && !skipping) yield { line: rest, no: no + 1 };
}

export async function* readJsonLines(src: ByteSource, ctx: ReaderContext, chunks?: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  const planner = new JsonPlanner(ctx.map);
  const maxLine = ctx.maxArticleChars * 2 + 100_000;
  let any = false;
  for await (const l of lines(chunks ?? decodeChunks(src.chunks(), ctx.decodeState()), maxLine)) {
    if ('tooLong' in l) {
      any = true;
      yield failure(ctx.file, l.tooLong, `line too long (over ${maxLine} characters); skipped`);
      continue;
    }
    const line = l.line.charCodeAt(l.line.length - 1) === 13 ? l.line.slice(0, -1) : l.line;
    if (line.trim() === '') continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield failure(ctx.file, l.no, `not valid JSON (${shortError(err)})`);
      continue;
    }
    yield recordToEvent(value, planner, ctx, l.no, 'jsonl');
  }
  if (!any) yield failure(ctx.file, null, 'empty file');
}

/**
 * Stream the elements of a top-level JSON array: a small scanner tracks strings and nesting
 * and hands each complete element to JSON.parse. Record = 1-based element index.
 */
async function* arrayElements(chunks: AsyncIterable<string>, maxElement: number): AsyncGenerator<{ index: number; text: string } | { index: number; error: string }> {
  let state: 'start' | 'between' | 'in' | 'end' = 'start';
  let depth = 0;
  let inString = false;
  let escape = false;
  let parts: string[] = [];
  let size = 0;
  let index = 0;
  let tooBig = false;
  for await (const chunk of chunks) {
    let i = 0;
    let from = state === 'in' ? 0 : -1; // where the current element's text starts in this chunk
    let nextBs = chunk.indexOf('\\');
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (state === 'in') {
        if (inString) {
          // Jump to the next quote or backslash.
          if (escape) {
            escape = false;
            i++;
            continue;
          }
          const q = chunk.indexOf('"', i);
          // The next backslash is remembered: searching for it from every string would rescan the chunk.
          if (nextBs !== -1 && nextBs < i) nextBs = chunk.indexOf('\\', i);
          const bs = nextBs;
          if (bs !== -1 && (q === -1 || bs < q)) {
            escape = true;
            i = bs + 1;
            continue;
          }
          if (q === -1) {
            i = n;
            break;
          }
          inString = false;
          i = q + 1;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0) {
            // the closing bracket of the array itself
            if (c === 93) {
              if (!tooBig) parts.push(chunk.slice(from, i));
              index++;
              yield tooBig ? { index, error: 'element too large' } : { index, text: parts.join('') };
              parts = [];
              size = 0;
              tooBig = false;
              state = 'end';
              from = -1;
              i++;
              continue;
            }
          } else depth--;
        } else if (c === 44 && depth === 0) {
          const piece = chunk.slice(from, i);
          if (!tooBig) parts.push(piece);
          index++;
          yield tooBig ? { index, error: 'element too large' } : { index, text: parts.join('') };
          parts = [];
          size = 0;
          tooBig = false;
          state = 'between';
          from = -1;
        }
        i++;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) {
        i++;
        continue;
      }
      if (state === 'start') {
        if (c !== 91) throw new Error('not a JSON array');
        state = 'between';
        i++;
        continue;
      }
      if (state === 'between') {
        if (c === 93 && index === 0) {
          state = 'end';
          i++;
          continue;
        }
        state = 'in';
        from = i;
        depth = 0;
        continue; // re-read this char in 'in' state
      }
      // state === 'end': trailing garbage
      throw new Error(`unexpected text after the end of the array`);
    }
    if (state === 'in') {
      const piece = from === 0 ? chunk : chunk.slice(from);
      size += piece.length;
      if (size > maxElement) {
        tooBig = true;
        parts = [];
      } else if (!tooBig) parts.push(piece);
    }
  }
  if (state === 'in' || state === 'between') throw new Error('the JSON array is not closed (file cut short?)');
  if (state === 'start') throw new Error('empty');
}

export async function* readJson(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  const headText = src.head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (headText === '') {
    yield failure(ctx.file, null, 'empty file');
    return;
  }
  if (headText.startsWith('[')) {
    yield* readJsonArray(src, ctx);
    return;
  }
  // One object, an object holding an array, or JSON Lines in a .json file: read whole (up to the limit).
  const state = ctx.decodeState();
  const parts: string[] = [];
  let size = 0;
  const chunks = src.chunks();
  const it = decodeChunks(chunks, state)[Symbol.asyncIterator]();
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    parts.push(r.value);
    size += r.value.length;
    if (size > ctx.maxWholeFileBytes) {
      // Too big for one object: it can only be JSON Lines.
      yield* readJsonLines(src, ctx, (async function* () {
        yield parts.join('');
        for (;;) {
          const n = await it.next();
          if (n.done) return;
          yield n.value;
        }
      })());
      return;
    }
  }
  const text = parts.join('');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Several objects, one a line?
    if (/}\s*\r?\n\s*{/.test(text)) {
      yield* readJsonLines(src, ctx, (async function* () {
        yield text;
      })());
      return;
    }
    yield failure(ctx.file, null, `not valid JSON (${shortError(err)})`);
    return;
  }
  const planner = new JsonPlanner(ctx.map);
  const list = arrayInside(value);
  if (list) {
    let k = 0;
    for (const v of list) yield recordToEvent(v, planner, ctx, ++k, 'json');
    if (k === 0) yield failure(ctx.file, null, 'no records (empty array)');
    return;
  }
  yield recordToEvent(value, planner, ctx, 1, 'json');
}

/** The array of records inside a JSON document: the document itself, or a property holding objects. */
function arrayInside(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object') return null;
  const obj = value as Record<string, unknown>;
  // An object that has its own text is one article.
  for (const k of Object.keys(obj)) if (/^(text|body|content|article)$/i.test(k) && typeof obj[k] === 'string') return null;
  const preferred = ['articles', 'items', 'data', 'results', 'records', 'docs', 'documents', 'entries', 'stories', 'news', 'response'];
  for (const k of preferred) {
    const v = obj[k];
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) return v;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = arrayInside(v);
      if (inner) return inner;
    }
  }
  for (const v of Object.values(obj)) if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return v;
  return null;
}

async function* readJsonArray(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  const planner = new JsonPlanner(ctx.map);
  const maxElement = ctx.maxArticleChars * 2 + 100_000;
  let count = 0;
  try {
    for await (const el of arrayElements(decodeChunks(src.chunks(), ctx.decodeState()), maxElement)) {
      count++;
      if ('error' in el) {
        yield failure(ctx.file, el.index, el.error);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(el.text);
      } catch (err) {
        yield failure(ctx.file, el.index, `not valid JSON (${shortError(err)})`);
        continue;
      }
      yield recordToEvent(value, planner, ctx, el.index, 'json');
    }
  } catch (err) {
    const msg = (err as Error).message;
    if (msg === 'empty') yield failure(ctx.file, null, 'empty file');
    else yield failure(ctx.file, null, `${msg}${count ? ` (after ${count} records)` : ''}`);
    return;
  }
  if (count === 0) yield failure(ctx.file, null, 'no records (empty array)');
}
