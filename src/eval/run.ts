import type { Doc, RawArticle } from '../model/doc.js';
import type { Pipeline } from '../pipeline/run.js';
import { loadCodes } from '../stages/events/codes.js';
import type { GoldRecord } from './gold.js';
import { score, type PredEvent, type Report } from './score.js';

/** The predicted events of a coded Doc, with their actors spelled out for scoring. */
export function predictedEvents(doc: Doc, from = 0): PredEvent[] {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const actor = (id: string) => {
    const a = byId.get(id);
    return { country: a?.country ?? null, sector: a?.sector ?? null, name: a?.name ?? id };
  };
  // with a context before the sentence: the events reported in the sentence (an event also reported earlier counts)
  return doc.events.filter((e) => e.evidence.some((s) => s.start >= from)).map((e) => ({
    plover: e.plover.type,
    cameo: e.cameo,
    modality: e.modality,
    negated: e.negated,
    source: e.source.map(actor),
    target: e.target.map(actor),
    pattern: e.pattern,
    evidence: e.evidence.map((s) => doc.text.slice(s.start, s.end)).join(' | '),
  }));
}

function rawArticle(r: GoldRecord, n: number, file: string): RawArticle {
  return {
    // the context is its own paragraph(s) before the sentence
    text: r.context ? `${r.context}\n\n${r.text}` : r.text,
    title: null,
    date: r.date ?? null,
    source: null,
    url: null,
    sourceId: r.id,
    origin: { file, record: n + 1, format: 'jsonl' },
  };
}

/** Code every gold text with the pipeline and score the events. */
export function evaluate(gold: GoldRecord[], pipeline: Pipeline, file = 'gold'): { report: Report; ms: number } {
  const t0 = performance.now();
  const predictions = new Map<string, PredEvent[]>();
  gold.forEach((r, n) => {
    const doc = pipeline.run(rawArticle(r, n, file));
    predictions.set(r.id, predictedEvents(doc, r.context ? doc.text.lastIndexOf('\n\n') + 2 : 0));
  });
  const ms = performance.now() - t0;
  const codes = loadCodes();
  return { report: score(gold, predictions, (c) => codes.get(c)?.plover ?? null), ms };
}
