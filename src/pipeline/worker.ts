import { parentPort, workerData } from 'node:worker_threads';
import type { Doc } from '../model/doc.js';
import { defaultPipeline } from './registry.js';
import { slim } from './process.js';

// A coding worker: builds the pipeline once, then codes batches of cleaned Docs.
const pipeline = defaultPipeline(workerData?.options ?? {});
parentPort!.on('message', (msg: { docs: Doc[] }) => {
  try {
    parentPort!.postMessage({ docs: msg.docs.map((d) => slim(pipeline.runDoc(d))) });
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
