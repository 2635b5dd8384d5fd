import { TextDecoder } from 'node:util';

/**
 * Bytes -> text. UTF-8 is checked strictly (TextDecoder fatal); bytes that are not valid UTF-8
 * are read as Windows-1252 (the usual "Latin-1" of web pages and old feeds) and the caller is
 * warned once per input. A byte-order mark or a declared charset (XML declaration, HTML meta,
 * HTTP header) is honoured when the runtime knows it.
 */

export interface DecodeState {
  /** Called once per input when some bytes were not valid UTF-8. */
  onFallback?: (message: string) => void;
}

const FALLBACK = 'windows-1252';
export const FALLBACK_NOTE = 'not valid UTF-8; read as Windows-1252';

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Windows-1252 bytes 0x80-0x9F (Node 20's TextDecoder reads them as C1 controls, like ISO-8859-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/** Decode Windows-1252 (own table for 0x80-0x9F, so it does not depend on the runtime's ICU data). */
export function decodeWindows1252(b: Uint8Array): string {
  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  return s.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A stateless single-byte decoder with TextDecoder's shape. */
const latin = { encoding: 'windows-1252', decode: (b?: Uint8Array) => (b ? decodeWindows1252(b) : '') } as unknown as TextDecoder;

/** A TextDecoder for a declared charset, or null when it is UTF-8 (checked strictly) or unknown. */
export function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l || l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return null;
  try {
    const d = new TextDecoder(l);
    if (d.encoding === 'utf-8') return null;
    // ISO-8859-1 and ASCII labels mean Windows-1252 on the web (WHATWG); decode it ourselves.
    if (d.encoding === 'windows-1252') return latin;
    return d;
  } catch {
    return null;
  }
}

/** The encoding named by a byte-order mark, and its length. */
function bom(b: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export function hasUtf16Bom(b: Uint8Array): boolean {
  const m = bom(b);
  return m != null && m.encoding !== 'utf-8';
}

/** The charset an XML declaration or HTML meta tag in the first bytes declares. */
export function declaredCharset(head: Buffer): string | null {
  const s = head.toString('latin1', 0, Math.min(head.length, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(s);
  if (xml) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(s);
  if (meta) return meta[1];
  return null;
}

/** Decode a whole buffer. */
export function decodeBuffer(b: Buffer, state: DecodeState = {}, charset?: string | null): string {
  const m = bom(b);
  if (m) return new TextDecoder(m.encoding).decode(b.subarray(m.length));
  const declared = decoderFor(charset);
  if (declared) return declared.decode(b);
  try {
    return utf8Fatal.decode(b);
  } catch {
    state.onFallback?.(FALLBACK_NOTE);
    return latin.decode(b);
  }
}

/** Where the last complete UTF-8 character of `b` ends (a trailing partial sequence is carried over). */
function utf8Boundary(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if (c < 0x80) return n; // ASCII: complete
    if (c >= 0xc0) {
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return back < len ? n - back : n;
    }
    // continuation byte: keep looking back for the lead byte
  }
  return n;
}

/**
 * Decode a byte stream into strings, chunk by chunk. Each chunk that is not valid UTF-8 is read
 * as Windows-1252 (the next one is tried as UTF-8 again); `onFallback` is called once.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Buffer>,
  state: DecodeState = {},
  charset?: string | null,
): AsyncGenerator<string> {
  let first = true;
  let fixed: TextDecoder | null = null;
  let carry: Buffer | null = null;
  let warned = false;
  for await (let b of chunks) {
    if (first) {
      first = false;
      const m = bom(b);
      if (m) {
        fixed = new TextDecoder(m.encoding);
        b = b.subarray(m.length);
      } else fixed = decoderFor(charset);
    }
    if (fixed) {
      const s = fixed.decode(b, { stream: true });
      if (s) yield s;
      continue;
    }
    if (carry) {
      b = Buffer.concat([carry, b]);
      carry = null;
    }
    const end = utf8Boundary(b);
    if (end < b.length) {
      carry = Buffer.from(b.subarray(end));
      b = b.subarray(0, end);
    }
    if (b.length === 0) continue;
    let s: string;
    try {
      s = utf8Fatal.decode(b);
    } catch {
      if (!warned) {
        warned = true;
        state.onFallback?.(FALLBACK_NOTE);
      }
      s = latin.decode(b);
    }
    yield s;
  }
  if (fixed) {
    const s = fixed.decode();
    if (s) yield s;
  } else if (carry) {
    let s: string;
    try {
      s = utf8Fatal.decode(carry);
    } catch {
      if (!warned) state.onFallback?.(FALLBACK_NOTE);
      s = latin.decode(carry);
    }
    yield s;
  }
}

/**
 * Looks like binary data: NUL bytes, or many control characters, in the first bytes.
 * (UTF-16 with a byte-order mark is text.)
 */
export function looksBinary(head: Buffer): boolean {
  if (head.length === 0 || hasUtf16Bom(head)) return false;
  const n = Math.min(head.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control / n > 0.05;
}
