import type { Stage } from '../../pipeline/stage.js';

/** Toponyms resolved to GeoNames places. (Stub: to be built.) */
export function places(): Stage {
  return { name: 'places', requires: ['sentences', 'mentions'], provides: ['places'], run() {} };
}
