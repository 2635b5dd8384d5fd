import type { Command } from 'commander';
import { dictOption, intArg } from '../common.js';
import { CliError, EXIT } from '../exit.js';

/**
 * `wirecoder eval GOLD.jsonl`: code each gold text and print precision, recall and F1 for event
 * type, source and target, a confusion table by type and the worst cases.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the event coder against a gold file (JSON Lines: {id, date?, text, events: [{plover?, cameo?, source, target}]})')
    .argument('<gold>', 'gold JSONL file')
    .addOption(dictOption())
    .option('--worst <n>', 'how many of the worst cases to list', intArg('--worst'), 10)
    .option('--summary', 'print only the summary numbers (no sentences: use this for held-out sets)')
    .option('--json', 'print the report as JSON (numbers only, no sentences)')
    .action(async (file: string, opts: { dict?: string[]; worst: number; summary?: boolean; json?: boolean }) => {
      const [{ readGold, GoldError }, { formatReport, formatSummary }, { evaluate }, { defaultPipeline }] = await Promise.all([
        import('../../eval/gold.js'), import('../../eval/report.js'), import('../../eval/run.js'), import('../../pipeline/registry.js'),
      ]);
      let gold;
      try {
        gold = readGold(file);
      } catch (err) {
        if (err instanceof GoldError) throw new CliError(err.message, EXIT.usage);
        throw new CliError(`cannot read ${file}: ${(err as Error).message}`, EXIT.notFound);
      }
      const pipeline = defaultPipeline({ dicts: opts.dict });
      const { report, ms } = evaluate(gold, pipeline, file);
      if (opts.json) {
        const { records: _records, ...numbers } = report;
        process.stdout.write(JSON.stringify({ file, ms: Math.round(ms), ...numbers }, null, 2) + '\n');
        return;
      }
      const text = opts.summary ? formatSummary(report) : formatReport(report, { worst: opts.worst });
      process.stdout.write(`wirecoder eval ${file} (${gold.length} records, ${Math.round(ms)} ms)\n\n${text}\n`);
    });
}
