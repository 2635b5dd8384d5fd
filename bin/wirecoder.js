#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('wirecoder: dist/ is missing; run `npm run build` (or `npm ci`) first.');
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
