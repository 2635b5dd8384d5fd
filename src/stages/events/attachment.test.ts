import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { brief, code } from './test-helpers.js';
import { addPlace } from './testing.js';

/**
 * Attaching targets: country adjectives in a target phrase, and the fallbacks for an event whose
 * pattern found no target (see README "Source and target"). Sentences written for these tests;
 * actors and places put in by hand.
 */
const stage = events();
const run = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) =>
  code(stage, text, actors, {
    prepare: (doc) => {
      for (const [p, iso] of Object.entries(places)) addPlace(doc, p, { country: iso });
    },
  }).events;
const briefs = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) => run(text, actors, places).map(brief);

describe('country adjectives in a target phrase', () => {
  it('"at two Iraqi bases" is a target slot filled by Iraq', () => {
    expect(briefs('Iran fired a dozen missiles at two Iraqi bases on Wednesday.', { Iran: 'IRN' })).toEqual(['ASSAULT 195 Iran -> Iraq asserted']);
  });
  it('coordinated: "Saudi oilfields and Israel"', () => {
    expect(briefs('Iraq shelled Saudi oilfields and Israel.', { Iraq: 'IRQ', Israel: 'ISR' })).toEqual(['ASSAULT 194 Iraq -> Saudi Arabia+Israel asserted']);
  });
  it('not a name that starts with a demonym ("Indian Ocean") nor "inter-Korean"', () => {
    const evs = run('The navy shelled islands in the Indian Ocean.', { 'The navy': 'FRA MIL' });
    expect(evs.map((e) => e.target.join('+'))).not.toContain('India');
  });
});
