#!/usr/bin/env node
// wirecoder benchmark: `npm run bench` (after `npm run build`).
// Codes the shared corpora (../shared/corpus) and prints words/s, articles/s, sentences/s, peak memory,
// start-up time, dictionary load time, and the events-per-article distribution. Single core unless --jobs.
// Options: --corpus DIR (default ../shared/corpus), --limit N (articles per corpus), --only reuters|ukraine
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpus = opt('--corpus', join(root, '..', 'shared', 'corpus'));
const limit = Number(opt('--limit', 'Infinity'));
const only = opt('--only', null);
if (!existsSync(join(root, 'dist', 'index.js')) && !existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(1);
}
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (pass --corpus DIR)`);
  process.exit(1);
}

const { readInputs } = await import(join(root, 'dist/ingest/read.js'));
const { cleanArticle } = await import(join(root, 'dist/stages/clean/clean.js'));
const { defaultStages } = await import(join(root, 'dist/pipeline/registry.js'));
const { buildPipeline } = await import(join(root, 'dist/pipeline/run.js'));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
sampler.unref();
const mb = (b) => (b / 1e6).toFixed(0) + ' MB';
const rate = (n, s) => Math.round(n / s).toLocaleString('en-US');
const { countWords: words } = await import(join(root, 'dist/store/sqlite.js'));

console.log(`wirecoder benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0].model}, ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}`);

// 1. Start-up: the CLI from a cold process, median of 5.
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const bin = join(root, 'bin', 'wirecoder.js');
const example = join(root, 'examples', '000_80fcfe79319a8e65.txt');
const timeCmd = (argv) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
};
const helpMs = median(Array.from({ length: 5 }, () => timeCmd(['--help'])));
const exampleMs = median(Array.from({ length: 5 }, () => timeCmd(['code', example])));
console.log(`\nstart-up: \`wirecoder --help\` ${helpMs.toFixed(0)} ms; \`wirecoder code <example>\` (start, load all dictionaries, code, exit) ${exampleMs.toFixed(0)} ms`);

// 2. Building the pipeline: dictionaries, gazetteer, patterns.
global.gc?.();
const rss0 = process.memoryUsage().rss;
let t0 = performance.now();
const stages = defaultStages();
const pipeline = buildPipeline(stages);
const buildMs = performance.now() - t0;
global.gc?.();
console.log(`pipeline build (all dictionaries + gazetteer): ${buildMs.toFixed(0)} ms, +${mb(process.memoryUsage().rss - rss0)} resident`);

// 3. The corpora.
const sets = [];
if (!only || only === 'reuters') sets.push({ name: 'Reuters-21578 (1987)', paths: [join(corpus, 'reuters21578.jsonl')] });
if (!only || only === 'ukraine') {
  sets.push({ name: 'Ukraine 2022 outlet articles', paths: [join(corpus, 'ukraine-2022', 'outlet-articles')] });
  sets.push({ name: 'Kremlin + Zelensky press releases', paths: [join(corpus, 'ukraine-2022', 'press-releases')] });
  sets.push({ name: 'Guardian NATO 2022 (CSV)', paths: [join(corpus, 'ukraine-2022', 'guardian-nato-2022')] });
}

async function collect(paths) {
  const raws = [];
  let failures = 0;
  for await (const item of readInputs(paths, {})) {
    if (item.kind === 'article') raws.push(item.article);
    else if (item.kind === 'failure') failures++;
    if (raws.length >= limit) break;
  }
  return { raws, failures };
}

const totals = { words: 0, articles: 0, sentences: 0, secs: 0, readSecs: 0, cleanSecs: 0, events: 0 };
const perStage = new Map();
const eventsPerArticle = [];
const typeCounts = new Map();
for (const set of sets) {
  t0 = performance.now();
  const { raws, failures } = await collect(set.paths);
  const readSecs = (performance.now() - t0) / 1000;
  let w = 0;
  for (const r of raws) w += words(r.text);
  t0 = performance.now();
  const docs = raws.map((r) => cleanArticle(r));
  const cleanSecs = (performance.now() - t0) / 1000;
  // Stage by stage, so that a slow stage shows.
  const stageSecs = new Map();
  let sentences = 0;
  let events = 0;
  for (const doc of docs) {
    for (const stage of stages) {
      const s = performance.now();
      try {
        stage.run(doc, { report: () => {} });
      } catch {
        /* counted as a crash below */
      }
      stageSecs.set(stage.name, (stageSecs.get(stage.name) ?? 0) + (performance.now() - s) / 1000);
    }
    sentences += doc.sentences.length;
    events += doc.events.length;
    eventsPerArticle.push(doc.events.length);
    for (const e of doc.events) typeCounts.set(e.plover.type, (typeCounts.get(e.plover.type) ?? 0) + 1);
    doc.tokens = [];
  }
  const codeSecs = [...stageSecs.values()].reduce((a, b) => a + b, 0);
  const secs = cleanSecs + codeSecs;
  for (const [k, v] of stageSecs) perStage.set(k, (perStage.get(k) ?? 0) + v);
  totals.words += w;
  totals.articles += raws.length;
  totals.sentences += sentences;
  totals.secs += secs;
  totals.readSecs += readSecs;
  totals.cleanSecs += cleanSecs;
  totals.events += events;
  console.log(`\n${set.name}: ${raws.length} articles, ${w.toLocaleString('en-US')} words, ${sentences} sentences, ${failures} read failures`);
  console.log(`  read ${rate(w, readSecs)} words/s · read+clean ${rate(w, readSecs + cleanSecs)} words/s · clean ${rate(w, cleanSecs)} words/s`);
  console.log(`  coding (clean + all stages, one core): ${rate(w, secs)} words/s, ${rate(raws.length, secs)} articles/s, ${rate(sentences, secs)} sentences/s`);
  console.log(`  per stage (words/s): ${[...stageSecs].map(([k, v]) => `${k} ${rate(w, v)}`).join(' · ')}`);
  console.log(`  events: ${events} (${(events / Math.max(1, raws.length)).toFixed(2)} per article, ${(events / Math.max(1, sentences)).toFixed(3)} per sentence)`);
  docs.length = 0;
  raws.length = 0;
  global.gc?.();
}

console.log(`\nALL: ${totals.articles} articles, ${totals.words.toLocaleString('en-US')} words, ${totals.sentences} sentences`);
console.log(`  read+clean: ${rate(totals.words, totals.readSecs + totals.cleanSecs)} words/s`);
console.log(`  whole pipeline (clean + stages, one core): ${rate(totals.words, totals.secs)} words/s · ${rate(totals.articles, totals.secs)} articles/s · ${rate(totals.sentences, totals.secs)} sentences/s`);
console.log(`  per stage (words/s): ${[...perStage].map(([k, v]) => `${k} ${rate(totals.words, v)}`).join(' · ')}`);
const hist = new Map();
for (const n of eventsPerArticle) {
  const k = n >= 10 ? '10+' : String(n);
  hist.set(k, (hist.get(k) ?? 0) + 1);
}
const keys = [...hist.keys()].sort((a, b) => parseInt(a) - parseInt(b));
console.log(`  events per article: ${keys.map((k) => `${k}: ${hist.get(k)}`).join(' · ')}`);
const sortedE = [...eventsPerArticle].sort((a, b) => a - b);
console.log(`  events per article p50 ${sortedE[Math.floor(sortedE.length / 2)] ?? 0}, p95 ${sortedE[Math.floor(sortedE.length * 0.95)] ?? 0}, max ${sortedE[sortedE.length - 1] ?? 0}`);
console.log(`  events by PLOVER type: ${[...typeCounts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(' · ') || '-'}`);
console.log(`  peak resident memory: ${mb(peakRss)} (the corpora are held in memory per set for timing; ingest streams)`);
