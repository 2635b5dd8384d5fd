import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** How many bytes are looked at to decide the format, the encoding and whether a file is binary. */
export const HEAD_BYTES = 4096;
const CHUNK = 1 << 20;
const SMALL_FILE = 1 << 20;

/**
 * The bytes of one input (a file or stdin), decompressed when gzipped, with the first
 * bytes already at hand for sniffing. `chunks()` may be called once; it yields the head too.
 */
export interface ByteSource {
  /** Display name: the path, or "-" for stdin. */
  file: string;
  /** The first HEAD_BYTES bytes (fewer for short inputs), after decompression. */
  head: Buffer;
  /** The input was gzip-compressed. */
  gzipped: boolean;
  /** True when the whole input fits in `head` (nothing more to read). */
  complete: boolean;
  chunks(): AsyncIterable<Buffer>;
  /** Stop reading (closes the file). */
  close(): void;
}

/** A pull-based reader over an async iterable of buffers that can hand back what it looked at. */
class Peeker {
  private it: AsyncIterator<Buffer>;
  readonly pulled: Buffer[] = [];
  done = false;
  constructor(src: AsyncIterable<Buffer>) {
    this.it = src[Symbol.asyncIterator]();
  }
  /** Pull until at least `n` bytes are buffered or the input ends. */
  async fill(n: number): Promise<Buffer> {
    let have = this.pulled.reduce((s, b) => s + b.length, 0);
    while (have < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else {
        const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
        this.pulled.push(b);
        have += b.length;
      }
    }
    const all = this.pulled.length === 1 ? this.pulled[0] : Buffer.concat(this.pulled);
    return all.subarray(0, n);
  }
  async *rest(): AsyncGenerator<Buffer> {
    const first = this.pulled.splice(0);
    for (const b of first) yield b;
    if (this.done) return;
    try {
      for (;;) {
        const r = await this.it.next();
        if (r.done) return;
        yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      }
    } finally {
      await this.it.return?.();
    }
  }
  close(): void {
    void this.it.return?.();
  }
}

/**
 * The chunks of a file, read with a file handle (cheaper than a stream for the many small
 * files of a folder: one open, one read, one close). Opening errors are thrown here.
 */
async function fileChunks(file: string): Promise<AsyncIterable<Buffer>> {
  // Small regular files (most articles) are read in one synchronous call: four thread-pool
  // round trips per file (open, stat, read, close) would cost more than the read itself.
  const st = statSync(file);
  if (st.isFile() && st.size <= SMALL_FILE) {
    const all = readFileSync(file);
    return (async function* () {
      if (all.length) yield all;
    })();
  }
  if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  const fh = await open(file, 'r');
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await fh.close();
    }
  };
  let regularSize = -1;
  try {
    const st = await fh.stat();
    if (st.isFile()) regularSize = st.size;
  } catch {
    /* read until the end instead */
  }
  return (async function* () {
    try {
      if (regularSize >= 0) {
        // A regular file: read exactly its size (a file growing meanwhile is read to its stat size).
        let left = regularSize;
        while (left > 0) {
          const size = Math.min(left, CHUNK);
          const buf = Buffer.allocUnsafe(size);
          const { bytesRead } = await fh.read(buf, 0, size, null);
          if (bytesRead === 0) return;
          left -= bytesRead;
          yield bytesRead === size ? buf : buf.subarray(0, bytesRead);
        }
        return;
      }
      for (;;) {
        const buf = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
        if (bytesRead === 0) return;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await close();
    }
  })();
}

/** Gunzip a byte stream (multi-member gzip too, as in per-record WARC.gz). Errors (truncation) surface when iterating. */
export async function* gunzip(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const z = createGunzip({ chunkSize: 256 * 1024 });
  const input = Readable.from(src, { objectMode: false });
  input.on('error', (err) => z.destroy(err));
  input.pipe(z);
  try {
    for await (const chunk of z) yield chunk as Buffer;
  } finally {
    input.destroy();
    z.destroy();
  }
}

export function isGzip(b: Buffer): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** Open a file or a stream as a ByteSource: sniffs gzip, decompresses, peeks the head. */
export async function openSource(file: string, stream?: NodeJS.ReadableStream): Promise<ByteSource> {
  const raw: AsyncIterable<Buffer> = stream ? (stream as AsyncIterable<Buffer>) : await fileChunks(file);
  const outer = new Peeker(raw);
  const magic = await outer.fill(2);
  const gzipped = isGzip(magic);
  const inner = gzipped ? new Peeker(gunzip(outer.rest())) : outer;
  let head: Buffer;
  try {
    head = await inner.fill(HEAD_BYTES);
  } catch (err) {
    outer.close();
    throw err;
  }
  const complete = inner.done;
  let used = false;
  return {
    file,
    head,
    gzipped,
    complete,
    chunks() {
      if (used) throw new Error('ByteSource.chunks() called twice');
      used = true;
      return inner.rest();
    },
    close() {
      inner.close();
      if (inner !== outer) outer.close();
    },
  };
}

/**
 * Read the whole source into one buffer, or return null (and stop reading) once it is
 * larger than `limit` bytes.
 */
export async function readAllBytes(src: ByteSource, limit: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const b of src.chunks()) {
    size += b.length;
    if (size > limit) {
      src.close();
      return null;
    }
    parts.push(b);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
}

/**
 * Pull-based reading of lines and byte counts from a byte stream (for WARC). Keeps at most
 * one chunk plus the bytes asked for in memory; `skip` discards without buffering.
 */
export class ByteReader {
  private it: AsyncIterator<Buffer>;
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;
  /** Bytes consumed so far. */
  offset = 0;

  constructor(src: AsyncIterable<Buffer>) {
    this.it = src[Symbol.asyncIterator]();
  }

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const r = await this.it.next();
    if (r.done) {
      this.ended = true;
      return false;
    }
    const rest = this.buf.length - this.pos;
    this.buf = rest ? Buffer.concat([this.buf.subarray(this.pos), r.value]) : r.value;
    this.pos = 0;
    return true;
  }

  /** The next line without its line end, or null at the end of the input. Lines longer than `max` are cut. */
  async readLine(max = 1 << 16): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.pos);
      if (nl !== -1 && nl - this.pos <= max) {
        let end = nl;
        if (end > this.pos && this.buf[end - 1] === 0x0d) end--;
        const line = this.buf.toString('latin1', this.pos, end);
        this.offset += nl + 1 - this.pos;
        this.pos = nl + 1;
        return line;
      }
      if (this.buf.length - this.pos > max) {
        const line = this.buf.toString('latin1', this.pos, this.pos + max);
        this.offset += max;
        this.pos += max;
        return line;
      }
      if (!(await this.more())) {
        if (this.pos >= this.buf.length) return null;
        const line = this.buf.toString('latin1', this.pos);
        this.offset += this.buf.length - this.pos;
        this.pos = this.buf.length;
        return line.replace(/\r$/, '');
      }
    }
  }

  /** Exactly `n` bytes, or fewer when the input ends first. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const avail = this.buf.length - this.pos;
      if (avail === 0) {
        if (!(await this.more())) break;
        continue;
      }
      const take = Math.min(avail, need);
      parts.push(this.buf.subarray(this.pos, this.pos + take));
      this.pos += take;
      need -= take;
    }
    this.offset += n - need;
    if (this.pos === this.buf.length) {
      this.buf = Buffer.alloc(0);
      this.pos = 0;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Discard `n` bytes; returns how many were there. */
  async skip(n: number): Promise<number> {
    let need = n;
    while (need > 0) {
      const avail = this.buf.length - this.pos;
      if (avail === 0) {
        this.buf = Buffer.alloc(0);
        this.pos = 0;
        if (!(await this.more())) break;
        continue;
      }
      const take = Math.min(avail, need);
      this.pos += take;
      need -= take;
    }
    this.offset += n - need;
    return n - need;
  }
}

/** "50 MB", "1000 bytes". */
export function sizeText(bytes: number): string {
  if (bytes >= 1048576 && bytes % 1048576 === 0) return `${bytes / 1048576} MB`;
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`;
  return `${bytes} bytes`;
}
