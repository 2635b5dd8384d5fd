import type { Command } from 'commander';
import { toOutputRecord } from '../../model/output.js';
import { dictOption, formatOption, intArg, mapOption, readOptions } from '../common.js';
import { EXIT } from '../exit.js';
import { writeLine, describeFailure } from '../output.js';

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles and write JSON Lines to stdout (no database); "-" reads JSON Lines from stdin')
    .argument('[paths...]', 'files, folders, globs, or - for stdin', ['-'])
    .addOption(formatOption())
    .addOption(mapOption())
    .addOption(dictOption())
    .option('--jobs <n>', 'worker threads', intArg('--jobs'), 1)
    .option('--pretty', 'indent the JSON (one article per block, not JSON Lines)')
    .action(async (paths: string[], opts) => {
      let failures = 0;
      let articles = 0;
      // Loaded when the command runs: the readers and the pipeline (NLP model, dictionaries) cost ~0.5 s to import.
      const [{ readInputs }, { processItems }] = await Promise.all([import('../../ingest/read.js'), import('../../pipeline/process.js')]);
      const items = readInputs(paths, readOptions(opts));
      for await (const batch of processItems(items, { jobs: opts.jobs, dicts: opts.dict, batchSize: 50 })) {
        for (const f of batch.failures) {
          failures++;
          process.stderr.write(`wirecoder: ${describeFailure(f)}\n`);
        }
        for (const doc of batch.docs) {
          articles++;
          await writeLine(JSON.stringify(toOutputRecord(doc), null, opts.pretty ? 2 : undefined));
        }
      }
      if (articles === 0 && failures === 0) {
        process.stderr.write('wirecoder: no articles found in the input\n');
        process.exitCode = EXIT.notFound;
      } else if (failures > 0) {
        process.exitCode = EXIT.partial;
      }
    });
}
