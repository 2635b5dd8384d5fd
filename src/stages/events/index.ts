import type { Stage } from '../../pipeline/stage.js';

export interface EventsOptions {
  /** Extra pattern files. */
  dicts?: string[];
}

/** CAMEO/PLOVER events with source, target, date, place, modality and evidence. (Stub: to be built.) */
export function events(_options: EventsOptions = {}): Stage {
  return { name: 'events', requires: ['sentences', 'tokens', 'actors', 'places', 'quotes'], provides: ['events'], run() {} };
}
