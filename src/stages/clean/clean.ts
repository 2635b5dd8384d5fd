import { createHash } from 'node:crypto';
import { decodeHTMLStrict } from 'entities';
import type { ArticleMeta, Doc, Message, RawArticle } from '../../model/doc.js';
import { emptyDoc } from '../../model/doc.js';
import { TextBuilder } from './text-builder.js';

/**
 * Characters replaced one for one (or by a short string). Curly quotes become straight ones,
 * dash variants become "-" (short) or "—" (long), unusual spaces become a space,
 * invisible characters disappear.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u2014': '—', '\u2015': '—',
  '\u2026': '...',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2007': ' ',
  '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ', '\t': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '', '\u00AD': '',
};

/** Chars that need the slow path: entities, non-ASCII punctuation/spaces, control chars, runs of spaces. */
const NEEDS_WORK = /[&\u0000-\u0008\u000B-\u001F\u007F\u0060\u00A0-\u00BF\u2000-\u206F\u2212\u3000\uFEFF\uFFFD\t]| {2}/;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/;
const MAX_MESSAGES_PER_RULE = 20;

interface Line {
  start: number;
  end: number;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = raw.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: raw.length });
      break;
    }
    const end = nl > start && raw.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end });
    start = nl + 1;
  }
  return lines;
}

class Reporter {
  private counts = new Map<string, number>();
  constructor(private messages: Message[]) {}
  add(ruleId: string, reason: string, start: number, end: number, severity: Message['severity'] = 'info'): void {
    const n = (this.counts.get(ruleId) ?? 0) + 1;
    this.counts.set(ruleId, n);
    if (n <= MAX_MESSAGES_PER_RULE) this.messages.push({ ruleId, reason, severity, start, end });
  }
  /** One summary message for rules that fired more often than were listed. */
  finish(): void {
    for (const [ruleId, n] of this.counts) {
      if (n > MAX_MESSAGES_PER_RULE) {
        this.messages.push({ ruleId, reason: `${n} fixes of this kind in all (first ${MAX_MESSAGES_PER_RULE} listed)`, severity: 'info' });
      }
    }
  }
}

/**
 * Normalise one line into `b`: entities decoded, Unicode punctuation and spaces normalised,
 * control characters removed, runs of spaces collapsed, leading/trailing space trimmed.
 * Positions of messages are in the line-local builder and fixed up by the caller.
 */
function normaliseLine(raw: string, line: Line, fixes: Array<[string, string, number, number]>): TextBuilder {
  const b = new TextBuilder();
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  const slice = raw.slice(s, e);
  if (!NEEDS_WORK.test(slice)) {
    b.copy(raw, s, e);
    return b;
  }
  let runStart = s;
  let i = s;
  const flush = (to: number) => {
    if (to > runStart) b.copy(raw, runStart, to);
  };
  while (i < e) {
    const ch = raw[i];
    const code = raw.charCodeAt(i);
    if (ch === '&') {
      const m = ENTITY.exec(raw.slice(i, Math.min(e, i + 40)));
      if (m) {
        const decoded = decodeHTMLStrict(m[0].endsWith(';') ? m[0] : m[0] + ';');
        if (decoded !== m[0] && decoded !== m[0] + ';') {
          flush(i);
          const norm = normaliseChars(decoded);
          const at = b.length;
          b.put(norm, i);
          fixes.push(['clean/html-entity', `decoded ${m[0]} as ${JSON.stringify(norm)}`, at, at + norm.length]);
          i += m[0].length;
          runStart = i;
          continue;
        }
      }
      i++;
      continue;
    }
    if (code === 32 || code === 9 || (code >= 0x2000 && code <= 0x200a) || code === 0xa0 || code === 0x202f || code === 0x205f || code === 0x3000) {
      // Collapse any run of spaces to one.
      let j = i + 1;
      while (j < e && isSpace(raw.charCodeAt(j))) j++;
      if (j - i > 1 || ch !== ' ') {
        flush(i);
        if (b.lastChar() !== ' ') b.put(' ', i);
        runStart = j;
      }
      i = j;
      continue;
    }
    const rep = REPLACEMENTS[ch];
    if (rep !== undefined) {
      flush(i);
      b.put(rep, i);
      i++;
      runStart = i;
      continue;
    }
    if (code < 32 || code === 0x7f) {
      flush(i);
      fixes.push(['clean/control-char', `removed control character U+${code.toString(16).padStart(4, '0')}`, b.length, b.length]);
      i++;
      runStart = i;
      continue;
    }
    if (code === 0xfffd) {
      fixes.push(['clean/replacement-char', 'the input had bytes that are not valid text here (U+FFFD)', b.length, b.length + 1]);
    }
    i++;
  }
  flush(e);
  return b;
}

function normaliseChars(s: string): string {
  let out = '';
  for (const ch of s) out += REPLACEMENTS[ch] ?? ch;
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0xfeff || code === 13;
}

/** Clean a free-standing string (titles, names): the same normalisation as the body, no map. */
export function cleanInline(s: string | null): string | null {
  if (s == null) return null;
  const fixes: Array<[string, string, number, number]> = [];
  const out = normaliseLine(s.replace(/\s+/g, ' '), { start: 0, end: s.replace(/\s+/g, ' ').length }, fixes).toString();
  return out.length ? out : null;
}

/**
 * Hard-wrapped text (wire copy such as Reuters) breaks lines mid-sentence and marks paragraphs
 * with indentation or blank lines. Detect it from the share of long lines that do not end a sentence.
 */
function looksHardWrapped(raw: string, lines: Line[]): boolean {
  let long = 0;
  let open = 0;
  for (const l of lines) {
    const len = l.end - l.start;
    if (len < 40 || len > 100) continue;
    long++;
    const last = raw.slice(l.start, l.end).trimEnd().slice(-1);
    if (!/[.!?:"'”)\]]/.test(last)) open++;
  }
  return long >= 4 && open / long > 0.4;
}

/** The article's content id: a hash of its normalised body (case, punctuation and spacing ignored). */
export function contentId(body: string): string {
  const norm = body.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(norm).digest('hex').slice(0, 16);
}

/**
 * The clean stage: raw record -> Doc with cleaned text and an offset map back to the raw record.
 * The title, when present, is the first paragraph of the text so that names in headlines are coded too.
 */
export function cleanArticle(rawArticle: RawArticle): Doc {
  const title = cleanInline(rawArticle.title);
  const prefix = rawArticle.title ? rawArticle.title + '\n\n' : '';
  const raw = prefix + rawArticle.text;
  const messages: Message[] = [];
  const reporter = new Reporter(messages);
  const lines = splitLines(raw);
  const wrapped = looksHardWrapped(raw, lines);
  const out = new TextBuilder();
  const seen = new Set<string>();
  let pendingBreak: 'none' | 'space' | 'paragraph' = 'none';
  let blankRun = false;
  let bodyStart = -1;
  let unwrapped = 0;
  let firstBodyLine = true;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const isBody = line.start >= prefix.length;
    const fixes: Array<[string, string, number, number]> = [];
    const lb = normaliseLine(raw, line, fixes);
    const text = lb.toString();
    if (text.length === 0) {
      blankRun = true;
      continue;
    }
    // Drop an exact repeat of an earlier line (captions, bylines and boilerplate printed twice).
    if (text.length >= 12 && seen.has(text)) {
      reporter.add('clean/duplicate-line', `duplicated line removed: ${JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)}`, out.length, out.length);
      continue;
    }
    seen.add(text);
    const indented = line.end > line.start && isSpace(raw.charCodeAt(line.start));
    if (out.length > 0) {
      if (blankRun || !wrapped || indented || (isBody && firstBodyLine)) pendingBreak = 'paragraph';
      else {
        pendingBreak = 'space';
        unwrapped++;
      }
      out.put(pendingBreak === 'paragraph' ? '\n\n' : ' ', Math.max(line.start - 1, 0));
    }
    if (isBody && firstBodyLine) {
      bodyStart = out.length;
      firstBodyLine = false;
    }
    const base = out.length;
    out.append(lb);
    for (const [ruleId, reason, s, e] of fixes) reporter.add(ruleId, reason, base + s, base + e);
    blankRun = false;
  }
  if (unwrapped > 0) {
    messages.push({ ruleId: 'clean/unwrap-lines', reason: `joined ${unwrapped} hard-wrapped line breaks into spaces`, severity: 'info' });
  }
  reporter.finish();

  const text = out.toString();
  const body = bodyStart >= 0 ? text.slice(bodyStart) : text;
  if (body.trim().length === 0) {
    messages.push({ ruleId: 'clean/empty', reason: 'the article has no body text', severity: 'warning' });
  }
  const article: ArticleMeta = {
    id: contentId(body.trim().length ? body : (title ?? '')),
    date: rawArticle.date,
    title,
    source: cleanInline(rawArticle.source),
    url: rawArticle.url,
    sourceId: rawArticle.sourceId,
    origin: rawArticle.origin,
  };
  const doc = emptyDoc(article, text, out.map());
  doc.messages.push(...messages);
  return doc;
}
