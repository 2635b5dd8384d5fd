#!/usr/bin/env node
// Actor coding accuracy on hand-annotated sentences from real articles (test/gold/actors.real.jsonl, or the file given
// with `--gold FILE`, e.g. test/gold/actors.heldout.jsonl). `npm run eval:actors` (after `npm run build`). Prints precision and recall of actor coding (country + sector),
// and the misses. A predicted mention counts when it overlaps a gold mention; it is right when the country matches
// and the sector matches (or an accepted alternative).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGoldArticle, findAnchor, rawArticleOf, haveCorpus, corpusRoot } from './gold-corpus.js';

const root = new URL('..', import.meta.url).pathname;
const { defaultPipeline } = await import(root + 'dist/pipeline/registry.js');
if (!haveCorpus) {
  console.error(`eval-actors: no corpus at ${corpusRoot} (set WIRECODER_CORPUS)`);
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const goldArg = process.argv.indexOf('--gold');
const goldFile = goldArg >= 0 ? resolve(process.argv[goldArg + 1]) : root + 'test/gold/actors.real.jsonl';
const gold = readFileSync(goldFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const pipeline = defaultPipeline();
const docs = new Map();

let tp = 0; // gold mentions found with the right coding
let goldN = 0; // gold mentions (non-optional)
let predN = 0; // predicted actor mentions inside the gold sentences
let predRight = 0; // predicted mentions that overlap a gold mention with the right coding
let found = 0; // gold mentions overlapped by some prediction, whatever its coding
const misses = [];
const wrong = [];

const sectorOk = (g, a) => {
  const want = [g.sector ?? null, ...(g.alt_sector ?? [])];
  return want.includes(a.sector ?? null) || (g.code && a.code === g.code);
};
const countryOk = (g, a) => [g.country ?? null, ...(g.alt_country ?? [])].includes(a.country ?? null);

for (const rec of gold) {
  const art = loadGoldArticle(rec);
  if (!docs.has(art.key)) docs.set(art.key, pipeline.run(rawArticleOf(art)));
  const doc = docs.get(art.key);
  const sStart = findAnchor(doc.text, rec.anchor);
  if (sStart < 0) {
    console.error(`anchor not found: ${rec.id} ${rec.anchor}`);
    continue;
  }
  // Each gold mention sits at its offset from the anchor (the text may have shifted by a few characters in
  // cleaning: search from just before it). The scored range runs from the anchor's sentence to the last gold mention.
  const golds = rec.actors.map((g) => {
    const at = findAnchor(doc.text, g.text, Math.max(sStart, sStart + (g.offset ?? 0) - 8));
    return { ...g, start: at, end: at < 0 ? -1 : at + g.text.length };
  });
  const sent = doc.sentences.find((s) => s.start <= sStart && s.end > sStart) ?? { start: sStart, end: sStart + 400 };
  const lastGold = Math.max(sent.end, ...golds.map((g) => g.end));
  // The anchor is the sentence start by the annotation rules: when the segmenter glued debris before it (a video
  // caption, "repression.The"), what comes before the anchor was not annotated and is not scored.
  const range = { start: Math.max(sent.start, sStart), end: doc.sentences.find((s) => s.start <= lastGold - 1 && s.end >= lastGold)?.end ?? lastGold };
  const actorById = new Map(doc.actors.map((a) => [a.id, a]));
  const preds = doc.mentions.filter((m) => m.actor && m.start >= range.start && m.end <= range.end && m.kind !== 'pronoun');
  for (const g of golds) {
    if (g.optional || g.nested) continue;
    goldN++;
    const hits = preds.filter((m) => m.start < g.end && m.end > g.start);
    if (hits.length) found++;
    const ok = hits.some((m) => {
      const a = actorById.get(m.actor);
      return a && countryOk(g, a) && sectorOk(g, a);
    });
    if (ok) tp++;
    else misses.push(`${rec.id} "${g.text}" want ${g.country}/${g.sector}; got ${hits.map((m) => { const a = actorById.get(m.actor); return `"${doc.text.slice(m.start, m.end)}"=${a?.country}/${a?.sector}`; }).join(', ') || 'nothing'}`);
  }
  for (const m of preds) {
    predN++;
    const a = actorById.get(m.actor);
    // Right when any gold mention it overlaps (optional and nested ones included) has its coding.
    const over = golds.filter((g) => g.start >= 0 && m.start < g.end && m.end > g.start);
    const g = over.find((g) => a && countryOk(g, a) && sectorOk(g, a)) ?? over[0];
    if (g && a && countryOk(g, a) && sectorOk(g, a)) predRight++;
    else wrong.push(`${rec.id} "${doc.text.slice(m.start, m.end)}" coded ${a?.code} (${g ? `gold ${g.country}/${g.sector}` : 'not an actor in gold'})`);
  }
}

const p = predRight / Math.max(1, predN);
const r = tp / Math.max(1, goldN);
console.log(`actor coding on ${gold.length} real sentences (${goldFile.slice(goldFile.lastIndexOf('/') + 1)}): ${goldN} gold mentions, ${predN} predicted`);
console.log(`  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}  (found, any coding: ${(found / Math.max(1, goldN)).toFixed(3)})`);
if (verbose) {
  console.log('\nmissed or miscoded gold mentions:\n  ' + misses.join('\n  '));
  console.log('\npredictions not matching gold:\n  ' + wrong.join('\n  '));
} else console.log(`  (--verbose lists the ${misses.length} misses and ${wrong.length} unmatched predictions)`);
