import { Command, CommanderError } from 'commander';
import { registerCode } from './commands/code.js';
import { registerIngest } from './commands/ingest.js';
import { registerBrowse } from './commands/browse.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { registerEval } from './commands/eval.js';
import { EXIT, CliError } from './exit.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('wirecoder')
    .description('Turn news articles into political event data: who did what to whom, when, where, and according to whom.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerCode(program);
  registerIngest(program);
  registerBrowse(program);
  registerQuery(program);
  registerServe(program);
  registerEval(program);
  return program;
}

/** Run the CLI; returns the exit code (see src/cli/exit.ts). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`wirecoder: ${err.message}\n`);
      return err.code;
    }
    process.stderr.write(`wirecoder: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
