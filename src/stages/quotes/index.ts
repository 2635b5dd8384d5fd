import type { Stage } from '../../pipeline/stage.js';

/** Direct and reported speech with speakers and attribution chains. (Stub: to be built.) */
export function quotes(): Stage {
  return { name: 'quotes', requires: ['sentences', 'tokens', 'actors'], provides: ['quotes'], run() {} };
}
