// Shared by the real-article evaluations: load an article the gold files point at (by locator, since the
// corpus stays out of the repo) and find anchors in wirecoder's cleaned text.
import { readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'csv-parse/sync';

export const corpusRoot = process.env.WIRECODER_CORPUS ?? new URL('../../shared/corpus', import.meta.url).pathname;
export const haveCorpus = existsSync(corpusRoot);

const csvCache = new Map();
const jsonlCache = new Map();

/**
 * The raw article a gold record points at: {text, title, date, key}. `.txt`: the file; CSV: `row` is the 1-based data row,
 * `field` the text column; JSON Lines (reuters21578.jsonl): `row` is the 1-based line, `field` the text field, and the
 * record's title and date go with it, as the JSON reader would pass them.
 */
export function loadGoldArticle(rec) {
  const path = join(corpusRoot, rec.file);
  if (rec.file.endsWith('.jsonl')) {
    if (!jsonlCache.has(path)) jsonlCache.set(path, readFileSync(path, 'utf8').split('\n'));
    const line = jsonlCache.get(path)[rec.row - 1];
    if (!line) throw new Error(`no line ${rec.row}`);
    const r = JSON.parse(line);
    return { text: r[rec.field ?? 'text'] ?? '', title: r.title ?? null, date: r.date ? String(r.date).slice(0, 10) : null, key: `${rec.file}#${rec.row}` };
  }
  if (rec.row == null) {
    const text = readFileSync(path, 'utf8');
    const m = /^(\d{4})(\d{2})(\d{2})T/.exec(basename(path));
    return { text, title: null, date: m ? `${m[1]}-${m[2]}-${m[3]}` : null, key: rec.file };
  }
  if (!csvCache.has(path)) csvCache.set(path, parse(readFileSync(path, 'utf8'), { columns: true }));
  const row = csvCache.get(path)[rec.row - 1];
  if (!row) throw new Error(`no row ${rec.row}`);
  const field = rec.field ?? (row.body !== undefined ? 'body' : 'Text');
  return { text: row[field] ?? '', title: row.headline ?? row.Heading ?? null, date: null, key: `${rec.file}#${rec.row}` };
}

/** Normalise the way the clean stage does, for anchor search (quotes, dashes, spaces). */
export function norm(s) {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2013\u2212]/g, '-')
    .replace(/[\u2014\u2015]/g, '—')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u2000-\u200A\u202F]+/g, ' ');
}

/** Position of an anchor in the cleaned text (whitespace-insensitive), or -1. */
export function findAnchor(text, anchor, from = 0) {
  const at = text.indexOf(norm(anchor), from);
  if (at >= 0) return at;
  // Fall back to a whitespace-flexible search.
  const re = new RegExp(norm(anchor).trim().split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

export function rawArticleOf(a) {
  return { text: a.text, title: a.title, date: a.date, source: null, url: null, sourceId: null, origin: { file: a.key, record: null, format: 'text' } };
}
