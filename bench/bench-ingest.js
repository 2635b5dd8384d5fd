#!/usr/bin/env node
// `npm run bench:ingest`: the whole Reuters corpus through `wirecoder ingest` into a fresh database, with 1 and 2
// worker threads, then again (must add 0 articles). Prints wall time, articles/s and peak memory of the process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench-ingest: no corpus at ${corpus}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'wirecoder-bench-ingest-'));
const run = (args) => {
  const t = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'wirecoder.js'), ...args], { encoding: 'utf8' });
  return { secs: (Date.now() - t) / 1000, status: r.status, err: r.stderr.trim().split('\n').slice(-3).join('\n') };
};
try {
  for (const jobs of [1, 2]) {
    const db = join(dir, `j${jobs}.db`);
    const first = run(['ingest', '--db', db, '--jobs', String(jobs), corpus]);
    console.log(`ingest --jobs ${jobs}: ${first.secs.toFixed(1)} s, exit ${first.status}\n  ${first.err}`);
    if (jobs === 2) {
      const again = run(['ingest', '--db', db, '--jobs', String(jobs), corpus]);
      console.log(`again (nothing new expected): ${again.secs.toFixed(1)} s, exit ${again.status}\n  ${again.err}`);
      const stats = spawnSync(process.execPath, [join(root, 'bin', 'wirecoder.js'), 'stats', '--db', db], { encoding: 'utf8' });
      console.log(stats.stdout);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
