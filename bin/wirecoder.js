#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// Memory stays bounded whatever the input: the live data is small (dictionaries + a batch), but V8 grows a
// heap lazily towards its default limit (gigabytes here). Cap the old generation by running under the flag
// once; WIRECODER_HEAP_MB=0 turns this off, another number sets the cap.
const heapMb = Number(process.env.WIRECODER_HEAP_MB ?? 384);
if (heapMb > 0 && v8.getHeapStatistics().heap_size_limit > (heapMb + 256) * 1024 * 1024) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, WIRECODER_HEAP_MB: String(heapMb) },
  });
  if (r.error) throw r.error;
  process.exit(r.status ?? (r.signal ? 128 + 15 : 70));
}

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('wirecoder: dist/ is missing; run `npm run build` (or `npm ci`) first.');
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
