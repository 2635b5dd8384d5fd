import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../model/doc.js';
import { readInputEvents } from './read.js';
import type { ReadFailure, ReadOptions } from './types.js';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = join(packageRoot, 'test', 'fixtures', 'ingest');

/** The shared corpus (../shared/corpus beside the repo, or $WIRECODER_CORPUS), or null when absent. */
export function corpusDir(): string | null {
  for (const d of [process.env.WIRECODER_CORPUS, join(packageRoot, '..', 'shared', 'corpus'), '/work/shared/corpus']) {
    if (d && existsSync(join(d, 'reuters21578.jsonl'))) return d;
  }
  return null;
}

export interface Collected {
  articles: RawArticle[];
  failures: ReadFailure[];
  warnings: ReadFailure[];
  /** Kinds in order: a = article, f = failure, w = warning. */
  order: string;
}

export async function collect(paths: string[], options: ReadOptions = {}): Promise<Collected> {
  const out: Collected = { articles: [], failures: [], warnings: [], order: '' };
  for await (const ev of readInputEvents(paths, options)) {
    if (ev.kind === 'article') {
      out.articles.push(ev.article);
      out.order += 'a';
    } else if (ev.kind === 'failure') {
      out.failures.push(ev.failure);
      out.order += 'f';
    } else {
      out.warnings.push(ev.warning);
      out.order += 'w';
    }
  }
  return out;
}

/** Run test/fixtures/ingest/make-fixtures.mjs into a fresh temporary folder. */
export function generatedFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirecoder-ingest-'));
  execFileSync(process.execPath, [join(fixtures, 'make-fixtures.mjs'), dir]);
  return dir;
}
