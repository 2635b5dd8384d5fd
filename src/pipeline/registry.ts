import type { Stage } from './stage.js';
import { buildPipeline, type Pipeline } from './run.js';
import { segment } from '../stages/segment/segment.js';
import { actors } from '../stages/actors/index.js';
import { places } from '../stages/places/index.js';
import { quotes } from '../stages/quotes/index.js';
import { events } from '../stages/events/index.js';

export interface PipelineOptions {
  /** Extra dictionary files (actors, patterns) given with --dict. */
  dicts?: string[];
}

/** The stages of the default pipeline, in order. Each is made once; its tables are built then. */
export function defaultStages(options: PipelineOptions = {}): Stage[] {
  return [segment(), actors({ dicts: options.dicts }), places(), quotes(), events({ dicts: options.dicts })];
}

export function defaultPipeline(options: PipelineOptions = {}): Pipeline {
  return buildPipeline(defaultStages(options));
}
