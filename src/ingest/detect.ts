import { basename } from 'node:path';

/** The concrete formats readers exist for ('feed' covers RSS 2.0, RSS 1.0 and Atom). */
export type Concrete = 'text' | 'jsonl' | 'json' | 'csv' | 'tsv' | 'html' | 'feed' | 'warc';

const BY_EXT: Record<string, Concrete> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  jsonlines: 'jsonl',
  ldjson: 'jsonl',
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  xml: 'feed',
  warc: 'warc',
  wet: 'warc',
};

/** Extensions a directory walk picks up (other files in a folder are skipped). */
export const DIRECTORY_EXTENSIONS = new Set(Object.keys(BY_EXT).filter((e) => e !== 'md'));

/** The format an extension names (after removing .gz), or null. */
export function formatFromName(file: string): Concrete | null {
  const name = basename(file).toLowerCase().replace(/\.(gz|gzip)$/, '');
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXT[name.slice(dot + 1)] ?? null;
}

export function extensionOf(file: string): string {
  const name = basename(file).toLowerCase().replace(/\.(gz|gzip)$/, '');
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1);
}

/** Format from the first bytes alone, or null when nothing stands out (then: text). */
export function sniff(head: string): Concrete | null {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  if (s.startsWith('<')) {
    const lower = s.slice(0, 2048).toLowerCase();
    // Skip the XML declaration, comments and doctype to the first element.
    const el = /<(?!\?|!)([a-z][\w:.-]*)/.exec(lower);
    const tag = el ? el[1] : '';
    if (tag === 'rss' || tag === 'feed' || tag === 'rdf:rdf') return 'feed';
    if (tag === 'html' || lower.startsWith('<!doctype html') || /<(head|body|article|p|div|meta|title)\b/.test(lower)) return 'html';
    return null;
  }
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) {
    // One object per line (JSON Lines) or one (pretty-printed) object; the JSON reader
    // falls back to lines when the whole does not parse.
    const nl = s.indexOf('\n');
    const first = (nl === -1 ? s : s.slice(0, nl)).trim();
    if (first === '{') return 'json';
    return 'jsonl';
  }
  if (looksLikeCsvHeader(s)) return 'csv';
  return null;
}

/** A first line of delimited, short, name-like fields that include a text-ish column. */
function looksLikeCsvHeader(s: string): boolean {
  const nl = s.indexOf('\n');
  const line = (nl === -1 ? s : s.slice(0, nl)).replace(/\r$/, '');
  if (line.length > 2000) return false;
  const delim = guessDelimiter(line);
  const cells = line.split(delim).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.length < 2) return false;
  if (cells.some((c) => c.length > 60)) return false;
  return cells.some((c) => /^(text|body|content|article|article[ _]?text|full[ _]?text|story)$/i.test(c));
}

/** The delimiter that occurs most often in a header line (outside quotes). */
export function guessDelimiter(line: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQ = false;
  for (const ch of line) {
    if (ch === '"') inQ = !inQ;
    else if (!inQ && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of Object.keys(counts)) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Decide the format: the extension, checked against the content where they can disagree
 * (JSON vs JSON Lines, XML that is not a feed, a saved page or WARC named .txt);
 * the content alone when the name says nothing.
 */
export function detectFormat(file: string, head: string): Concrete {
  const byName = formatFromName(file);
  const byContent = sniff(head);
  if (byName === 'json' || byName === 'jsonl') {
    // A JSON array is read as one whatever the name; a ".json" file of objects goes to the
    // JSON reader, which handles one object, an object holding an array, or lines.
    if (byContent === 'json' && head.trimStart().startsWith('[')) return 'json';
    return byName;
  }
  if (byName === 'feed') return byContent === 'html' ? 'html' : 'feed';
  if (byName === 'text') return byContent === 'warc' || byContent === 'feed' || (byContent === 'html' && /^\s*<(!doctype html|html)/i.test(head)) ? byContent : 'text';
  if (byName) return byName;
  return byContent ?? 'text';
}
