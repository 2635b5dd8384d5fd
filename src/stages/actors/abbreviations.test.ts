import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

describe('abbreviations defined in the text', () => {
  it('binds coordinated abbreviations to coordinated names, in order', () => {
    const doc = code("The heads of the Donetsk and Lugansk People's Republics (DPR and LPR) wrote to Moscow. Later the LPR said the DPR agreed.");
    const dpr = actorAt(doc, 'DPR');
    const lpr = actorAt(doc, 'LPR');
    expect(dpr).toMatchObject({ name: "Donetsk People's Republic", code: 'UKRREB' });
    expect(lpr).toMatchObject({ name: "Lugansk People's Republic", code: 'UKRREB' });
    expect(actorAt(doc, 'the LPR')?.id).toBe(lpr?.id);
  });

  it('an unknown organisation defined by its abbreviation is an actor under it', () => {
    const doc = code('The Zarvanian Liberation Front (ZLF) claimed the attack. A ZLF commander said more would follow.');
    const zlf = actorAt(doc, 'ZLF');
    expect(zlf?.name).toBe('Zarvanian Liberation Front');
    expect(zlf?.sector).toBe('REB');
    expect(actorAt(doc, 'A ZLF commander')?.sector).toBe('REB');
  });

  it('does not rebind an abbreviation the dictionary knows for something else, nor one that does not fit', () => {
    const doc = code('Tensions rose between Kyiv and the United States (CNN). CNN reported it first.');
    expect(actorAt(doc, 'CNN')?.sector).toBe('MED');
  });
});
