#!/usr/bin/env node
// Turn a locator gold file (test/gold/events.real.*.jsonl) into eval records for `wirecoder eval`.
// The corpus text stays out of the repo: each gold record holds file/row/field, an anchor (the first
// words of the sentence) and the sentence length. This script reads the corpus, collapses every
// whitespace run to one space (the Reuters text is hard-wrapped), finds the first occurrence of the
// anchor and cuts `length` characters from there.
//
//   node bench/resolve-real-events.js test/gold/events.real.dev.jsonl > /tmp/real-dev.jsonl
//   node bin/wirecoder.js eval --summary /tmp/real-dev.jsonl
//
// Corpus root: $WIRECODER_CORPUS when set, else ../shared/corpus beside the repo (bench/gold-corpus.js).
// Without a corpus it prints nothing, says so on stderr and exits 0 (so CI can skip).
import { readFileSync } from 'node:fs';
import { corpusRoot, haveCorpus, loadGoldArticle } from './gold-corpus.js';

const goldPath = process.argv[2];
if (!goldPath) {
  process.stderr.write('usage: node bench/resolve-real-events.js GOLD.jsonl > EVAL.jsonl\n');
  process.exit(2);
}
if (!haveCorpus) {
  process.stderr.write(`resolve-real-events: no corpus at ${corpusRoot} (set WIRECODER_CORPUS); nothing printed\n`);
  process.exit(0);
}
const root = corpusRoot;

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

const collapsed = new Map();
const titles = new Map();
let failed = 0;
let printed = 0;
for (const [n, line] of readFileSync(goldPath, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  let text;
  try {
    const key = `${rec.file}#${rec.row}#${rec.field}`;
    if (!collapsed.has(key)) {
      const a = loadGoldArticle(rec);
      collapsed.set(key, collapse(a.text));
      titles.set(key, a.title ? collapse(a.title) : null);
    }
    text = collapsed.get(key);
  } catch (err) {
    process.stderr.write(`${rec.id} (line ${n + 1}): cannot read ${rec.file} row ${rec.row}: ${err.message}\n`);
    failed++;
    continue;
  }
  const at = text.indexOf(rec.anchor);
  if (at < 0) {
    process.stderr.write(`${rec.id} (line ${n + 1}): anchor not found in ${rec.file}${rec.row ? ` row ${rec.row}` : ''}: "${rec.anchor}"\n`);
    failed++;
    continue;
  }
  const sentence = text.slice(at, at + rec.length);
  if (sentence.length !== rec.length) {
    process.stderr.write(`${rec.id} (line ${n + 1}): text ends before ${rec.length} characters\n`);
    failed++;
    continue;
  }
  // what a reader (and the coder) saw before the sentence: the headline and the text before it, up to ~2,000 characters
  // cut at a sentence end; `wirecoder eval` codes it with the sentence and scores only the sentence's events
  let before = text.slice(0, at).trim();
  if (before.length > 2000) {
    const cut = before.indexOf('. ', before.length - 2000);
    before = cut >= 0 ? before.slice(cut + 2) : before.slice(-2000);
  }
  const title = titles.get(`${rec.file}#${rec.row}#${rec.field}`);
  const context = [title, before].filter((x) => x && x.trim()).join('\n\n');
  const out = { id: rec.id, date: rec.date, text: sentence, events: rec.events };
  if (context) out.context = context;
  if (rec.note) out.note = rec.note;
  if (rec.tags) out.tags = rec.tags;
  process.stdout.write(JSON.stringify(out) + '\n');
  printed++;
}
process.stderr.write(`resolve-real-events: ${printed} records resolved from ${root}${failed ? `, ${failed} FAILED` : ''}\n`);
process.exit(failed ? 1 : 0);
