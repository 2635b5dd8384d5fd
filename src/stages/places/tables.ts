import { readFileSync } from 'node:fs';
import { dataFile } from '../../pipeline/data-path.js';
import type { Gazetteer } from './gazetteer.js';
import { normKey } from './normalize.js';

export type EntryKind = 'country' | 'region' | 'area' | 'block' | 'alias';

/** One row of the hand-written tables, as a lookup candidate. */
export interface TableEntry {
  kind: EntryKind;
  /** Identity of the place it names: "c:UKR", "r:UA-05", "g:703448". */
  id: string;
  name: string;
  iso3: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** For aliases: the gazetteer index of the place (-1 when the city data lacks it). */
  place: number;
  /** Variants written in capitals (US, U.S., UK) match only this exact surface text. */
  exact: string | null;
  /** "Jordan", "Chad", "Georgia": also a person's name (see stopwords.tsv, class name). */
}

export interface KeyEntry {
  entries: TableEntry[];
  /** Some longer key starts with this one plus a space. */
  prefix: boolean;
}

export type StopClass = 'never' | 'word' | 'name';

export interface Tables {
  keys: Map<string, KeyEntry>;
  iso2to3: Map<string, string>;
  countryByIso3: Map<string, TableEntry>;
  /** Display names of gazetteer places by GeoNames id (from aliases.tsv). */
  displayName: Map<number, string>;
  /** Gazetteer index -> the alias entry that names it. */
  aliasByPlace: Map<number, TableEntry>;
  /** Lower-cased word -> class. */
  stop: Map<string, StopClass>;
}

function rows(file: string): string[][] {
  const out: string[][] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  let header = true;
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    out.push(line.split('\t').map((s) => s.trim()));
  }
  return out;
}

/** "{Donetsk,Donetska} {Oblast,Region}" -> every combination. */
export function expand(variant: string): string[] {
  const m = /\{([^}]*)\}/.exec(variant);
  if (!m) return [variant];
  const out: string[] = [];
  for (const alt of m[1].split(',')) {
    out.push(...expand(variant.slice(0, m.index) + alt.trim() + variant.slice(m.index + m[0].length)));
  }
  return out;
}

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

function isExactForm(v: string): boolean {
  return /^[A-Z.&\s]+$/.test(v) && /[A-Z]/.test(v);
}

export function loadTables(gaz: Gazetteer, dir: (name: string) => string = (n) => dataFile('places', n)): Tables {
  const keys = new Map<string, KeyEntry>();
  const add = (variant: string, e: TableEntry) => {
    for (const v of expand(variant)) {
      const k = normKey(v);
      if (!k) continue;
      const entry = isExactForm(v) ? { ...e, exact: v } : e;
      let ke = keys.get(k);
      if (!ke) keys.set(k, (ke = { entries: [], prefix: false }));
      if (!ke.entries.some((x) => x.id === entry.id && x.exact === entry.exact)) ke.entries.push(entry);
    }
  };

  const iso2to3 = new Map<string, string>();
  const countryByIso3 = new Map<string, TableEntry>();
  for (const r of rows(dir('countries.tsv'))) {
    const [iso2, iso3, gid, lat, lon, , name, variants] = r;
    iso2to3.set(iso2, iso3);
    const e: TableEntry = {
      kind: 'country', id: `c:${iso3}`, name, iso3, admin1: null, lat: num(lat), lon: num(lon),
      geonameId: num(gid), place: -1, exact: null,
    };
    countryByIso3.set(iso3, e);
    add(name, e);
    for (const v of (variants ?? '').split('|')) if (v) add(v, e);
  }

  for (const r of rows(dir('regions.tsv'))) {
    const [id, type, iso3, admin1, lat, lon, gid, name, variants] = r;
    const e: TableEntry = {
      kind: type as EntryKind, id: `r:${id}`, name: name || id, iso3: iso3 || null, admin1: admin1 || null,
      lat: num(lat), lon: num(lon), geonameId: num(gid), place: -1, exact: null,
    };
    if (name) add(name, e);
    for (const v of (variants ?? '').split('|')) if (v) add(v, e);
  }

  const aliasRows = rows(dir('aliases.tsv'));
  const ids = new Set(aliasRows.map((r) => Number(r[0])));
  const index = gaz.indexOfIds(ids);
  const displayName = new Map<number, string>();
  const aliasByPlace = new Map<number, TableEntry>();
  for (const [gid, name, aliases] of aliasRows) {
    const g = Number(gid);
    const p = index.get(g) ?? -1;
    displayName.set(g, name);
    const e: TableEntry = {
      kind: 'alias', id: `g:${g}`, name, iso3: p >= 0 ? iso2to3.get(gaz.country(p)) ?? null : null,
      admin1: p >= 0 ? gaz.admin1(p) : null, lat: p >= 0 ? gaz.lat[p] : null, lon: p >= 0 ? gaz.lon[p] : null,
      geonameId: g, place: p, exact: null,
    };
    if (p >= 0) aliasByPlace.set(p, e);
    add(name, e);
    for (const v of (aliases ?? '').split('|')) if (v) add(v, e);
  }

  for (const k of [...keys.keys()]) {
    let at = k.indexOf(' ');
    while (at > 0) {
      const pre = k.slice(0, at);
      let ke = keys.get(pre);
      if (!ke) keys.set(pre, (ke = { entries: [], prefix: true }));
      ke.prefix = true;
      at = k.indexOf(' ', at + 1);
    }
  }

  const stop = new Map<string, StopClass>();
  for (const [w, c] of rows(dir('stopwords.tsv'))) stop.set(w.toLowerCase(), c as StopClass);

  return { keys, iso2to3, countryByIso3, displayName, aliasByPlace, stop };
}
