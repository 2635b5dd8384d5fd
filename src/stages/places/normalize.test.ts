import { describe, expect, it } from 'vitest';
import { normKey, hashKey } from './normalize.js';
// @ts-expect-error plain JS build script (runs before and without the TypeScript build)
import { normKey as scriptNormKey, hashKey as scriptHashKey } from '../../../scripts/build-gazetteer.mjs';

// The gazetteer is written by scripts/build-gazetteer.mjs and read by this stage: their keys must agree.
describe('gazetteer keys', () => {
  const names = ['Kyiv', 'Kiev', 'Nürnberg', 'Łódź', "Côte d'Ivoire", 'Hawai‘i', 'Zaporizhzhia-Oblast', 'St. Petersburg', 'Київ', '  Den   Haag ', 'Þórshöfn', 'İzmir'];
  it('the build script and the stage normalise names the same way', () => {
    for (const n of names) expect(scriptNormKey(n)).toBe(normKey(n));
  });
  it('and hash them the same way', () => {
    for (const n of names) {
      const k = normKey(n);
      if (k) expect(scriptHashKey(k)).toBe(hashKey(k));
    }
  });
});
