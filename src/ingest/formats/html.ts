/**
 * HTML pages -> one article: the main text found by Mozilla Readability over a linkedom DOM,
 * with navigation, asides, footers, comments, share bars, "related" lists and ads removed
 * first; metadata (title, date, canonical URL, outlet) from meta tags, JSON-LD and <time>.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../../model/doc.js';
import { readAllBytes, sizeText, type ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { declaredCharset, decodeBuffer, type DecodeState } from '../decode.js';
import { normalizeDate } from '../date.js';
import { htmlToLine, htmlToText } from '../html-text.js';
import type { ReadEvent } from '../types.js';

export const NO_ARTICLE = 'no article text found';

/** Fewer characters than this after extraction is not an article. */
const MIN_TEXT_CHARS = 200;
const MIN_TEXT_WORDS = 30;

/** Elements that never hold the article text. */
const REMOVE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'menu', 'dialog']);
const REMOVE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);

/** class/id tokens of boilerplate blocks: the word alone or with a prefix/suffix ("article-comments", "share-bar"). */
const BOILERPLATE =
  /^(?:[a-z0-9]+[_-])*(comments?|comment-?(?:list|section|thread|form)|disqus|replies|related|related-?(?:articles?|content|links|stories)|more-?stories|recommended|recirc|most-?(?:read|popular|viewed)|trending|share|sharing|share-?(?:bar|tools|buttons)|social|newsletter|signup|subscribe|subscription|paywall|ad|ads|ad-?(?:slot|unit|container|wrapper|banner|block)|adsbygoogle|advert|advertisement|advertising|sponsor|sponsored|promo|promoted|outbrain|taboola|cookie|cookies|consent|sidebar|breadcrumbs?|masthead|author-?bio|skip-?link)(?:[_-](?:section|container|wrapper|list|block|box|area|bar|links?|module|widget|panel|region|rail|slot|unit|\d+))*$/i;

function isBoilerplate(classAndId: string): boolean {
  for (const token of classAndId.split(/\s+/)) if (token && BOILERPLATE.test(token)) return true;
  return false;
}

interface PageMeta {
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
}

type El = {
  getAttribute(n: string): string | null;
  textContent: string | null;
  tagName: string;
  remove(): void;
  closest(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El>;
};
type Doc = {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El>;
  body: El | null;
  documentElement: El | null;
};

function attr(doc: Doc, selector: string, name: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

function metaContent(doc: Doc, keys: string[]): string | null {
  for (const k of keys) {
    const v =
      attr(doc, `meta[property="${k}"]`, 'content') ??
      attr(doc, `meta[name="${k}"]`, 'content') ??
      attr(doc, `meta[itemprop="${k}"]`, 'content');
    if (v) return v;
  }
  return null;
}

/** JSON-LD objects of the page, flattened (@graph, arrays). */
function jsonLd(doc: Doc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (s.textContent ?? '').trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw.replace(/^<!--|-->$/g, '')), 0);
    } catch {
      /* broken JSON-LD is common; ignore */
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|WebPage)$/;

function ldType(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object') return ldName((v as Record<string, unknown>).name);
  return null;
}

function pageMeta(doc: Doc): PageMeta {
  const ld = jsonLd(doc);
  const articles = ld.filter((o) => ldType(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  const best = articles[0] ?? ld.find((o) => o.datePublished || o.headline) ?? null;

  const title =
    metaContent(doc, ['og:title', 'twitter:title']) ??
    (best && typeof best.headline === 'string' ? best.headline : null) ??
    null;

  const dateRaw =
    metaContent(doc, ['article:published_time', 'datePublished']) ??
    attr(doc, '[itemprop="datePublished"]', 'datetime') ??
    attr(doc, '[itemprop="datePublished"]', 'content') ??
    (best && typeof best.datePublished === 'string' ? best.datePublished : null) ??
    metaContent(doc, [
      'og:published_time',
      'published_time',
      'publish-date',
      'publish_date',
      'pubdate',
      'date',
      'dc.date',
      'DC.date',
      'dc.date.issued',
      'DC.date.issued',
      'dcterms.created',
      'parsely-pub-date',
      'sailthru.date',
      'article.published',
      'cXenseParse:recs:publishtime',
    ]) ??
    attr(doc, 'article time[datetime]', 'datetime') ??
    attr(doc, 'time[pubdate]', 'datetime') ??
    attr(doc, 'main time[datetime]', 'datetime') ??
    attr(doc, 'time[datetime]', 'datetime') ??
    (best && typeof best.dateCreated === 'string' ? best.dateCreated : null) ??
    metaContent(doc, ['article:modified_time', 'dateModified', 'og:updated_time']);

  const url =
    attr(doc, 'link[rel="canonical"]', 'href') ??
    metaContent(doc, ['og:url', 'twitter:url']) ??
    (best && typeof best.url === 'string' ? best.url : null);

  let source = metaContent(doc, ['og:site_name', 'application-name']);
  if (!source && best) source = ldName(best.publisher) ?? ldName(best.sourceOrganization);
  if (!source) {
    const org = ld.find((o) => ldType(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
    if (org) source = ldName(org);
  }
  return { title: title ? htmlToLine(title) : null, date: normalizeDate(dateRaw), url: url && /^https?:\/\//i.test(url) ? url : null, source };
}

/** Remove boilerplate before Readability looks at the page (one pass over the elements). */
function stripBoilerplate(doc: Doc): void {
  const drop: El[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (REMOVE_TAGS.has(tag)) {
      drop.push(el);
      continue;
    }
    if (tag === 'html' || tag === 'body' || tag === 'article' || tag === 'main' || tag === 'head') continue;
    const role = el.getAttribute('role');
    if ((role && REMOVE_ROLES.has(role.toLowerCase())) || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('hidden') != null) {
      drop.push(el);
      continue;
    }
    // A site header (not the article's own header).
    if (tag === 'header' && !el.closest('article') && !el.closest('main')) {
      drop.push(el);
      continue;
    }
    // Comment sections, share bars, related links, ads: by class/id words.
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if ((cls || id) && isBoilerplate(`${cls ?? ''} ${id ?? ''}`)) drop.push(el);
  }
  for (const el of drop) el.remove();
}

export interface HtmlDefaults {
  file: string;
  record: number | null;
  format: string;
  /** URL when the page names none (for WARC: the page's own is ignored and this is used). */
  url?: string | null;
  /** Prefer `url` over the page's canonical URL. */
  preferUrl?: boolean;
  /** Date when the page has none. */
  date?: string | null;
}

/** A date line left above the first paragraph ("2 November 2021", "Updated 14:05 GMT") is not text. */
function dropLeadingDates(text: string): string {
  const paras = text.split('\n\n');
  let i = 0;
  while (i < Math.min(2, paras.length - 1)) {
    const p = paras[i].trim();
    const words = p.split(/\s+/).length;
    if (words <= 7 && p.length <= 60 && (normalizeDate(p.replace(/^(published|updated|posted|last updated)\s*:?\s*/i, '')) || /^\d{1,2}:\d{2}\b/.test(p))) i++;
    else break;
  }
  return i ? paras.slice(i).join('\n\n') : text;
}

/**
 * Scripts (except JSON-LD), styles, SVG, comments and noscript never hold article text and are
 * often most of a page's bytes: cut them before building the DOM.
 */
const PRE_STRIP = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<!--[\s\S]*?-->/gi;

/** One HTML page -> an article, or the reason there is none. */
export function htmlToArticle(html: string, d: HtmlDefaults, maxChars: number): { ok: true; article: RawArticle } | { ok: false; reason: string } {
  let document: Doc;
  try {
    document = parseHTML(html.replace(PRE_STRIP, '')).document as unknown as Doc;
  } catch (err) {
    return { ok: false, reason: `cannot parse HTML: ${(err as Error).message}` };
  }
  if (!document.documentElement || !document.body) return { ok: false, reason: NO_ARTICLE };
  const meta = pageMeta(document);
  stripBoilerplate(document);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as never, { charThreshold: 300, keepClasses: false }).parse();
  } catch (err) {
    return { ok: false, reason: `cannot extract the article: ${(err as Error).message}` };
  }
  const text = parsed?.content ? dropLeadingDates(htmlToText(parsed.content)) : '';
  const words = text.split(/\s+/).filter(Boolean).length;
  if (text.length < MIN_TEXT_CHARS || words < MIN_TEXT_WORDS) return { ok: false, reason: NO_ARTICLE };
  if (text.length > maxChars) return { ok: false, reason: `too large for one article (${text.length} characters, limit ${maxChars})` };
  const title = meta.title ?? (parsed?.title ? htmlToLine(parsed.title) : null);
  const date = meta.date ?? normalizeDate(parsed?.publishedTime ?? null) ?? d.date ?? null;
  return {
    ok: true,
    article: {
      text,
      title: title || null,
      date,
      source: meta.source ?? (parsed?.siteName ? htmlToLine(parsed.siteName) : null),
      url: d.preferUrl ? (d.url ?? meta.url) : (meta.url ?? d.url ?? null),
      sourceId: null,
      origin: { file: d.file, record: d.record, format: d.format },
    },
  };
}

/** Decode an HTML page: BOM, then the declared charset, then UTF-8, then Windows-1252. */
export function decodeHtml(bytes: Buffer, state: DecodeState, httpCharset?: string | null): string {
  return decodeBuffer(bytes, state, httpCharset ?? declaredCharset(bytes.subarray(0, 4096)));
}

/** An .html file: one article. */
export async function* readHtml(src: ByteSource, ctx: ReaderContext): AsyncGenerator<ReadEvent> {
  // HTML is larger than its text; allow markup around an article of the largest size.
  const limit = Math.min(ctx.maxArticleChars * 4, Math.max(ctx.maxWholeFileBytes, ctx.maxArticleChars));
  const bytes = await readAllBytes(src, limit);
  if (!bytes) {
    yield failure(ctx.file, null, `too large for one article (over ${sizeText(limit)} of HTML)`);
    return;
  }
  if (bytes.length === 0 || bytes.toString('latin1').trim() === '') {
    yield failure(ctx.file, null, 'empty file');
    return;
  }
  const html = decodeHtml(bytes, ctx.decodeState());
  const r = htmlToArticle(html, { file: ctx.file, record: null, format: 'html' }, ctx.maxArticleChars);
  yield r.ok ? article(r.article) : failure(ctx.file, null, r.reason);
}
