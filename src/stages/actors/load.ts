/**
 * Reading the dictionaries: the built-in data files in ./data and the user's own files
 * (YAML, TSV with a header, PETRARCH/TABARI .actors). Everything ends up in one Lexicon.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dataFile } from '../../pipeline/data-path.js';
import { Lexicon, makeEntry, codeOf, type Entry, type EntryKind } from './lexicon.js';
import { parseActorsFile, type PetrarchActor } from './petrarch.js';

/** Rows of a TSV data file: comments (#) and blank lines skipped, cells split on tabs. */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim() || l.startsWith('#')) continue;
    rows.push(l.split('\t').map((c) => c.trim()));
  }
  return rows;
}

const list = (cell: string | undefined): string[] => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : []);
const orNull = (cell: string | undefined): string | null => (cell && cell.trim() ? cell.trim() : null);

function readData(name: string): string[][] {
  const path = dataFile('actors', name);
  return existsSync(path) ? tsvRows(readFileSync(path, 'utf8')) : [];
}

/** Rows of a TSV whose first row is a header: objects keyed by column name. */
function withHeader(rows: string[][]): Array<Record<string, string>> {
  if (rows.length === 0) return [];
  const head = rows[0].map((h) => h.toLowerCase());
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

export interface LoadOptions {
  /** User dictionary files: .yaml/.yml, .tsv, .actors. */
  dicts?: string[];
  /** Replace the built-in people.tsv (tests). */
  peopleText?: string;
  /** Keep every alias as written in `lex.surfaces` (tests). */
  recordSurfaces?: boolean;
}

/** Build the whole lexicon: built-in files, then user files (which win). */
export function loadLexicon(options: LoadOptions = {}): Lexicon {
  const lex = new Lexicon();
  if (options.recordSurfaces) lex.surfaces = [];
  loadWords(lex);
  loadCountries(lex);
  loadRegions(lex);
  loadOrganizations(lex, readData('organizations.tsv'), 'organization', 'organizations.tsv');
  loadOrganizations(lex, readData('media.tsv'), 'media', 'media.tsv');
  loadAgents(lex);
  loadRoles(lex);
  loadRivals(lex);
  loadHalves(lex);
  const people = options.peopleText !== undefined ? tsvRows(options.peopleText) : readData('people.tsv');
  loadPeople(lex, withHeader(people), 'people.tsv', false);
  for (const file of options.dicts ?? []) loadUserDict(lex, file);
  return lex;
}

function loadWords(lex: Lexicon): void {
  for (const [name, gender] of readData('first-names.tsv')) lex.firstNames.set(name.toLowerCase(), gender || 'u');
  for (const [word, cls] of readData('words.tsv')) {
    const w = word.toLowerCase();
    if (cls === 'notname') lex.notNames.add(w);
    else if (cls === 'particle') lex.particles.add(w);
    else if (cls === 'head') lex.headNouns.add(w);
    else if (cls === 'portfolio') lex.portfolios.add(w);
    else if (cls?.startsWith('org:')) lex.orgWords.set(w, cls.slice(4));
  }
  for (const [terms, effect] of readData('modifiers.tsv')) {
    const t = list(terms);
    lex.add(makeEntry({ kind: 'modifier', name: t[0], role: effect || 'skip', source: 'modifiers.tsv' }), t);
  }
  for (const [terms, sector, gender] of readData('honorifics.tsv')) {
    const t = list(terms);
    lex.add(
      makeEntry({ kind: 'honorific', name: t[0], sector: orNull(sector), role: orNull(gender), source: 'honorifics.tsv' }),
      t,
    );
  }
}

/** countries.tsv: iso3, name, aliases, demonyms, capitals, seats (seat=SECTOR). */
function loadCountries(lex: Lexicon): void {
  for (const [iso3, name, aliases, demonyms, capitals, seats] of readData('countries.tsv')) {
    lex.countries.add(iso3);
    lex.countryNames.set(iso3, name);
    const entry = makeEntry({ kind: 'country', name, country: iso3, code: iso3, source: 'countries.tsv' });
    lex.add(entry, [name, ...list(aliases)]);
    lex.countryEntries.set(iso3, entry);
    const dem = list(demonyms);
    if (dem.length) lex.add(makeEntry({ kind: 'demonym', name: dem[0], country: iso3, code: iso3, source: 'countries.tsv' }), dem);
    for (const cap of list(capitals)) {
      lex.add(makeEntry({ kind: 'capital', name: cap, country: iso3, sector: 'GOV', code: iso3 + 'GOV', source: 'countries.tsv' }), [cap]);
    }
    for (const seat of list(seats)) {
      const [seatName, sector = 'GOV'] = seat.split('=');
      const names = seatName.split('/');
      lex.add(
        makeEntry({ kind: 'seat', name: names[0], country: iso3, sector, code: iso3 + sector, source: 'countries.tsv' }),
        names,
      );
    }
  }
}

/** regions.tsv: code, name, aliases, demonyms. Regions have no country; their code is the region code. */
function loadRegions(lex: Lexicon): void {
  for (const [code, name, aliases, demonyms] of readData('regions.tsv')) {
    lex.add(makeEntry({ kind: 'region', name, code, role: code, source: 'regions.tsv' }), [name, ...list(aliases)]);
    if (code === '-') continue;
    const dem = list(demonyms);
    if (dem.length) lex.add(makeEntry({ kind: 'region', name: dem[0], code, role: code, head: 'demonym', source: 'regions.tsv' }), dem);
  }
}

/** organizations.tsv / media.tsv: name, aliases, country, sector, code, start, end (rows of one name are periods). */
function loadOrganizations(lex: Lexicon, rows: string[][], kind: EntryKind, source: string): void {
  addPeople(
    lex,
    rows.map(([name, aliases, country, sector, code, start, end]) => ({
      name,
      aliases: list(aliases),
      country: orNull(country),
      sector: orNull(sector) ?? (kind === 'media' ? 'MED' : null),
      code: orNull(code),
      role: null,
      title: null,
      start: orNull(start),
      end: orNull(end),
      kind,
    })),
    source,
    false,
  );
}

/** The head noun of a multi-word organisation name when the text may use it to refer back ("the republic"). */
function orgHead(lex: Lexicon, name: string): string | null {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  return lex.headNouns.has(last) ? last : null;
}

/** agents.tsv: terms, sector, flags (weak, owner). */
function loadAgents(lex: Lexicon): void {
  for (const [terms, sector, flags = ''] of readData('agents.tsv')) {
    const t = list(terms);
    const f = flags.split(/[ ,]+/);
    lex.add(
      makeEntry({
        kind: 'agent',
        name: t[0],
        sector: orNull(sector),
        code: sector ?? '',
        weak: f.includes('weak'),
        needsOwner: f.includes('owner'),
        foe: f.includes('foe'),
        definite: f.includes('def'),
        notOf: f.includes('nof'),
        abroad: f.includes('abroad'),
        source: 'agents.tsv',
      }),
      t,
    );
  }
}

/** roles.tsv: terms, sector, role key (people.tsv), flags (weak, name). */
function loadRoles(lex: Lexicon): void {
  for (const [terms, sector, role, flags = '', country] of readData('roles.tsv')) {
    const t = list(terms);
    const f = flags.split(/[ ,]+/);
    lex.add(
      makeEntry({
        kind: 'role',
        name: t[0],
        country: orNull(country),
        sector: orNull(sector),
        role: orNull(role),
        weak: f.includes('weak'),
        nameTitle: f.includes('name'),
        needsOwner: f.includes('owner'),
        abroad: f.includes('abroad'),
        source: 'roles.tsv',
      }),
      t,
    );
  }
}

/** rivals.tsv: country, rival, start, end (both directions are written out). */
function loadRivals(lex: Lexicon): void {
  for (const [country, rival, start, end] of readData('rivals.tsv')) {
    const row = { rival, start: orNull(start), end: orNull(end) };
    const l = lex.rivals.get(country);
    if (l) l.push(row);
    else lex.rivals.set(country, [row]);
  }
}

/** halves.tsv: word, country, context countries, start, end. */
function loadHalves(lex: Lexicon): void {
  for (const [word, country, context, start, end] of readData('halves.tsv')) {
    const row = { country, context: context.split('|'), start: orNull(start), end: orNull(end) };
    const key = word.toLowerCase();
    const l = lex.halves.get(key);
    if (l) l.push(row);
    else lex.halves.set(key, [row]);
  }
}

interface PersonRow {
  name: string;
  aliases: string[];
  country: string | null;
  sector: string | null;
  code: string | null;
  role: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  kind?: EntryKind;
}

/** people.tsv (and TSV user dictionaries): one row per person per office per term; rows of one name are one entry. */
function loadPeople(lex: Lexicon, rows: Array<Record<string, string>>, source: string, user: boolean): void {
  addPeople(
    lex,
    rows.map((r) => ({
      name: r.name,
      aliases: list(r.aliases),
      country: orNull(r.country),
      sector: orNull(r.sector),
      code: orNull(r.code),
      role: orNull(r.role),
      title: orNull(r.title),
      start: orNull(r.start),
      end: orNull(r.end),
      kind: (orNull(r.type ?? r.kind) as EntryKind | null) ?? undefined,
    })),
    source,
    user,
  );
}

function addPeople(lex: Lexicon, rows: PersonRow[], source: string, user: boolean): void {
  const groups = new Map<string, PersonRow[]>();
  for (const r of rows) {
    if (!r.name) continue;
    const k = r.name.toLowerCase();
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  for (const [key, group] of groups) {
    const kind: EntryKind = group[0].kind ?? 'person';
    const rowEntries = group.map((r) =>
      makeEntry({
        kind,
        name: r.name,
        country: r.country,
        sector: r.sector,
        code: r.code ?? codeOf(r.country, r.sector),
        role: r.role,
        title: r.title,
        start: r.start,
        end: r.end,
        source,
        user,
      }),
    );
    // The entry in the trie is the latest row; `rows` keeps every term for dating.
    rowEntries.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const main = rowEntries[rowEntries.length - 1];
    main.rows = rowEntries.length > 1 ? rowEntries : null;
    for (const r of rowEntries) r.rows = main.rows;
    if (kind === 'organization' || kind === 'media') main.head = orgHead(lex, main.name);
    if (!user && lex.byName.has(key) && lex.byName.get(key)!.kind !== kind) continue;
    const old = lex.byName.get(key);
    if (old && user) old.replacedBy = main;
    lex.byName.set(key, main);
    const aliases = new Set<string>([group[0].name]);
    for (const r of group) for (const a of r.aliases) aliases.add(a);
    lex.add(main, aliases);
    for (const r of rowEntries) {
      if (!r.country || !r.role || r.role === 'other') continue;
      const hk = r.country + '|' + r.role;
      const list = lex.holders.get(hk);
      if (list) list.push(r);
      else lex.holders.set(hk, [r]);
      if (r.title) {
        const tk = r.country + '|t:' + r.title.toLowerCase();
        const tl = lex.holders.get(tk);
        if (tl) tl.push(r);
        else lex.holders.set(tk, [r]);
      }
    }
  }
}

/** A user dictionary: YAML (.yaml/.yml), TSV with a header (.tsv), or PETRARCH/TABARI (.actors, .txt). */
export function loadUserDict(lex: Lexicon, file: string): void {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') loadYaml(lex, text, file);
  else if (ext === '.tsv') {
    // Only a table with a "name" column is an actor table (other stages read other --dict files).
    const rows = withHeader(tsvRows(text));
    if (rows.length && 'name' in rows[0]) loadPeople(lex, rows, file, true);
  } else if (ext === '.actors' || ext === '.agents') loadPetrarch(lex, text, file);
}

const ACTOR_KEYS = ['name', 'aliases', 'country', 'sector', 'code', 'type'];

const KINDS = new Set<EntryKind>(['country', 'demonym', 'capital', 'seat', 'region', 'organization', 'media', 'person', 'agent', 'role']);

/**
 * YAML schema: a list (or `actors:` list) of entries with name, aliases, country, sector, code, type
 * (person | organization | media | agent | role | country | seat), role, title, start, end.
 */
export function loadYaml(lex: Lexicon, text: string, source: string): void {
  const doc = parseYaml(text) as unknown;
  const items = Array.isArray(doc) ? doc : ((doc as { actors?: unknown })?.actors ?? []);
  if (!Array.isArray(items)) throw new Error(`${source}: expected a list of actors (or "actors:" with a list)`);
  const people: PersonRow[] = [];
  for (const raw of items as Array<Record<string, unknown>>) {
    if (!raw || typeof raw !== 'object') throw new Error(`${source}: an entry is not a mapping`);
    // A file of another stage's entries (no actor fields at all) is not ours: skip it.
    if (!ACTOR_KEYS.some((k) => k in raw)) return;
    const name = str(raw.name);
    if (!name) throw new Error(`${source}: an entry has no name`);
    const aliases = Array.isArray(raw.aliases) ? raw.aliases.map(String) : raw.aliases ? [String(raw.aliases)] : [];
    const kind = (str(raw.type) ?? str(raw.kind) ?? 'person') as EntryKind;
    if (!KINDS.has(kind)) throw new Error(`${source}: ${name}: unknown type "${kind}"`);
    const country = str(raw.country)?.toUpperCase() ?? null;
    const sector = str(raw.sector)?.toUpperCase() ?? null;
    if (kind === 'agent' || kind === 'role') {
      lex.add(
        makeEntry({ kind, name, sector, code: sector ?? '', role: str(raw.role), weak: raw.weak === true, nameTitle: kind === 'role', source, user: true }),
        [name, ...aliases],
      );
      continue;
    }
    people.push({
      name,
      aliases,
      country,
      sector,
      code: str(raw.code),
      role: str(raw.role),
      title: str(raw.title),
      start: dateStr(raw.start),
      end: dateStr(raw.end),
      kind,
    });
  }
  addPeople(lex, people, source, true);
}

function str(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  return String(v).trim();
}

function dateStr(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return str(v);
}

/** PETRARCH/TABARI actors: each dated code is one row of the same actor. */
export function loadPetrarch(lex: Lexicon, text: string, source: string): void {
  const rows: PersonRow[] = [];
  for (const a of parseActorsFile(text)) {
    if (a.codes.every((c) => c.code.startsWith('~'))) {
      // An agent ("POLICE_ [~COP]"): a generic noun, no country.
      const sector = a.codes[0].code.slice(1, 4);
      const names = [a.name, ...a.aliases].map((n) => n.toLowerCase());
      lex.add(makeEntry({ kind: 'agent', name: names[0], sector, code: sector, source, user: true }), names);
      continue;
    }
    rows.push(...petrarchRows(lex, a));
  }
  addPeople(lex, rows, source, true);
}

function petrarchRows(lex: Lexicon, a: PetrarchActor): PersonRow[] {
  const first = a.name.split(' ')[0]?.toLowerCase() ?? '';
  const words = a.name.split(' ').length;
  const kind: EntryKind = lex.firstNames.has(first) && words >= 2 && words <= 4 ? 'person' : 'organization';
  return a.codes.map((c) => ({
    name: titleCase(a.name),
    aliases: a.aliases.map(titleCase),
    ...splitCode(lex, c.code),
    role: null,
    title: null,
    start: c.start,
    end: c.end,
    kind,
  }));
}

/** "RUSGOV" -> RUS + GOV; "IGOUNO" -> IGO (no country); "~COP" -> COP (no country). */
export function splitCode(lex: Lexicon, code: string): { country: string | null; sector: string | null; code: string } {
  if (code.startsWith('~')) return { country: null, sector: code.slice(1, 4) || null, code: code.slice(1) };
  const base = code.slice(0, 3);
  if (lex.countries.has(base)) return { country: base, sector: code.slice(3, 6) || null, code };
  if (base === 'IGO' || base === 'NGO' || base === 'MNC') return { country: null, sector: base, code };
  return { country: null, sector: code.slice(3, 6) || null, code };
}

/** PETRARCH names are upper case: "VLADIMIR PUTIN" -> "Vladimir Putin"; a short code-like name ("UN") stays upper case. */
function titleCase(s: string): string {
  if (s.replace(/[^A-Za-z]/g, '').length <= 3) return s;
  return s
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
}
