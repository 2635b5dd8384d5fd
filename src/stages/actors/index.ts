import type { Stage } from '../../pipeline/stage.js';

export interface ActorsOptions {
  /** Extra dictionary files (YAML/TSV or PETRARCH .actors). */
  dicts?: string[];
}

/** Mentions of people, organisations, countries and agents, coded into actors. (Stub: to be built.) */
export function actors(_options: ActorsOptions = {}): Stage {
  return { name: 'actors', requires: ['sentences', 'tokens'], provides: ['mentions', 'actors'], run() {} };
}
