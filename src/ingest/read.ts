import { readFile, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadItem, ReadOptions } from './types.js';
import { parseTextArticle } from './formats/text.js';

/**
 * Read every input path (files, directories recursively, "-" for stdin) into raw articles.
 * Failures are yielded as items, never thrown, so one bad record never stops a batch.
 * (Minimal version: text files only; the full reader set replaces this.)
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      yield { kind: 'failure', failure: { file: p, record: null, reason: `cannot open: ${(err as Error).message}` } };
      continue;
    }
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      yield* readInputs(entries.map((e) => join(p, e)), options);
      continue;
    }
    const content = await readFile(p, 'utf8');
    yield { kind: 'article', article: parseTextArticle(content, p) };
  }
}
