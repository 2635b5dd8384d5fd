import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { dbOption, dictOption, formatOption, intArg, mapOption, openStore, readOptions } from '../common.js';
import { EXIT } from '../exit.js';
import { describeFailure } from '../output.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, clean, code and store articles (one transaction per batch; already stored articles are skipped)')
    .argument('<paths...>', 'files, folders, globs, or - for stdin (JSON Lines)')
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(mapOption())
    .addOption(dictOption())
    .option('--jobs <n>', 'worker threads for coding', intArg('--jobs'), 1)
    .option('--batch <n>', 'articles per transaction', intArg('--batch'), 500)
    .option('--quiet', 'no progress bar and no summary')
    .action(async (paths: string[], opts) => {
      const store = openStore(opts.db, 'write');
      const [{ readInputs }, { processItems }] = await Promise.all([import('../../ingest/read.js'), import('../../pipeline/process.js')]);
      const started = Date.now();
      const tty = process.stderr.isTTY && !opts.quiet;
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: 'ingest | {value} articles | {rate} articles/s | {new} new | {errors} errors', hideCursor: true, stream: process.stderr, fps: 5 },
            cliProgress.Presets.shades_classic,
          )
        : null;
      let seen = 0;
      let inserted = 0;
      let duplicates = 0;
      let failures = 0;
      let warnings = 0;
      const warningLines: string[] = [];
      bar?.start(0, 0, { rate: 0, new: 0, errors: 0 });
      try {
        // Warnings (e.g. a file that is not UTF-8 and was read as Windows-1252) wait until the bar is gone.
        const items = readInputs(paths, {
          ...readOptions(opts),
          onWarning: (w) => {
            warnings++;
            if (!opts.quiet && warningLines.length < 50) warningLines.push(`wirecoder: warning: ${describeFailure(w)}`);
          },
        });
        const batches = processItems(items, {
          jobs: opts.jobs,
          dicts: opts.dict,
          batchSize: opts.batch,
          knownIds: async (ids) => {
            const known = new Set<string>();
            for (const id of ids) if (await store.has(id)) known.add(id);
            return known;
          },
        });
        for await (const batch of batches) {
          const r = await store.putBatch(batch.docs, batch.failures);
          seen += batch.docs.length;
          inserted += r.inserted;
          duplicates += r.duplicates;
          failures += r.failures;
          if (!tty && !opts.quiet) for (const f of batch.failures) process.stderr.write(`wirecoder: ${describeFailure(f)}\n`);
          const secs = (Date.now() - started) / 1000;
          bar?.update(seen, { rate: Math.round(seen / Math.max(secs, 0.001)), new: inserted, errors: failures });
        }
      } finally {
        bar?.stop();
        await store.close();
      }
      for (const line of warningLines) process.stderr.write(line + '\n');
      if (warnings > warningLines.length) process.stderr.write(`wirecoder: ${warnings - warningLines.length} more warnings\n`);
      const secs = (Date.now() - started) / 1000;
      if (!opts.quiet) {
        process.stderr.write(
          `ingested ${seen} articles in ${secs.toFixed(1)} s: ${inserted} new, ${duplicates} already stored, ${failures} failed` +
            (failures ? ' (see `wirecoder stats`)' : '') +
            ` -> ${opts.db} (${Math.round(seen / Math.max(secs, 0.001))} articles/s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)\n`,
        );
      }
      if (seen === 0 && failures === 0) process.exitCode = EXIT.notFound;
      else if (failures > 0) process.exitCode = EXIT.partial;
    });
}
