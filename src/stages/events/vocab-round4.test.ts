import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { brief, code } from './test-helpers.js';

/**
 * Vocabulary round 4 (CAMEO roots 02-20): forms found missing on unseen text, and look-alikes that must
 * stay uncoded. Sentences written for these tests; actors put in by hand.
 */
const stage = events();
const run = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) =>
  code(stage, text, actors, { places }).events.map(brief);
const types = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) =>
  run(text, actors, places).map((b) => b.split(' ').slice(0, 2).join(' '));

describe('CONSULT (04x): a third party named before "mediation"', () => {
  it("talks under Y's mediation: a mediation by Y, and the talks are not with Y", () => {
    const got = types("Sudan's army and the rebels opened talks on Friday under Norway's mediation.", {
      "Sudan's army": 'SDN MIL',
      'the rebels': 'SDN REB',
      Norway: 'NOR',
    });
    expect(got).toContain('CONSULT 045');
    expect(run("Sudan's army and the rebels opened talks on Friday under Norway's mediation.", {
      "Sudan's army": 'SDN MIL',
      'the rebels': 'SDN REB',
      Norway: 'NOR',
    }).filter((b) => b.startsWith('CONSULT 046'))).not.toContainEqual(expect.stringContaining('-> Norway'));
  });
  it('life under the rule of Y is no mediation', () => {
    expect(types('Kenya lived under British rule for decades.', { Kenya: 'KEN', British: 'GBR' })).toEqual([]);
  });
});

describe('SANCTION (16x): leaving an organisation', () => {
  it('pulled out of / quit the Commonwealth, a federation', () => {
    expect(types('Gambia quit the Commonwealth on Wednesday.', { Gambia: 'GMB', 'the Commonwealth': '- IGO' })).toEqual(['SANCTION 160']);
    expect(types('Zimbabwe pulled out of the Commonwealth in 2003.', { Zimbabwe: 'ZWE', 'the Commonwealth': '- IGO' })).toEqual(['SANCTION 160']);
  });
  it('a team pulling out of a match is nothing', () => {
    expect(types('Zimbabwe pulled out of the match against England.', { Zimbabwe: 'ZWE', England: 'GBR' })).toEqual([]);
  });
});
