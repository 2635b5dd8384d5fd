/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item/entry. The feed is read whole
 * (up to maxWholeFileBytes) and parsed with fast-xml-parser; text fields are kept raw
 * (stopNodes) so escaped HTML, CDATA and inline XHTML can each be turned into text properly.
 */
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawArticle } from '../../model/doc.js';
import { readAllBytes, sizeText, type ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { declaredCharset, decodeBuffer } from '../decode.js';
import { normalizeDate } from '../date.js';
import { htmlToLine, htmlToText } from '../html-text.js';
import type { ReadEvent } from '../types.js';

const TEXT_NODES = ['description', 'content:encoded', 'content', 'summary', 'atom:content', 'atom:summary', 'dc:description'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: TEXT_NODES.map((n) => `*.${n}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'channel',
});

type Node = Record<string, unknown>;

function str(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') return str((v as Node)['#text']);
  return null;
}

function typeOf(v: unknown): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Node)['@_type'])?.toLowerCase() ?? null;
  return null;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const HAS_TAG = /<\/?[a-zA-Z][^>]*>/;

/** The text of a raw (stop-node) element: CDATA unwrapped, entities decoded, HTML turned into paragraphs. */
function richText(v: unknown): string | null {
  const raw = str(v);
  if (raw == null || raw.trim() === '') return null;
  const type = typeOf(v);
  const outside = raw.replace(CDATA, '');
  let html: string;
  if (type === 'xhtml' || HAS_TAG.test(outside)) {
    // Inline markup (Atom xhtml, or unescaped HTML in an RSS description).
    html = raw.replace(CDATA, '$1');
  } else {
    // Escaped text and CDATA: the element's value.
    let value = '';
    let last = 0;
    for (const m of raw.matchAll(CDATA)) {
      value += decodeXML(raw.slice(last, m.index)) + m[1];
      last = m.index! + m[0].length;
    }
    value += decodeXML(raw.slice(last));
    if (type === 'text' || !HAS_TAG.test(value)) return plain(decodeXML(value));
    html = value;
  }
  return dropFeedBoilerplate(htmlToText(html));
}

function plain(s: string): string | null {
  const t = s
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return t || null;
}

/** "Continue reading...", "Related: ..." and similar feed tails are not article text. */
function dropFeedBoilerplate(text: string): string {
  return text
    .split('\n\n')
    .filter((p) => !/^(continue reading|read more|read the full (story|article)|weiterlesen|mehr lesen|leia mais|lire la suite|leer más|seguir leyendo)\b[\s.…»›>]*$/i.test(p) && !/^(related|see also|mehr zum thema|leia também):\s/i.test(p))
    .join('\n\n');
}

function title(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  const t = htmlToLine(s);
  return t || null;
}

function atomLink(v: unknown): string | null {
  const links = (Array.isArray(v) ? v : [v]).filter((x) => x != null);
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') {
      if (l.trim()) return l.trim(); // RSS <link>url</link>
      continue;
    }
    const o = l as Node;
    const href = str(o['@_href']) ?? str(o['#text']);
    if (!href) continue;
    const rel = str(o['@_rel']);
    if (!rel || rel === 'alternate') return href.trim();
    fallback ??= href.trim();
  }
  return fallback;
}

export async function* readFeed(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  const bytes = await readAllBytes(src, ctx.maxWholeFileBytes);
  if (!bytes) {
    yield failure(ctx.file, null, `too large to read as one feed (over ${sizeText(ctx.maxWholeFileBytes)})`);
    return;
  }
  if (bytes.toString('latin1').trim() === '') {
    yield failure(ctx.file, null, 'empty file');
    return;
  }
  const xml = decodeBuffer(bytes, ctx.decodeState(), declaredCharset(bytes.subarray(0, 1024)));
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    yield failure(ctx.file, null, `not well-formed XML: ${(err as Error).message.split('\n')[0]}`);
    return;
  }
  const rss = doc.rss as Node | undefined;
  const rdf = (doc['rdf:RDF'] ?? doc.RDF) as Node | undefined;
  const feed = doc.feed as Node | undefined;
  let items: Node[] = [];
  let source: string | null = null;
  let format = 'rss';
  if (rss) {
    const channel = (rss.channel as Node[] | undefined)?.[0] ?? {};
    items = (channel.item as Node[] | undefined) ?? [];
    source = title(channel.title);
  } else if (rdf) {
    const channel = (rdf.channel as Node[] | undefined)?.[0] ?? {};
    items = ((rdf.item ?? channel.item) as Node[] | undefined) ?? [];
    source = title(channel.title);
  } else if (feed) {
    format = 'atom';
    items = (feed.entry as Node[] | undefined) ?? [];
    source = title(feed.title);
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)';
    const v = XMLValidator.validate(xml);
    if (v !== true) {
      yield failure(ctx.file, null, `not well-formed XML: ${v.err.msg} (line ${v.err.line})`);
      return;
    }
    yield failure(ctx.file, null, `not an RSS or Atom feed (root element <${root}>)`);
    return;
  }
  if (items.length === 0) {
    yield failure(ctx.file, null, 'feed has no items');
    return;
  }
  let n = 0;
  for (const it of items) {
    n++;
    const text =
      richText(it['content:encoded']) ??
      richText(it.content) ??
      richText(it['atom:content']) ??
      richText(it.description) ??
      richText(it.summary) ??
      richText(it['atom:summary']) ??
      richText(it['dc:description']);
    const t = title(it.title);
    if (!text || !text.trim()) {
      // A headline-only item is still news: the title becomes the only paragraph (clean puts it first).
      if (!t) {
        yield failure(ctx.file, n, 'no title and no text (no description, content or summary)');
        continue;
      }
    }
    if (text && text.length > ctx.maxArticleChars) {
      yield failure(ctx.file, n, `too large for one article (${text.length} characters)`);
      continue;
    }
    const a: RawArticle = {
      text: text ?? '',
      title: t,
      date: normalizeDate(str(it.pubDate) ?? str(it['dc:date']) ?? str(it.published) ?? str(it.updated) ?? str(it.issued) ?? str(it.modified)),
      source: source ?? (str(it['dc:publisher']) || null),
      url: atomLink(it.link) ?? (isUrl(str(it.guid)) ? str(it.guid) : null),
      sourceId: str(it.guid)?.trim() || str(it.id)?.trim() || null,
      origin: { file: ctx.file, record: n, format },
    };
    yield article(a);
  }
}

function isUrl(s: string | null): boolean {
  return !!s && /^https?:\/\//i.test(s.trim());
}
