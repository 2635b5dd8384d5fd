/**
 * Speed and load cost of the actors stage: `npx tsx src/stages/actors/bench-actors.ts [corpusRoot]`
 * (or `node --expose-gc dist/stages/actors/bench-actors.js`). Prints the factory's load time and heap
 * growth, and words/s of segment alone and of segment+actors on one core over the first 3,000 Reuters
 * records and the Ukraine-2022 outlet articles. Needs ../shared/corpus (skips what is missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, RawArticle } from '../../model/doc.js';
import { cleanArticle } from '../clean/clean.js';
import { segment } from '../segment/segment.js';
import { actors } from './index.js';

const root = process.argv[2] ?? process.env.WIRECODER_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus');

function raw(text: string, date: string | null, title: string | null): RawArticle {
  return { text, title, date, source: null, url: null, sourceId: null, origin: { file: 'bench', record: null, format: 'text' } };
}

function corpora(): Array<{ name: string; docs: RawArticle[] }> {
  const out: Array<{ name: string; docs: RawArticle[] }> = [];
  const reuters = join(root, 'reuters21578.jsonl');
  if (existsSync(reuters)) {
    const lines = readFileSync(reuters, 'utf8').split('\n').filter(Boolean).slice(0, 3000);
    out.push({
      name: 'reuters21578 (first 3,000)',
      docs: lines.map((l) => {
        const r = JSON.parse(l) as { text: string; date?: string; title?: string };
        return raw(r.text ?? '', r.date?.slice(0, 10) ?? null, r.title ?? null);
      }),
    });
  }
  const dir = join(root, 'ukraine-2022', 'outlet-articles');
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    out.push({
      name: 'ukraine-2022 outlet articles',
      docs: files.map((f) => {
        const m = /^(\d{4})(\d{2})(\d{2})T/.exec(f);
        return raw(readFileSync(join(dir, f), 'utf8'), m ? `${m[1]}-${m[2]}-${m[3]}` : null, null);
      }),
    });
  }
  return out;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function main(): void {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const stage = actors();
  const loadMs = performance.now() - t0;
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const rss1 = process.memoryUsage().rss;
  console.log(`actors(): load ${loadMs.toFixed(0)} ms, heap +${((heap1 - heap0) / 1e6).toFixed(1)} MB, rss +${((rss1 - rss0) / 1e6).toFixed(1)} MB`);
  const seg = segment();
  const ctx = { report() {} };
  for (const { name, docs } of corpora()) {
    const cleaned: Doc[] = docs.map((d) => cleanArticle(d));
    let words = 0;
    for (const d of cleaned) words += d.text.split(/\s+/).filter(Boolean).length;
    // warm up
    for (const d of cleaned.slice(0, 200)) {
      seg.run(d, ctx);
      stage.run(d, ctx);
    }
    let segMs = Infinity;
    let actMs = Infinity;
    let mentions = 0;
    let actorsN = 0;
    for (let rep = 0; rep < 3; rep++) {
      let a = 0;
      let b = 0;
      mentions = 0;
      actorsN = 0;
      for (const d of cleaned) {
        const t1 = performance.now();
        seg.run(d, ctx);
        const t2 = performance.now();
        stage.run(d, ctx);
        const t3 = performance.now();
        a += t2 - t1;
        b += t3 - t2;
        mentions += d.mentions.length;
        actorsN += d.actors.length;
      }
      segMs = Math.min(segMs, a);
      actMs = Math.min(actMs, b);
    }
    const wps = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString('en');
    console.log(
      `${name}: ${cleaned.length} docs, ${words.toLocaleString('en')} words; segment ${wps(segMs)} w/s; ` +
        `actors alone ${wps(actMs)} w/s; segment+actors ${wps(segMs + actMs)} w/s; ${mentions} mentions, ${actorsN} actors`,
    );
  }
}

main();
