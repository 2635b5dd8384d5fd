import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { formMap, inflections } from './inflect.js';
import { brief, code } from './test-helpers.js';
import { addPlace } from './testing.js';

/**
 * The coverage of each CAMEO family with a PLOVER type: the common verbs, nouns, phrasal and
 * passive forms news uses. Sentences written for these tests; actors put in by hand, so these
 * tests do not depend on the actors stage.
 */
const stage = events();
const run = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) =>
  code(stage, text, actors, { places }).events.map(brief);

describe('ASSAULT: verbs, phrasal verbs, nouns and passives', () => {
  it('shoot dead, gun down, open fire', () => {
    expect(run('Soldiers shot dead two smugglers near the border.', { Soldiers: 'IRN MIL' })).toEqual(['ASSAULT 1823 Soldiers -> asserted']);
    expect(run('Militants gunned down a district governor.', { Militants: 'AFG REB', 'a district governor': 'AFG GOV' })).toEqual([
      'ASSAULT 1823 Militants -> a district governor asserted',
    ]);
    expect(run('The rebels opened fire on an army convoy.', { 'The rebels': 'COD REB', 'an army convoy': 'COD MIL' })).toEqual([
      'ASSAULT 193 The rebels -> an army convoy asserted',
    ]);
  });
  it('air strikes, barrages and bombs', () => {
    expect(run('The coalition carried out air strikes on rebel positions.', { 'The coalition': 'SAU MIL', rebel: 'YEM REB' })).toContain(
      'ASSAULT 195 The coalition -> rebel asserted',
    );
    expect(run('The army dropped barrel bombs on the town.', { 'The army': 'SYR MIL' })[0]).toMatch(/^ASSAULT 195 The army/);
    expect(run('The militia detonated a car bomb outside the ministry.', { 'The militia': 'IRQ REB' })).toEqual(['ASSAULT 1832 The militia -> asserted']);
  });
  it('a place in the target slot is coded as its country', () => {
    expect(run('Government artillery shelled Kharkiv overnight.', { 'Government artillery': 'RUS MIL' }, { Kharkiv: 'UKR' })).toEqual([
      'ASSAULT 194 Government artillery -> Kharkiv asserted',
    ]);
    const [e] = code(stage, 'The army fired rockets at Tel Aviv and Haifa.', { 'The army': 'IRQ MIL' }, {
      prepare: (doc) => {
        addPlace(doc, 'Tel Aviv', { country: 'ISR' });
        addPlace(doc, 'Haifa', { country: 'ISR' });
      },
    }).events;
    expect(e.event.target).toHaveLength(1);
  });
  it('a hospital "in" a place: the place is the target', () => {
    expect(run('The air force bombed a hospital in Idlib.', { 'The air force': 'SYR MIL' }, { Idlib: 'SYR' })).toEqual([
      'ASSAULT 195 The air force -> Idlib asserted',
    ]);
  });
  it('passive with an agent, abduction, hostage-taking', () => {
    expect(run('Three aid workers were kidnapped by gunmen.', { 'Three aid workers': '- NGO', gunmen: 'NGA REB' })).toEqual([
      'ASSAULT 181 gunmen -> Three aid workers asserted',
    ]);
    expect(run('The gang took 17 missionaries hostage.', { 'The gang': 'HTI CRM' })).toEqual(['ASSAULT 181 The gang -> asserted']);
  });
  it('destroying property, setting fire', () => {
    expect(run('Settlers set fire to Palestinian homes.', { Settlers: 'ISR CVL', Palestinian: 'PSE' })[0]).toMatch(/^ASSAULT 1712 Settlers/);
    expect(run('Troops demolished dozens of houses in the village.', { Troops: 'MMR MIL' })).toEqual(['ASSAULT 1712 Troops -> asserted']);
  });
  it('a killing by an attack named in the sentence is that attack', () => {
    expect(run('A drone strike by the army killed four fighters.', { 'the army': 'NGA MIL', 'four fighters': 'NGA REB' })).toEqual([
      'ASSAULT 195 the army -> four fighters asserted',
    ]);
  });
  it('the consequence of a coordinated attack is not a second attack', () => {
    expect(run('Gunmen stormed the hotel and killed 12 guests.', { Gunmen: 'SOM REB' })).toEqual(['ASSAULT 190 Gunmen -> asserted']);
  });
});

describe('COERCE', () => {
  it('arrests, round-ups, house arrest, charges', () => {
    expect(run('Police rounded up dozens of activists.', { Police: 'EGY COP' })).toEqual(['COERCE 173 Police -> asserted']);
    expect(run('The junta placed the president under house arrest.', { 'The junta': 'NER MIL', 'the president': 'NER GOV' })).toEqual([
      'COERCE 173 The junta -> the president asserted',
    ]);
    expect(run('Prosecutors charged the mayor with corruption.', { Prosecutors: 'TUR JUD', 'the mayor': 'TUR GOV' })).toEqual([
      'COERCE 173 Prosecutors -> the mayor asserted',
    ]);
  });
  it('coups and seizures of power aim at the government', () => {
    expect(run('The army ousted the prime minister.', { 'The army': 'THA MIL', 'the prime minister': 'THA GOV' })).toEqual([
      'COERCE 170 The army -> the prime minister asserted',
    ]);
  });
  it('censorship, bans on gatherings, curfews', () => {
    expect(run('The government shut down the internet.', { 'The government': 'ETH GOV' })[0]).toMatch(/^COERCE 1721 The government/);
    expect(run('The authorities banned the annual march.', { 'The authorities': 'RUS GOV' })[0]).toMatch(/^COERCE 172 The authorities/);
  });
  it('seizing a tanker, capturing towns', () => {
    expect(run('The navy seized a foreign oil tanker.', { 'The navy': 'IRN MIL' })).toEqual(['COERCE 1711 The navy -> asserted']);
    expect(run('The rebels captured three towns from the army.', { 'The rebels': 'MMR REB', 'the army': 'MMR MIL' })).toEqual([
      'COERCE 192 The rebels -> the army asserted',
    ]);
  });
  it('an agentless passive state act takes the state as its agent', () => {
    const [e] = run('The opposition leader was arrested in Harare.', { 'The opposition leader': 'ZWE OPP' }, { Harare: 'ZWE' });
    expect(e).toBe('COERCE 173 government of ZWE -> The opposition leader asserted');
  });
});

describe('PROTEST', () => {
  it('marches, rallies, strikes and boycotts, aimed at the government', () => {
    expect(run('Thousands of teachers marched on parliament.', { 'Thousands of teachers': 'KEN CVL' })).toEqual([
      'PROTEST 141 Thousands of teachers -> government of KEN asserted',
    ]);
    expect(run('Dock workers walked off the job on Monday.', { 'Dock workers': 'GBR CVL' })[0]).toMatch(/^PROTEST 143 Dock workers/);
    expect(run('The opposition boycotted the elections.', { 'The opposition': 'BGD OPP' })[0]).toMatch(/^PROTEST 143 The opposition/);
  });
  it('a government does not demonstrate; air strikes are no labour strike', () => {
    expect(run('Moscow clearly demonstrated its resolve.', { Moscow: 'RUS GOV' })).toEqual([]);
    expect(run('The air force launched air strikes overnight.', { 'The air force': 'ISR MIL' })[0]).toMatch(/^ASSAULT/);
  });
});

describe('CONSULT, AGREE, SUPPORT', () => {
  it('visits, hosting, phone calls and talks', () => {
    expect(run('The Turkish president flew to Moscow for talks with Putin.', { 'The Turkish president': 'TUR GOV', Moscow: 'RUS GOV', Putin: 'RUS GOV' })[0]).toMatch(
      /^CONSULT 042 The Turkish president -> (Moscow|Putin)/,
    );
    expect(run('The emir hosted the Iranian foreign minister.', { 'The emir': 'QAT GOV', 'the Iranian foreign minister': 'IRN GOV' })).toEqual([
      'CONSULT 043 The emir -> the Iranian foreign minister asserted',
    ]);
    expect(run('Negotiators from Colombia and the rebels resumed talks.', { Colombia: 'COL', 'the rebels': 'COL REB' })).toEqual([
      'CONSULT 046 Colombia+the rebels -> Colombia+the rebels asserted',
    ]);
  });
  it('pledges and commitments', () => {
    expect(run('Norway pledged $50 million in loans to Kenya.', { Norway: 'NOR', Kenya: 'KEN' })).toEqual(['AGREE 0331 Norway -> Kenya asserted']);
    expect(run('The two governments agreed to restore diplomatic relations.', { 'The two governments': 'SAU GOV' })).toEqual([]);
  });
  it('praise, congratulations, recognition, signing', () => {
    expect(run('The chancellor congratulated the new president.', { 'The chancellor': 'DEU GOV', 'the new president': 'FRA GOV' })).toEqual([
      'SUPPORT 051 The chancellor -> the new president asserted',
    ]);
    expect(run('Ireland recognised Palestine as a state.', { Ireland: 'IRL', Palestine: 'PSE' })).toEqual(['SUPPORT 054 Ireland -> Palestine asserted']);
    expect(run('The accord signed by Armenia and Azerbaijan ended the war.', { Armenia: 'ARM', Azerbaijan: 'AZE' })[0]).toBe(
      'SUPPORT 057 Armenia+Azerbaijan -> Armenia+Azerbaijan asserted',
    );
  });
});

describe('REQUEST, ACCUSE, REJECT, THREATEN', () => {
  it('appeals with a preposition before the object', () => {
    expect(run('The president pleaded with donors to send food.', { 'The president': 'SOM GOV', donors: '- GOV' })).toEqual([
      'REQUEST 023 The president -> donors asserted',
    ]);
  });
  it('condemning an act, trading accusations, blaming each other', () => {
    expect(run('Egypt condemned the attack on the embassy.', { Egypt: 'EGY' })).toEqual(['ACCUSE 111 Egypt -> asserted']);
    expect(run('Serbia and Kosovo blamed each other for the clashes.', { Serbia: 'SRB', Kosovo: 'XKX' })).toEqual([
      'ACCUSE 112 Serbia+Kosovo -> Serbia+Kosovo asserted',
    ]);
  });
  it('refusals and vetoes', () => {
    expect(run('The general refused to cede power.', { 'The general': 'GMB GOV' })).toEqual(['REJECT 124 The general -> asserted']);
  });
  it('ultimatums and warnings', () => {
    expect(run('Washington gave the regime 48 hours to leave.', { Washington: 'USA GOV', 'the regime': 'IRQ GOV' })).toEqual([
      'THREATEN 139 Washington -> the regime asserted',
    ]);
  });
});

describe('SANCTION, MOBILIZE, AID, RETREAT, CONCEDE', () => {
  it('expulsions and withdrawals', () => {
    expect(run('The junta ordered the peacekeepers to leave.', { 'The junta': 'MLI MIL', 'the peacekeepers': '- IGO' })[0]).toMatch(/^SANCTION 166 The junta/);
    expect(run('Moscow pulled out of the arms control treaty.', { Moscow: 'RUS GOV' })[0]).toMatch(/^SANCTION 160 Moscow/);
  });
  it('force posture: drills, alerts, deployments (not for firefighting)', () => {
    expect(run('The navy held live-fire drills near the island.', { 'The navy': 'CHN MIL' })[0]).toMatch(/^MOBILIZE 150 The navy/);
    expect(run('Athens sent aircraft to fight the wildfires.', { Athens: 'GRC GOV' }).some((e) => e.startsWith('MOBILIZE'))).toBe(false);
  });
  it('aid, asylum, receiving weapons', () => {
    expect(run('Kenya received armoured vehicles from China.', { Kenya: 'KEN', China: 'CHN' })).toEqual(['AID 072 China -> Kenya asserted']);
  });
  it('releases, pull-outs, surrenders; concessions to protesters', () => {
    expect(run('The rebels freed 30 prisoners of war.', { 'The rebels': 'COL REB' })).toEqual(['RETREAT 0841 The rebels -> asserted']);
    expect(run('The fighters surrendered to government forces.', { 'The fighters': 'SYR REB', 'government forces': 'SYR MIL' })).toEqual([
      'RETREAT 0874 The fighters -> government forces asserted',
    ]);
    expect(run('The government scrapped the fuel price hike after days of protests.', { 'The government': 'NGA GOV' })).toEqual([
      'CONCEDE 0832 The government -> civilians of Nigeria asserted',
    ]);
  });
});

describe('clauses: pronouns, relatives, demands', () => {
  it('a pronoun subject is the nearest fitting actor', () => {
    expect(run('Police beat the students as they marched to the square.', { Police: 'CZE COP', 'the students': 'CZE CVL' })).toContain(
      'PROTEST 141 the students -> government of CZE asserted',
    );
  });
  it('a subject before a relative clause without commas', () => {
    expect(run('Fighters who had held the plant for weeks surrendered to the army.', { Fighters: 'UKR MIL', 'the army': 'RUS MIL' })).toEqual([
      'RETREAT 0874 Fighters -> the army asserted',
    ]);
  });
  it('the subjunctive content of a demand is not an event', () => {
    expect(run('The council demanded that Ethiopia withdraw its troops.', { 'The council': '- IGO', Ethiopia: 'ETH' })).toEqual([
      'REQUEST 1056 The council -> Ethiopia asserted',
    ]);
  });
  it('a request\'s purpose and a vote\'s content are not events', () => {
    expect(run('Parliament voted to expel the ambassador.', { Parliament: 'IRQ LEG' })).toEqual([]);
    expect(run('The army asked Egypt for weapons to fight the rebels.', { 'The army': 'SDN MIL', Egypt: 'EGY', 'the rebels': 'SDN REB' })).toEqual([
      'REQUEST 0232 The army -> Egypt asserted',
    ]);
  });
  it('attributive participles name a state, not an event', () => {
    expect(run('Diplomats discussed the jailed opposition leader.', { Diplomats: '- GOV', 'opposition leader': 'RUS OPP' })).toEqual([]);
  });
});

describe('generic agents get a country from the sentence', () => {
  it('"police in Prague"', () => {
    const { events: evs, doc } = code(stage, 'Riot police in Prague beat the marchers.', { 'Riot police': '- COP', 'the marchers': '- CVL' }, {
      prepare: (d) => addPlace(d, 'Prague', { country: 'CZE' }),
    });
    const src = doc.actors.find((a) => a.id === evs[0].event.source[0])!;
    expect(src.country).toBe('CZE');
    expect(src.sector).toBe('COP');
  });
});

describe('inflections', () => {
  it('regular and irregular forms', () => {
    expect(inflections('shell')).toEqual(expect.arrayContaining(['shells', 'shelled', 'shelling']));
    expect(inflections('strike')).toEqual(expect.arrayContaining(['strikes', 'struck', 'striking', 'stricken']));
    expect(inflections('ban')).toEqual(expect.arrayContaining(['banned', 'banning']));
    expect(inflections('patrol')).toEqual(expect.arrayContaining(['patrolled']));
    expect(inflections('policeman')).toContain('policemen');
    const m = formMap(['shoot', 'talk', 'talks']);
    expect(m.get('shot')).toBe('shoot');
    expect(m.get('talks')).toBe('talk');
  });
});
