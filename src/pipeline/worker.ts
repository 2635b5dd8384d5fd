import { parentPort, workerData } from 'node:worker_threads';
import type { Doc, RawArticle } from '../model/doc.js';
import { cleanArticle } from '../stages/clean/clean.js';
import { defaultPipeline } from './registry.js';
import { cleanAll, codeAll } from './process.js';

// A coding worker: builds the pipeline once, then for each batch cleans the raw articles (answering with
// their content ids) and, when asked, codes those the main thread does not already have.
type Msg = { id: number; kind: 'clean'; articles: RawArticle[] } | { id: number; kind: 'code'; batch: number; known: string[] };

const pipeline = defaultPipeline(workerData?.options ?? {});
const cleanedBatches = new Map<number, Array<Doc | null>>();
parentPort!.on('message', (msg: Msg) => {
  try {
    if (msg.kind === 'clean') {
      const { docs, cleaned } = cleanAll(msg.articles, cleanArticle);
      cleanedBatches.set(msg.id, docs);
      parentPort!.postMessage({ id: msg.id, cleaned });
    } else {
      const docs = cleanedBatches.get(msg.batch) ?? [];
      cleanedBatches.delete(msg.batch);
      parentPort!.postMessage({ id: msg.id, docs: codeAll(docs, new Set(msg.known), (d) => pipeline.runDoc(d)) });
    }
  } catch (err) {
    if (msg.kind === 'code') cleanedBatches.delete(msg.batch);
    parentPort!.postMessage({ id: msg.id, error: (err as Error).stack ?? String(err) });
  }
});
