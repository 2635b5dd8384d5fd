/**
 * Large inputs are streamed: a ~200 MB JSON Lines file (and the same as a JSON array) is read
 * while the process's resident memory stays within ~300 MB of where it started.
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputEvents } from './read.js';

const TARGET_BYTES = 200 * 1024 * 1024;
const files: string[] = [];

afterAll(() => {
  for (const f of files) rmSync(f, { force: true });
});

/** Write ~200 MB of article records, one per line, or as one JSON array. */
async function writeBig(path: string, asArray: boolean): Promise<number> {
  files.push(path);
  const out = createWriteStream(path);
  const para = 'Officials from Northland and Southland met again on Monday to discuss the river treaty, a spokesman said. ';
  let written = 0;
  let n = 0;
  if (asArray) out.write('[\n');
  while (written < TARGET_BYTES) {
    n++;
    const line = JSON.stringify({ id: `big-${n}`, title: `Record ${n}`, date: '2021-05-04T10:00:00Z', text: para.repeat(18) + `Record number ${n}.` });
    const chunk = asArray ? (n > 1 ? ',\n' : '') + line : line + '\n';
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (asArray) out.write('\n]\n');
  out.end();
  await once(out, 'finish');
  return n;
}

async function readMeasuring(path: string) {
  const start = process.memoryUsage().rss;
  let peak = start;
  let articles = 0;
  let failures = 0;
  let last: string | null = null;
  const t0 = performance.now();
  for await (const ev of readInputEvents([path])) {
    if (ev.kind === 'article') {
      articles++;
      last = ev.article.sourceId;
    } else if (ev.kind === 'failure') failures++;
    if ((articles & 1023) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { articles, failures, last, growthMB: (peak - start) / 1048576, secs: (performance.now() - t0) / 1000 };
}

describe('large files are streamed', () => {
  it('a ~200 MB JSON Lines file: every record read, memory bounded', { timeout: 120_000 }, async () => {
    const path = join(tmpdir(), `wirecoder-big-${process.pid}.jsonl`);
    const n = await writeBig(path, false);
    expect(statSync(path).size).toBeGreaterThan(TARGET_BYTES * 0.95);
    const m = await readMeasuring(path);
    console.log(`200 MB JSONL: ${m.articles} records in ${m.secs.toFixed(1)} s, RSS growth ${m.growthMB.toFixed(0)} MB`);
    expect(m.articles).toBe(n);
    expect(m.failures).toBe(0);
    expect(m.last).toBe(`big-${n}`);
    expect(m.growthMB).toBeLessThan(300);
    rmSync(path, { force: true });
  });

  it('a ~200 MB JSON array: streamed element by element', { timeout: 120_000 }, async () => {
    const path = join(tmpdir(), `wirecoder-big-${process.pid}.json`);
    const n = await writeBig(path, true);
    const m = await readMeasuring(path);
    console.log(`200 MB JSON array: ${m.articles} records in ${m.secs.toFixed(1)} s, RSS growth ${m.growthMB.toFixed(0)} MB`);
    expect(m.articles).toBe(n);
    expect(m.failures).toBe(0);
    expect(m.growthMB).toBeLessThan(300);
    rmSync(path, { force: true });
  });
});
