import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Round 6 (rvb): real-news wording for the conflictual roots 09-20 (press releases, wires,
 * newspapers). One or more sentences per new pattern family, written for these tests, with
 * hand-made actors; and the metaphors and business uses each family must not code.
 */
const stage = events();
const { run, types } = runners(stage);

describe('FIGHT (19x): wars launched, advances, strikes on homes', () => {
  it('launched / unleashed / waged a (full-scale) war against Y', () => {
    expect(run('Russia unleashed a brutal war on Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['ASSAULT 190 Russia -> Ukraine asserted']);
    expect(types('Russia waged a full-scale war against Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['ASSAULT 190']);
    expect(types('Moscow started the war in Ukraine.', { Moscow: 'RUS GOV' }, { Ukraine: 'UKR' })).toEqual(['ASSAULT 190']);
  });
  it('made an advance towards a city', () => {
    expect(types('The troops are making an advance towards Kyiv.', { 'The troops': 'RUS MIL' }, { Kyiv: 'UKR' })).toEqual(['ASSAULT 190']);
  });
  it('hit an apartment block / residential buildings', () => {
    expect(types('The army hit an apartment block in Kyiv.', { 'The army': 'RUS MIL' }, { Kyiv: 'UKR' })).toEqual(['ASSAULT 195']);
  });
  it('a trade, sanctions or economic war is no fighting', () => {
    expect(types('The United States launched a trade war against China.', { 'The United States': 'USA', China: 'CHN' })).toEqual([]);
    expect(types('The West unleashed a sanctions war against Russia.', { 'The West': '- GOV', Russia: 'RUS' })).toEqual([]);
    expect(types('Brussels waged an economic war against Moscow.', { Brussels: '- IGO', Moscow: 'RUS GOV' })).toEqual([]);
  });
});

describe('PROTEST (14x): on strike, striking for pay, strikes proposed', () => {
  it('were still / remained on (indefinite) strike', () => {
    expect(types('The dockers remained on indefinite strike.', { 'The dockers': 'BRA LAB' })).toEqual(['PROTEST 143']);
    expect(types('The teachers were still on strike on Monday.', { 'The teachers': 'ZMB EDU' })).toEqual(['PROTEST 143']);
  });
  it('on hunger strike', () => {
    expect(types('The miners are on hunger strike.', { 'The miners': 'BOL LAB' })).toEqual(['PROTEST 142']);
  });
  it('striking for a pay rise', () => {
    expect(types('The workers are striking for a 40 pct pay rise.', { 'The workers': 'BRA LAB' })).toEqual(['PROTEST 143']);
  });
  it('proposed / voted for a general strike', () => {
    expect(types('The unions proposed a general strike for July 15.', { 'The unions': 'BRA LAB' })).toEqual(['PROTEST 143']);
  });
  it('no labour strike: an air strike, a price on strike', () => {
    expect(types('The army remained on alert after the air strike.', { 'The army': 'ISR MIL' })).toEqual([]);
  });
});

describe('ACCUSE (11x): rebukes earned', () => {
  it('the remarks earned a rebuke from Y', () => {
    expect(types('The remarks earned a rebuke from Zelenskiy.', { Zelenskiy: 'UKR GOV' })).toEqual(['ACCUSE 111']);
  });
});
