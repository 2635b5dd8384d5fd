import type { Doc, RawArticle } from '../model/doc.js';
import { cleanArticle } from '../stages/clean/clean.js';
import { segment } from '../stages/segment/segment.js';
import { buildPipeline } from '../pipeline/run.js';
import type { Stage } from '../pipeline/stage.js';

const segmenter = segment();

/** A raw article from a string, for tests. */
export function rawArticle(text: string, meta: Partial<Omit<RawArticle, 'text'>> = {}): RawArticle {
  return {
    text,
    title: meta.title ?? null,
    date: meta.date ?? '2022-02-24',
    source: meta.source ?? null,
    url: meta.url ?? null,
    sourceId: meta.sourceId ?? null,
    origin: meta.origin ?? { file: 'test', record: null, format: 'text' },
  };
}

/**
 * A Doc made by hand for a stage's tests: cleaned and segmented, then run through the given
 * stages (e.g. `makeDoc('Putin met Biden.', [actors()])`).
 */
export function makeDoc(text: string, stages: Stage[] = [], meta: Partial<Omit<RawArticle, 'text'>> = {}): Doc {
  return buildPipeline([segmenter, ...stages]).run(rawArticle(text, meta));
}
