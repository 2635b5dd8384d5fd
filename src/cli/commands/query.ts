import { accessSync, constants as fsConstants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { dbOption, intArg, openStore } from '../common.js';
import { CliError, EXIT } from '../exit.js';
import {
  actorListSchema, countsSchema, describeZodError, eventFilterSchema, placeListSchema, quoteFilterSchema, type EventFilter,
} from '../../store/query.js';
import type { ExportFormat } from '../../export/export.js';
import { eventRecord } from '../../export/records.js';
import { writeLine } from '../output.js';

/** A clear error before any work when the export cannot be written (a missing folder, no permission). */
function checkWritable(out: string): void {
  const dir = dirname(resolve(out));
  try {
    accessSync(dir, fsConstants.W_OK);
  } catch (err) {
    throw new CliError(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `no folder ${dir}` : (err as Error).message}`, EXIT.usage);
  }
}

/** Options every event query shares (CLI names; same meanings as the API's query parameters). */
function addEventFilters(cmd: Command): Command {
  return cmd
    .option('--actor <name|CODE|PREFIX*>', 'an actor by name (substring), code (RUSGOV) or code prefix (RUS*)')
    .addOption(new Option('--role <role>', 'which side --actor/--country/--sector must be on').choices(['source', 'target', 'either']).default('either'))
    .option('--source <name|CODE>', 'source actor')
    .option('--target <name|CODE>', 'target actor')
    .option('--country <ISO3>', 'an actor of this country')
    .option('--sector <SEC>', 'an actor of this sector (GOV, MIL, REB, ...)')
    .option('--type <TYPES>', 'PLOVER types, comma-separated (ASSAULT,COERCE)')
    .option('--cameo <code>', 'CAMEO code or prefix (19, 190, 0232)')
    .option('--quad-class <n>', 'QuadClass 1-4')
    .option('--from <date>', 'events on or after YYYY-MM-DD')
    .option('--to <date>', 'events on or before YYYY-MM-DD')
    .option('--place <name>', 'place name')
    .option('--place-country <ISO3>', 'country of the place')
    .option('--bbox <w,s,e,n>', 'bounding box of the place')
    .option('--modality <list>', 'asserted, claimed, denied, planned, hypothetical (comma-separated)')
    .option('--claimed-only', 'only events attributed to someone other than the outlet')
    .option('--asserted-only', "only events in the outlet's own voice")
    .option('--according-to <name>', 'a name in the attribution chain (TASS, Peskov)')
    .option('--outlet <name>', 'the publishing outlet')
    .option('--q <query>', 'full-text query over the articles (FTS5)')
    .option('--article <id>', 'one article (id or prefix)');
}

const FILTER_KEYS = [
  'actor', 'role', 'source', 'target', 'country', 'sector', 'type', 'cameo', 'quadClass', 'from', 'to', 'place', 'placeCountry',
  'bbox', 'modality', 'claimedOnly', 'assertedOnly', 'accordingTo', 'outlet', 'q', 'article',
] as const;

function parseWith<T extends z.ZodTypeAny>(schema: T, input: Record<string, unknown>): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new CliError(describeZodError(r.error), EXIT.usage);
  return r.data;
}

export function filterFromOptions(opts: Record<string, unknown>): EventFilter {
  const input: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (opts[k] !== undefined) input[k] = opts[k];
  return parseWith(eventFilterSchema, input);
}

function table(rows: Array<Record<string, unknown>>, cols: string[]): string {
  const widths = cols.map((c) => Math.min(40, Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length))));
  const fmt = (vals: string[]) => vals.map((v, i) => v.slice(0, widths[i]).padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(cols), ...rows.map((r) => fmt(cols.map((c) => String(r[c] ?? ''))))].join('\n');
}

export function registerQuery(program: Command): void {
  addEventFilters(
    program
      .command('events')
      .description('list stored events, newest first, with filters (also --json for JSON Lines)')
      .addOption(dbOption())
      .option('--limit <n>', 'most events', intArg('--limit'), 50)
      .option('--json', 'JSON Lines (the export record)'),
  ).action(async (opts) => {
    const filter = filterFromOptions(opts);
    const store = openStore(opts.db, 'read');
    try {
      const page = await store.queryEvents(filter, opts.limit);
      if (opts.json) for (const r of page.rows) await writeLine(JSON.stringify(eventRecord(r)));
      else {
        const rows = page.rows.map((r) => ({
          date: r.date, type: r.plover_type, cameo: r.cameo, source: r.source_name ?? '', target: r.target_name ?? '',
          modality: r.modality, 'according to': r.according_to ?? '', article: r.article_id.slice(0, 10),
        }));
        console.log(table(rows, ['date', 'type', 'cameo', 'source', 'target', 'modality', 'according to', 'article']));
        const total = await store.countEvents(filter);
        console.error(`${page.rows.length} of ${total} events`);
      }
      if (page.rows.length === 0) process.exitCode = EXIT.notFound;
    } finally {
      await store.close();
    }
  });

  addEventFilters(
    program
      .command('counts')
      .description('event counts and Goldstein sums per day/week/month/year, by type, CAMEO root, QuadClass, actor or dyad')
      .addOption(dbOption())
      .addOption(new Option('--by <key>', 'what to count by').choices(['type', 'root', 'quadclass', 'source', 'target', 'dyad', 'none']).default('type'))
      .addOption(new Option('--interval <unit>', 'period').choices(['day', 'week', 'month', 'year']).default('day'))
      .option('--json', 'JSON Lines'),
  ).action(async (opts) => {
    const filter = filterFromOptions(opts);
    const counts = parseWith(countsSchema, { by: opts.by, interval: opts.interval });
    const store = openStore(opts.db, 'read');
    try {
      const rows = await store.countByPeriod(filter, counts);
      if (opts.json) for (const r of rows) await writeLine(JSON.stringify(r));
      else console.log(table(rows as unknown as Array<Record<string, unknown>>, ['period', 'key', 'events', 'goldstein']));
    } finally {
      await store.close();
    }
  });

  addEventFilters(
    program
      .command('dyads')
      .description('the most frequent source -> target actor pairs, cooperative vs conflictual')
      .addOption(dbOption())
      .option('--limit <n>', 'most pairs', intArg('--limit'), 20)
      .option('--json', 'JSON Lines'),
  ).action(async (opts) => {
    const filter = filterFromOptions(opts);
    const store = openStore(opts.db, 'read');
    try {
      const rows = await store.topDyads(filter, opts.limit);
      if (opts.json) for (const r of rows) await writeLine(JSON.stringify(r));
      else console.log(table(rows as unknown as Array<Record<string, unknown>>, ['source_code', 'target_code', 'events', 'cooperative', 'conflictual', 'goldstein', 'source_name', 'target_name']));
    } finally {
      await store.close();
    }
  });

  addEventFilters(
    program
      .command('export')
      .description('export events: csv, jsonl (OUTPUT.md event fields + article), gdelt (GDELT 2.0 columns, tab-separated), parquet')
      .addOption(dbOption())
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl', 'gdelt', 'parquet']).default('jsonl'))
      .option('--out <file>', 'output file (stdout when absent; required for parquet)')
      .option('--header', 'gdelt: write a header line'),
  ).action(async (opts) => {
    const filter = filterFromOptions(opts);
    if (opts.format === 'parquet' && !opts.out) throw new CliError('--format parquet needs --out FILE.parquet', EXIT.usage);
    if (opts.out) checkWritable(opts.out);
    const store = openStore(opts.db, 'read');
    try {
      const t = Date.now();
      const { exportEvents } = await import('../../export/export.js');
      const n = await exportEvents(store, { format: opts.format as ExportFormat, filter, file: opts.out, header: opts.header });
      if (opts.out) process.stderr.write(`exported ${n} events to ${opts.out} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    } finally {
      await store.close();
    }
  });

  program
    .command('actors')
    .description('the most frequent actors, with filters')
    .addOption(dbOption())
    .option('--q <text>', 'name contains, or exact code')
    .option('--country <ISO3>', 'country')
    .option('--sector <SEC>', 'sector')
    .option('--type <type>', 'person, organization, country, agent, media')
    .option('--limit <n>', 'most rows', intArg('--limit'), 30)
    .option('--json', 'JSON Lines')
    .action(async (opts) => {
      const o = parseWith(actorListSchema, { q: opts.q, country: opts.country, sector: opts.sector, type: opts.type, limit: opts.limit });
      const store = openStore(opts.db, 'read');
      try {
        const rows = await store.listActors(o);
        if (opts.json) for (const r of rows) await writeLine(JSON.stringify(r));
        else console.log(table(rows as unknown as Array<Record<string, unknown>>, ['code', 'name', 'type', 'articles', 'mentions']));
      } finally {
        await store.close();
      }
    });

  program
    .command('places')
    .description('the most frequent places, with filters')
    .addOption(dbOption())
    .option('--q <text>', 'name contains')
    .option('--country <ISO3>', 'country')
    .option('--limit <n>', 'most rows', intArg('--limit'), 30)
    .option('--json', 'JSON Lines')
    .action(async (opts) => {
      const o = parseWith(placeListSchema, { q: opts.q, country: opts.country, limit: opts.limit });
      const store = openStore(opts.db, 'read');
      try {
        const rows = await store.listPlaces(o);
        if (opts.json) for (const r of rows) await writeLine(JSON.stringify(r));
        else console.log(table(rows as unknown as Array<Record<string, unknown>>, ['name', 'country', 'lat', 'lon', 'geoname_id', 'articles', 'mentions', 'events']));
      } finally {
        await store.close();
      }
    });

  program
    .command('quotes')
    .description('stored quotes, with their speakers and attribution chains')
    .addOption(dbOption())
    .option('--speaker <name>', 'speaker name (substring)')
    .option('--according-to <name>', 'a name in the attribution chain')
    .option('--direct', 'only direct quotes')
    .option('--indirect', 'only reported speech')
    .option('--q <text>', 'quote text contains')
    .option('--article <id>', 'one article')
    .option('--limit <n>', 'most quotes', intArg('--limit'), 30)
    .option('--json', 'JSON Lines')
    .action(async (opts) => {
      const f = parseWith(quoteFilterSchema, {
        speaker: opts.speaker, accordingTo: opts.accordingTo, q: opts.q, article: opts.article,
        direct: opts.direct ? true : opts.indirect ? false : undefined,
      });
      const store = openStore(opts.db, 'read');
      try {
        const rows = await store.queryQuotes(f, opts.limit, 0);
        if (opts.json) for (const r of rows) await writeLine(JSON.stringify(r));
        else
          for (const r of rows) {
            console.log(`${r.article_date ?? '?'}  ${r.speaker_name ?? r.speaker_text ?? '?'}${r.cue ? ' (' + r.cue + ')' : ''}${r.according_to ? '  via ' + r.according_to : ''}`);
            console.log(`  ${r.direct ? '"' : ''}${r.text.slice(0, 200)}${r.direct ? '"' : ''}`);
          }
        if (rows.length === 0) process.exitCode = EXIT.notFound;
      } finally {
        await store.close();
      }
    });
}
