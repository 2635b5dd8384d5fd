import { basename } from 'node:path';
import type { RawArticle } from '../../model/doc.js';
import type { ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { decodeChunks } from '../decode.js';
import type { ReadEvent } from '../types.js';

/** ` date 2022-02-24 Title` — the header line of the example article format. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$/;
/** `20220125T090000Z_GB_en_7d015e6984.txt` — date (and country) in a file name. */
const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:T\d{4,6}Z?)?(?:[^0-9]|$)/;

export function dateFromFileName(file: string): string | null {
  const m = DATE_IN_NAME.exec(basename(file));
  if (!m) return null;
  const [, y, mo, d] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  return `${y}-${mo}-${d}`;
}

/**
 * A plain-text article. Two shapes:
 * - the header format: optional leading space, `date YYYY-MM-DD Title`, blank line, body;
 * - plain text: the first line is the title when it is short and followed by a blank line,
 *   the date comes from the file name when it has one.
 */
export function parseTextArticle(content: string, file: string): RawArticle {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const nl = text.indexOf('\n');
  const firstLine = (nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '');
  const header = DATE_HEADER.exec(firstLine);
  const origin = { file, record: null, format: 'text' };
  if (header) {
    return {
      text: nl === -1 ? '' : text.slice(nl + 1),
      title: header[2].trim() || null,
      date: header[1],
      source: null,
      url: null,
      sourceId: null,
      origin,
    };
  }
  // A short first line followed by a blank line reads as a headline.
  const rest = nl === -1 ? '' : text.slice(nl + 1);
  const isTitle = firstLine.trim().length > 0 && firstLine.length <= 200 && /^\s*\r?\n/.test(rest) && !/[.!?]["']?\s*$/.test(firstLine.trim());
  return {
    text: isTitle ? rest : text,
    title: isTitle ? firstLine.trim() : null,
    date: dateFromFileName(file),
    source: null,
    url: null,
    sourceId: null,
    origin,
  };
}

/**
 * Read one text file as one article, refusing (without reading on) files whose text is
 * longer than `ctx.maxArticleChars`.
 */
export async function* readText(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  const parts: string[] = [];
  let chars = 0;
  for await (const s of decodeChunks(src.chunks(), ctx.decodeState(), null)) {
    chars += s.length;
    if (chars > ctx.maxArticleChars) {
      src.close();
      yield failure(ctx.file, null, `too large for one article (over ${ctx.maxArticleChars} characters)`);
      return;
    }
    parts.push(s);
  }
  const content = parts.join('');
  if (content.trim() === '') {
    yield failure(ctx.file, null, 'empty file');
    return;
  }
  const a = parseTextArticle(content, ctx.file);
  if (a.text.trim() === '') {
    yield failure(ctx.file, null, 'no text after the title line');
    return;
  }
  yield article(a);
}
