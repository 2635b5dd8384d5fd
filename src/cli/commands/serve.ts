import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { dbOption, intArg, openStore } from '../common.js';
import { CliError, EXIT } from '../exit.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/, described at /openapi.json) and the web UI over a database (read-only unless --allow-ingest)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0 picks a free one)', intArg('--port'), 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option('--allow-ingest', 'accept POST /api/articles (opens the database read-write; needs a token)')
    .option('--token <token>', 'bearer token for POST /api/articles (default: $WIRECODER_TOKEN, else a random one is printed)')
    .action(async (opts) => {
      if (opts.port > 65535) throw new CliError('--port must be 0 to 65535', EXIT.usage);
      let token: string | undefined = opts.token ?? process.env.WIRECODER_TOKEN;
      let madeToken = false;
      if (opts.allowIngest && !token) {
        token = randomBytes(24).toString('base64url');
        madeToken = true;
      }
      const [{ startServer }, { defaultWebRoot, webBuilt }] = await Promise.all([import('../../api/server.js'), import('../../api/static.js')]);
      const store = openStore(opts.db, opts.allowIngest ? 'write' : 'read');
      let running;
      try {
        running = await startServer(store, { port: opts.port, host: opts.host, allowIngest: Boolean(opts.allowIngest), token });
      } catch (err) {
        await store.close();
        throw new CliError(`cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`, EXIT.usage);
      }
      const lines = [`wirecoder: serving ${opts.db} at ${running.url}/ (API at ${running.url}/api/, description at ${running.url}/openapi.json)`];
      if (!webBuilt(defaultWebRoot())) lines.push(`wirecoder: the web UI is not built (no ${defaultWebRoot()}/index.html): run \`npm run build\``);
      if (opts.allowIngest) {
        lines.push(`wirecoder: ingest is ON: POST ${running.url}/api/articles with "Authorization: Bearer ${madeToken ? token : '<your token>'}"`);
      } else {
        lines.push('wirecoder: read-only (start with --allow-ingest to accept POST /api/articles)');
      }
      process.stderr.write(lines.join('\n') + '\nwirecoder: press Ctrl-C to stop\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(() => store.close()).then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
