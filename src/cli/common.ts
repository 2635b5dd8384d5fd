import { InvalidArgumentError, Option } from 'commander';
import type { InputFormat, ReadOptions } from '../ingest/types.js';
import { SqliteStore } from '../store/sqlite.js';
import { CliError, EXIT } from './exit.js';
import type { Store } from '../store/store.js';
import { existsSync } from 'node:fs';

const FORMATS: InputFormat[] = ['auto', 'text', 'jsonl', 'json', 'csv', 'html', 'rss', 'atom', 'feed', 'warc'];

export function formatOption(): Option {
  return new Option('--format <format>', 'input format instead of detecting it').choices(FORMATS).default('auto');
}

export function mapOption(): Option {
  return new Option('--map <pairs>', 'field mapping for CSV/JSON, e.g. text=Text,title=Heading,date=Date,url="Article Url"').argParser(parseMap);
}

export function dictOption(): Option {
  return new Option('--dict <file...>', 'extra dictionary files (actors YAML/TSV, PETRARCH .actors, event patterns)');
}

export function dbOption(): Option {
  return new Option('--db <file>', 'SQLite database file').default('wirecoder.db');
}

export function intArg(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
    return n;
  };
}

/** Parse `a=B,c="D E"` into { a: 'B', c: 'D E' }. */
export function parseMap(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,]*))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while (consumed < value.length && (m = re.exec(value))) {
    out[m[1]] = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    consumed = re.lastIndex;
  }
  if (consumed < value.length || Object.keys(out).length === 0) {
    throw new InvalidArgumentError(`cannot read mapping "${value}": use field=Column pairs separated by commas`);
  }
  return out;
}

export function readOptions(opts: { format?: InputFormat; map?: Record<string, string> }): ReadOptions {
  return { format: opts.format ?? 'auto', map: opts.map };
}

/** Open the store for reading commands: a missing file is an error, not a new empty database. */
export function openStore(path: string, mode: 'read' | 'write'): Store {
  if (mode === 'read' && !existsSync(path)) {
    throw new CliError(`no database at ${path} (run \`wirecoder ingest\` first, or pass --db)`, EXIT.store);
  }
  try {
    return new SqliteStore(path, { readonly: mode === 'read' });
  } catch (err) {
    throw new CliError(`cannot open database ${path}: ${(err as Error).message}`, EXIT.store);
  }
}
