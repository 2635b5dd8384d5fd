import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { brief, code } from './test-helpers.js';

/**
 * One or more sentences per pattern family (CAMEO root), written for these tests.
 * Actors are put in by hand, so these tests do not depend on the actors stage.
 */
const stage = events();
const first = (text: string, actors: Record<string, string>) => {
  const { events: evs } = code(stage, text, actors);
  return evs.map(brief);
};

describe('02 appeal -> REQUEST', () => {
  it('asks for military help', () => {
    expect(first('The rebel leaders asked Moscow to send help in repelling the government offensive.', { 'The rebel leaders': 'GEO REB', Moscow: 'RUS GOV' })).toContain(
      'REQUEST 0232 The rebel leaders -> Moscow asserted',
    );
  });
  it('urges restraint without a target', () => {
    expect(first('Beijing urged restraint on both sides.', { Beijing: 'CHN GOV' })).toEqual(['REQUEST 0256 Beijing -> asserted']);
  });
  it('calls on a party to negotiate', () => {
    expect(first('The Arab League called on Damascus to return to negotiations.', { 'The Arab League': '- IGO', Damascus: 'SYR GOV' })).toEqual([
      'REQUEST 026 The Arab League -> Damascus asserted',
    ]);
  });
});

describe('03 intent -> AGREE', () => {
  it('pledges humanitarian aid', () => {
    expect(first('Canada pledged 50 million dollars in humanitarian aid to Sudan.', { Canada: 'CAN', Sudan: 'SDN' })).toEqual([
      'AGREE 0333 Canada -> Sudan asserted',
    ]);
  });
  it('agrees to meet', () => {
    expect(first('Serbia agreed to meet Kosovo negotiators in Brussels.', { Serbia: 'SRB', 'Kosovo negotiators': 'XKX GOV' })).toEqual([
      'AGREE 036 Serbia -> Kosovo negotiators asserted',
    ]);
  });
});

describe('04 consult -> CONSULT', () => {
  it('meets (directed)', () => {
    expect(first('The Indian foreign minister met his Chinese counterpart on Friday.', { 'The Indian foreign minister': 'IND GOV', 'his Chinese counterpart': 'CHN GOV' })).toEqual([
      'CONSULT 040 The Indian foreign minister -> his Chinese counterpart asserted',
    ]);
  });
  it('talks between two parties are reciprocal', () => {
    expect(first('Talks between Armenia and Azerbaijan resumed in Vienna.', { Armenia: 'ARM', Azerbaijan: 'AZE' })).toEqual([
      'CONSULT 046 Armenia+Azerbaijan -> Armenia+Azerbaijan asserted',
    ]);
  });
  it('a compound subject with no object is source and target', () => {
    expect(first('Peru and Chile held talks on the border dispute.', { Peru: 'PER', Chile: 'CHL' })).toEqual([
      'CONSULT 046 Peru+Chile -> Peru+Chile asserted',
    ]);
  });
  it('visits and phone calls', () => {
    expect(first('The Dutch king visited Indonesia.', { 'The Dutch king': 'NLD GOV', Indonesia: 'IDN' })).toEqual(['CONSULT 042 The Dutch king -> Indonesia asserted']);
    expect(first('Macron spoke by phone with Zelensky.', { Macron: 'FRA GOV', Zelensky: 'UKR GOV' })).toEqual(['CONSULT 041 Macron -> Zelensky asserted']);
  });
});

describe('05 diplomatic cooperation -> SUPPORT', () => {
  it('praises and thanks', () => {
    expect(first('The minister thanked Norway for its support.', { 'The minister': 'COL GOV', Norway: 'NOR' })).toEqual(['SUPPORT 051 The minister -> Norway asserted']);
  });
  it('signs an agreement with', () => {
    expect(first('Kenya signed a trade agreement with Ethiopia on Tuesday.', { Kenya: 'KEN', Ethiopia: 'ETH' })).toEqual(['SUPPORT 057 Kenya -> Ethiopia asserted']);
  });
  it('recognises a state', () => {
    expect(first('Sweden formally recognised Palestine.', { Sweden: 'SWE', Palestine: 'PSE' })).toEqual(['SUPPORT 054 Sweden -> Palestine asserted']);
  });
});

describe('06 material cooperation -> COOPERATE', () => {
  it('joint exercises between two navies', () => {
    expect(first('Indian and French warships held joint exercises in the Indian Ocean.', { 'Indian and French warships': 'IND MIL' })).toEqual([]);
    expect(first('The Indian navy held joint exercises with the French navy.', { 'The Indian navy': 'IND MIL', 'the French navy': 'FRA MIL' })).toEqual([
      'COOPERATE 062 The Indian navy -> the French navy asserted',
    ]);
  });
  it('shares intelligence', () => {
    expect(first('Jordan shared intelligence with Israel.', { Jordan: 'JOR', Israel: 'ISR' })).toEqual(['COOPERATE 064 Jordan -> Israel asserted']);
  });
});

describe('07 aid -> AID', () => {
  it('sends weapons', () => {
    expect(first('Poland sent 200 tanks to Ukraine.', { Poland: 'POL', Ukraine: 'UKR' })).toEqual(['AID 072 Poland -> Ukraine asserted']);
  });
  it('receives aid from (the recipient is the target)', () => {
    expect(first('Yemen received food aid from Saudi Arabia.', { Yemen: 'YEM', 'Saudi Arabia': 'SAU' })).toEqual(['AID 073 Saudi Arabia -> Yemen asserted']);
  });
});

describe('08 yield -> CONCEDE / RETREAT', () => {
  it('releases prisoners', () => {
    expect(first('The junta released 40 political prisoners.', { 'The junta': 'MMR GOV' })).toEqual(['RETREAT 0841 The junta -> asserted']);
  });
  it('withdraws troops', () => {
    expect(first('Armenia withdrew its troops from the border villages.', { Armenia: 'ARM' })).toEqual(['RETREAT 087 Armenia -> asserted']);
  });
  it('lifts sanctions', () => {
    expect(first('The European Union lifted sanctions on Belarus.', { 'The European Union': '- IGO', Belarus: 'BLR' })).toEqual([
      'RETREAT 085 The European Union -> Belarus asserted',
    ]);
  });
  it('a resignation after protests', () => {
    // (yielded to the protesters, as the concession rule says and the blind sets code it)
    expect(first('The prime minister resigned on Monday after weeks of protests.', { 'The prime minister': 'LKA GOV' })).toEqual(['CONCEDE 0831 The prime minister -> civilians of Sri Lanka asserted']);
    expect(first('The coach resigned on Monday.', { 'The coach': 'GBR CVL' })).toEqual([]);
  });
});

describe('09/11 investigate and disapprove -> ACCUSE', () => {
  it('condemns', () => {
    expect(first('Germany condemned Iran for the executions.', { Germany: 'DEU', Iran: 'IRN' })).toEqual(['ACCUSE 111 Germany -> Iran asserted']);
  });
  it('accuses of aggression, and the accused act is claimed', () => {
    expect(first('Georgia accused Russia of bombing its villages.', { Georgia: 'GEO', Russia: 'RUS' })).toEqual([
      'ACCUSE 1123 Georgia -> Russia asserted',
      'ASSAULT 195 Russia -> claimed',
    ]);
  });
  it('opens an investigation into', () => {
    expect(first('Prosecutors opened an investigation into the defence minister.', { Prosecutors: 'FRA JUD', 'the defence minister': 'FRA GOV' })).toEqual([
      'ACCUSE 090 Prosecutors -> the defence minister asserted',
    ]);
  });
});

describe('10 demand -> REQUEST', () => {
  it('demands a withdrawal', () => {
    expect(first('Azerbaijan demanded the withdrawal of Armenian forces.', { Azerbaijan: 'AZE', 'Armenian forces': 'ARM MIL' })).toEqual([
      'REQUEST 1056 Azerbaijan -> Armenian forces asserted',
    ]);
  });
});

describe('12 reject -> REJECT', () => {
  it('rejects a proposal', () => {
    expect(first("Hamas rejected Israel's proposal.", { Hamas: 'PSE REB', Israel: 'ISR' })).toEqual(['REJECT 120 Hamas -> Israel asserted']);
  });
  it('vetoes (of a resolution: aimed at the UN Security Council, the gold set\'s convention)', () => {
    expect(first('China vetoed the resolution.', { China: 'CHN' })).toEqual(['REJECT 129 China -> UN Security Council asserted']);
  });
});

describe('13 threaten -> THREATEN', () => {
  it('threatens sanctions; the threatened act is not coded', () => {
    expect(first('Washington threatened to impose sanctions on Turkey.', { Washington: 'USA GOV', Turkey: 'TUR' })).toEqual([
      'THREATEN 1312 Washington -> Turkey asserted',
    ]);
  });
  it('warns of retaliation', () => {
    expect(first('Tehran warned of a crushing retaliation.', { Tehran: 'IRN GOV' })).toEqual(['THREATEN 138 Tehran -> asserted']);
  });
});

describe('14 protest -> PROTEST', () => {
  it('people protest; a country does not', () => {
    expect(first('Students protested against the government in Dhaka.', { Students: 'BGD CVL', 'the government': 'BGD GOV' })).toEqual([
      'PROTEST 141 Students -> the government asserted',
    ]);
  });
  it('goes on hunger strike', () => {
    expect(first('The jailed activist went on hunger strike.', { 'The jailed activist': 'EGY CVL' })).toEqual(['PROTEST 142 The jailed activist -> government of EGY asserted']);
  });
});

describe('15 force posture -> MOBILIZE', () => {
  it('masses troops near a border', () => {
    expect(first('Russia massed troops near the border with Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['MOBILIZE 154 Russia -> Ukraine asserted']);
  });
  it('deployed police (agentless passive: the police are the actors)', () => {
    expect(first('Thousands of police were deployed in the capital.', { 'Thousands of police': 'KEN COP' })).toEqual(['MOBILIZE 153 Thousands of police -> KEN asserted']);
  });
});

describe('16 reduce relations -> SANCTION', () => {
  it('cuts diplomatic ties', () => {
    expect(first('Bahrain cut diplomatic ties with Qatar.', { Bahrain: 'BHR', Qatar: 'QAT' })).toEqual(['SANCTION 161 Bahrain -> Qatar asserted']);
  });
  it('expels diplomats', () => {
    expect(first('Poland expelled 45 Russian diplomats.', { Poland: 'POL', '45 Russian diplomats': 'RUS GOV' })).toEqual([
      'SANCTION 161 Poland -> 45 Russian diplomats asserted',
    ]);
  });
});

describe('17 coerce -> COERCE', () => {
  it('imposes sanctions (163 is COERCE)', () => {
    expect(first('Britain imposed sanctions on Iranian officials.', { Britain: 'GBR', 'Iranian officials': 'IRN GOV' })).toEqual([
      'COERCE 163 Britain -> Iranian officials asserted',
    ]);
  });
  it('arrests (passive with agent)', () => {
    expect(first('The opposition leader was arrested by police in Minsk.', { 'The opposition leader': 'BLR OPP', police: 'BLR COP' })).toEqual([
      'COERCE 173 police -> The opposition leader asserted',
    ]);
  });
  it('declares a state of emergency', () => {
    expect(first('The government declared a state of emergency.', { 'The government': 'ETH GOV' })).toEqual(['COERCE 1724 The government -> ETH asserted']);
  });
});

describe('18-20 violence -> ASSAULT', () => {
  it('launched air strikes on', () => {
    expect(first('Turkey launched air strikes on Kurdish militants in Iraq.', { Turkey: 'TUR', 'Kurdish militants': 'TUR REB' })).toEqual([
      'ASSAULT 195 Turkey -> Kurdish militants asserted',
    ]);
  });
  it('shelled a city', () => {
    expect(first('Government forces shelled Aleppo.', { 'Government forces': 'SYR MIL', Aleppo: 'SYR' })).toEqual(['ASSAULT 194 Government forces -> Aleppo asserted']);
  });
  it('kidnapped', () => {
    expect(first('Gunmen kidnapped two aid workers.', { Gunmen: '- REB', 'two aid workers': '- NGO' })).toEqual(['ASSAULT 181 Gunmen -> two aid workers asserted']);
  });
  it('used chemical weapons', () => {
    expect(first('The regime used chemical weapons against civilians.', { 'The regime': 'SYR GOV', civilians: 'SYR CVL' })).toEqual([
      'ASSAULT 2041 The regime -> civilians asserted',
    ]);
  });
});

describe('not events', () => {
  it('sport, markets, statements', () => {
    expect(first('Argentina beat France in the World Cup final.', { Argentina: 'ARG', France: 'FRA' })).toEqual([]);
    expect(first('The minister said the economy was strong.', { 'The minister': 'ITA GOV' })).toEqual([]);
    expect(first('Exxon signed a deal with Chevron.', { Exxon: 'USA BUS', Chevron: 'USA BUS' })).toEqual([]);
  });
});
