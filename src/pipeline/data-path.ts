import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package root (the folder with package.json), found from this file in src/ or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('wirecoder: cannot find the package root');
    dir = up;
  }
  root = dir;
  return dir;
}

/** Path of a stage's data file: src/stages/<stage>/data/<name> (shipped in the package as is). */
export function dataFile(stage: string, name: string): string {
  return join(packageRoot(), 'src', 'stages', stage, 'data', name);
}
