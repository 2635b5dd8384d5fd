import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Vocabulary round 4 (CAMEO roots 02-20): forms found missing on unseen text, and look-alikes that must
 * stay uncoded. Sentences written for these tests; actors put in by hand.
 */
const stage = events();
const { run, types } = runners(stage);

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
  it('quit / pulled out of a federation or a court (the Commonwealth is left to vocab-coop.test.ts, which wants no event)', () => {
    expect(types('Gambia quit the African federation on Wednesday.', { Gambia: 'GMB', 'the African federation': '- IGO' })).toEqual(['SANCTION 160']);
    expect(types('Burundi pulled out of the International Criminal Court.', { Burundi: 'BDI', 'the International Criminal Court': '- IGO' })).toEqual(['SANCTION 160']);
  });
  it('a team pulling out of a match is nothing', () => {
    expect(types('Zimbabwe pulled out of the match against England.', { Zimbabwe: 'ZWE', England: 'GBR' })).toEqual([]);
  });
});

describe('SANCTION (16x): no withdrawal from an aspiration', () => {
  it('abandoning aspirations to join NATO is not leaving it', () => {
    expect(types('Ukraine offered neutrality, abandoning aspirations to join NATO.', { Ukraine: 'UKR', NATO: '- IGO' })).not.toContain(
      'SANCTION 160',
    );
  });
});

describe('ACCUSE (111): condemning an act named by a noun, its doer after by/of', () => {
  it('condemned the visit by Y; criticised the decision of Y', () => {
    expect(run('China condemned the visit by Pelosi to Taiwan.', { China: 'CHN', Pelosi: 'USA LEG', Taiwan: 'TWN' })).toEqual([
      'ACCUSE 111 China -> Pelosi asserted',
    ]);
    expect(types('Moscow criticised the decision of the alliance.', { Moscow: 'RUS GOV', 'the alliance': '- IGO' })).toEqual(['ACCUSE 111']);
  });
  it('protesting a mine planned by a company is no condemnation of the company', () => {
    expect(types('Villagers marched to protest against a mine planned by Rio Tinto.', { Villagers: 'SRB CVL', 'Rio Tinto': 'AUS BUS' })).not.toContain(
      'ACCUSE 111',
    );
  });
});

describe('ASSAULT (190): a military campaign', () => {
  it('unleashed a military campaign against Y; waged a bombing campaign in Y', () => {
    expect(run('Russia unleashed a military campaign against Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual([
      'ASSAULT 190 Russia -> Ukraine asserted',
    ]);
    expect(types('Israel waged a bombing campaign in Gaza.', { Israel: 'ISR', Gaza: 'PSE' })).toEqual(['ASSAULT 190']);
  });
  it('an election or advertising campaign is no attack', () => {
    expect(types('Macron launched his election campaign against Le Pen.', { Macron: 'FRA GOV', 'Le Pen': 'FRA OPP' })).toEqual([]);
    expect(types('Toyota launched an advertising campaign in Japan.', { Toyota: 'JPN BUS', Japan: 'JPN' })).toEqual([]);
  });
});

describe('CONSULT (042): a private visit is no diplomatic visit', () => {
  it('came to Y on a private visit', () => {
    expect(types('Kissinger came to Brazil on a private visit.', { Kissinger: 'USA GOV', Brazil: 'BRA' })).toEqual([]);
    expect(types('Scholz arrived in Kyiv for talks.', { Scholz: 'DEU GOV', Kyiv: 'UKR GOV' })).toEqual(['CONSULT 042']);
  });
});

describe('ACCUSE (111): condemning an attack by Y targets its doer', () => {
  it('condemned the shelling of a city by Y', () => {
    expect(run('Kuleba condemned the shelling of Kharkiv by Russian forces.', { Kuleba: 'UKR GOV', Kharkiv: 'UKR', 'Russian forces': 'RUS MIL' }).filter((b) =>
      b.startsWith('ACCUSE'),
    )).toEqual(['ACCUSE 111 Kuleba -> Russian forces asserted']);
  });
  it('without a by-phrase the condemned act keeps its target', () => {
    expect(types('Italy condemned the invasion of Ukraine.', { Italy: 'ITA GOV', Ukraine: 'UKR' })).toContain('ACCUSE 111');
  });
});

describe('COERCE (173): a wanted list', () => {
  it('put Y on a wanted list; added Y to its wanted list', () => {
    expect(run('Russia added Zelensky to its wanted list.', { Russia: 'RUS GOV', Zelensky: 'UKR GOV' })).toEqual([
      'COERCE 173 Russia -> Zelensky asserted',
    ]);
    expect(types('China put the activists on a wanted list.', { China: 'CHN GOV', 'the activists': 'HKG CVL' })).toEqual(['COERCE 173']);
  });
  it('a wish list or shopping list is nothing', () => {
    expect(types('Kyiv put tanks on its wish list for Germany.', { Kyiv: 'UKR GOV', Germany: 'DEU' })).not.toContain('COERCE 173');
  });
});

describe('CONCEDE (082): protesters ending their protest', () => {
  it('called off their strike; ended their hunger strike; farmers announced a truce', () => {
    expect(types('The workers called off their strike on Monday.', { 'The workers': 'BEL LAB' })).toEqual(['CONCEDE 082']);
    expect(types('The jailed activists ended their hunger strike.', { 'The jailed activists': 'RUS CVL' })).toEqual(['CONCEDE 082']);
    expect(types('The farmers announced a truce.', { 'The farmers': 'ESP AGR' })).toEqual(['CONCEDE 082']);
  });
  it('a state halting air strikes is no eased dissent; beginning a hunger strike is a protest', () => {
    expect(types('Israel halted air strikes on Gaza.', { Israel: 'ISR', Gaza: 'PSE' })).not.toContain('CONCEDE 082');
    expect(types('Navalny began a hunger strike.', { Navalny: 'RUS OPP' })).toEqual(['PROTEST 142']);
  });
});
