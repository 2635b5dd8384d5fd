import type { Command } from 'commander';
import { dbOption, intArg, openStore } from '../common.js';
import { CliError, EXIT } from '../exit.js';
import { renderDoc } from '../render.js';
import { toOutputRecord } from '../../model/output.js';
import { describeFailure } from '../output.js';

export function registerBrowse(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles (SQLite FTS5 syntax: words, "phrases", OR, NEAR, prefix*)')
    .argument('<query>', 'what to look for')
    .addOption(dbOption())
    .option('--limit <n>', 'most results', intArg('--limit'), 20)
    .option('--json', 'JSON Lines instead of text')
    .action(async (query: string, opts) => {
      const store = openStore(opts.db, 'read');
      try {
        const hits = await store.search(query, opts.limit);
        for (const h of hits) {
          if (opts.json) console.log(JSON.stringify(h));
          else console.log(`${h.id}  ${h.date ?? '----------'}  ${h.title ?? '(no title)'}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
        }
        if (hits.length === 0) {
          process.stderr.write(`no articles match ${JSON.stringify(query)}\n`);
          process.exitCode = EXIT.notFound;
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('show')
    .description('show an article with its actors, places, events and quotes (latest article when no id is given)')
    .argument('[id]', 'article id or a unique prefix of it')
    .addOption(dbOption())
    .option('--json', 'the article as a JSON record (the `wirecoder code` format)')
    .option('--events-only', 'only the header and the coded events')
    .option('--no-color', 'no terminal colours')
    .action(async (id: string | undefined, opts) => {
      const store = openStore(opts.db, 'read');
      try {
        const ids = id ? [id] : (await store.listArticles(1)).map((a) => a.id);
        if (ids.length === 0) throw new CliError('the database has no articles', EXIT.notFound);
        const doc = await store.getDoc(ids[0]);
        if (!doc) {
          const matches = id ? await store.resolveId(id, 5) : [];
          throw new CliError(matches.length > 1 ? `id prefix ${id} is ambiguous: ${matches.join(', ')}` : `no article with id ${id}`, EXIT.notFound);
        }
        if (opts.json) console.log(JSON.stringify(toOutputRecord(doc)));
        else console.log(renderDoc(doc, { color: Boolean(opts.color && process.stdout.isTTY), eventsOnly: opts.eventsOnly }));
      } finally {
        await store.close();
      }
    });

  program
    .command('stats')
    .description('what the database holds: articles, words, actors, events, quotes, failures')
    .addOption(dbOption())
    .option('--json', 'as JSON')
    .action(async (opts) => {
      const store = openStore(opts.db, 'read');
      try {
        const s = await store.stats();
        if (opts.json) {
          console.log(JSON.stringify(s, null, 2));
          return;
        }
        console.log(`database   ${opts.db}`);
        console.log(`articles   ${s.articles} (${s.words} words), ${s.firstDate ?? '?'} to ${s.lastDate ?? '?'}`);
        for (const f of s.byFormat) console.log(`  ${f.format.padEnd(8)} ${f.articles}`);
        console.log(`actors     ${s.actors}\nplaces     ${s.places}\nevents     ${s.events}\nquotes     ${s.quotes}`);
        for (const t of s.eventsByType) console.log(`  ${t.type.padEnd(10)} ${t.events}`);
        console.log(`failures   ${s.failures}`);
        for (const f of s.recentFailures) console.log(`  ${f.at}  ${describeFailure(f)}`);
      } finally {
        await store.close();
      }
    });
}
