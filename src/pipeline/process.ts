import { Worker } from 'node:worker_threads';
import type { Doc } from '../model/doc.js';
import type { ReadFailure, ReadItem } from '../ingest/types.js';
import { cleanArticle } from '../stages/clean/clean.js';
import { defaultPipeline, type PipelineOptions } from './registry.js';

export interface ProcessOptions extends PipelineOptions {
  /** Worker threads to code with; 1 codes on the main thread. */
  jobs?: number;
  /** Articles per batch handed to the sink (and per store transaction). */
  batchSize?: number;
  /**
   * Which of these content ids are already stored: those articles are cleaned (to learn their id)
   * but not coded again, and come back with only their text layer.
   */
  knownIds?: (ids: string[]) => Promise<Set<string>>;
}

export interface Batch {
  /** Coded docs, and (when knownIds is given) cleaned-only docs of already stored articles. */
  docs: Doc[];
  failures: ReadFailure[];
}

/** Drop what the store and the output never need (token arrays are large). */
export function slim(doc: Doc): Doc {
  doc.tokens = [];
  return doc;
}

type Coder = (docs: Doc[]) => Promise<Doc[]>;

/**
 * Read items -> coded Docs, in batches, with failures kept beside them. Cleaning runs here;
 * coding runs here (jobs = 1) or in worker threads. Batches keep input order, and at most
 * two batches per worker are in flight, so memory stays bounded whatever the input size.
 */
export async function* processItems(items: AsyncIterable<ReadItem>, options: ProcessOptions = {}): AsyncGenerator<Batch> {
  const batchSize = options.batchSize ?? 200;
  const jobs = Math.max(1, options.jobs ?? 1);
  // Workers get only plain pipeline options (functions such as knownIds cannot cross threads).
  const pool = jobs > 1 ? new WorkerPool(jobs, { dicts: options.dicts }) : null;
  const coder: Coder = pool ? (docs) => pool.code(docs) : inlineCoder(options);
  const inFlight: Array<Promise<Batch>> = [];

  const codeBatch = async (raw: Array<Doc>, failures: ReadFailure[]): Promise<Batch> => {
    const known = options.knownIds && raw.length ? await options.knownIds(raw.map((d) => d.article.id)) : new Set<string>();
    const todo = raw.filter((d) => !known.has(d.article.id));
    const coded = todo.length ? await coder(todo) : [];
    let k = 0;
    const docs = raw.map((d) => (known.has(d.article.id) ? slim(d) : coded[k++]));
    return { docs, failures };
  };

  try {
    let docs: Doc[] = [];
    let failures: ReadFailure[] = [];
    for await (const item of items) {
      if (item.kind === 'failure') failures.push(item.failure);
      else {
        try {
          docs.push(cleanArticle(item.article));
        } catch (err) {
          const o = item.article.origin;
          failures.push({ file: o.file, record: o.record, reason: `cannot clean: ${(err as Error).message}` });
        }
      }
      if (docs.length + failures.length >= batchSize) {
        inFlight.push(codeBatch(docs, failures));
        docs = [];
        failures = [];
        while (inFlight.length >= jobs * 2) yield await inFlight.shift()!;
      }
    }
    if (docs.length || failures.length) inFlight.push(codeBatch(docs, failures));
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await pool?.close();
  }
}

function inlineCoder(options: PipelineOptions): Coder {
  const pipeline = defaultPipeline(options);
  return async (docs) => docs.map((d) => slim(pipeline.runDoc(d)));
}

/** Worker threads that each build the pipeline once and code batches of cleaned Docs. */
class WorkerPool {
  private workers: Worker[];
  private idle: Worker[];
  private waiters: Array<(w: Worker) => void> = [];

  constructor(jobs: number, options: PipelineOptions) {
    // From dist/ the worker is compiled JS; from src/ (tests run through tsx) it is TypeScript.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    const execArgv = fromSource ? ['--import', 'tsx'] : [];
    // A worker's live data is small (dictionaries + one batch); capping its heap keeps V8 from growing
    // it lazily to gigabytes, so memory stays bounded whatever the input size.
    const resourceLimits = { maxOldGenerationSizeMb: 128 };
    this.workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: { options }, execArgv, resourceLimits }));
    this.idle = [...this.workers];
  }

  private acquire(): Promise<Worker> {
    return new Promise((resolve) => (this.idle.length ? resolve(this.idle.pop()!) : this.waiters.push(resolve)));
  }

  private release(w: Worker): void {
    if (this.waiters.length) this.waiters.shift()!(w);
    else this.idle.push(w);
  }

  async code(docs: Doc[]): Promise<Doc[]> {
    const w = await this.acquire();
    try {
      return await new Promise<Doc[]>((resolve, reject) => {
        const onMessage = (msg: { docs?: Doc[]; error?: string }) => {
          w.off('error', onError);
          if (msg.error) reject(new Error(msg.error));
          else resolve(msg.docs ?? []);
        };
        const onError = (err: Error) => {
          w.off('message', onMessage);
          reject(err);
        };
        w.once('message', onMessage);
        w.once('error', onError);
        w.postMessage({ docs });
      });
    } finally {
      this.release(w);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
