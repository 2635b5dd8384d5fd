import { Worker } from 'node:worker_threads';
import type { Doc, RawArticle } from '../model/doc.js';
import type { ReadFailure, ReadItem } from '../ingest/types.js';
import type { PipelineOptions } from './registry.js';

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

/** One read item of a batch: a read failure, or an article (cleaned and coded later). */
type Slot = { failure: ReadFailure } | { article: RawArticle };

/** What cleaning one article gave: its content id, or why it could not be cleaned. */
export type Cleaned = { id: string } | { error: string };

/** Handles the steps of one batch: clean (learn content ids), then code all but the known ones. */
interface Coder {
  /** Clean the batch's articles; returns one entry per article, in order. */
  clean(articles: RawArticle[]): Promise<{ cleaned: Cleaned[]; code: (known: Set<string>) => Promise<Doc[]> }>;
  close(): Promise<void>;
}

/**
 * Read items -> coded Docs, in batches, with failures kept beside them. With jobs = 1 cleaning and
 * coding run here; otherwise worker threads clean and code (the main thread only reads, asks which
 * ids are known, and hands batches on). Batches keep input order, and at most two batches per worker
 * are in flight, so memory stays bounded whatever the input size.
 */
export async function* processItems(items: AsyncIterable<ReadItem>, options: ProcessOptions = {}): AsyncGenerator<Batch> {
  const batchSize = options.batchSize ?? 200;
  const jobs = Math.max(1, options.jobs ?? 1);
  // Workers get only plain pipeline options (functions such as knownIds cannot cross threads).
  const coder: Coder = jobs > 1 ? new WorkerPool(jobs, { dicts: options.dicts }) : await inlineCoder(options);
  const inFlight: Array<Promise<Batch>> = [];

  const codeBatch = async (slots: Slot[]): Promise<Batch> => {
    const articles: RawArticle[] = [];
    for (const s of slots) if ('article' in s) articles.push(s.article);
    const { cleaned, code } = await coder.clean(articles);
    const failures: ReadFailure[] = [];
    const ids: string[] = [];
    let k = 0;
    // Failures in item order (read failures and cleaning failures interleaved as they were read).
    for (const s of slots) {
      if ('failure' in s) failures.push(s.failure);
      else {
        const c = cleaned[k++];
        if ('error' in c) {
          const o = s.article.origin;
          failures.push({ file: o.file, record: o.record, reason: `cannot clean: ${c.error}` });
        } else ids.push(c.id);
      }
    }
    const known = options.knownIds && ids.length ? await options.knownIds(ids) : new Set<string>();
    const docs = ids.length ? await code(known) : [];
    return { docs, failures };
  };

  try {
    let slots: Slot[] = [];
    for await (const item of items) {
      slots.push(item.kind === 'failure' ? { failure: item.failure } : { article: item.article });
      if (slots.length >= batchSize) {
        inFlight.push(codeBatch(slots));
        slots = [];
        while (inFlight.length >= jobs * 2) yield await inFlight.shift()!;
      }
    }
    if (slots.length) inFlight.push(codeBatch(slots));
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    // Let batches still running settle before the workers go (an error left them behind).
    await Promise.allSettled(inFlight);
    await coder.close();
  }
}

/** Clean each article; the cleaned docs (or null where cleaning failed) and what to report. */
export function cleanAll(articles: RawArticle[], cleanArticle: (a: RawArticle) => Doc): { docs: Array<Doc | null>; cleaned: Cleaned[] } {
  const docs: Array<Doc | null> = [];
  const cleaned: Cleaned[] = [];
  for (const a of articles) {
    try {
      const d = cleanArticle(a);
      docs.push(d);
      cleaned.push({ id: d.article.id });
    } catch (err) {
      docs.push(null);
      cleaned.push({ error: (err as Error).message });
    }
  }
  return { docs, cleaned };
}

/** Code the cleaned docs whose id is not known; known ones keep only their text layer. */
export function codeAll(docs: Array<Doc | null>, known: Set<string>, runDoc: (d: Doc) => Doc): Doc[] {
  const out: Doc[] = [];
  for (const d of docs) if (d) out.push(known.has(d.article.id) ? slim(d) : slim(runDoc(d)));
  return out;
}

async function inlineCoder(options: PipelineOptions): Promise<Coder> {
  // Loaded here, not at the top: with workers the main thread never needs the stages or their tables.
  const [{ defaultPipeline }, { cleanArticle }] = await Promise.all([import('./registry.js'), import('../stages/clean/clean.js')]);
  const pipeline = defaultPipeline(options);
  return {
    async clean(articles) {
      const { docs, cleaned } = cleanAll(articles, cleanArticle);
      return { cleaned, code: async (known) => codeAll(docs, known, (d) => pipeline.runDoc(d)) };
    },
    async close() {},
  };
}

type Reply = { id: number; cleaned?: Cleaned[]; docs?: Doc[]; error?: string };

/**
 * Worker threads that each build the pipeline once, then clean and code batches of raw articles.
 * A batch stays on one worker (it holds the cleaned docs between the two steps); each worker takes
 * its messages in order, so the next batch's cleaning can queue behind this one's coding.
 */
class WorkerPool implements Coder {
  private workers: Worker[];
  private load: number[];
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; worker: number }>();
  private nextId = 1;

  constructor(jobs: number, options: PipelineOptions) {
    // From dist/ the worker is compiled JS; from src/ (tests run through tsx) it is TypeScript.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    const execArgv = fromSource ? ['--import', 'tsx'] : [];
    // A worker's live data is small (dictionaries + two batches); capping its heap keeps V8 from growing
    // it lazily, so memory stays bounded whatever the input size. A small young generation (8 MB rather
    // than V8's 16-32 MB per worker) cost no measurable time on Reuters and saved ~40 MB of peak RSS at --jobs 2.
    const resourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };
    this.workers = Array.from({ length: jobs }, (_, i) => {
      const w = new Worker(url, { workerData: { options }, execArgv, resourceLimits });
      w.on('message', (msg: Reply) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error));
        else p.resolve(msg);
      });
      w.on('error', (err) => this.failWorker(i, err));
      w.on('exit', (code) => this.failWorker(i, new Error(`coding worker stopped (exit code ${code})`)));
      return w;
    });
    this.load = this.workers.map(() => 0);
  }

  private failWorker(i: number, err: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== i) continue;
      this.pending.delete(id);
      p.reject(err);
    }
  }

  private send(i: number, msg: object): Promise<Reply> {
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: i });
      this.workers[i].postMessage({ ...msg, id });
    });
  }

  async clean(articles: RawArticle[]): Promise<{ cleaned: Cleaned[]; code: (known: Set<string>) => Promise<Doc[]> }> {
    // The least loaded worker takes the batch.
    let i = 0;
    for (let j = 1; j < this.load.length; j++) if (this.load[j] < this.load[i]) i = j;
    this.load[i]++;
    let done = false;
    const finish = () => {
      if (!done) this.load[i]--;
      done = true;
    };
    try {
      const r = await this.send(i, { kind: 'clean', articles });
      const batch = r.id;
      return {
        cleaned: r.cleaned ?? [],
        code: async (known) => {
          try {
            const ids = [...known];
            return (await this.send(i, { kind: 'code', batch, known: ids })).docs ?? [];
          } finally {
            finish();
          }
        },
      };
    } catch (err) {
      finish();
      throw err;
    }
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
